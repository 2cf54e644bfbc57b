/**
 * A small line diff (Myers' O(ND) algorithm) rendered as unified-diff hunks with context. Gives
 * up, saying so, when the two sides differ in more lines than `maxEdits`. Pure.
 */

/** One line of an edit script. */
export type DiffLine = { op: ' ' | '-' | '+'; text: string }

/** Options of `unifiedDiff`. */
export interface DiffOptions {
  /** Unchanged lines shown around each change. */
  context?: number
  /** Stop searching beyond this many edits (cost grows with it). */
  maxEdits?: number
}

/** The edit script from `a` to `b`, or undefined when it needs more than `maxEdits` edits. */
export function diffLines(
  a: readonly string[],
  b: readonly string[],
  maxEdits = 2_000
): DiffLine[] | undefined {
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const middle = myers(a.slice(start, endA), b.slice(start, endB), maxEdits)
  if (!middle) return undefined
  return [
    ...a.slice(0, start).map((text) => ({ op: ' ' as const, text })),
    ...middle,
    ...a.slice(endA).map((text) => ({ op: ' ' as const, text }))
  ]
}

function myers(
  a: readonly string[],
  b: readonly string[],
  maxEdits: number
): DiffLine[] | undefined {
  const n = a.length
  const m = b.length
  const max = Math.min(n + m, maxEdits)
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  const trace: Int32Array[] = []
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice())
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0))
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) return backtrack(trace, a, b, offset, d)
    }
  }
  return undefined
}

function backtrack(
  trace: Int32Array[],
  a: readonly string[],
  b: readonly string[],
  offset: number,
  last: number
): DiffLine[] {
  const out: DiffLine[] = []
  let x = a.length
  let y = b.length
  for (let d = last; d > 0; d--) {
    const v = trace[d] as Int32Array
    const k = x - y
    const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0))
    const prevK = down ? k + 1 : k - 1
    const prevX = v[offset + prevK] ?? 0
    const prevY = prevX - prevK
    while (x > prevX && y > prevY) {
      out.push({ op: ' ', text: a[--x] ?? '' })
      y--
    }
    if (down) out.push({ op: '+', text: b[--y] ?? '' })
    else out.push({ op: '-', text: a[--x] ?? '' })
  }
  while (x > 0 && y > 0) {
    out.push({ op: ' ', text: a[--x] ?? '' })
    y--
  }
  return out.reverse()
}

/**
 * Unified-diff hunks (`@@ -a,n +b,m @@`) from `before` to `after`; '' when they are equal,
 * undefined when the difference is too large to compute within `maxEdits`.
 */
export function unifiedDiff(
  before: readonly string[],
  after: readonly string[],
  options: DiffOptions = {}
): string[] | undefined {
  const script = diffLines(before, after, options.maxEdits)
  if (!script) return undefined
  const context = options.context ?? 2
  const changed = script.map((line, i) => (line.op === ' ' ? -1 : i)).filter((i) => i >= 0)
  if (changed.length === 0) return []
  const out: string[] = []
  let i = 0
  while (i < changed.length) {
    const first = changed[i] as number
    let last = first
    while (i + 1 < changed.length && (changed[i + 1] as number) - last <= 2 * context + 1)
      last = changed[++i] as number
    i++
    const from = Math.max(0, first - context)
    const to = Math.min(script.length - 1, last + context)
    out.push(
      hunkHeader(script, from, to),
      ...script.slice(from, to + 1).map((l) => `${l.op}${l.text}`)
    )
  }
  return out
}

function hunkHeader(script: DiffLine[], from: number, to: number): string {
  let oldLine = 1
  let newLine = 1
  for (const line of script.slice(0, from)) {
    if (line.op !== '+') oldLine++
    if (line.op !== '-') newLine++
  }
  const slice = script.slice(from, to + 1)
  const oldCount = slice.filter((l) => l.op !== '+').length
  const newCount = slice.filter((l) => l.op !== '-').length
  return `@@ -${oldLine},${oldCount} +${newLine},${newCount} @@`
}
