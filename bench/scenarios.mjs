// What the bench does in the browser, one function per figure. Timings are taken in the page
// (performance.now, event time stamps, the next painted frame) unless a comment says otherwise.
import { pasteIntoImport } from './pasteIntoImport.mjs'
import { importText } from './plans.mjs'

const CHAPTER_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** Writes the plan (and, when given, extra phrases) straight into the app's IndexedDB. */
export async function seedDatabase(page, data, { phrases = 0 } = {}) {
  await page.goto('/#/')
  await page.getByRole('heading', { name: '计划库' }).waitFor()
  await page.evaluate(
    async ({ plan, nodes, phrases }) => {
      const db = await window.__bench.openDb()
      // Built-in phrases are written at start-up: the extra ones are made from them.
      const builtins = await new Promise((resolve, reject) => {
        const request = db.transaction('phrases').objectStore('phrases').getAll()
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      await new Promise((resolve, reject) => {
        const tx = db.transaction(['plans', 'nodes', 'phrases'], 'readwrite')
        tx.objectStore('plans').put(plan)
        for (const node of nodes) tx.objectStore('nodes').put(node)
        for (let i = 0; i < phrases && builtins.length > 0; i++) {
          const builtin = builtins[i % builtins.length]
          tx.objectStore('phrases').put({
            id: `bench-phrase-${i}`,
            text: `${builtin.text}（${i}）`,
            categoryId: 'cat-mine',
            useCount: i % 7,
            lastUsedAt: 0,
            createdAt: i,
          })
        }
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error)
      })
      db.close()
    },
    { plan: data.plan, nodes: data.nodes, phrases },
  )
}

/** The plan's library page, loaded and idle: where an open starts from. */
export async function gotoLibrary(page, data) {
  await page.goto('/#/')
  await page.getByRole('link', { name: data.plan.title }).waitFor()
  await page.waitForTimeout(300)
}

/**
 * Open: from the hash change to the painted frame in which the first chapter is in the tree and
 * the document and the last item's row is rendered — or, in a virtualised tree, the rendered rows
 * stopped changing — followed by a task (input can be handled). Also lists the files fetched.
 * `documentMs`: from the same hash change to the painted frame after the plan's document loaded
 * (editing possible: the editor layout's `data-document="loaded"`).
 */
export async function measureOpen(page, data, initialFiles) {
  const requested = []
  const onRequest = (request) => {
    const url = new URL(request.url())
    if (url.pathname.startsWith('/assets/')) requested.push(url.pathname.slice(1))
  }
  page.on('request', onRequest)
  // Files the page had fully received before the click (a prefetch still under way counts).
  const received = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname.slice(1)),
  )
  const { ms, documentMs } = await page.evaluate(
    async ({ planId, firstId, lastId }) => {
      const start = performance.now()
      location.hash = `#/plan/${planId}`
      // Watched from the hash change: the document may load before the rows are painted.
      const documentLoaded = window.__bench.untilPainted(() =>
        document.querySelector('.editor-layout[data-document="loaded"]'),
      )
      let previousRows = -1
      const { at } = await window.__bench.untilPainted(() => {
        const first =
          document.getElementById(`tree-row-${firstId}`) &&
          document.querySelector(`#doc-node-${firstId} .body-text`)
        const rows = document.querySelectorAll('[role="treeitem"]').length
        const done =
          first && (document.getElementById(`tree-row-${lastId}`) || rows === previousRows)
        previousRows = rows
        return done
      })
      return { ms: at - start, documentMs: (await documentLoaded).at - start }
    },
    { planId: data.plan.id, firstId: data.firstId, lastId: data.lastId },
  )
  // Lazy chunks a screen asks for after its first frame count too.
  await page.waitForTimeout(1500)
  page.off('request', onRequest)
  const all = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname.slice(1)),
  )
  const unfinished = all.filter((file) => file.startsWith('assets/') && !received.includes(file))
  const extra = [...new Set([...requested, ...unfinished])].filter(
    (file) => !initialFiles.includes(file),
  )
  return { ms, documentMs, extra }
}

