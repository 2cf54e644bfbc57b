/**
 * The test checks after a deploy or validation ends: flaky-test retries first (re-run the
 * transient failures, resubmit when all were flaky), then the zero-test guard on the run that
 * stands. Both only read the result and, when asked to, submit the package again.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { DeployPackage, Outcome } from '../deploy/deploy-package.ts'
import { componentCounts } from '../model/component-counts.ts'
import {
  isCleanSuccess,
  type DeployOptions,
  type DeployResult,
  type KeptDeploy,
  type TestResult
} from '../model/deploy-result.ts'
import type { SalesforceRest } from '../salesforce-rest/rest-client.ts'
import type { DeploySettings } from '../settings/settings.ts'
import type { Clock } from '../shared/clock.ts'
import { escapeInline } from '../report/escape.ts'
import { describeError } from '../shared/errors.ts'
import { redact } from '../shared/redact.ts'
import type { Logger } from '../shared/logger.ts'
import {
  appendFlakeHistory,
  labelText,
  NOT_RERUN,
  retrySection,
  type FlakeLabel,
  type RetryReport
} from './flaky-report.ts'
import {
  lineRanges,
  patchCoverage,
  patchFailures,
  patchSection,
  type ChangedLines
} from './patch-coverage.ts'
import { flowCobertura, flowFailures, flowSection, writeFlowCobertura } from './flow-coverage.ts'
import { suiteSection, type ResolvedSuite } from './suites.ts'
import { rerunTests, type RerunTest } from './tooling-runner.ts'
import { testKey, transientOnlyFailures } from './transient.ts'
import { zeroTestProblems } from './zero-tests.ts'

/** What the checks need from the deploy operation. */
export interface TestCheckContext {
  settings: DeploySettings
  pkg: DeployPackage
  /** The options the org received. */
  options: DeployOptions
  /** The REST client of the signed-in session, when there is one. */
  rest: () => SalesforceRest | undefined
  clock: Clock
  logger: Logger
  /**
   * Submits the package again with these options and follows it to the end. `onSubmitted` hears
   * the new deploy's id as soon as the org made it, so a follow that throws still names it.
   */
  resubmit: (options: DeployOptions, onSubmitted?: (id: string) => void) => Promise<Outcome>
  /** The Apex lines changed since the diff base; undefined when there is no base. */
  changedLines?: () => Promise<ChangedLines | undefined>
  /** The suites run-tests named, for the summary's suite table. */
  suites?: ResolvedSuite[]
  /** Annotates a range of lines of a repository file (uncovered changed lines). */
  annotate?: (a: { path: string; startLine: number; endLine: number; message: string }) => void
}

export type { TestCheck } from './test-check.ts'

