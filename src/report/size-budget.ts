/** Byte and character budgets, and the hard cut that keeps markdown well-formed. */

/** GitHub's step summary limit: 1 MiB per step (docs.github.com, workflow commands, "Step isolation and limits"). */
export const JOB_SUMMARY_LIMIT_BYTES = 1_048_576

/** Our budget: room for anything else the step appends (docs/reports.md). */
export const JOB_SUMMARY_BUDGET_BYTES = 1_000_000

/** UTF-8 byte length, which is what GitHub measures. */
export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/**
 * The longest prefix of `text` that is at most `maxBytes` in UTF-8, never splitting a character
 * (half an emoji would be sent as U+FFFD).
 */
export function cutAtBytes(text: string, maxBytes: number): string {
  let bytes = 0
  let end = 0
  while (end < text.length) {
    const code = text.charCodeAt(end)
    const pair = code >= 0xd800 && code <= 0xdbff && end + 1 < text.length
    const size = pair ? 4 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3
    if (bytes + size > maxBytes) break
    bytes += size
    end += pair ? 2 : 1
  }
  return text.slice(0, end)
}

/** Open blocks while scanning markdown line by line. */
interface BlockState {
  fence?: string
  openDetails: number
}

/**
 * Cuts `text` at a line boundary so that the result, the closing lines and `notice` fit `budget`
 * (as measured by `measure`), closing any open code fence and `<details>` on the way out.
 */
export function hardCut(
  text: string,
  budget: number,
  notice: string,
  measure: (s: string) => number
): string {
  const reserve = measure(`\n\n${notice}\n`)
  const state: BlockState = { openDetails: 0 }
  const kept: string[] = []
  let used = 0
  for (const line of text.split('\n')) {
    const next = advance(state, line)
    const size = measure(line) + 1
    if (used + size + reserve + measure(closers(next).join('\n')) + 1 > budget) break
    kept.push(line)
    used += size
    state.fence = next.fence
    state.openDetails = next.openDetails
  }
  return [...kept, ...closers(state), '', notice, ''].join('\n')
}

/** The block state after `line`. */
function advance(state: BlockState, line: string): BlockState {
  const match = /^\s*(`{3,})/.exec(line)
  if (state.fence) {
    const closes =
      match?.[1] !== undefined && match[1].length >= state.fence.length && line.trim() === match[1]
    return closes ? { openDetails: state.openDetails } : { ...state }
  }
  if (match?.[1]) return { fence: match[1], openDetails: state.openDetails }
  const opened = (line.match(/<details>/g) ?? []).length
  const closed = (line.match(/<\/details>/g) ?? []).length
  return { openDetails: Math.max(0, state.openDetails + opened - closed) }
}

/** Lines that close what `state` has open. */
function closers(state: BlockState): string[] {
  const out: string[] = []
  if (state.fence) out.push(state.fence)
  for (let i = 0; i < state.openDetails; i++) out.push('', '</details>')
  return out
}

/** True when every fence and `<details>` in `text` is closed (used by tests and callers). */
export function isBalanced(text: string): boolean {
  let state: BlockState = { openDetails: 0 }
  for (const line of text.split('\n')) state = advance(state, line)
  return state.fence === undefined && state.openDetails === 0
}