/** DOM size right after opening. */
export async function domCounts(page) {
  return page.evaluate(() => {
    const tree = document.querySelector('[role="tree"]')
    const rows = document.querySelectorAll('[role="treeitem"]')
    const scroller = tree ? window.__bench.scrollParent(tree.firstElementChild ?? tree) : null
    const rowHeight = rows[0]?.getBoundingClientRect().height || 28
    const visible = scroller ? Math.ceil(scroller.clientHeight / rowHeight) : 0
    return {
      treeRows: rows.length,
      visibleRows: visible,
      docNodes: document.querySelectorAll('.doc-node').length,
      contenteditable: document.querySelectorAll('[contenteditable="true"]').length,
    }
  })
}

/** JS heap after a full garbage collection (CDP), in MB. */
export async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.enable')
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / 1024 / 1024
}

/** Click on the first chapter's body to a live editor in it (Node clock: includes the click). */
export async function measureFirstEdit(page, data) {
  const body = page.locator(`#doc-node-${data.firstId} .body-text`).first()
  const start = Date.now()
  await body.click()
  await page.locator(`#doc-node-${data.firstId} [contenteditable="true"]`).waitFor()
  const ms = Date.now() - start
  const editors = await page.locator('[contenteditable="true"]').count()
  await page.keyboard.press('Escape')
  return { ms, editors }
}

async function waitSaved(page) {
  await page.getByTestId('save-status').filter({ hasText: '已保存' }).waitFor({ timeout: 30_000 })
}

/** The keys typed: lower-case letters (each fires keydown, unlike CJK text Playwright inserts). */
const typedKeys = (count) =>
  Array.from({ length: count }, (_, i) => String.fromCharCode(97 + (i % 26))).join('')

async function typeAndSample(page, count) {
  await page.evaluate(() => window.__bench.startKeys())
  // About the pace of fast typing.
  await page.keyboard.type(typedKeys(count), { delay: 30 })
  return page.evaluate((count) => window.__bench.stopKeys(count), count)
}

/** Typing in the node in the middle of the plan: key-down to the next painted frame. */
export async function measureTyping(page, data, count) {
  const fraction = data.nodes.findIndex((node) => node.id === data.middleId) / data.nodes.length
  await page.evaluate(
    async ({ id, fraction }) => (await window.__bench.revealRow(id, fraction)).click(),
    { id: data.middleId, fraction },
  )
  const body = page.locator(`#doc-node-${data.middleId} .body-text`).first()
  await body.click()
  await page.locator(`#doc-node-${data.middleId} [contenteditable="true"]`).waitFor()
  await page.keyboard.press('Control+End')
  const samples = await typeAndSample(page, count)
  await page.keyboard.press('Escape')
  await waitSaved(page)
  return samples
}

/** The same keys in one bare Tiptap editor holding the same body (the bench's baseline page). */
export async function measureBaselineTyping(page, url, data, count) {
  await page.goto(url)
  await page.waitForFunction(() => window.__baseline)
  await page.evaluate((doc) => window.__baseline.setContent(doc), data.middleBody)
  return typeAndSample(page, count)
}

const orderKeyOf = (page, id) =>
  page.evaluate(async (id) => (await window.__bench.readRow('nodes', id))?.orderKey, id)

/**
 * Alt+↑ / Alt+↓ on a chapter: from key-down to the frame showing its new number, or to the
 * commit when that comes later. Both are watched in the page from the key-down itself (the paint
 * frame by frame, IndexedDB polled every 4 ms), so no CDP round trip adds to either. Counts DOM
 * mutations and the tree rows / document nodes they touched (the prod build has no React
 * Profiler: this is what stands for "React commits").
 */