// A Tooling re-run of a few methods takes seconds; this bounds a stuck job queue.
const RERUN_WAIT_MS = 10 * 60_000
const TEST_CLASS = /@istest\b[^{]*?\bclass\s+\w+/i

/** Runs the checks; returns the outcome that stands, with its `testCheck`. */
export async function checkTests(first: Outcome, ctx: TestCheckContext): Promise<Outcome> {
  const run = ctx.settings.testRun
  if (!run) return first
  let outcome = first
  const retry =
    run.retries > 0 && first.result ? await retryFlaky(first, ctx, run.retries) : undefined
  if (retry) outcome = withRetryNotes(retry.outcome, retry.report.labels)
  const guarded = await guardZeroTests(outcome, ctx)
  outcome = guarded.outcome
  const patch = await checkPatch(outcome, ctx)
  const flows = checkFlows(outcome, ctx)
  const tests = outcome.result?.details?.runTestResult?.tests ?? []
  const sections = [
    ...(ctx.suites ? [suiteSection(ctx.suites, tests)] : []),
    ...(retry ? [retrySection(retry.report)] : []),
    ...(guarded.section ? [guarded.section] : []),
    ...(patch.section ? [patch.section] : []),
    ...(flows.section ? [flows.section] : [])
  ]
  const flaky = retry?.report.labels.filter((l) => l.verdict === 'flaky').map((l) => l.test) ?? []
  return {
    ...outcome,
    notes: [
      ...outcome.notes,
      ...(retry?.notes ?? []),
      ...guarded.notes,
      ...patch.notes,
      ...flows.notes
    ],
    ...(sections.length > 0
      ? { extraSections: [...(outcome.extraSections ?? []), ...sections] }
      : {}),
    testCheck: {
      failures: [...guarded.failures, ...patch.failures, ...flows.failures],
      outputs: { ...(retry ? { 'tests-flaky': flaky.join(',') } : {}), ...patch.outputs },
      ...(retry ? { retry: retry.report } : {})
    }
  }
}

/** Each retried test's verdict on its row of the result that stands, for JUnit and the summary. */
function withRetryNotes(outcome: Outcome, labels: FlakeLabel[]): Outcome {
  const run = outcome.result?.details?.runTestResult
  if (!outcome.result?.details || !run) return outcome
  const byTest = new Map(labels.map((l) => [l.test, l]))
  const tests = run.tests.map((t) => {
    const label = byTest.get(testKey(t))
    if (!label) return t
    const flaky = label.verdict === 'flaky' && t.outcome === 'Pass' && label.message !== ''
    return { ...t, retryNote: labelText(label), ...(flaky ? { flakyFailure: label.message } : {}) }
  })
  return {
    ...outcome,
    result: {
      ...outcome.result,
      details: { ...outcome.result.details, runTestResult: { ...run, tests } }
    }
  }
}

/** Counts the REST calls the retries make, for the summary and the bench. */
function counting(rest: SalesforceRest, count: { n: number }): SalesforceRest {
  const tick = <T>(p: Promise<T>): Promise<T> => {
    count.n += 1
    return p
  }
  return {
    ...rest,
    get: (p) => tick(rest.get(p)),
    post: (p, b) => tick(rest.post(p, b)),
    patch: (p, b) => tick(rest.patch(p, b)),
    delete: (p) => tick(rest.delete(p)),
    queryAll: (q, o) => tick(rest.queryAll(q, o))
  }
}

function apexClassesOf(pkg: DeployPackage): Set<string> {
  return new Set(
    pkg.components.filter((c) => c.type === 'ApexClass').map((c) => c.fullName.toLowerCase())
  )
}

function canResubmit(settings: DeploySettings, options: DeployOptions): boolean {
  // A failed validation changed nothing; a failed deploy did not either when it rolled back.
  return options.checkOnly || (settings.mode === 'deploy' && options.rollbackOnError)
}

async function retryFlaky(
  first: Outcome,
  ctx: TestCheckContext,
  retries: number
): Promise<{ outcome: Outcome; report: RetryReport; notes: string[] } | undefined> {
  const run = ctx.settings.testRun
  const failures =
    first.result && run ? transientOnlyFailures(first.result, run.flakyTests) : undefined
  if (!failures || !run) return undefined
  const count = { n: 0 }
  const inPackage = apexClassesOf(ctx.pkg)
  const labels = new Map<string, FlakeLabel>()
  const label = (t: TestResult, patch: Partial<FlakeLabel>): void => {
    const key = testKey(t)
    const old = labels.get(key) ?? {
      test: key,
      verdict: 'not re-run' as const,
      attempts: 0,
      via: 'none' as const,
      message: t.message ?? ''
    }
    labels.set(key, { ...old, ...patch })
  }
  const base = ctx.rest()
  // The reason stays with a test no re-run reaches: the summary and JUnit must say why.
  for (const f of failures)
    label(f, {
      reason: !f.methodName
        ? NOT_RERUN.classLevel
        : inPackage.has(f.className.toLowerCase())
          ? NOT_RERUN.inPackage
          : base
            ? NOT_RERUN.refused
            : NOT_RERUN.noSession
    })
  const viaOrg = failures.filter((f) => f.methodName && !inPackage.has(f.className.toLowerCase()))
  const notes: string[] = []
  if (viaOrg.length > 0 && base) {
    const rest = counting(base, count)
    let pending = viaOrg
    for (let attempt = 1; attempt <= retries && pending.length > 0; attempt++) {
      const tests: RerunTest[] = pending.map((t) => ({
        className: t.namespace ? `${t.namespace}.${t.className}` : t.className,
        methodName: t.methodName ?? ''
      }))
      let results
      try {
        results = await rerunTests(rest, tests, ctx.clock, RERUN_WAIT_MS)
      } catch (error) {
        notes.push(`The test re-run could not be made: ${describeError(error)}`)
        break
      }
      const still: TestResult[] = []
      pending.forEach((t, i) => {
        const passed = results[i]?.outcome === 'Pass'
        label(t, { verdict: passed ? 'flaky' : 'real', attempts: attempt, via: 'tooling' })
        if (!passed) still.push(t)
      })
      pending = still
    }
  }
  const report: RetryReport = { labels: [], resubmissions: [], apiCalls: 0 }
  let outcome = first
  const anyReal = [...labels.values()].some((l) => l.verdict === 'real')
  if (run.retryValidation && !anyReal && canResubmit(ctx.settings, ctx.options)) {
    for (let attempt = 1; attempt <= retries; attempt++) {
      ctx.logger.info(
        `Every failed test looks flaky; submitting the ${kindOf(ctx.options)} again (${attempt} of ${retries}).`
      )
      const next = await tryResubmit(ctx, ctx.options)
      if ('failed' in next) {
        // The run that ended stands: its failures are real as far as anyone knows.
        if (next.failed.deployId) report.resubmissions.push(next.failed.deployId)
        report.resubmitFailed = next.failed.note
        notes.push(next.failed.note)
        for (const l of labels.values())
          if (l.verdict === 'not re-run') labels.set(l.test, { ...l, reason: next.failed.reason })
        break
      }
      outcome = next.outcome
      if (outcome.deployId) report.resubmissions.push(outcome.deployId)
      const result = outcome.result
      if (!result) break
      const outcomeNow = new Map(
        (result.details?.runTestResult?.tests ?? []).map((t) => [testKey(t), t.outcome])
      )
      for (const l of labels.values()) {
        if (l.verdict === 'flaky' && l.via === 'tooling') continue
        // A run that stopped before its tests (a component error, a cancel) re-ran nothing:
        // only a test the run reports as passed is flaky.
        const now = outcomeNow.get(l.test)
        if (now === undefined) continue
        labels.set(l.test, {
          ...l,
          verdict: now === 'Pass' ? 'flaky' : 'real',
          attempts: attempt,
          via: 'resubmission'
        })
      }
      if (isCleanSuccess(result) || !transientOnlyFailures(result, run.flakyTests)) break
    }
  } else if (!anyReal && labels.size > 0 && !run.retryValidation) {
    notes.push('Every failed test looks flaky; retry-validation: true would submit the run again.')
  }
  report.labels = [...labels.values()]
  report.apiCalls = count.n
  for (const l of report.labels) ctx.logger.info(`${l.test}: ${labelText(l)}`)
  try {
    appendFlakeHistory(ctx.settings.report.resultsDir, {
      at: new Date(ctx.clock.now()),
      ...(first.deployId ? { deployId: first.deployId } : {}),
      labels: report.labels
    })
  } catch (error) {
    notes.push(`The flake history could not be written: ${describeError(error)}`)
  }
  return { outcome, report, notes }
}

/** Why a resubmission did not end in a run to report, worded for the notes and the labels. */
interface ResubmitFailure {
  /** The resubmitted deploy, when the org created it before the follow failed. */
  deployId?: string
  note: string
  /** The `not re-run` reason of the tests the resubmission would have re-run. */
  reason: string
}

/**
 * Resubmits, turning a throw (the org refused the submit, the network lost it, the new deploy
 * could not be followed) into a failure to report: the run before it must still be reported.
 */
async function tryResubmit(
  ctx: TestCheckContext,
  options: DeployOptions
): Promise<{ outcome: Outcome } | { failed: ResubmitFailure }> {
  let created: string | undefined
  try {
    return { outcome: await ctx.resubmit(options, (id) => (created = id)) }
  } catch (error) {
    return { failed: resubmitFailure(error, kindOf(options), created) }
  }
}

function kindOf(options: DeployOptions): 'validation' | 'deploy' {
  return options.checkOnly ? 'validation' : 'deploy'
}

/** The failure's words; the org's text is redacted here, as the flake history file is not. */
function resubmitFailure(
  error: unknown,
  kind: 'validation' | 'deploy',
  created: string | undefined
): ResubmitFailure {
  const why = redact(describeError(error)).replace(/\s+/g, ' ').trim()
  if (!created) {
    const reason = `the resubmission could not be made: ${why}`
    return { note: `The resubmission could not be made: ${why}`, reason }
  }
  return {
    deployId: created,
    note:
      `The resubmitted ${kind} ${created} could not be followed: ${why}. ` +
      `Follow it with mode: report and deploy-id: ${created} (CLI: report --deploy-id ${created}).`,
    reason: `the resubmitted ${kind} ${created} could not be followed: ${why}`
  }
}

/** True when the repository's copy of the class is a test class. */
function testClassCheck(pkg: DeployPackage, workspace: string): (name: string) => boolean {
  return (name) => {
    const file = pkg.resolveApexSource?.('Class', name)
    if (!file) return /test$/i.test(name)
    try {
      return TEST_CLASS.test(readFileSync(path.resolve(workspace, file), 'utf8'))
    } catch {
      return /test$/i.test(name)
    }
  }
}

async function guardZeroTests(
  outcome: Outcome,
  ctx: TestCheckContext
): Promise<{ outcome: Outcome; failures: string[]; notes: string[]; section?: string }> {
  const run = ctx.settings.testRun
  if (!run || !outcome.result) return { outcome, failures: [], notes: [] }
  const changedApex = ctx.pkg.components
    .filter((c) => c.type === 'ApexClass' || c.type === 'ApexTrigger')
    .map((c) => ({ type: c.type as 'ApexClass' | 'ApexTrigger', name: c.fullName }))
  const testLevel = outcome.testLevel ?? ctx.options.testLevel
  const input = {
    testLevel,
    // run-tests: auto that fell back to RunLocalTests (missing-tests: run-local) ran every local
    // test: the org chose nothing, and coverage-threshold governs that run as any other.
    autoSelected: ctx.pkg.tests !== undefined && testLevel === 'RunSpecifiedTests',
    changedApex,
    isTestClass: testClassCheck(ctx.pkg, ctx.settings.workspace),
    ...(ctx.settings.report.coverageThreshold === undefined
      ? {}
      : { threshold: ctx.settings.report.coverageThreshold })
  }
  const problems = zeroTestProblems({ ...input, result: outcome.result })
  if (problems.length === 0) return { outcome, failures: [], notes: [] }
  if (run.onNoTests === 'fail')
    return { outcome, failures: problems, notes: [], section: guardSection(problems, undefined) }
  const again = ctx.options.checkOnly ? 'Validating' : 'Deploying'
  ctx.logger.warning(
    `${problems.join(' ')} ${again} again at RunLocalTests (on-no-tests: rerun-local).`
  )
  const next = await tryResubmit(ctx, { ...ctx.options, testLevel: 'RunLocalTests', runTests: [] })
  if ('failed' in next) {
    // No run replaced the zero-test one: it stands, and fails as with on-no-tests: fail.
    const note = `on-no-tests: rerun-local: ${next.failed.note}`
    return {
      outcome,
      failures: problems,
      notes: [note],
      section: guardSection(problems, undefined, note)
    }
  }
  const rerun = next.outcome
  const kept = keptFirstDeploy(outcome.result, rerun, ctx.options)
  return {
    outcome: { ...rerun, testLevel: 'RunLocalTests', ...(kept ? { keptDeploy: kept } : {}) },
    failures: kept
      ? [
          `Deploy ${kept.deployId} had committed the package before any test ran, and the org keeps it: the run again at RunLocalTests (${rerun.deployId ?? 'no id'}) rolled back only itself.`
        ]
      : [],
    notes: [`Run again at RunLocalTests (${rerun.deployId ?? 'no id'}): ${problems.join(' ')}`],
    section: guardSection(problems, rerun.deployId)
  }
}

/**
 * In deploy mode the zero-test run was a real deploy, committed by the org. When the run again
 * is not committed too, its rollback undoes only its own work: the first deploy's stays.
 */
function keptFirstDeploy(
  first: DeployResult,
  rerun: Outcome,
  options: DeployOptions
): KeptDeploy | undefined {
  if (options.checkOnly || !first.success || rerun.result?.success === true) return undefined
  return { deployId: first.id, deployed: componentCounts(first).deployed }
}

function guardSection(
  problems: string[],
  rerunId: string | undefined,
  rerunFailed?: string
): string {
  return [
    '### Zero-test guard',
    '',
    ...problems.map((p) => `- ${escapeInline(p)}`),
    '',
    ...(rerunId
      ? [
          `on-no-tests: rerun-local ran the package again at RunLocalTests as ${rerunId}; this report is that run.`,
          ''
        ]
      : []),
    ...(rerunFailed
      ? [`${escapeInline(rerunFailed)} This report is of the run before it.`, '']
      : [])
  ].join('\n')
}

// GitHub shows at most 10 notices per step; the rest are in the summary's table.
const MAX_PATCH_ANNOTATIONS = 10

/** Patch coverage of the run that stands, when a diff base is known and coverage came back. */
async function checkPatch(
  outcome: Outcome,
  ctx: TestCheckContext
): Promise<{
  failures: string[]
  notes: string[]
  outputs: { 'patch-coverage'?: string }
  section?: string
}> {
  const threshold = ctx.settings.testRun?.patchCoverageThreshold
  const none = { failures: [], notes: [], outputs: {} }
  const coverage = outcome.result?.details?.runTestResult?.coverage
  if (!outcome.result?.done || !coverage) return none
  let changed: ChangedLines | undefined
  try {
    changed = await ctx.changedLines?.()
  } catch (error) {
    const why = `Patch coverage needs the git diff, which failed: ${describeError(error)}`
    return threshold === undefined ? { ...none, notes: [why] } : { ...none, failures: [why] }
  }
  if (!changed) {
    return threshold === undefined
      ? none
      : {
          ...none,
          failures: [
            'patch-coverage-threshold: needs a diff base: set delta-from, or run on a pull request.'
          ]
        }
  }
  const lookup = ctx.pkg.resolveApexSource
  const patch = patchCoverage(changed, coverage, (type, name) => lookup?.(type, name))
  let annotated = 0
  for (const file of patch.files) {
    for (const [startLine, endLine] of lineRanges(file.uncovered)) {
      if (annotated >= MAX_PATCH_ANNOTATIONS) break
      annotated++
      ctx.annotate?.({
        path: file.path,
        startLine,
        endLine,
        message:
          startLine === endLine
            ? `Changed line ${startLine} is not covered by the tests that ran.`
            : `Changed lines ${startLine}-${endLine} are not covered by the tests that ran.`
      })
    }
  }
  return {
    failures: patchFailures(patch, threshold),
    notes: [],
    outputs: patch.percent === undefined ? {} : { 'patch-coverage': patch.percent.toFixed(2) },
    section: patchSection(patch, threshold)
  }
}

/** Flow coverage of the run that stands: summary, Cobertura-style file, threshold. */
function checkFlows(
  outcome: Outcome,
  ctx: TestCheckContext
): { failures: string[]; notes: string[]; section?: string } {
  const run = outcome.result?.details?.runTestResult
  const flows = run?.flowCoverage ?? []
  const warnings = run?.flowCoverageWarnings ?? []
  const threshold = ctx.settings.testRun?.flowCoverageThreshold
  if (flows.length === 0 && warnings.length === 0) return { failures: [], notes: [] }
  const pathOf = (name: string): string | undefined =>
    ctx.pkg.resolveSource?.({
      fileName: `flows/${name}.flow`,
      componentType: 'Flow',
      fullName: name
    })?.path
  const notes: string[] = []
  try {
    writeFlowCobertura(
      ctx.settings.report.resultsDir,
      flowCobertura(flows, pathOf, new Date(ctx.clock.now()))
    )
  } catch (error) {
    notes.push(`The flow coverage file could not be written: ${describeError(error)}`)
  }
  return {
    failures: flowFailures(flows, threshold),
    notes,
    section: flowSection(flows, warnings, pathOf, threshold)
  }
}
