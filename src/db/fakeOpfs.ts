/**
 * For tests: a stand-in for the origin private file system (navigator.storage.getDirectory) that
 * keeps files in a Map, with writables that replace a file only on close, as the browser's do.
 * `refuseWrites` makes every write fail (a full disk).
 */
export function fakeOpfs() {
  const files = new Map<string, Blob>()
  const state = { refuseWrites: false, aborted: 0 }
  const directory = {
    getFileHandle: (name: string, options?: { create?: boolean }) => {
      if (!files.has(name) && !options?.create)
        return Promise.reject(new DOMException('missing', 'NotFoundError'))
      return Promise.resolve({
        getFile: () => {
          const data = files.get(name)
          return data
            ? Promise.resolve(new File([data], name))
            : Promise.reject(new DOMException('missing', 'NotFoundError'))
        },
        createWritable: () => {
          let swap: Blob | null = null
          return Promise.resolve({
            write: (data: Blob) => {
              if (state.refuseWrites)
                return Promise.reject(new DOMException('full', 'QuotaExceededError'))
              swap = data
              return Promise.resolve()
            },
            close: () => {
              if (swap) files.set(name, swap)
              return Promise.resolve()
            },
            abort: () => {
              state.aborted += 1
              return Promise.resolve()
            },
          })
        },
      })
    },
    removeEntry: (name: string) => {
      files.delete(name)
      return Promise.resolve()
    },
  }
  return {
    files,
    state,
    storage: { getDirectory: () => Promise.resolve(directory) },
    text: (name: string) => files.get(name)?.text() ?? Promise.resolve(''),
  }
}
