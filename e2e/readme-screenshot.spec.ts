import { expect, test } from '@playwright/test'
import { seedPlan } from './fixtures/seedPlan'

// Makes docs/screenshot.png for the README: `SCREENSHOT=1 npx playwright test readme-screenshot`.
test.skip(!process.env.SCREENSHOT, 'only when refreshing the README screenshot')

test('README screenshot', async ({ page }) => {
  await seedPlan(page, { id: 'readme', title: '某某镇总工会2026年工作计划' }, [
    {
      id: 'a',
      parentId: null,
      title: '凝聚职工智慧力量，进一步推动高质量发展',
    },
    {
      id: 'a1',
      parentId: 'a',
      title: '深化劳动竞赛活动',
      body: '着眼全镇发展目标，继续深化“当好主力军、建功新时代”主题劳动竞赛活动，广泛开展岗位练兵、技能比武活动。',
    },
    {
      id: 'a2',
      parentId: 'a',
      title: '提升技术创新能力',
      body: '大力开展合理化建议、技术攻关和科技成果转化等群众性经济技术创新活动。',
    },
    { id: 'b', parentId: null, title: '围绕构建和谐劳动关系，进一步维护职工合法权益' },
    {
      id: 'b1',
      parentId: 'b',
      title: '着力源头参与',
      body: '坚持中国特色社会主义工会维权观，推动完善劳动关系三方工作机制。',
    },
    { id: 'b1a', parentId: 'b1', title: '健全工会劳动法律监督网络' },
    {
      id: 'b2',
      parentId: 'b',
      title: '促进民主管理',
      body: '健全完善以职工代表大会为基本形式的民主管理制度。',
    },
    { id: 'c', parentId: null, title: '提升帮扶工作实效，进一步推进民生改善' },
  ])
  await page.getByRole('treeitem', { name: '（二）促进民主管理' }).click()
  await expect(page.getByRole('listbox').first()).toBeVisible()
  await page.screenshot({ path: 'docs/screenshot.png' })
})
