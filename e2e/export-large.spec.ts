import { expect, test } from '@playwright/test'
import { largePlan } from '../src/domain/export/fixtures/largePlan'
import { seedExportPlan } from './fixtures/exportSeed'

test('a plan of 2,000 nodes opens in print preview, and its outline fills whole pages', async ({
  page,
}) => {
  const large = largePlan()
  await seedExportPlan(page, large)
  await page.goto(`/#/plan/${large.plan.id}/print`)
  await expect(page.locator('.print-sheets[data-ready="true"]')).toBeVisible({ timeout: 30_000 })
  const pages = page.getByRole('region', { name: /^第 \d+ 页$/ })
  const fullCount = await pages.count()
  // How long it takes is the bench's (printFirstPage, printLastPage): here, that it all comes.
  expect(fullCount).toBeGreaterThan(100)

  // 提纲: 2,000 one-line headings make ⌈2000 / 22⌉ = 91 pages, not one heading a page.
  await page.getByRole('radio', { name: '提纲（只有标题）' }).check()
  await expect(page.getByText(/^共 \d+ 页$/)).toHaveText('共 91 页', { timeout: 15_000 })
})