export async function measureKeyMove(page, data, id, from, direction) {
  const to = direction === 'ArrowUp' ? from - 1 : from + 1
  const before = await orderKeyOf(page, id)
  await page.evaluate(
    async ({ id, fraction, before, prefix }) => {
      const bench = window.__bench
      const row = await bench.revealRow(id, fraction)
      row.focus()
      await bench.afterPaint()
      const stop = bench.countMutations()
      window.__moveStart = undefined
      addEventListener(
        'keydown',
        (event) => {
          window.__moveStart = event.timeStamp
          window.__movePainted = bench.untilPainted(() =>
            document
              .querySelector(`[role="treeitem"][data-id="${id}"]`)
              ?.getAttribute('aria-label')
              ?.startsWith(prefix),
          )
          window.__moveCommitted = (async () => {
            for (;;) {
              const stored = await bench.readRow('nodes', id)
              if (stored && stored.orderKey !== before) return performance.now()
              await new Promise((resolve) => setTimeout(resolve, 4))
            }
          })()
        },
        { capture: true, once: true },
      )
      window.__stopCounting = stop
    },
    { id, fraction: (from - 1) / 10, before, prefix: `${CHAPTER_NUMBERS[to - 1]}、` },
  )
  await page.keyboard.press(`Alt+${direction}`)
  const measured = await page.evaluate(async () => {
    while (window.__moveStart === undefined) await window.__bench.frame()
    const { at } = await window.__movePainted
    const counts = window.__stopCounting()
    const committed = await window.__moveCommitted
    return { at, committed, start: window.__moveStart, counts }
  })
  await waitSaved(page)
  return {
    ms: Math.max(measured.at, measured.committed) - measured.start,
    paintedMs: measured.at - measured.start,
    committedMs: measured.committed - measured.start,
    counts: measured.counts,
  }
}

/**
 * A mouse drag of chapter `id` (at `from`) onto the top of the chapter above it, as HTML5 drag
 * events dispatched in the page (the row above may be a viewport or more away: the tree is
 * scrolled to it between dragstart and drop, as the browser's autoscroll would). Timed from the
 * drop to the frame showing the new number, or to the commit when that comes later.
 */
export async function measureDragMove(page, data, id, targetId, from) {
  const before = await orderKeyOf(page, id)
  const painted = await page.evaluate(
    async ({ id, targetId, from, prefix, before }) => {
      const bench = window.__bench
      const transfer = new DataTransfer()
      const fire = (element, type) => {
        const rect = element.getBoundingClientRect()
        element.dispatchEvent(
          new DragEvent(type, {
            bubbles: true,
            cancelable: true,
            dataTransfer: transfer,
            clientX: rect.left + 40,
            clientY: rect.top + 2,
          }),
        )
      }
      const source = await bench.revealRow(id, (from - 1) / 10)
      fire(source, 'dragstart')
      const target = await bench.revealRow(targetId, (from - 2) / 10)
      fire(target, 'dragenter')
      fire(target, 'dragover')
      await bench.afterPaint()
      const start = performance.now()
      // The commit is watched in the page from the drop (IndexedDB polled every 4 ms).
      const committed = (async () => {
        for (;;) {
          const stored = await bench.readRow('nodes', id)
          if (stored && stored.orderKey !== before) return performance.now()
          await new Promise((resolve) => setTimeout(resolve, 4))
        }
      })()
      fire(target, 'drop')
      const end = document.getElementById(`tree-row-${id}`)
      if (end) fire(end, 'dragend')
      const { at } = await bench.untilPainted(() =>
        document
          .querySelector(`[role="treeitem"][data-id="${id}"]`)
          ?.getAttribute('aria-label')
          ?.startsWith(prefix),
      )
      return { at, start, committed: await committed }
    },
    { id, targetId, from, prefix: `${CHAPTER_NUMBERS[from - 2]}、`, before },
  )
  await waitSaved(page)
  return Math.max(painted.at, painted.committed) - painted.start
}

/** 全部折叠 then 全部展开: click to the painted frame with every row collapsed / expanded. */
export async function measureCollapseExpand(page) {
  return page.evaluate(async () => {
    const bench = window.__bench
    const button = (name) =>
      Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.trim() === name)
    const tree = () => document.querySelector('[role="tree"]')
    let start = performance.now()
    button('全部折叠').click()
    const collapsed = await bench.untilPainted(
      () => !tree().querySelector('[role="treeitem"][aria-expanded="true"]'),
    )
    const collapseMs = collapsed.at - start
    await new Promise((resolve) => setTimeout(resolve, 300))
    start = performance.now()
    button('全部展开').click()
    const expanded = await bench.untilPainted(
      () =>
        !tree().querySelector('[role="treeitem"][aria-expanded="false"]') &&
        tree().querySelector('[role="treeitem"][aria-level="3"]'),
    )
    return { collapseMs, expandMs: expanded.at - start }
  })
}

