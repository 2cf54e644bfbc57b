/** Builds the coverage section and evaluates the coverage threshold. */
import type { CoverageResult, DeployResult } from '../model/deploy-result.ts'
import type {
  ApexSourceResolver,
  CoverageEntry,
  CoverageSection,
  ThresholdResult
} from './report-types.ts'

/** Salesforce's own enforcement level, used to flag entries when no threshold is configured. */
export const SALESFORCE_COVERAGE_PERCENT = 75

/** Builds the coverage section; `threshold` is the configured coverage-threshold, if any. */
export function buildCoverageSection(
  result: DeployResult,
  resolveApex: ApexSourceResolver | undefined,
  threshold: number | undefined
): CoverageSection {
  const run = result.details?.runTestResult
  const deployed = deployedApex(result)
  const flagAt = threshold ?? SALESFORCE_COVERAGE_PERCENT
  const entries = (run?.coverage ?? [])
    .map((c) => toEntry(c, resolveApex, deployed, flagAt))
    .sort(worstFirst)
  const aggregate = aggregateOf(entries)
  const warnings = (run?.coverageWarnings ?? []).map((w) => ({ ...w }))
  const orgWide = warnings.find((w) => w.name === undefined)
  const hint = orgWide ? /is (\d+(?:\.\d+)?)%/.exec(orgWide.message)?.[1] : undefined
  return {
    entries,
    ...(aggregate ? { aggregate } : {}),
    ...(hint !== undefined ? { orgWidePercentHint: Number(hint) } : {}),
    warnings,
    exactLines: entries.length > 0 && entries.every((e) => e.linesCovered !== undefined),
    ...(threshold !== undefined
      ? { threshold: evaluateThreshold(entries, aggregate, threshold) }
      : {})
  }
}

/** Percent with two decimals, from counts. */
export function percentOf(covered: number, total: number): number {
  return Math.round((covered / total) * 10_000) / 100
}

/**
 * Whether `covered` of `total` lines is below `threshold` percent, judged on the counts: the
 * two-decimal percent rounds 18,000 of 20,001 lines (89.9955 %) up to 90, which would pass 90.
 */
export function isBelow(covered: number, total: number, threshold: number): boolean {
  return total > 0 && covered * 100 < threshold * total
}

/**
 * Fails when the aggregate or any deployed class or trigger is below the threshold. Without
 * coverage data (no tests ran, quick deploys) there is nothing to judge, so it is not evaluated.
 */
export function evaluateThreshold(
  entries: CoverageEntry[],
  aggregate: CoverageSection['aggregate'],
  threshold: number
): ThresholdResult {
  if (!aggregate) {
    return {
      threshold,
      evaluated: false,
      passed: true,
      aggregateBelow: false,
      classesBelow: [],
      reason: 'no coverage data in this result'
    }
  }
  const classesBelow = entries.filter(
    (e) => e.deployed && isBelow(e.covered, e.numLocations, threshold)
  )
  const aggregateBelow = isBelow(aggregate.covered, aggregate.total, threshold)
  return {
    threshold,
    evaluated: true,
    passed: !aggregateBelow && classesBelow.length === 0,
    aggregateBelow,
    classesBelow
  }
}

function toEntry(
  c: CoverageResult,
  resolveApex: ApexSourceResolver | undefined,
  deployed: Set<string>,
  flagAt: number
): CoverageEntry {
  const covered = Math.max(0, c.numLocations - c.numLocationsNotCovered)
  const percent = c.numLocations > 0 ? percentOf(covered, c.numLocations) : undefined
  const path = resolveApex?.(c.type, c.name)
  return {
    name: c.name,
    ...(c.namespace ? { namespace: c.namespace } : {}),
    type: c.type,
    ...(path ? { path } : {}),
    numLocations: c.numLocations,
    covered,
    ...(percent !== undefined ? { percent } : {}),
    linesNotCovered: uniqueSorted(c.linesNotCovered),
    ...(c.linesCovered ? { linesCovered: uniqueSorted(c.linesCovered) } : {}),
    deployed: deployed.has(`${c.type}:${c.name}`),
    belowThreshold: isBelow(covered, c.numLocations, flagAt)
  }
}

/** Names of the Apex classes and triggers this deploy carried. */
function deployedApex(result: DeployResult): Set<string> {
  const names = new Set<string>()
  const messages = [
    ...(result.details?.componentSuccesses ?? []),
    ...(result.details?.componentFailures ?? [])
  ]
  for (const m of messages) {
    if (m.componentType === 'ApexClass') names.add(`Class:${m.fullName}`)
    if (m.componentType === 'ApexTrigger') names.add(`Trigger:${m.fullName}`)
  }
  return names
}

/** Σ covered / Σ numLocations over entries with numLocations > 0, as Salesforce computes its aggregate. */
function aggregateOf(entries: CoverageEntry[]): CoverageSection['aggregate'] {
  const measured = entries.filter((e) => e.numLocations > 0)
  if (measured.length === 0) return undefined
  const total = measured.reduce((sum, e) => sum + e.numLocations, 0)
  const covered = measured.reduce((sum, e) => sum + e.covered, 0)
  return { covered, total, percent: percentOf(covered, total) }
}

/** Lowest percent first, then most uncovered lines, then name; n/a last. */
function worstFirst(a: CoverageEntry, b: CoverageEntry): number {
  if (a.percent === undefined || b.percent === undefined) {
    if (a.percent !== b.percent) return a.percent === undefined ? 1 : -1
  } else if (a.percent !== b.percent) {
    return a.percent - b.percent
  }
  return b.numLocations - b.covered - (a.numLocations - a.covered) || a.name.localeCompare(b.name)
}

function uniqueSorted(lines: number[]): number[] {
  return [...new Set(lines.filter((l) => Number.isInteger(l) && l >= 1))].sort((a, b) => a - b)
}
