/**
 * LCOV tracefile with repo-relative `SF:` paths. `LF`/`LH` carry the org's exact totals; `DA`
 * lines list only lines the org named (covered ones only from `locationsCovered`).
 */
import { coverageFiles } from './coverage-files.ts'
import type { Report } from './report-types.ts'

/** Renders `lcov.info` for the classes and triggers in the repository. */
export function toLcov(report: Report): string {
  const out: string[] = []
  for (const f of coverageFiles(report)) {
    out.push('TN:', `SF:${f.path}`)
    for (const [line, hits] of f.lines) out.push(`DA:${line},${hits}`)
    out.push(`LF:${f.total}`, `LH:${f.covered}`, 'end_of_record')
  }
  return out.length > 0 ? `${out.join('\n')}\n` : ''
}
