import { expect, test, type Browser, type Page } from '@playwright/test'
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PlanPage } from './fixtures/planPage'
import { seedPlan } from './fixtures/seedPlan'

/*
 * 团队协作 across machines: the real team server (`node server/cli.mjs`, any free port, a
 * temporary data folder) and two browser contexts, two profiles with databases of their own, as
 * two colleagues' computers are.
 */

let server: ChildProcess
let serverUrl: string
let dataDir: string

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'team-e2e-'))
  server = spawn('node', ['server/cli.mjs', '--port', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  serverUrl = await new Promise<string>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(
      () => reject(new Error(`team server did not start: ${output}`)),
      20_000,
    )
    server.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /ws:\/\/127\.0\.0\.1:\d+/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[0])
      }
    })
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    server.on('exit', (code) => reject(new Error(`team server exited (${code}): ${output}`)))
  })
})

test.afterAll(async () => {
  if (server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve))
    server.kill('SIGTERM')
    await exited
  }
  rmSync(dataDir, { recursive: true, force: true })
})

/** The owner makes a 协作码 with the CLI, as the dialog tells them to. */
function createCode(planId: string): string {
  const output = execFileSync('node', ['server/cli.mjs', 'create-token', planId, '--data', dataDir])
  const code = output.toString().trim().split('\n').pop() ?? ''
  expect(code.startsWith(`${planId}.`)).toBe(true)
  return code
}

async function newMachine(browser: Browser): Promise<Page> {
  const context = await browser.newContext()
  return context.newPage()
}

/** Fill the 团队协作 dialog (from the plan toolbar, or 加入团队计划 in the library) and 连接. */
async function connect(page: Page, name: string, code: string, button = '团队协作') {
  await page.getByRole('button', { name: button }).click()
  const dialog = page.getByRole('dialog', { name: '团队协作' })
  await dialog.getByLabel('你的名字').fill(name)
  await dialog.getByLabel('服务器地址').fill(serverUrl)
  await dialog.getByLabel('协作码').fill(code)
  await dialog.getByRole('button', { name: '连接' }).click()
  return dialog
}

const teamStatus = (page: Page) => page.getByTestId('team-status')
const bodyOf = (plan: PlanPage, region: string) =>
  plan.document.getByRole('region', { name: region }).locator('.body-text').first()
const liveBody = (plan: PlanPage) => plan.document.getByRole('textbox', { name: /正文/ })
const occurrences = (text: string, token: string) => text.split(token).length - 1

async function documentText(plan: PlanPage): Promise<string> {
  return (await plan.document.innerText()).replace(/\s+/g, '')
}

