import { expect, test } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'
import { seedPlan, type SeedNode } from './fixtures/seedPlan'
import { expectOutline } from './fixtures/seedOutline'

const seeded: SeedNode[] = [
  { id: 'c1', parentId: null, title: '凝聚职工智慧力量' },
  { id: 'c1a', parentId: 'c1', title: '深化劳动竞赛活动', body: '广泛开展岗位练兵。' },
  { id: 'c1b', parentId: 'c1', title: '提升技术创新能力' },
  { id: 'c2', parentId: null, title: '维护职工合法权益' },
]

test.describe('a command run right after typing sees the typed text', () => {
  test('Ctrl+D at once: the copy has the text just typed', async ({ page }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'cl-duplicate', title: '复制条目' }, seeded)
    const node = plan.document.getByRole('region', { name: '（一）深化劳动竞赛活动' })
    await node.locator('.body-text').click()
    await expect(node.getByRole('textbox', { name: /正文/ })).toBeFocused()
    await page.keyboard.press('End')
    await page.keyboard.type('技能比武活动。')
    // Straight to the tree, no waiting for the save.
    await plan.row('（一）深化劳动竞赛活动').click()
    await page.keyboard.press('Control+d')

    const lines = [
      '一、凝聚职工智慧力量',
      '（一）深化劳动竞赛活动',
      '（二）深化劳动竞赛活动',
      '（三）提升技术创新能力',
      '二、维护职工合法权益',
    ]
    const text = '广泛开展岗位练兵。技能比武活动。'
    const expectCopied = async () => {
      await expectOutline(plan, lines)
      for (const name of ['（一）深化劳动竞赛活动', '（二）深化劳动竞赛活动'])
        await expect(plan.document.getByRole('region', { name }).locator('.body-text')).toHaveText(
          text,
        )
    }
    await expectCopied()
    await plan.waitSaved()
    await page.reload()
    await expectCopied()
  })

  test('type, delete, undo: the item is back with the text just typed', async ({ page }) => {
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'cl-delete-undo', title: '删除后撤销' }, seeded)
    const node = plan.document.getByRole('region', { name: '（二）提升技术创新能力' })
    await node.locator('.body-text').click()
    await expect(node.getByRole('textbox', { name: /正文/ })).toBeFocused()
    await page.keyboard.type('大力开展合理化建议活动。')
    await plan.row('（二）提升技术创新能力').click()
    await page.keyboard.press('Delete')
    const confirm = page.getByRole('dialog', { name: '删除条目' })
    await confirm.getByRole('button', { name: '删除' }).click()
    await expect(confirm).toHaveCount(0)
    await expectOutline(plan, [
      '一、凝聚职工智慧力量',
      '（一）深化劳动竞赛活动',
      '二、维护职工合法权益',
    ])

    await plan.row('（一）深化劳动竞赛活动').click()
    await page.keyboard.press('Control+z')
    const lines = [
      '一、凝聚职工智慧力量',
      '（一）深化劳动竞赛活动',
      '（二）提升技术创新能力',
      '二、维护职工合法权益',
    ]
    const expectRestored = async () => {
      await expectOutline(plan, lines)
      await expect(
        plan.document.getByRole('region', { name: '（二）提升技术创新能力' }).locator('.body-text'),
      ).toHaveText('大力开展合理化建议活动。')
    }
    await expectRestored()
    await plan.waitSaved()
    await page.reload()
    await expectRestored()
  })
})
