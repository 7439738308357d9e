import { expect, test } from '@playwright/test'
import { largePlan } from '../src/domain/export/fixtures/largePlan'
import { seedExportPlan } from './fixtures/exportSeed'

test('a plan of 2,000 nodes opens in print preview in reasonable time', async ({ page }) => {
  const large = largePlan()
  await seedExportPlan(page, large)
  const started = Date.now()
  await page.goto(`/#/plan/${large.plan.id}/print`)
  await expect(page.locator('.print-sheets[data-ready="true"]')).toBeVisible({ timeout: 30_000 })
  const elapsed = Date.now() - started
  const pages = await page.getByRole('region', { name: /^第 \d+ 页$/ }).count()
  console.log(`print preview: 2,000 nodes → ${pages} pages in ${elapsed} ms`)
  expect(pages).toBeGreaterThan(100)
  expect(elapsed).toBeLessThan(10_000)
})