test('two machines draft one plan through the team server, one offline for a while: all text merged once', async ({
  browser,
}) => {
  const planId = 'team-plan'
  const pageA = await newMachine(browser)
  await seedPlan(pageA, { id: planId, title: '团队起草' }, [
    { id: 'A', parentId: null, title: '第一章', body: '原有正文' },
    { id: 'B', parentId: null, title: '第二章', body: '第二章正文' },
  ])
  const a = new PlanPage(pageA)
  const code = createCode(planId)

  // Machine A, the owner: the dialog names the plan and the command that makes a code.
  const dialogA = await connect(pageA, '甲', code)
  await expect(dialogA.getByText(`create-token ${planId}`)).toBeVisible()
  await expect(dialogA.getByTestId('team-dialog-status')).toHaveText('已连接')
  await dialogA.getByRole('button', { name: '关闭' }).click()
  await expect(teamStatus(pageA)).toHaveText('团队协作：已连接')

  // Machine B has no such plan: 加入团队计划 fetches it from the server and opens it.
  const pageB = await newMachine(browser)
  await pageB.goto('/')
  await connect(pageB, '乙', code, '加入团队计划')
  const b = new PlanPage(pageB)
  await expect(pageB.getByRole('heading', { level: 1, name: '团队起草' })).toBeVisible()
  await expect(teamStatus(pageB)).toHaveText('团队协作：已连接')
  expect(await b.treeLines()).toEqual(['一、第一章', '二、第二章'])
  await expect(bodyOf(b, '一、第一章')).toHaveText('原有正文')
  await expect(bodyOf(b, '二、第二章')).toHaveText('第二章正文')

  // Each sees who else is here.
  await expect(pageA.getByRole('list', { name: '在线的人' })).toHaveText('乙')
  await expect(pageB.getByRole('list', { name: '在线的人' })).toHaveText('甲')

  // Different items: A in the first, B in the second; each sees where the other is.
  await bodyOf(a, '一、第一章').click()
  await pageA.keyboard.press('Control+End')
  await bodyOf(b, '二、第二章').click()
  await pageB.keyboard.press('Control+End')
  await expect(
    a.document
      .getByRole('region', { name: '二、第二章' })
      .getByRole('img', { name: '乙正在编辑此条' }),
  ).toBeVisible()
  await expect(a.row('二、第二章').getByRole('img', { name: '乙正在编辑此条' })).toBeVisible()
  await expect(a.row('一、第一章').getByRole('img')).toHaveCount(0)
  await expect(
    b.document
      .getByRole('region', { name: '一、第一章' })
      .getByRole('img', { name: '甲正在编辑此条' }),
  ).toBeVisible()
  await Promise.all([
    pageA.keyboard.type('甲写一', { delay: 30 }),
    pageB.keyboard.type('乙写一', { delay: 0 }),
  ])
  await expect(bodyOf(b, '一、第一章')).toHaveText('原有正文甲写一')
  await expect(bodyOf(a, '二、第二章')).toHaveText('第二章正文乙写一')

  // The same body, at both ends at once.
  await pageB.keyboard.press('Escape')
  await bodyOf(b, '一、第一章').click()
  await pageB.keyboard.press('Control+End')
  await pageA.keyboard.press('Control+Home')
  await Promise.all([
    pageA.keyboard.type('甲在前', { delay: 0 }),
    pageB.keyboard.type('乙在后', { delay: 30 }),
  ])
  await Promise.all([pageA.keyboard.insertText('甲输入法'), pageB.keyboard.insertText('乙输入法')])
  const together = '甲在前甲输入法原有正文甲写一乙在后乙输入法'
  await expect(liveBody(a)).toHaveText(together)
  await expect(liveBody(b)).toHaveText(together)

  // A goes offline and types on; B types meanwhile.
  await pageA.context().setOffline(true)
  await expect(teamStatus(pageA)).toHaveText('团队协作：离线（修改会在重新连接后合并）')
  await pageA.keyboard.press('Control+End')
  await pageA.keyboard.type('甲离线', { delay: 30 })
  await pageB.keyboard.type('乙在线', { delay: 30 })
  await expect(liveBody(a)).toHaveText(`${together}甲离线`)
  await expect(liveBody(b)).toHaveText(`${together}乙在线`)
  await a.waitSaved()
  // B never gets what A typed while A is offline.
  await expect(pageB.getByRole('list', { name: '在线的人' })).toHaveCount(0)
  await expect(liveBody(b)).not.toContainText('甲离线')

  // Back online: both texts on both machines.
  await pageA.context().setOffline(false)
  await expect(teamStatus(pageA)).toHaveText('团队协作：已连接')
  for (const plan of [a, b]) {
    await expect(liveBody(plan)).toContainText('甲离线')
    await expect(liveBody(plan)).toContainText('乙在线')
  }
  const merged = (await liveBody(a).innerText()).replace(/\s+/g, '')
  expect((await liveBody(b).innerText()).replace(/\s+/g, '')).toBe(merged)
  await a.waitSaved()
  await b.waitSaved()

  // After a reload, each text exactly once on both machines, in the outline and the document.
  const tokens = [
    '甲在前',
    '甲输入法',
    '原有正文',
    '甲写一',
    '乙在后',
    '乙输入法',
    '甲离线',
    '乙在线',
  ]
  for (const plan of [a, b]) {
    await plan.page.reload()
    await expect(teamStatus(plan.page)).toHaveText('团队协作：已连接')
    await expect(bodyOf(plan, '二、第二章')).toHaveText('第二章正文乙写一')
    const first = (await bodyOf(plan, '一、第一章').innerText()).replace(/\s+/g, '')
    expect(first).toBe(merged)
    for (const token of tokens) expect(occurrences(first, token)).toBe(1)
    expect(await plan.treeLines()).toEqual(['一、第一章', '二、第二章'])
    const all = await documentText(plan)
    expect(occurrences(all, '第二章正文乙写一')).toBe(1)
    expect(occurrences(all, '团队起草')).toBe(1)
  }

  // 断开: the plan stays as it is, without the connection, also when opened again.
  await pageB.getByRole('button', { name: '团队协作' }).click()
  const dialogB = pageB.getByRole('dialog', { name: '团队协作' })
  await dialogB.getByRole('button', { name: '断开' }).click()
  await expect(dialogB.getByTestId('team-dialog-status')).toHaveText('未连接')
  await dialogB.getByRole('button', { name: '关闭' }).click()
  await expect(teamStatus(pageB)).toHaveCount(0)
  await expect(pageA.getByText('暂无其他人')).toBeVisible()
  await pageB.reload()
  await expect(bodyOf(b, '二、第二章')).toHaveText('第二章正文乙写一')
  await expect(teamStatus(pageB)).toHaveCount(0)
  await pageA.context().close()
  await pageB.context().close()
})

