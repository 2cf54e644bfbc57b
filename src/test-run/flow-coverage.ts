/**
 * Flow coverage: the deploy result's `flowCoverage` (elements of each flow the tests reached)
 * and `flowCoverageWarnings`, in the summary, in a Cobertura-style file and against the optional
 * flow-coverage-threshold. The org names the elements not covered; the covered ones are counted,
 * not named, so the file counts them too and names only the missing ones.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { FlowCoverage, FlowCoverageWarning } from '../model/deploy-result.ts'
import { codeSpanInCell, escapeInline, escapeTableCell, escapeXml } from '../report/escape.ts'
import { isBelow } from '../report/report-coverage.ts'

/** Name of the Cobertura-style file in results-dir. */
export const FLOW_COVERAGE_FILE = 'flow-coverage.xml'

/** Covered percent of a flow (100 for a flow without elements). */
export function flowPercent(f: FlowCoverage): number {
  return f.numElements === 0
    ? 100
    : ((f.numElements - f.numElementsNotCovered) / f.numElements) * 100
}

const pct = (n: number): string => `${Math.floor(n * 100) / 100}%`

/** The summary section. */
export function flowSection(
  flows: FlowCoverage[],
  warnings: FlowCoverageWarning[],
  pathOf: (name: string) => string | undefined,
  threshold: number | undefined
): string {
  const covered = flows.reduce((n, f) => n + f.numElements - f.numElementsNotCovered, 0)
  const total = flows.reduce((n, f) => n + f.numElements, 0)
  const rows = flows.map((f) => {
    const file = pathOf(f.flowName)
    return `| ${escapeTableCell(f.flowName)} | ${file ? codeSpanInCell(file) : ''} | ${escapeTableCell(f.processType ?? '')} | ${f.numElements - f.numElementsNotCovered}/${f.numElements} | ${pct(flowPercent(f))} | ${escapeTableCell(f.elementsNotCovered.join(', '))} |`
  })
  return [
    `### Flow coverage (${flows.length} flow${flows.length === 1 ? '' : 's'})`,
    '',
    `Elements covered: **${total === 0 ? 'n/a' : pct((covered / total) * 100)}** (${covered}/${total})${threshold === undefined ? '' : ` · threshold ${threshold}%`}`,
    '',
    '| Flow | File | Type | Covered | % | Not covered |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...warnings.map(
      (w) => `- ⚠ ${escapeInline(w.flowName ? `${w.flowName}: ${w.message}` : w.message)}`
    ),
    ...(warnings.length > 0 ? [''] : [])
  ].join('\n')
}

/** Flows below the threshold, as failure reasons. */
export function flowFailures(flows: FlowCoverage[], threshold: number | undefined): string[] {
  if (threshold === undefined) return []
  // Judged on the counts: (57 / 100) * 100 is 56.99999999999999 in floating point.
  const low = flows.filter((f) =>
    isBelow(f.numElements - f.numElementsNotCovered, f.numElements, threshold)
  )
  if (low.length === 0) return []
  return [
    `Flow coverage below flow-coverage-threshold ${threshold}%: ${low.map((f) => `${f.flowName} (${pct(flowPercent(f))})`).join(', ')}.`
  ]
}

const rate = (covered: number, total: number): string =>
  (total === 0 ? 1 : covered / total).toFixed(4)

/** The Cobertura-style XML: one class per flow, its elements as the counted lines. */
export function flowCobertura(
  flows: FlowCoverage[],
  pathOf: (name: string) => string | undefined,
  at: Date
): string {
  const covered = flows.reduce((n, f) => n + f.numElements - f.numElementsNotCovered, 0)
  const total = flows.reduce((n, f) => n + f.numElements, 0)
  const classes = flows.map((f) => {
    const own = f.numElements - f.numElementsNotCovered
    const methods = f.elementsNotCovered.map(
      (e) =>
        `            <method name="${escapeXml(e)}" signature="" line-rate="0" branch-rate="0"><lines/></method>`
    )
    return [
      `        <class name="${escapeXml(f.flowName)}" filename="${escapeXml(pathOf(f.flowName) ?? `flows/${f.flowName}.flow`)}" line-rate="${rate(own, f.numElements)}" branch-rate="0" complexity="0" elements-covered="${own}" elements-valid="${f.numElements}">`,
      methods.length > 0
        ? `          <methods>\n${methods.join('\n')}\n          </methods>`
        : '          <methods/>',
      '          <lines/>',
      '        </class>'
    ].join('\n')
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<coverage line-rate="${rate(covered, total)}" branch-rate="0" lines-covered="${covered}" lines-valid="${total}" branches-covered="0" branches-valid="0" complexity="0" version="flow" timestamp="${at.getTime()}">`,
    '  <sources><source>.</source></sources>',
    '  <packages>',
    `    <package name="flows" line-rate="${rate(covered, total)}" branch-rate="0" complexity="0">`,
    '      <classes>',
    ...classes,
    '      </classes>',
    '    </package>',
    '  </packages>',
    '</coverage>',
    ''
  ].join('\n')
}

/** Writes the file into results-dir; returns its path. */
export function writeFlowCobertura(resultsDir: string, xml: string): string {
  mkdirSync(resultsDir, { recursive: true })
  const file = path.join(resultsDir, FLOW_COVERAGE_FILE)
  writeFileSync(file, xml)
  return file
}
