import { EXIT } from './exit-code.ts'
import { terminalSafe, type Paint } from './terminal-lines.ts'

/** What one engine run left: its outputs, deploy-result.json if written, and its failure. */
export interface EngineResult {
  mode: string
  outputs: Record<string, string>
  /** deploy-result.json, parsed, when the run wrote one. */
  resultJson?: Record<string, unknown>
  /** Annotations that name a file, already in `file:line: level: message` form. */
  located: string[]
  /** The run's failure message (core.setFailed), when it failed. */
  failure?: string
  /** The job summary the run wrote (markdown), when it wrote one. */
  summary?: string
  exitCode: number
}

function counts(json: Record<string, unknown> | undefined): Record<string, unknown> {
  const value = json?.counts
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
}

/**
 * The components line: only a deploy that ended Succeeded or SucceededPartial kept its
 * components. A validation keeps none, a failed or canceled deploy was rolled back (its
 * components-deployed output is 0, so the line says so instead of "0/5"), and one still running
 * has committed nothing yet.
 */
function componentsCell(outputs: Record<string, string>, mode: string, exitCode: number): string {
  const total = outputs['components-total'] ?? '0'
  const count = `${outputs['components-deployed'] ?? '0'}/${total}`
  if (exitCode === EXIT.stillRunning) return `${count} processed so far`
  const kept = outputs.status === 'Succeeded' || outputs.status === 'SucceededPartial'
  if (kept) return `${count} ${mode === 'validate' ? 'validated' : 'deployed'}`
  return `${mode === 'validate' ? 'not validated' : 'rolled back, nothing deployed'} (${total} in the package)`
}

/** A validation, also one that mode: report attached to (deploy-result.json names the operation). */
function validation(result: EngineResult): boolean {
  return result.mode === 'validate' || result.resultJson?.operation === 'Validation'
}

/** The end-of-run summary: verdict, failures with file:line, tests and coverage (pure). */
export function renderSummary(result: EngineResult, paint: Paint): string[] {
  // Outputs carry the org's answers (a status, an id): shown as text, never as escape sequences.
  const outputs = Object.fromEntries(
    Object.entries(result.outputs).map(([name, value]) => [name, terminalSafe(value)])
  )
  const lines: string[] = ['']
  const status = outputs.status ? ` (${outputs.status})` : ''
  lines.push(
    result.exitCode === 0
      ? paint('green', `✔ ${result.mode} succeeded${status}`)
      : paint('red', `✖ ${result.mode} failed${status}`)
  )
  if (outputs['deploy-id']) lines.push(`  deploy id   ${outputs['deploy-id']}`)
  if (outputs['components-total'])
    lines.push(
      `  components  ${componentsCell(outputs, validation(result) ? 'validate' : result.mode, result.exitCode)}, ${outputs['component-errors'] ?? '0'} errors`
    )
  if (outputs['tests-run'])
    lines.push(
      `  tests       ${outputs['tests-run']} run, ${outputs['tests-failed'] ?? '0'} failed`
    )
  const coverage = counts(result.resultJson).coveragePercent
  if (typeof coverage === 'number') lines.push(`  coverage    ${coverage}%`)
  lines.push(...pushLines(outputs))
  if (outputs['retrieve-dir']) lines.push(`  retrieved   ${outputs['retrieve-dir']}`)
  if (outputs['results-dir']) lines.push(`  reports     ${outputs['results-dir']}`)
  if (result.located.length > 0) {
    lines.push('', paint('bold', 'Failures:'))
    for (const l of result.located) lines.push(`  ${l}`)
  }
  if (result.failure) lines.push('', paint('red', terminalSafe(result.failure)))
  return lines
}

/** A push's request and job counts, as its outputs give them (push-upgrade only). */
function pushLines(outputs: Record<string, string>): string[] {
  const id = outputs['push-request-id']
  if (!id) return []
  const count = (name: string): number => Number(outputs[name] ?? 0) || 0
  const jobs = [
    ['succeeded', count('push-succeeded')],
    ['failed', count('push-failed')],
    ['canceled', count('push-canceled')],
    ['not finished', count('push-in-progress')],
    ['refused at scheduling', count('push-orgs-rejected')]
  ] as const
  const shown = jobs.filter(([, n], i) => i < 2 || n > 0).map(([label, n]) => `${n} ${label}`)
  return [
    `  push        ${id} (${outputs['push-status'] ?? 'status unknown'})`,
    `  orgs        ${count('push-orgs-scheduled')} scheduled: ${shown.join(', ')}`,
    ...(outputs['push-failures-path'] ? [`  failures    ${outputs['push-failures-path']}`] : [])
  ]
}

/**
 * The `--json` document: deploy-result.json when the run wrote one, or a document of the same
 * shape from what is known (bad input, a cancellation, a submitted deploy), with the exit code.
 */
export function jsonDocument(result: EngineResult): Record<string, unknown> {
  const base = result.resultJson ?? {
    mode: result.mode,
    outcome: result.outputs.status ?? null,
    passed: result.exitCode === 0,
    counts: {
      componentsTotal: numberOrNull(result.outputs['components-total']),
      componentsDeployed: numberOrNull(result.outputs['components-deployed']),
      componentErrors: numberOrNull(result.outputs['component-errors']),
      testsTotal: numberOrNull(result.outputs['tests-run']),
      testsFailed: numberOrNull(result.outputs['tests-failed'])
    },
    reasons: result.failure ? [result.failure] : []
  }
  return {
    ...base,
    ...(result.outputs['deploy-id'] ? { deployId: result.outputs['deploy-id'] } : {}),
    exitCode: result.exitCode,
    ...(result.failure ? { error: result.failure } : {})
  }
}

/**
 * The document as JSON for a terminal: JSON.stringify escapes C0 controls but leaves DEL and the
 * C1 controls (U+009B is a one-character CSI) raw, so org texts could still drive the terminal.
 * They are written as \u escapes, which every JSON reader decodes to the same string.
 */
export function terminalJson(document: unknown): string {
  return JSON.stringify(document, null, 2).replace(
    /[\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

function numberOrNull(value: string | undefined): number | null {
  return value === undefined || value === '' ? null : Number(value)
}

/**
 * A job summary (markdown) as terminal lines: the collapsible-section HTML GitHub renders is
 * dropped, a section's `<summary>` becomes its heading, runs of blank lines are one, and the
 * org's texts in it cannot act as escape sequences. Pure.
 */
export function markdownForTerminal(markdown: string): string[] {
  const lines: string[] = []
  for (const raw of markdown.trimEnd().split('\n')) {
    const heading = /<summary>(.*?)<\/summary>/.exec(raw)?.[1]
    const line = terminalSafe(
      heading !== undefined ? `${heading}:` : raw.replace(/<\/?details[^>]*>/g, '')
    )
    if (line.trim() === '' && (lines.at(-1) ?? '').trim() === '') continue
    lines.push(line)
  }
  while ((lines.at(-1) ?? 'x').trim() === '') lines.pop()
  return lines
}