test('a wrong 协作码 is refused with its message and nothing of the server’s plan arrives', async ({
  browser,
}) => {
  const planId = 'team-secret'
  const owner = await newMachine(browser)
  await seedPlan(owner, { id: planId, title: '服务器上的计划' }, [
    { id: 'S', parentId: null, title: '机密章节', body: '服务器上的正文' },
  ])
  const code = createCode(planId)
  await connect(owner, '甲', code)
  await expect(teamStatus(owner)).toHaveText('团队协作：已连接')

  // A colleague with a wrong code, from the library: refused, no plan made.
  const stranger = await newMachine(browser)
  await stranger.goto('/')
  const wrong = `${planId}.${'x'.repeat(32)}`
  const dialog = await connect(stranger, '丙', wrong, '加入团队计划')
  await expect(dialog.getByRole('alert')).toHaveText(/协作码不正确或已被收回/)
  await dialog.getByRole('button', { name: '关闭' }).click()
  await expect(stranger.getByText('服务器上的计划')).toHaveCount(0)
  await stranger.reload()
  await expect(stranger.getByRole('heading', { name: '计划库' })).toBeVisible()
  await expect(stranger.getByText('服务器上的计划')).toHaveCount(0)

  // A machine that has a plan of that id: the wrong code is refused and its plan is unchanged.
  await seedPlan(stranger, { id: planId, title: '本机的计划' }, [
    { id: 'L', parentId: null, title: '本机章节', body: '本机正文' },
  ])
  const local = new PlanPage(stranger)
  const inPlan = await connect(stranger, '丙', wrong)
  await expect(inPlan.getByTestId('team-dialog-status')).toHaveText(/协作码不正确或已被收回/)
  await inPlan.getByRole('button', { name: '关闭' }).click()
  await expect(teamStatus(stranger)).toHaveText(/协作码不正确或已被收回/)
  // A plan the server has no code for is refused as unknown.
  await seedPlan(stranger, { id: 'team-unknown', title: '未登记的计划' }, [])
  const unknown = await connect(stranger, '丙', 'team-unknown.abcdef')
  await expect(unknown.getByTestId('team-dialog-status')).toHaveText(/服务器上没有这个计划/)
  await unknown.getByRole('button', { name: '关闭' }).click()

  await stranger.goto(`/#/plan/${planId}`)
  await stranger.reload()
  await expect(teamStatus(stranger)).toHaveText(/协作码不正确或已被收回/)
  expect(await local.treeLines()).toEqual(['一、本机章节'])
  const text = await documentText(local)
  expect(text).toContain('本机正文')
  expect(text).not.toContain('服务器上的正文')
  expect(text).not.toContain('机密章节')
  await owner.context().close()
  await stranger.context().close()
})

