import { expect, test } from '@playwright/test'
import { PlanPage } from './fixtures/planPage'

test('a new plan whose title exists: 改名 to …（2）, or 仍然创建; the delete dialog shows year, unit and last edit', async ({
  page,
}) => {
  const plan = new PlanPage(page)
  await plan.createPlan('同名计划', '甲镇总工会', 2027)
  const links = page.locator('.plan-table').getByRole('link')

  const createAgain = async (renamed: string) => {
    await page.goto('/#/')
    await page.getByRole('button', { name: '新建计划' }).click()
    const form = page.getByRole('dialog', { name: '新建计划' })
    await form.getByLabel('计划标题').fill('同名计划')
    await form.getByLabel('单位').fill('乙街道工会')
    await form.getByRole('button', { name: '创建' }).click()
    const ask = page.getByRole('dialog', { name: '已有同名计划' })
    await expect(ask).toContainText(`改名为“${renamed}”`)
    return ask
  }

  await (await createAgain('同名计划（2）')).getByRole('button', { name: '改名' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '同名计划（2）' })).toBeVisible()

  // 取消 goes back to the form with what was typed; 仍然创建 keeps the same title.
  let ask = await createAgain('同名计划（3）')
  await page.keyboard.press('Escape')
  await expect(ask).toHaveCount(0)
  const form = page.getByRole('dialog', { name: '新建计划' })
  await expect(form.getByLabel('单位')).toHaveValue('乙街道工会')
  await form.getByRole('button', { name: '创建' }).click()
  ask = page.getByRole('dialog', { name: '已有同名计划' })
  await ask.getByRole('button', { name: '仍然创建' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '同名计划' })).toBeVisible()
  await page.goto('/#/')
  await expect(links).toHaveText(['同名计划', '同名计划（2）', '同名计划'], { useInnerText: true })

  // Two of the same title: the delete dialog tells them apart.
  await page.getByRole('button', { name: '删除 同名计划', exact: true }).last().click()
  const confirm = page.getByRole('dialog', { name: '删除计划' })
  await expect(confirm).toContainText('2027 年度')
  await expect(confirm).toContainText('甲镇总工会')
  await expect(confirm).toContainText('最后编辑')
})
