/**
 * Adapter: the action's side of a delta deploy. Decides the range (delta-from, or the pull
 * request's base on a runner), builds the delta, chooses tests for run-tests: auto, logs what it
 * found, and returns its outputs and job-summary section for the publisher.
 */
import type { RunEnv } from '../shared/env.ts'
import path from 'node:path'
import { readEventPayload } from '../github/run-context.ts'
import { renderDeltaSummary } from '../report/delta-summary.ts'
import type { OutputName } from '../settings/inputs.ts'
import type { BuildRequest } from '../settings/settings.ts'
import { ActionError } from '../shared/errors.ts'
import type { Logger } from '../shared/logger.ts'
import { BuildError } from '../source/build-error.ts'
import { buildDelta, type DeltaBuild } from './delta-build.ts'
import { GitDeltaError } from './git-diff.ts'
import { decideTestRun, type TestRunChoice } from './test-selection.ts'

/** A delta ready to deploy, with the tests to run and what to tell the user. */
export interface ActionDelta {
  build: DeltaBuild
  tests?: TestRunChoice
  /** Set when there is nothing to deploy or delete. */
  nothingToDeploy?: string
  notes: string[]
  /** The delta's outputs; the publisher writes them with the run's others. */
  outputs: Partial<Record<OutputName, string>>
  /** The delta's job-summary section; the publisher places it after the verdict. */
  section: string
}

interface PullRequestEvent {
  pull_request?: { base?: { sha?: string } }
}

/**
 * The pull request's base commit, when this is a pull_request run on a GitHub runner: the
 * default of delta-from. Read from the event payload, else GITHUB_BASE_REF.
 */
export function pullRequestBase(env: RunEnv): string | undefined {
  if (env.GITHUB_ACTIONS !== 'true') return undefined
  if (env.GITHUB_EVENT_NAME !== 'pull_request' && env.GITHUB_EVENT_NAME !== 'pull_request_target')
    return undefined
  const sha = (readEventPayload(env) as PullRequestEvent).pull_request?.base?.sha
  if (sha) return sha
  return env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : undefined
}

/**
 * Builds the delta the settings ask for; undefined when this run deploys no delta (no
 * delta-from outside a pull request, a manifest, a metadata folder).
 */
export async function deltaForSettings(
  settings: BuildRequest,
  logger: Logger,
  env: RunEnv
): Promise<ActionDelta | undefined> {
  const source = settings.packageSource
  if (!settings.delta || source?.kind !== 'source') return undefined
  const from = settings.delta.from ?? pullRequestBase(env)
  if (from === undefined) {
    if (settings.testSelection)
      throw new ActionError(
        'run-tests: auto needs a delta to choose tests from: set delta-from (a commit, tag or branch), or run on a pull request, where it defaults to the base.'
      )
    return undefined
  }
  const rel = (abs: string): string =>
    path.relative(settings.workspace, abs).split(path.sep).join('/')
  let build: DeltaBuild
  try {
    build = await buildDelta({
      root: settings.workspace,
      projectDir: rel(source.projectDir),
      sourceDirs: source.sourceDirs,
      from,
      to: settings.delta.to,
      base: settings.delta.base,
      destructiveTiming: settings.delta.destructiveTiming,
      ...(settings.preDestructiveChanges
        ? { preDestructiveFile: rel(settings.preDestructiveChanges) }
        : {}),
      ...(settings.postDestructiveChanges
        ? { postDestructiveFile: rel(settings.postDestructiveChanges) }
        : {}),
      ...(settings.apiVersion ? { apiVersion: settings.apiVersion } : {}),
      ignoreUnknown: source.ignoreUnknown,
      env,
      selectTests: settings.testSelection !== undefined
    })
  } catch (error) {
    // The pull-request default must not break the many workflows that check out one commit:
    // without history it deploys the whole package and says how to get a delta. An explicit
    // delta-from still fails, since the user asked for a delta.
    if (error instanceof GitDeltaError && error.shallow && settings.delta.from === undefined) {
      logger.warning(`No delta: ${error.message} Deploying the whole package instead.`)
      if (settings.testSelection)
        throw new ActionError(`run-tests: auto needs a delta. ${error.message}`)
      return undefined
    }
    if (error instanceof BuildError || error instanceof GitDeltaError)
      throw new ActionError(error.message, { cause: error })
    throw error
  }
  const delta = finishDelta(build, settings)
  logDelta(build, delta, logger)
  return {
    ...delta,
    outputs: deltaOutputs(build, delta),
    section: deltaSection(build, delta, settings)
  }
}

function finishDelta(
  build: DeltaBuild,
  settings: BuildRequest
): Omit<ActionDelta, 'outputs' | 'section'> {
  const notes: string[] = []
  let tests: TestRunChoice | undefined
  if (settings.testSelection && build.tests && !build.empty) {
    const choice = decideTestRun(build.tests, settings.testSelection.missingTests)
    if ('error' in choice) throw new ActionError(choice.error)
    tests = choice
    notes.push(choice.note)
  }
  const nothingToDeploy = build.empty
    ? `Nothing to deploy: no metadata changes between ${build.range.fromRef} and ${build.range.toRef}; no deploy was made.`
    : undefined
  return {
    build,
    ...(tests ? { tests } : {}),
    ...(nothingToDeploy ? { nothingToDeploy } : {}),
    notes
  }
}

function logDelta(
  build: DeltaBuild,
  delta: Pick<ActionDelta, 'nothingToDeploy' | 'notes'>,
  logger: Logger
): void {
  const { range } = build
  logger.info(
    `Delta ${range.fromRef}..${range.toRef} (from ${range.base.slice(0, 12)}): ${build.built.components.length} members to deploy, ${build.deletions.length} to delete.`
  )
  if (delta.nothingToDeploy) logger.info(delta.nothingToDeploy)
  for (const note of delta.notes) logger.info(note)
}

function deltaOutputs(
  build: DeltaBuild,
  delta: Pick<ActionDelta, 'tests'>
): Partial<Record<OutputName, string>> {
  return {
    'has-changes': String(!build.empty),
    'delta-components': String(build.built.components.length),
    'delta-deletions': String(build.deletions.length),
    ...(delta.tests ? { 'selected-tests': delta.tests.runTests.join(',') } : {})
  }
}

function deltaSection(
  build: DeltaBuild,
  delta: Pick<ActionDelta, 'tests'>,
  settings: BuildRequest
): string {
  const { plan, range } = build
  const timing =
    settings.delta?.destructiveTiming === 'pre'
      ? 'destructiveChangesPre.xml'
      : 'destructiveChangesPost.xml'
  return renderDeltaSummary({
    fromRef: range.fromRef,
    toRef: range.toRef,
    base: range.base,
    to: range.to,
    entries: plan.entries,
    destructiveFile: timing,
    skipped: plan.skipped,
    ignoredFiles: plan.ignoredFiles.length,
    shadowedFiles: plan.shadowedFiles.length,
    warnings: plan.warnings,
    ...(delta.tests && build.tests
      ? { tests: { chosen: build.tests.tests, note: delta.tests.note } }
      : {}),
    empty: build.empty
  }).join('\n')
}