/**
 * Print preview: from the hash change to the painted frame with the first page, and to the one
 * with every page (`data-ready`); the longest long task meanwhile (input blocked that long).
 */
export async function measurePrintPreview(page, data) {
  const result = await page.evaluate(async (planId) => {
    const bench = window.__bench
    bench.resetLongTasks()
    const start = performance.now()
    location.hash = `#/plan/${planId}/print`
    const first = await bench.untilPainted(() => document.querySelector('.print-page'))
    const last = await bench.untilPainted(() =>
      document.querySelector('.print-sheets[data-ready="true"]'),
    )
    await new Promise((resolve) => setTimeout(resolve, 200))
    const tasks = bench.longTasks().filter((task) => task.start >= start - 1)
    return {
      firstMs: first.at - start,
      lastMs: last.at - start,
      pages: document.querySelectorAll('.print-page').length,
      longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
    }
  }, data.plan.id)
  await page.evaluate((planId) => (location.hash = `#/plan/${planId}`), data.plan.id)
  await page.locator('[role="tree"]').waitFor()
  return result
}

/** .docx export: the dialog's 导出 to the download (Node clock). */
export async function measureDocx(page) {
  await page.getByRole('button', { name: /^导出/ }).first().click()
  await page.getByRole('menuitem', { name: 'Word (.docx)' }).click()
  const dialog = page.getByRole('dialog')
  const download = page.waitForEvent('download', { timeout: 120_000 })
  const start = Date.now()
  await dialog.getByRole('button', { name: '导出', exact: true }).click()
  const proceed = page.getByRole('button', { name: /继续导出/ })
  await Promise.race([download, proceed.waitFor({ timeout: 120_000 }).then(() => proceed.click())])
  await download
  return Date.now() - start
}

/**
 * Find and replace (Ctrl+H), when the app has it: six keys typed into the find box 160 ms apart
 * (key-down to paint, each while a search runs); `from` entered at once, to the painted count of
 * its matches; then 全部替换 `to`, timed from the click to the moment no stored node holds `from`
 * (Node clock). Returns null when Ctrl+H opens nothing (the feature is not built yet).
 */
export async function measureReplaceAll(page, data, from, to) {
  await page.locator(`#doc-node-${data.firstId} .doc-heading`).first().click()
  await page.keyboard.press('Control+h')
  const findBox = page.getByRole('textbox', { name: /查找/ }).first()
  try {
    await findBox.waitFor({ timeout: 2000 })
  } catch {
    return null
  }
  // Keys a little past the find bar's 150 ms debounce apart: each lands while a search runs.
  await findBox.fill('')
  await page.evaluate(() => window.__bench.startKeys())
  await page.keyboard.type(typedKeys(6), { delay: 160 })
  const keys = await page.evaluate(() => window.__bench.stopKeys(6))
  // The query at once (one input event, as a paste): to the painted count of its matches.
  await page.evaluate(() =>
    addEventListener('input', (event) => (window.__findStart = event.timeStamp), {
      capture: true,
      once: true,
    }),
  )
  await findBox.fill(from)
  const resultMs = await page.evaluate(async () => {
    const { at } = await window.__bench.untilPainted(() =>
      /^共 \d+ 处$/.test(document.querySelector('[data-testid="find-count"]')?.textContent ?? ''),
    )
    return at - window.__findStart
  })
  await page
    .getByRole('textbox', { name: /替换为|替换成|^替换/ })
    .first()
    .fill(to)
  const start = Date.now()
  await page
    .getByRole('button', { name: /全部替换/ })
    .first()
    .click()
  const confirm = page.getByRole('alertdialog').or(page.getByRole('dialog', { name: /替换/ }))
  const confirmButton = confirm.getByRole('button', { name: /替换|确定|继续/ }).last()
  const done = page.waitForFunction(
    async ({ planId, from }) => {
      const db = await window.__bench.openDb()
      const nodes = await new Promise((resolve) => {
        const request = db.transaction('nodes').objectStore('nodes').getAll()
        request.onsuccess = () => resolve(request.result)
      })
      db.close()
      return !nodes.some(
        (node) => node.planId === planId && JSON.stringify([node.title, node.body]).includes(from),
      )
    },
    { planId: data.plan.id, from },
    { polling: 50, timeout: 120_000 },
  )
  await Promise.race([
    done,
    confirmButton.waitFor({ timeout: 3000 }).then(
      () => confirmButton.click(),
      () => undefined,
    ),
  ])
  await done
  const ms = Date.now() - start
  await page.keyboard.press('Escape')
  return { ms, keyMax: Math.max(...keys), resultMs }
}

