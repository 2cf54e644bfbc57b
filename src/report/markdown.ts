/** Small markdown building blocks shared by the summary, PR comment and check run. */
import { encodePath, escapeTableCell } from './escape.ts'

/** A GFM table; cells must already be escaped (see escapeTableCell). */
export function table(headers: string[], rows: string[][]): string[] {
  if (rows.length === 0) return []
  return [
    `| ${headers.join(' | ')} |`,
    `|${headers.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`)
  ]
}

/** A collapsed `<details>` block; blank lines around the body so markdown renders inside. */
export function details(summary: string, body: string[]): string[] {
  return [`<details><summary>${summary}</summary>`, '', ...body, '', '</details>', '']
}

/** Links a repo path (with optional line) to the commit when a blob base URL is known. */
export function fileLink(
  path: string,
  line: number | undefined,
  blobBase: string | undefined
): string {
  // escapeTableCell escapes brackets and backslashes: `a](x).cls` must neither end the link text
  // nor start one.
  const label = escapeTableCell(line ? `${path}:${line}` : path)
  if (!blobBase) return label
  return `[${label}](${blobBase.replace(/\/+$/, '')}/${encodePath(path)}${line ? `#L${line}` : ''})`
}

/** `12–15, 20` from sorted line numbers; at most `maxRanges` ranges, then `…`. */
export function lineRanges(lines: number[], maxRanges = 20): string {
  const ranges: string[] = []
  let start: number | undefined
  let prev: number | undefined
  const flush = (): void => {
    if (start === undefined || prev === undefined) return
    ranges.push(start === prev ? `${start}` : `${start}–${prev}`)
  }
  for (const line of lines) {
    if (prev !== undefined && line === prev + 1) {
      prev = line
      continue
    }
    flush()
    start = line
    prev = line
  }
  flush()
  return ranges.length > maxRanges
    ? `${ranges.slice(0, maxRanges).join(', ')}, …`
    : ranges.join(', ')
}

/** 11 s, 2 min 05 s, 1 h 03 min. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`
}

/** Milliseconds as seconds with 3 decimals, e.g. `0.129 s`. */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(3)} s`
}

/** `68.85 %`; n/a when undefined. */
export function formatPercent(percent: number | undefined): string {
  // A no-break space: `100 %` must not wrap inside a table cell.
  return percent === undefined ? 'n/a' : `${Number(percent.toFixed(2))}\u00a0%`
}

/** UTC date-time without seconds, e.g. `2025-07-19 19:18 UTC`. */
export function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

const BAR_CELLS = 10

/**
 * A 10-cell bar with the threshold marked by `┆` (box drawing, not a pipe, so tables survive):
 * 68.9 % against 75 % → `███████░┆░░`.
 */
export function coverageBar(percent: number | undefined, threshold: number): string {
  if (percent === undefined) return ''
  const filled = Math.round((percent / 100) * BAR_CELLS)
  const cells = '█'.repeat(filled) + '░'.repeat(BAR_CELLS - filled)
  const mark = Math.min(BAR_CELLS, Math.max(0, Math.round((threshold / 100) * BAR_CELLS)))
  return `${cells.slice(0, mark)}┆${cells.slice(mark)}`
}
