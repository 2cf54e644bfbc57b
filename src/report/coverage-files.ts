/**
 * What the coverage files may contain (docs/reports.md): only entries in the repository, with
 * exact counts; covered lines only from `locationsCovered`, never invented.
 */
import type { CoverageEntry, Report } from './report-types.ts'
import { percentOf } from './report-coverage.ts'

/** One file's line data for the coverage formats. */
export interface FileCoverage {
  path: string
  name: string
  /** Executable lines (numLocations). */
  total: number
  covered: number
  /** Line → hits (1 covered, 0 uncovered), sorted by line; only lines the org named. */
  lines: [number, 0 | 1][]
}

/** Totals over the files written. */
export interface CoverageTotals {
  total: number
  covered: number
  /** Ratio 0..1; 1 when there are no lines (nothing to cover). */
  rate: number
  percent: number
}

/** Entries in the repository, sorted by path, with their known lines. */
export function coverageFiles(report: Report): FileCoverage[] {
  return report.coverage.entries
    .filter((e): e is CoverageEntry & { path: string } => e.path !== undefined)
    .map((e) => ({
      path: e.path,
      name: e.name,
      total: e.numLocations,
      covered: e.covered,
      lines: knownLines(e)
    }))
    .sort((a, b) => a.path.localeCompare(b.path))
}

/** Sums counts over files. */
export function totalsOf(files: FileCoverage[]): CoverageTotals {
  const total = files.reduce((sum, f) => sum + f.total, 0)
  const covered = files.reduce((sum, f) => sum + f.covered, 0)
  return {
    total,
    covered,
    rate: total === 0 ? 1 : covered / total,
    percent: total === 0 ? 100 : percentOf(covered, total)
  }
}

/** Ratio with 4 decimals, as Cobertura writes it. */
export function rate(covered: number, total: number): string {
  return (total === 0 ? 1 : covered / total).toFixed(4)
}

function knownLines(e: CoverageEntry): [number, 0 | 1][] {
  const lines = new Map<number, 0 | 1>()
  for (const line of e.linesCovered ?? []) lines.set(line, 1)
  // An uncovered mark wins if the org ever lists a line in both.
  for (const line of e.linesNotCovered) lines.set(line, 0)
  return [...lines.entries()].sort(([a], [b]) => a - b)
}
