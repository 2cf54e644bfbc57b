/**
 * Sync's Apex path: the changed classes, triggers, pages and components of the delta saved
 * through the Tooling API (a MetadataContainer with IsCheckOnly false), the way compile mode
 * saves them (docs/compile.md). When the container path cannot take them (a new class, more than
 * its limit, a save blocked by scheduled jobs), they go to sync's one Metadata API deploy with
 * the reason.
 */
import type { DeltaRange } from '../delta/git-diff.ts'
import type { RunDeps } from '../runner/run-deps.ts'
import { STATE } from '../runner/state.ts'
import type { SalesforceRest } from '../salesforce-rest/rest-client.ts'
import type { BaseSettings, WaitSettings } from '../settings/settings.ts'
import { ActionError } from '../shared/errors.ts'
import { FsSourceTree } from '../source/fs-source-tree.ts'
import type { SourceTree } from '../source/source-tree.ts'
import { defaultRegistry } from '../source/registry/registry.ts'
import { classifyFiles } from '../tooling/classify-files.ts'
import { isTerminal, type ChangedFile, type CompileMessage } from '../tooling/compile-model.ts'
import { compileChanges } from '../tooling/compile.ts'
import { JOB_CANCELLED, type CompileOutcome } from '../tooling/compile-outcome.ts'
import { createContainerClient } from '../tooling/container-client.ts'
import { compileFilesOf } from '../tooling/delta-files.ts'
import { changedFiles, openRepo } from '../delta/git-diff.ts'
import type { BuiltPackage } from '../source/build-package.ts'
import { builtSourceTree } from './built-source.ts'
import type { ComponentResult } from './sync-model.ts'
import type { PlannedComponent } from './sync-plan.ts'
import type { ToolingAnswer } from './sync.ts'

/**
 * Saves the planned Apex components; the files are the delta's, matched by type and name, and
 * their contents the delta package's (replacements applied, from the delta's commit).
 */
export async function saveApexThroughTooling(
  components: PlannedComponent[],
  settings: BaseSettings & WaitSettings,
  deps: RunDeps,
  rest: SalesforceRest,
  delta: { range: DeltaRange; built: Pick<BuiltPackage, 'files' | 'sourceMap'> }
): Promise<ToolingAnswer> {
  const { range } = delta
  const files = await apexFiles(settings.workspace, range, components)
  if (files.length < components.length)
    return {
      results: [],
      fallbackReason: 'some Apex files of the delta were not found in the workspace'
    }
  // A cancelled job aborts the request and deletes the container, as compile mode does.
  let cancelled = false
  const stopWatching = deps.onJobCancel(() => (cancelled = true))
  try {
    const source = builtSourceTree(delta.built, new FsSourceTree(settings.workspace))
    return answerOf(await save(files, source, settings, deps, rest, () => cancelled), components)
  } finally {
    stopWatching()
    // compileChanges deleted its container before it returned: nothing is left to clean up.
    deps.state.save(STATE.compileContainerId, '')
    deps.state.save(STATE.compileRequestId, '')
  }
}

function save(
  files: ChangedFile[],
  source: SourceTree,
  settings: BaseSettings & WaitSettings,
  deps: RunDeps,
  rest: SalesforceRest,
  cancelled: () => boolean
): ReturnType<typeof compileChanges> {
  return compileChanges(
    {
      files,
      checkOnly: false,
      fallback: 'fail',
      timeoutMs: settings.waitMinutes * 60_000,
      pollCapMs: settings.pollIntervalMaxSeconds * 1000
    },
    {
      tooling: createContainerClient(rest),
      source,
      clock: deps.clock,
      logger: deps.logger,
      random: deps.random,
      cancelled,
      // The post step deletes the container of a killed run, as for compile mode.
      onIds: (ids) => {
        deps.state.save(STATE.compileContainerId, ids.containerId)
        if (ids.requestId) deps.state.save(STATE.compileRequestId, ids.requestId)
      },
      fallbackDeploy: () => {
        throw new ActionError('sync sends Apex the Tooling API cannot save to its own deploy.')
      }
    }
  )
}

async function apexFiles(
  workspace: string,
  range: DeltaRange,
  components: PlannedComponent[]
): Promise<ChangedFile[]> {
  const repo = await openRepo(workspace, [range.base, range.to])
  const all = compileFilesOf(await changedFiles(repo, range.base, range.to)).filter(
    (f) => f.change === 'changed'
  )
  const classified = classifyFiles(all, defaultRegistry())
  return all.filter((_, i) => {
    const c = classified[i]
    return (
      c?.kind === 'member' && components.some((p) => p.type === c.type && p.fullName === c.name)
    )
  })
}

/** A save still running when the cancel came may have saved: say so rather than "not saved". */
function cancelledDetail(outcome: CompileOutcome): string {
  const final = outcome.final
  if (final && !isTerminal(final.state))
    return `${JOB_CANCELLED}; ContainerAsyncRequest ${final.id ?? ''} was not confirmed Aborted: check it in the org`
  return `${JOB_CANCELLED}; the Apex was not saved`
}

/** The compile's end as per-component results, or the reason to deploy the Apex instead. */
export function answerOf(outcome: CompileOutcome, components: PlannedComponent[]): ToolingAnswer {
  // A cancelled job never falls back to a deploy: the Apex it stopped stays unsaved.
  if (outcome.cancelled && outcome.final?.state !== 'Completed')
    return {
      results: components.map((c) => ({
        ...c,
        state: 'not applied',
        via: outcome.final?.id ? `ContainerAsyncRequest ${outcome.final.id}` : 'MetadataContainer',
        detail: cancelledDetail(outcome)
      }))
    }
  if (outcome.method !== 'tooling')
    return {
      results: [],
      fallbackReason:
        outcome.fallbackReasons.join('; ') || outcome.refused || 'the Tooling API did not save it'
    }
  const final = outcome.final
  const via = final?.id ? `ContainerAsyncRequest ${final.id}` : 'MetadataContainer'
  const results = components.map((c): ComponentResult => {
    if (final?.state === 'Completed') return { ...c, state: 'saved', via }
    const problems = (final?.failures ?? []).filter(
      (f: CompileMessage) => f.severity === 'error' && f.fullName === c.fullName
    )
    if (problems.length > 0)
      return {
        ...c,
        state: 'failed',
        via,
        detail: problems.map((p) => `${p.line ? `line ${p.line}: ` : ''}${p.problem}`).join('; ')
      }
    const why =
      outcome.attempts.at(-1)?.stoppedBecause ??
      final?.errorMsg ??
      `the request ended ${final?.state ?? 'without a state'}; a container saves all of its members or none`
    return { ...c, state: final ? 'not applied' : 'failed', via, detail: why }
  })
  // For annotations on the lines of the files saved, as compile mode shows them.
  const failed = final !== undefined && final.state !== 'Completed'
  return failed
    ? { results, compileProblems: { failures: final.failures, files: outcome.files } }
    : { results }
}
