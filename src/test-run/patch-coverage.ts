/**
 * Patch coverage: the coverage of the Apex lines this change adds or edits, Codecov's favourite
 * view. Changed lines come from `git diff --unified=0`; the org says which lines are not covered
 * (`locationsNotCovered`) and, from API 68.0, which are (`locationsCovered`). A changed line in
 * neither list is not executable (a comment, a brace) and does not count. Below API 68.0 the
 * covered lines are unknown, so no percentage is made up: only the uncovered changed lines are
 * reported.
 */
import type { CoverageResult } from '../model/deploy-result.ts'
import { codeSpanInCell, escapeTableCell } from '../report/escape.ts'

/** Changed line numbers (new side) per repository path. */
export type ChangedLines = Map<string, number[]>

/**
 * `+c,d` of every hunk of a `git diff --unified=0` text, per file. A hunk's own lines are
 * counted off its header, so an added line that reads `++ i;` (`+++ i;` in the diff) is content,
 * not the next file's header.
 */
export function parseChangedLines(diff: string): ChangedLines {
  const out: ChangedLines = new Map()
  let file: string | undefined
  let oldLeft = 0
  let newLeft = 0
  for (const line of diff.split('\n')) {
    if (oldLeft > 0 || newLeft > 0) {
      const kind = line[0]
      if (kind === '-' || kind === ' ') oldLeft--
      if (kind === '+' || kind === ' ') newLeft--
      continue
    }
    if (line.startsWith('+++ ')) {
      const target = line.slice(4).trim()
      file = target === '/dev/null' ? undefined : target.replace(/^b\//, '')
      continue
    }
    const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line)
    if (!hunk) continue
    oldLeft = hunk[1] === undefined ? 1 : Number(hunk[1])
    const start = Number(hunk[2])
    const count = hunk[3] === undefined ? 1 : Number(hunk[3])
    newLeft = count
    if (!file) continue
    const lines = out.get(file) ?? []
    for (let n = start; n < start + count; n++) lines.push(n)
    out.set(file, lines)
  }
  return out
}

/** One changed file's patch coverage. */
export interface PatchFile {
  path: string
  /** The org's class or trigger name. */
  name: string
  covered: number[]
  uncovered: number[]
  /** False below API 68.0: covered lines are not reported, so no percentage. */
  known: boolean
}

/** The whole patch. */
export interface PatchCoverage {
  files: PatchFile[]
  /** Covered / (covered + uncovered) changed lines, percent; undefined when not known. */
  percent?: number
}

/** Intersects the changed lines with the org's coverage of each class or trigger. */
export function patchCoverage(
  changed: ChangedLines,
  coverage: CoverageResult[],
  pathOf: (type: 'Class' | 'Trigger', name: string) => string | undefined
): PatchCoverage {
  const files: PatchFile[] = []
  for (const entry of coverage) {
    const file = pathOf(entry.type, entry.name)
    const lines = file ? changed.get(file) : undefined
    if (!file || !lines || entry.numLocations === 0) continue
    const notCovered = new Set(entry.linesNotCovered)
    const covered = entry.linesCovered ? new Set(entry.linesCovered) : undefined
    const patch: PatchFile = {
      path: file,
      name: entry.name,
      covered: covered ? lines.filter((l) => covered.has(l)) : [],
      uncovered: lines.filter((l) => notCovered.has(l)),
      known: covered !== undefined
    }
    if (patch.covered.length + patch.uncovered.length > 0 || !patch.known) files.push(patch)
  }
  files.sort((a, b) => a.path.localeCompare(b.path))
  const known = files.length > 0 && files.every((f) => f.known)
  const covered = files.reduce((n, f) => n + f.covered.length, 0)
  const total = covered + files.reduce((n, f) => n + f.uncovered.length, 0)
  return { files, ...(known && total > 0 ? { percent: (covered / total) * 100 } : {}) }
}

const pct = (n: number): string => `${Math.floor(n * 100) / 100}%`

function filePercent(f: PatchFile): string {
  if (!f.known) return 'n/a'
  const total = f.covered.length + f.uncovered.length
  return total === 0 ? 'n/a' : pct((f.covered.length / total) * 100)
}

/** Consecutive line numbers as ranges: [3,4,5,9] → [[3,5],[9,9]]. */
export function lineRanges(lines: number[]): [number, number][] {
  const ranges: [number, number][] = []
  for (const line of [...lines].sort((a, b) => a - b)) {
    const last = ranges.at(-1)
    if (last && line === last[1] + 1) last[1] = line
    else ranges.push([line, line])
  }
  return ranges
}

/** The summary section: overall and per file. */
export function patchSection(patch: PatchCoverage, threshold: number | undefined): string {
  const overall =
    patch.percent === undefined
      ? 'Patch coverage: n/a (the org reports covered lines from API 68.0 only; uncovered changed lines are listed).'
      : `Patch coverage: **${pct(patch.percent)}**${threshold === undefined ? '' : ` (threshold ${threshold}%)`}.`
  const rows = patch.files.map((f) => {
    const ranges = lineRanges(f.uncovered)
      .map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`))
      .join(', ')
    return `| ${codeSpanInCell(f.path)} | ${filePercent(f)} | ${f.known ? f.covered.length : 'n/a'} | ${f.uncovered.length} | ${escapeTableCell(ranges)} |`
  })
  return [
    '### Patch coverage',
    '',
    overall,
    '',
    ...(rows.length > 0
      ? [
          '| File | Patch | Covered | Not covered | Uncovered changed lines |',
          '| --- | --- | --- | --- | --- |',
          ...rows,
          ''
        ]
      : ['No changed executable Apex line.', ''])
  ].join('\n')
}

/** Why the patch fails the threshold, or []. */
export function patchFailures(patch: PatchCoverage, threshold: number | undefined): string[] {
  if (threshold === undefined) return []
  if (patch.files.length === 0) return []
  if (patch.percent === undefined)
    return [
      `patch-coverage-threshold: ${threshold}% cannot be checked: the org reports covered lines (locationsCovered) from API 68.0 only; set api-version: 68.0 or remove the threshold.`
    ]
  if (patch.percent >= threshold) return []
  return [`Patch coverage ${pct(patch.percent)} is below patch-coverage-threshold ${threshold}%.`]
}
