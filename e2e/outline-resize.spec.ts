import { expect, test, type Page } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'
import { seedPlan } from './fixtures/seedPlan'

const LONG_TITLE =
  '深入学习贯彻党的二十大精神，团结引导全镇广大职工在推动高质量发展中建功立业、奋勇争先'

const nodes = [
  { id: 'c1', parentId: null, title: '凝聚职工智慧力量' },
  { id: 'c1a', parentId: 'c1', title: '深化劳动竞赛活动' },
  { id: 'c1b', parentId: 'c1', title: LONG_TITLE },
  { id: 'c2', parentId: null, title: '维护职工合法权益' },
  { id: 'c2a', parentId: 'c2', title: `${LONG_TITLE}（二）` },
]

const splitter = (page: Page) => page.getByRole('separator', { name: '调整大纲宽度' })
const pane = (page: Page) => page.getByRole('navigation', { name: '大纲' })
const paneWidth = async (page: Page) => Math.round((await pane(page).boundingBox())!.width)

/** The stored setting, read straight from IndexedDB. */
const storedWidth = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('plandraft')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const get = open.result
            .transaction('settings')
            .objectStore('settings')
            .get('outlinePaneWidth')
          get.onsuccess = () => {
            open.result.close()
            resolve((get.result as { value: unknown } | undefined)?.value)
          }
          get.onerror = () => reject(get.error)
        }
      }),
  )

test.describe('outline pane width', () => {
  test.beforeEach(async ({ page }) => {
    await seedPlan(page, { id: 'resize', title: '镇总工会2026年工作计划' }, nodes)
  })

  test('dragging the edge resizes the outline, and the width is kept after a reload', async ({
    page,
  }) => {
    const before = await paneWidth(page)
    const box = (await splitter(page).boundingBox())!
    const y = box.y + box.height / 2
    await page.mouse.move(box.x + box.width / 2, y)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2 + 80, y, { steps: 4 })
    await page.mouse.move(box.x + box.width / 2 + 150, y, { steps: 4 })
    await page.mouse.up()
    await expect.poll(() => paneWidth(page)).toBe(before + 150)
    await expect(splitter(page)).toHaveAttribute('aria-valuenow', String(before + 150))
    await expect.poll(() => storedWidth(page)).toBe(before + 150)

    await page.reload()
    await expect(page.getByRole('tree', { name: '计划大纲' })).toBeVisible()
    await expect.poll(() => paneWidth(page)).toBe(before + 150)

    // Never narrower than 200 px, never wider than half the window.
    const again = (await splitter(page).boundingBox())!
    await page.mouse.move(again.x + again.width / 2, y)
    await page.mouse.down()
    await page.mouse.move(5, y, { steps: 5 })
    await page.mouse.up()
    await expect.poll(() => paneWidth(page)).toBe(200)
  })

  test('the splitter is a keyboard-usable window splitter', async ({ page }) => {
    const separator = splitter(page)
    await expect(separator).toHaveAttribute('aria-orientation', 'vertical')
    await expect(separator).toHaveAttribute('aria-valuemin', '200')
    await expect(separator).toHaveAttribute('aria-valuemax', '700')
    await separator.focus()
    await expect(separator).toBeFocused()
    const start = await paneWidth(page)
    await expect(separator).toHaveAttribute('aria-valuenow', String(start))

    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => paneWidth(page)).toBe(start + 30)
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => paneWidth(page)).toBe(start + 20)
    await expect(separator).toHaveAttribute('aria-valuenow', String(start + 20))
    await page.keyboard.press('Home')
    await expect.poll(() => paneWidth(page)).toBe(200)
    await page.keyboard.press('End')
    await expect.poll(() => paneWidth(page)).toBe(700)
    await expect(separator).toHaveAttribute('aria-valuenow', '700')
    await expect.poll(() => storedWidth(page)).toBe(700)
    await expect(separator).toBeFocused()
  })

  test('a title cut off with … shows in full on keyboard focus and on hover', async ({ page }) => {
    const plan = new PlanPage(page)
    await splitter(page).focus()
    await page.keyboard.press('Home')
    await expect.poll(() => paneWidth(page)).toBe(200)

    const title = (row: string) => plan.tree.locator(`[data-id="${row}"] .row-title`)
    const metrics = (row: string) =>
      title(row).evaluate((element) => ({
        height: element.getBoundingClientRect().height,
        clipped: element.scrollWidth > element.clientWidth + 1,
      }))
    await page.mouse.move(1000, 10)
    const cut = await metrics('c1b')
    expect(cut.clipped).toBe(true)

    // Keyboard: to the long row with ↓; its title wraps onto several lines, nothing clipped.
    await plan.row(/深化劳动竞赛活动/).click()
    await page.mouse.move(1000, 10)
    await page.keyboard.press('ArrowDown')
    await expect(plan.tree.locator('[data-id="c1b"]')).toBeFocused()
    await expect.poll(async () => (await metrics('c1b')).clipped).toBe(false)
    expect((await metrics('c1b')).height).toBeGreaterThan(cut.height * 2)
    await expect(title('c1b')).toHaveText(LONG_TITLE)

    // Hover: another long row, not focused.
    const other = await metrics('c2a')
    expect(other.clipped).toBe(true)
    await title('c2a').hover()
    await expect.poll(async () => (await metrics('c2a')).clipped).toBe(false)
    expect((await metrics('c2a')).height).toBeGreaterThan(other.height * 2)
  })
})
