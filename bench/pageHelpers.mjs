// Installed in every page the bench opens (context.addInitScript): timing helpers that run in the
// page, so a figure is measured by the page's own clock and not by the CDP round trip.

export function installBenchHelpers() {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()))
  /** After the next frame has been produced: rAF, then a task (as the existing e2e timing does). */
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => resolve(performance.now())
        channel.port2.postMessage(0)
      }),
    )

  /** Polls once a frame until `condition()` is truthy; then waits for that frame to be painted. */
  async function untilPainted(condition, timeoutMs = 60_000) {
    const start = performance.now()
    for (;;) {
      const value = condition()
      if (value) return { value, at: await afterPaint() }
      if (performance.now() - start > timeoutMs) throw new Error('timed out: ' + condition)
      await frame()
    }
  }

  function scrollParent(element) {
    for (let node = element; node; node = node.parentElement) {
      const style = getComputedStyle(node)
      if (/(auto|scroll)/.test(style.overflowY) && node.scrollHeight > node.clientHeight)
        return node
    }
    return document.scrollingElement
  }

  /**
   * Brings a tree row into the DOM and into view, virtualised or not: straight to it when it is
   * rendered, otherwise a jump to where it should be (`fraction` of the tree) and then a scan.
   */
  async function revealRow(id, fraction = 0.5) {
    const find = () => document.getElementById(`tree-row-${id}`)
    const tree = document.querySelector('[role="tree"]')
    if (!tree) throw new Error('no tree')
    let row = find()
    if (!row) {
      const scroller = scrollParent(tree.firstElementChild ?? tree)
      scroller.scrollTop = fraction * scroller.scrollHeight - scroller.clientHeight / 2
      await frame()
      await frame()
      row = find()
      for (let top = 0; !row && top <= scroller.scrollHeight; top += scroller.clientHeight * 0.8) {
        scroller.scrollTop = top
        await frame()
        await frame()
        row = find()
      }
    }
    if (!row) throw new Error(`row ${id} not found`)
    row.scrollIntoView({ block: 'center' })
    await frame()
    return find()
  }

  /** key-down (event time) to the next painted frame, for every key pressed while recording. */
  const keySamples = []
  let recordingKeys = false
  addEventListener(
    'keydown',
    (event) => {
      if (!recordingKeys) return
      const start = event.timeStamp
      void afterPaint().then((end) => keySamples.push(end - start))
    },
    true,
  )

  /** Long tasks (PerformanceObserver), for "never blocks input for more than 100 ms". */
  let longTasks = []
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        longTasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    // No long-task timing in this browser: the figure stays empty.
  }

  /** Mutation records and the distinct tree rows and document nodes they touched. */
  function countMutations() {
    let records = 0
    const rows = new Set()
    const docNodes = new Set()
    const note = (node) => {
      const element = node instanceof Element ? node : node.parentElement
      const row = element?.closest('[role="treeitem"]')
      if (row) rows.add(row.id)
      const docNode = element?.closest('.doc-node')
      if (docNode) docNodes.add(docNode.id)
    }
    const observer = new MutationObserver((list) => {
      for (const record of list) {
        records++
        note(record.target)
        record.addedNodes.forEach(note)
      }
    })
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    })
    return () => {
      observer.takeRecords()
      observer.disconnect()
      return { records, rows: rows.size, docNodes: docNodes.size }
    }
  }

  function openDb() {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open('plandraft')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
  }

  async function readRow(store, key) {
    const db = await openDb()
    try {
      return await new Promise((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).get(key)
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
    } finally {
      db.close()
    }
  }

  /**
   * Big work (issue 17): a text box put into `dialog` (a modal dialog lets keys go only to fields
   * inside it) logs, for every character it takes, its key-down's event time and how long until
   * its input event; long tasks are counted afresh; the work starts at the next `trigger` event
   * (its event time) and ends at the painted frame in which `done` holds (see watchWork).
   */
  let keysTaken = []
  let keyField = null
  function addKeyField(dialog) {
    keyField = document.createElement('input')
    keyField.setAttribute('aria-label', '基准输入')
    let keyDown = 0
    keyField.addEventListener('keydown', (event) => (keyDown = event.timeStamp))
    keyField.addEventListener('input', () =>
      keysTaken.push({ at: keyDown, ms: performance.now() - keyDown }),
    )
    keysTaken = []
    dialog.append(keyField)
    keyField.focus()
  }
  let work = null
  function watchWork(trigger, done) {
    longTasks = []
    const current = (work = { start: undefined, end: undefined, navigatedAt: undefined })
    addEventListener(trigger, (event) => (current.start = event.timeStamp), {
      capture: true,
      once: true,
    })
    addEventListener('hashchange', () => (current.navigatedAt ??= performance.now()), {
      once: true,
    })
    untilPainted(done, 600_000).then(
      ({ at }) => (current.end = at),
      (error) => (current.error = String(error)),
    )
  }
  /** Whether the work is done; if not, the key field gets the focus back if it lost it. */
  function workDone() {
    if (work.error) throw new Error(work.error)
    if (work.end !== undefined) return true
    if (keyField?.isConnected && document.activeElement !== keyField) keyField.focus()
    return false
  }
  /** What was seen from the work's start to its end (or to the navigation, when it navigated). */
  async function workReport() {
    // After a frame and a little more: the last long task has been reported.
    await afterPaint()
    await new Promise((resolve) => setTimeout(resolve, 50))
    const { start, end, navigatedAt } = work
    if (start === undefined) throw new Error('the work started with no event seen')
    const until = navigatedAt ?? end
    return {
      ms: end - start,
      navigatedMs: navigatedAt === undefined ? null : navigatedAt - start,
      // Keys typed while the work ran (the field may have taken keys of an earlier work, and the
      // last ones may come after).
      keys: keysTaken
        .filter(({ at }) => at >= start && at < until)
        .map(({ at, ms }) => ({ at: at - start, ms })),
      longTasks: longTasks
        .filter((task) => task.start >= start - 1 && task.start < until)
        .map((task) => ({ at: task.start - start, ms: task.duration })),
    }
  }

  /** The open dialog titled `title` (its aria-labelledby heading). */
  const dialogTitled = (title) =>
    Array.from(document.querySelectorAll('dialog[open]')).find(
      (dialog) =>
        document.getElementById(dialog.getAttribute('aria-labelledby'))?.textContent === title,
    )

  window.__bench = {
    dialogTitled,
    addKeyField,
    watchWork,
    workDone,
    workReport,
    frame,
    afterPaint,
    untilPainted,
    revealRow,
    scrollParent,
    countMutations,
    openDb,
    readRow,
    startKeys() {
      keySamples.length = 0
      recordingKeys = true
    },
    async stopKeys(count) {
      const start = performance.now()
      while (keySamples.length < count && performance.now() - start < 10_000) await frame()
      await afterPaint()
      recordingKeys = false
      return [...keySamples]
    },
    resetLongTasks() {
      longTasks = []
    },
    longTasks: () => [...longTasks],
  }
}
