import { expect, test } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'
import { seedPlan, type SeedNode } from './fixtures/seedPlan'

// How fast these are is measured by `npm run bench` (open, typing, move); here, that they work.

/** A chapter with 1,999 items under it: 2,000 nodes in all. */
function bigPlan(): SeedNode[] {
  const nodes: SeedNode[] = [{ id: 'big', parentId: null, title: '推动工会工作高质量发展' }]
  for (let i = 1; i < 2000; i++)
    nodes.push({
      id: `item${i}`,
      parentId: 'big',
      title: `第${i}项重点工作`,
      body: '深入开展劳动和技能竞赛，引导职工建功立业，切实维护职工合法权益。',
    })
  return nodes
}

test.describe('a plan of 2,000 nodes', () => {
  test('opens from the library, numbers far rows right, renders few, takes typing and a move', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'big-plan', title: '大型计划' }, bigPlan())

    // Open from the library, as a user would.
    await page.goto('/#/')
    await page.getByRole('link', { name: '大型计划' }).click()
    await expect(plan.row('（一）第1项重点工作')).toBeVisible()
    await expect(page.locator('#doc-node-item1 .body-text')).toBeVisible()
    // Rows far down are numbered right when the keyboard reaches them, and few rows are rendered.
    await plan.row('一、推动工会工作高质量发展').click()
    await page.keyboard.press('End')
    await expect(plan.row('（一千九百九十九）第1999项重点工作')).toBeFocused()
    expect(await plan.tree.getByRole('treeitem').count()).toBeLessThan(150)
    await page.keyboard.press('ArrowUp')
    await expect(plan.row('（一千九百九十八）第1998项重点工作')).toBeFocused()

    // Edit a node near the end: keys at full speed and 30 ms apart all land and are saved.
    await plan.row('（一千九百九十八）第1998项重点工作').click()
    const node = plan.document.getByRole('region', { name: '（一千九百九十八）第1998项重点工作' })
    // Selecting a row far down scrolls the document to it, though that part was never laid out.
    await expect(node).toBeInViewport()
    await node.locator('.body-text p').first().click()
    await expect(page.locator('[contenteditable="true"]')).toHaveCount(1)
    await page.keyboard.press('End')
    await page.keyboard.type('abcdefghij')
    await page.keyboard.type('klmnopqrst', { delay: 30 })
    await page.keyboard.insertText('职工之家')
    await plan.waitSaved()
    await expect(node).toContainText('切实维护职工合法权益。abcdefghijklmnopqrst职工之家')

    // Alt+↑ on the last item: the two swap numbers.
    await plan.row('（一千九百九十九）第1999项重点工作').focus()
    await page.keyboard.press('Alt+ArrowUp')
    await expect(plan.row('（一千九百九十九）第1998项重点工作')).toBeAttached()
    await expect(plan.row('（一千九百九十八）第1999项重点工作')).toBeFocused()
  })

  test('a 1 MB paste into one node is saved and the page answers the keyboard', async ({
    page,
  }) => {
    // Waits, not budgets: 26,000 paragraphs take a while on a busy machine.
    test.setTimeout(240_000)
    const long = { timeout: 60_000 }
    const plan = new PlanPage(page)
    await seedPlan(page, { id: 'paste-plan', title: '粘贴测试' }, [
      { id: 'n1', parentId: null, title: '大段材料' },
      { id: 'n2', parentId: null, title: '后续章节' },
    ])
    await plan.document
      .getByRole('region', { name: '一、大段材料' })
      .getByText('点击输入正文…')
      .click()
    const line = '全面贯彻落实全会精神，坚持以人民为中心的发展思想，切实维护职工合法权益。'
    const paragraphs = Math.ceil(1_000_000 / (line.length + 1))
    await page.evaluate(
      ({ line, paragraphs }) => {
        const text = Array.from({ length: paragraphs }, (_, i) => `${i + 1}${line}`).join('\n')
        const data = new DataTransfer()
        data.setData('text/plain', text)
        document
          .querySelector<HTMLElement>('[contenteditable="true"]')!
          .dispatchEvent(
            new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
          )
      },
      { line, paragraphs },
    )
    // The tree answers the keyboard.
    await plan.row('二、后续章节').click(long)
    await expect(plan.row('二、后续章节')).toHaveAttribute('aria-selected', 'true', long)
    await expect(plan.saveStatus).toHaveText('已保存', long)
    await page.reload()
    const body = plan.document.getByRole('region', { name: '一、大段材料' }).locator('.body-text p')
    await expect(body).toHaveCount(paragraphs, long)
    await expect(body.last()).toHaveText(`${paragraphs}${line}`, long)
  })
})
