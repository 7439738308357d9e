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

  window.__bench = {
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