/** The text of the live body before this page's own caret. */
const textBeforeSelection = (page: Page) =>
  page.evaluate(() => {
    const selection = window.getSelection()
    const root = document.querySelector('.ProseMirror')
    if (!selection?.anchorNode || !root) return null
    const range = document.createRange()
    range.setStart(root, 0)
    range.setEnd(selection.anchorNode, selection.anchorOffset)
    return range.toString()
  })

/** The text of a live body before the named colleague's caret (where their caret stands). */
const textBeforeCaret = (plan: PlanPage, name: string) =>
  liveBody(plan).evaluate((root, who) => {
    const caret = root.querySelector(`.peer-caret[data-name="${who}"]`)
    if (!caret) return null
    const range = document.createRange()
    range.setStart(root, 0)
    range.setEndBefore(caret)
    return range.toString()
  }, name)

test('a colleague’s caret shows in the body being typed, with their name, where they type', async ({
  browser,
}) => {
  const planId = 'team-carets'
  const pageA = await newMachine(browser)
  await seedPlan(pageA, { id: planId, title: '光标计划' }, [
    { id: 'A', parentId: null, title: '第一章', body: '原有正文' },
  ])
  const a = new PlanPage(pageA)
  const code = createCode(planId)
  await connect(pageA, '甲', code)
  await pageA
    .getByRole('dialog', { name: '团队协作' })
    .getByRole('button', { name: '关闭' })
    .click()
  const pageB = await newMachine(browser)
  await pageB.goto('/')
  await connect(pageB, '乙', code, '加入团队计划')
  const b = new PlanPage(pageB)
  await expect(teamStatus(pageB)).toHaveText('团队协作：已连接')
  await expect(teamStatus(pageA)).toHaveText('团队协作：已连接')

  // Both in the same body; A types at its end.
  await bodyOf(b, '一、第一章').click()
  await bodyOf(a, '一、第一章').click()
  await pageA.keyboard.press('Control+End')
  await pageA.keyboard.type('甲打字', { delay: 30 })
  const caretOfA = liveBody(b).locator('.peer-caret[data-name="甲"]')
  await expect(caretOfA).toBeVisible()
  await expect(caretOfA).toHaveAttribute('aria-hidden', 'true')
  await expect.poll(() => textBeforeCaret(b, '甲')).toBe('原有正文甲打字')
  // The name is drawn beside the caret, not written into the text.
  expect(await caretOfA.evaluate((caret) => getComputedStyle(caret, '::after').content)).toBe(
    '"甲"',
  )
  await expect(liveBody(b)).toHaveText('原有正文甲打字')

  // A goes to the start and types there: the caret follows on B's screen.
  await pageA.keyboard.press('Control+Home')
  await pageA.keyboard.insertText('开头')
  await expect.poll(() => textBeforeCaret(b, '甲')).toBe('开头')
  await expect(liveBody(b)).toHaveText('开头原有正文甲打字')
  // A sees B's caret too (where B clicked), and not its own.
  await expect(liveBody(a).locator('.peer-caret[data-name="乙"]')).toHaveCount(1)
  await expect(liveBody(a).locator('.peer-caret')).toHaveCount(1)
  await pageB.screenshot({ path: 'test-results/team-carets.png' })

  // A leaves the body: its caret goes from B's screen.
  await pageA.keyboard.press('Escape')
  await expect(caretOfA).toHaveCount(0)

  // Nothing of the carets is stored: the body as saved and as B copies it.
  await pageB.keyboard.press('Control+a')
  const copied = await liveBody(b).evaluate(() => window.getSelection()?.toString() ?? '')
  expect(copied.replace(/\s+/g, '')).toBe('开头原有正文甲打字')
  await pageB.keyboard.press('Escape')
  await b.waitSaved()
  await expect(bodyOf(b, '一、第一章')).toHaveText('开头原有正文甲打字')

  // The preamble as well.
  const preamble = (page: Page) => page.getByRole('region', { name: '前言（指导思想、总体思路）' })
  await preamble(pageB).click()
  await preamble(pageA).click()
  await pageA.keyboard.type('前言甲', { delay: 30 })
  await expect.poll(() => textBeforeCaret(b, '甲')).toBe('前言甲')
  await expect(liveBody(b)).toHaveText('前言甲')
  await pageB.keyboard.press('Escape')
  await b.waitSaved()

  await pageB.reload()
  await expect(bodyOf(b, '一、第一章')).toHaveText('开头原有正文甲打字')
  await expect(preamble(pageB).locator('.body-text')).toHaveText('前言甲')
  await pageA.context().close()
  await pageB.context().close()
})