/**
 * Import of a 10,000-line text: 预览 to the preview shown and 导入 to the dialog closing (Node
 * clock); between them, Tab on a line to its new level painted (the page's clock).
 */
export async function measureImport(page) {
  await page.goto('/#/')
  await page.getByRole('button', { name: '导入上一年计划（文本 / Word）' }).click()
  const dialog = page.getByRole('dialog', { name: '导入上一年计划' })
  await dialog.waitFor()
  // fill() would type line by line: pasted, as a user does.
  await pasteIntoImport(dialog, importText())
  let start = Date.now()
  await dialog.getByRole('button', { name: '预览' }).click()
  const lines = dialog.getByRole('listbox', { name: '原文各行' })
  await lines.getByRole('option').first().waitFor()
  const previewMs = Date.now() - start
  // Tab on a line (the first chapter's second item): key-down to the painted frame in which the
  // line shows its new level, then Shift+Tab puts it back.
  const line = lines.getByRole('option', { name: /第1章第2项重点工作/ }).first()
  await line.click()
  const level = Number(/(\d)级/.exec(await line.innerText())?.[1])
  if (!level) throw new Error('no level shown on the line')
  await page.evaluate(() =>
    addEventListener('keydown', (event) => (window.__levelStart = event.timeStamp), {
      capture: true,
      once: true,
    }),
  )
  await page.keyboard.press('Tab')
  const levelMs = await page.evaluate(async (level) => {
    const { at } = await window.__bench.untilPainted(() =>
      document
        .querySelector('[aria-label="原文各行"] [role="option"][aria-selected="true"]')
        ?.textContent?.includes(`${level + 1}级`),
    )
    return at - window.__levelStart
  }, level)
  await page.keyboard.press('Shift+Tab')
  await line.filter({ hasText: `${level}级` }).waitFor()
  // A title of its own: the plan of an earlier run is still in the library, and the same title
  // would stop 导入 at 已有同名计划 (the step then timed out in every run but the first).
  await dialog.getByLabel('计划标题').first().fill(`基准导入 ${Date.now()}`)
  start = Date.now()
  await dialog.getByRole('button', { name: /^导入/ }).last().click()
  await dialog.waitFor({ state: 'detached', timeout: 120_000 })
  return { previewMs, levelMs, importMs: Date.now() - start }
}

/**
 * Phrase search over the seeded phrases: typing `whzghfqy` in the panel's search box, key-down to
 * next paint per key, and first key-down to the painted frame listing a 维护职工合法权益 phrase
 * first (includes loading the search tools on the first search of a page).
 */
export async function measurePhraseSearch(page) {
  const box = page.getByRole('searchbox', { name: '搜索常用语' })
  if (!(await box.isVisible()))
    await page
      .getByRole('button', { name: /常用语/ })
      .first()
      .click()
  await box.click()
  await box.fill('')
  await page.evaluate(() => {
    window.__searchStart = undefined
    addEventListener('keydown', (event) => (window.__searchStart = event.timeStamp), {
      capture: true,
      once: true,
    })
    window.__bench.startKeys()
  })
  const query = 'whzghfqy'
  await page.keyboard.type(query, { delay: 60 })
  const keys = await page.evaluate((count) => window.__bench.stopKeys(count), query.length)
  const resultMs = await page.evaluate(async () => {
    const { at } = await window.__bench.untilPainted(() =>
      document
        .querySelector('[aria-label="常用语列表"] [role="option"]')
        ?.textContent?.includes('维护职工合法权益'),
    )
    return at - window.__searchStart
  })
  await box.fill('')
  return { keys, resultMs }
}

