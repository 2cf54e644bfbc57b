/**
 * Issues reads a bounded number of files ahead of the one being converted, so that a tree with
 * slow or pipelined reads (a git revision) keeps several requests in flight while components are
 * converted one at a time. Converting one component at a time keeps the peak memory to one
 * component's parsed XML instead of one per concurrent worker.
 */
export function readAhead(
  read: (path: string) => Promise<Uint8Array>,
  order: string[],
  window: number
): (path: string) => Promise<Uint8Array> {
  const position = new Map<string, number>()
  order.forEach((p, i) => {
    if (!position.has(p)) position.set(p, i)
  })
  const pending = new Map<string, Promise<Uint8Array>>()
  const issuedPaths: string[] = []
  let issued = 0
  let evicted = 0
  const issueUpTo = (end: number): void => {
    const stop = Math.min(end, order.length)
    while (issued < stop) {
      const path = order[issued++] ?? ''
      if (pending.has(path)) continue
      const promise = read(path)
      // A read that is never consumed (component skipped or failed earlier) must not surface as
      // an unhandled rejection; a consumed one still rejects for its reader.
      promise.catch(() => undefined)
      pending.set(path, promise)
      issuedPaths.push(path)
    }
  }
  return (path) => {
    const at = position.get(path)
    if (at !== undefined) {
      issueUpTo(at + 1 + window)
      // Forget reads far behind the current file: their component did not want them.
      while (
        evicted < issuedPaths.length &&
        (position.get(issuedPaths[evicted] ?? '') ?? 0) < at - window
      ) {
        pending.delete(issuedPaths[evicted] ?? '')
        evicted++
      }
    }
    const ready = pending.get(path)
    if (ready === undefined) return read(path)
    pending.delete(path)
    return ready
  }
}