test('two windows of one profile and a colleague: each text arrives once, each person listed once', async ({
  browser,
}) => {
  const planId = 'team-two-windows'
  const first = await newMachine(browser)
  await seedPlan(first, { id: planId, title: '两个窗口' }, [
    { id: 'A', parentId: null, title: '第一章', body: '原有正文' },
    { id: 'B', parentId: null, title: '第二章', body: '第二章正文' },
  ])
  const code = createCode(planId)
  await connect(first, '甲', code)
  await first
    .getByRole('dialog', { name: '团队协作' })
    .getByRole('button', { name: '关闭' })
    .click()
  // A second window of the same profile opens the plan: it connects on its own.
  const second = await first.context().newPage()
  await second.goto(`/#/plan/${planId}`)
  const a1 = new PlanPage(first)
  const a2 = new PlanPage(second)
  await expect(teamStatus(second)).toHaveText('团队协作：已连接')

  const colleague = await newMachine(browser)
  await colleague.goto('/')
  await connect(colleague, '乙', code, '加入团队计划')
  const b = new PlanPage(colleague)
  await expect(teamStatus(colleague)).toHaveText('团队协作：已连接')

  // 甲 once on the colleague's screen; each of 甲's windows lists only 乙.
  await expect(colleague.getByRole('list', { name: '在线的人' })).toHaveText('甲')
  await expect(colleague.getByRole('list', { name: '在线的人' }).getByRole('listitem')).toHaveCount(
    1,
  )
  for (const page of [first, second])
    await expect(page.getByRole('list', { name: '在线的人' })).toHaveText('乙')

  // Both of 甲's windows type in one body at once, at both ends; 乙 types in the other.
  // (Each key only once the live editor has the focus: a key pressed before it opens is lost.)
  await bodyOf(a1, '一、第一章').click()
  await expect(liveBody(a1)).toBeFocused()
  await first.keyboard.press('Control+End')
  await bodyOf(a2, '一、第一章').click()
  await expect(liveBody(a2)).toBeFocused()
  // A caret key right after the click was at times not acted on in this second page (with or
  // without the carets plugin; not the subject here): pressed until the caret is at the start.
  await expect(async () => {
    await second.keyboard.press('Home')
    expect(await textBeforeSelection(second)).toBe('')
  }).toPass()
  await bodyOf(b, '二、第二章').click()
  await expect(liveBody(b)).toBeFocused()
  await colleague.keyboard.press('Control+End')
  // One tag for 甲 on the colleague's screen, though two of their windows edit the item.
  await expect(
    b.document
      .getByRole('region', { name: '一、第一章' })
      .getByRole('img', { name: '甲正在编辑此条' }),
  ).toHaveCount(1)
  await Promise.all([
    first.keyboard.type('窗一写', { delay: 30 }),
    second.keyboard.type('窗二写', { delay: 0 }),
    colleague.keyboard.type('乙写', { delay: 30 }),
  ])
  await Promise.all([first.keyboard.insertText('窗一词'), second.keyboard.insertText('窗二词')])
  const firstBody = '窗二写窗二词原有正文窗一写窗一词'
  await expect(liveBody(a1)).toHaveText(firstBody)
  await expect(liveBody(a2)).toHaveText(firstBody)
  await expect(bodyOf(b, '一、第一章')).toHaveText(firstBody)
  await expect(bodyOf(a1, '二、第二章')).toHaveText('第二章正文乙写')
  await expect(bodyOf(a2, '二、第二章')).toHaveText('第二章正文乙写')
  for (const plan of [a1, a2, b]) {
    await plan.page.keyboard.press('Escape')
    await plan.waitSaved()
  }

  // After a reload of every window, each text exactly once everywhere.
  for (const plan of [b, a1, a2]) {
    await plan.page.reload()
    await expect(teamStatus(plan.page)).toHaveText('团队协作：已连接')
    await expect(bodyOf(plan, '一、第一章')).toHaveText(firstBody)
    await expect(bodyOf(plan, '二、第二章')).toHaveText('第二章正文乙写')
    const all = await documentText(plan)
    for (const token of ['窗一写', '窗一词', '窗二写', '窗二词', '原有正文', '乙写'])
      expect(occurrences(all, token)).toBe(1)
  }
  await expect(colleague.getByRole('list', { name: '在线的人' })).toHaveText('甲')
  await first.context().close()
  await colleague.context().close()
})