/**
 * The plan check (检查): the click to the painted count of findings; then typing with the panel
 * open (each saved draft re-checks the plan), key-down to paint as in measureTyping.
 */
export async function measurePlanCheck(page, data, count) {
  await page.evaluate(() =>
    addEventListener('click', (event) => (window.__checkStart = event.timeStamp), {
      capture: true,
      once: true,
    }),
  )
  await page.getByRole('button', { name: '检查', exact: true }).click()
  const listedMs = await page.evaluate(async () => {
    const { at } = await window.__bench.untilPainted(() =>
      /^(共 \d+ 处|没有发现问题)$/.test(
        document.querySelector('.check-panel-total')?.textContent ?? '',
      ),
    )
    return at - window.__checkStart
  })
  const typed = await measureTyping(page, data, count)
  await page.getByRole('button', { name: '关闭检查' }).click()
  return { listedMs, typed }
}

/**
 * Two windows of one profile: `count` keys typed (150 ms apart) at the end of the middle item's
 * body in `page`, while a second page of the same browser profile shows that item (not editing
 * it). Each sample: the key-down in the typing page to the painted frame in which the other page
 * shows that key, both on the machine's clock (performance.timeOrigin + the page's own time).
 */
export async function measureTwoWindows(page, data, count) {
  const other = await page.context().newPage()
  other.setDefaultTimeout(60_000)
  try {
    const fraction = data.nodes.findIndex((node) => node.id === data.middleId) / data.nodes.length
    await other.goto(`/#/plan/${data.plan.id}`)
    await other.locator('.editor-layout[data-document="loaded"]').waitFor()
    await other.evaluate(
      async ({ id, fraction }) => (await window.__bench.revealRow(id, fraction)).click(),
      { id: data.middleId, fraction },
    )
    await other.locator(`#doc-node-${data.middleId} .body-text`).first().waitFor()
    // Typing page: into the body, at its end (as measureTyping).
    await page.evaluate(
      async ({ id, fraction }) => (await window.__bench.revealRow(id, fraction)).click(),
      { id: data.middleId, fraction },
    )
    await page.locator(`#doc-node-${data.middleId} .body-text`).first().click()
    await page.locator(`#doc-node-${data.middleId} [contenteditable="true"]`).waitFor()
    await page.keyboard.press('Control+End')
    const keys = typedKeys(count)
    await other.evaluate(
      ({ id, keys }) => {
        const body = () => document.querySelector(`#doc-node-${id} .body-text`)?.textContent ?? ''
        const baseLength = body().length
        const seen = []
        let shown = 0
        window.__twoWindows = new Promise((resolve, reject) => {
          const start = performance.now()
          const tick = () => {
            const text = body()
            const count = Math.min(keys.length, text.length - baseLength)
            if (count > shown && text.endsWith(keys.slice(0, count))) {
              const from = shown
              shown = count
              void window.__bench.afterPaint().then((at) => {
                for (let i = from; i < count; i++) seen[i] = performance.timeOrigin + at
                if (seen.filter((time) => time !== undefined).length === keys.length) resolve(seen)
              })
            }
            if (performance.now() - start > 60_000) reject(new Error('keys not shown: ' + text))
            else if (shown < keys.length) requestAnimationFrame(tick)
          }
          tick()
        })
      },
      { id: data.middleId, keys },
    )
    await page.evaluate(() => {
      window.__keyTimes = []
      addEventListener(
        'keydown',
        (event) => window.__keyTimes.push(performance.timeOrigin + event.timeStamp),
        true,
      )
    })
    await page.keyboard.type(keys, { delay: 150 })
    const shown = await other.evaluate(() => window.__twoWindows)
    const typed = await page.evaluate(() => window.__keyTimes)
    await page.keyboard.press('Escape')
    await waitSaved(page)
    return shown.map((at, i) => at - typed[i])
  } finally {
    await other.close()
  }
}