test('the 协作码 is a password field, kept out of the backup file, asked for again after a restore', async ({
  browser,
}, testInfo) => {
  const planId = 'team-code-kept'
  const page = await newMachine(browser)
  await seedPlan(page, { id: planId, title: '协作码计划' }, [
    { id: 'A', parentId: null, title: '第一章', body: '正文' },
  ])
  const code = createCode(planId)
  const dialog = await connect(page, '甲', code)
  await expect(dialog.getByTestId('team-dialog-status')).toHaveText('已连接')
  await dialog.getByRole('button', { name: '关闭' }).click()

  // Reopened: the code is there but not shown, until 显示.
  await page.getByRole('button', { name: '团队协作' }).click()
  const field = dialog.getByLabel('协作码')
  await expect(field).toHaveAttribute('type', 'password')
  await expect(field).toHaveValue(code)
  await page.screenshot({ path: 'test-results/team-code-dialog.png' })
  await dialog.getByRole('button', { name: '显示' }).click()
  await expect(field).toHaveAttribute('type', 'text')
  await expect(dialog.getByRole('button', { name: '显示' })).toHaveAttribute('aria-pressed', 'true')
  await dialog.getByRole('button', { name: '关闭' }).click()

  // 备份全部数据: the file holds the server address, never the code.
  await page.goto('/')
  await page.getByRole('button', { name: '备份与恢复' }).click()
  const backup = page.getByRole('dialog', { name: '备份与恢复' })
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    backup.getByRole('button', { name: '下载备份文件' }).click(),
  ])
  const file = testInfo.outputPath('team-backup.json')
  await download.saveAs(file)
  const text = readFileSync(file, 'utf8')
  expect(text).toContain(serverUrl)
  expect(text).not.toContain(code.split('.').pop()!)

  // The file restored on another computer: the plan asks for the code.
  const other = await newMachine(browser)
  await other.goto('/')
  await other.getByRole('button', { name: '备份与恢复' }).click()
  const [chooser] = await Promise.all([
    other.waitForEvent('filechooser'),
    other
      .getByRole('dialog', { name: '备份与恢复' })
      .getByRole('button', { name: '选择备份文件…' })
      .click(),
  ])
  await chooser.setFiles(file)
  await other
    .getByRole('dialog', { name: '从备份恢复' })
    .getByRole('button', { name: '合并' })
    .click()
  await other.getByRole('link', { name: '协作码计划' }).click()
  await expect(teamStatus(other)).toHaveText(/请输入协作码/)
  await other.getByRole('button', { name: '团队协作' }).click()
  const asked = other.getByRole('dialog', { name: '团队协作' })
  await expect(asked.getByTestId('team-dialog-status')).toHaveText('请输入协作码')
  await expect(asked.getByLabel('服务器地址')).toHaveValue(serverUrl)
  await expect(asked.getByLabel('协作码')).toHaveValue('')
  await expect(asked.getByLabel('协作码')).toBeFocused()
  await other.screenshot({ path: 'test-results/team-code-asked.png' })
  await asked.getByLabel('协作码').fill(code)
  await asked.getByRole('button', { name: '连接' }).click()
  await expect(asked.getByTestId('team-dialog-status')).toHaveText('已连接')
  await page.context().close()
  await other.context().close()
})
