/**
 * The shell of sync mode: signs in, refuses production, builds the delta's package, plans which
 * path applies each component, wires the CRUD client, the Tooling API save and the Metadata API
 * deploy around syncChanges, takes the backup first when it is on, and returns its result
 * (docs/sync.md).
 */
import path from 'node:path'
import { deltaForSettings } from '../../delta/action-delta.ts'
import { deployOperation } from '../../deploy/deploy.ts'
import type { Outcome } from '../../deploy/deploy-package.ts'
import type { OperationPorts, OrgSession } from '../../deploy/ports.ts'
import { buildAnnotations, type Annotation } from '../../report/annotations.ts'
import { compileAnnotations } from '../../tooling/compile-annotations.ts'
import { escapeInline } from '../../report/escape.ts'
import { outcomeReport } from '../../runner/outcome-report.ts'
import type { RunDeps } from '../../runner/run-deps.ts'
import { ResultParts, type RunResult } from '../../runner/run-result.ts'
import { STATE } from '../../runner/state.ts'
import { createSoapCrudApi } from '../../metadata-api/soap/crud-client.ts'
import type { OrgCaller } from '../../metadata-api/org-caller.ts'
import { runBackupStep, type BackupHook } from '../../retrieve/backup-step.ts'
import { connectForRun } from '../../runner/connect.ts'
import { buildDeployPackage, toDeployPackage } from '../../runner/package-builder.ts'
import { createSalesforceRest } from '../../salesforce-rest/rest-client.ts'
import type { DeploySettings, SyncModeSettings } from '../../settings/settings.ts'
import { ActionError } from '../../shared/errors.ts'
import { buildPackageXml } from '../../source/manifest.ts'
import { defaultRegistry } from '../../source/registry/registry.ts'
import { zipPackage } from '../../source/zip.ts'
import { createContainerClient } from '../../tooling/container-client.ts'
import { describeOrg, isProduction } from '../../tooling/fallback-policy.ts'
import { gitRenames } from '../../sync/git-renames.ts'
import { saveApexThroughTooling } from '../../sync/sync-apex.ts'
import { planSync, type PlannedComponent } from '../../sync/sync-plan.ts'
import { renderSyncSummary } from './sync-summary.ts'
import { syncChanges } from '../../sync/sync.ts'
import { syncVerdict } from './sync-verdict.ts'

/** Runs sync mode: its result says what reached the org and whether the run passed. */
export async function runSync(settings: SyncModeSettings, deps: RunDeps): Promise<RunResult> {
  const started = deps.clock.now()
  const source = settings.packageSource
  if (source.kind !== 'source' || source.manifest)
    throw new ActionError(
      'mode sync applies a git delta of SFDX source: set source-dir or project-dir (no manifest or metadata-dir), delta-from and credentials.'
    )
  const delta = await deltaForSettings(settings, deps.logger, deps.env)
  if (!delta)
    throw new ActionError(
      'mode sync needs a delta: set delta-from (a commit, tag or branch); in a pull request the base is used by default.'
    )
  // Nothing changed: say so without signing in, as an empty delta deploy does.
  if (delta.build.built.components.length === 0 && delta.build.deletions.length === 0)
    return nothingToSync(delta.section, deps, NO_CALL)
  const session = await connectForRun(settings, deps, settings.api)
  const rest = createSalesforceRest(session.caller, session.apiVersion)
  const org = await createContainerClient(rest).readOrg()
  const orgLabel = new URL(session.connection.instanceUrl).host
  if (isProduction(org)) return refuse(describeOrg(org), orgLabel)
  const registry = defaultRegistry()
  const renames = await gitRenames(
    settings.workspace,
    delta.build.range.base,
    delta.build.range.to,
    registry
  )
  const plan = planSync(delta.build.built.components, delta.build.deletions, renames)
  if (plan.components.length === 0) return nothingToSync(delta.section, deps, NOTHING_WRITTEN)
  logPlan(plan.components, deps)
  const parts = new ResultParts()
  const backup = await backUp(settings, { ...deps, parts }, delta.build.built, session)
  const outcome = await syncChanges(plan, delta.build.built.files, {
    crud: createSoapCrudApi(session.caller, session.apiVersion),
    clock: deps.clock,
    logger: deps.logger,
    registry,
    saveApex: (components) =>
      saveApexThroughTooling(components, settings, deps, rest, {
        range: delta.build.range,
        built: delta.build.built
      }),
    deploy: (components) => deployRest(settings, components, session, deps)
  })
  const rollbackDir = backup
    ? path
        .relative(settings.workspace, path.join(settings.report.resultsDir, 'rollback'))
        .split(path.sep)
        .join('/')
    : undefined
  const verdict = syncVerdict(outcome, rollbackDir)
  return {
    annotations: [
      ...parts.annotations,
      ...(outcome.compileProblems
        ? compileAnnotations(outcome.compileProblems.failures, outcome.compileProblems.files)
        : []),
      ...(await deployAnnotations(settings, outcome.deploy, deps))
    ],
    verdict: verdict.success ? { success: true } : { success: false, message: verdict.message },
    outputs: {
      ...parts.outputs,
      status: verdict.status,
      ...(outcome.deploy?.deployId ? { 'deploy-id': outcome.deploy.deployId } : {})
    },
    summary: [
      renderSyncSummary({
        outcome,
        verdict,
        orgLabel,
        orgKind: describeOrg(org),
        totalMs: deps.clock.now() - started,
        sections: [...(backup?.sections ?? []), delta.section]
      })
    ]
  }
}

/**
 * The deploy's component errors and warnings on the repository's lines, as mode: deploy shows
 * them (a deleted class another class still uses, a flow that does not compile).
 */
async function deployAnnotations(
  settings: SyncModeSettings,
  deploy: Outcome | undefined,
  deps: RunDeps
): Promise<Annotation[]> {
  const failures = deploy?.result?.details?.componentFailures ?? []
  if (!deploy || failures.length === 0) return []
  const report = await outcomeReport({ ...settings, mode: 'deploy' }, deploy, deps.env)
  return report ? buildAnnotations(report.report) : []
}

function refuse(kind: string, orgLabel: string): RunResult {
  const message =
    `mode sync writes to the org without a deploy's transaction and tests, and the org ${orgLabel} is ${kind}. ` +
    'Sync a sandbox, scratch org or Developer Edition org; deploy to production with mode: deploy.'
  return {
    verdict: { success: false, message },
    outputs: { status: 'Refused' },
    summary: [`## ⛔ Sync refused\n\n${escapeInline(message)}\n`]
  }
}

const NO_CALL = 'no API call was made'
const NOTHING_WRITTEN = 'nothing was written to the org'

function nothingToSync(section: string, deps: RunDeps, made: string): RunResult {
  const line = `Nothing to sync: the delta changes and deletes no component; ${made}.`
  deps.logger.info(line)
  return {
    verdict: { success: true },
    outputs: { status: 'NothingToSync' },
    summary: [`## ✅ Sync: nothing to sync\n\n${line}\n\n${section}`]
  }
}

function logPlan(components: PlannedComponent[], deps: RunDeps): void {
  for (const c of components)
    deps.logger.info(
      `${c.type} ${c.fullName}: ${c.change}${c.from ? ` (was ${c.from})` : ''} through ${c.path === 'crud' ? 'the CRUD calls' : c.path === 'tooling' ? 'the Tooling API' : 'a Metadata API deploy'}${c.reason ? ` (${c.reason})` : ''}`
    )
}

/** The backup of what the delta will change, before anything is written (backup: on). */
async function backUp(
  settings: SyncModeSettings,
  deps: RunDeps & { parts: ResultParts },
  built: Parameters<typeof toDeployPackage>[0],
  session: OrgSession
): Promise<BackupHook | undefined> {
  if (!settings.retrieve || settings.retrieve.backup === 'off') return undefined
  const pkg = toDeployPackage(built, await zipPackage(built.files))
  return runBackupStep(settings, deps, pkg, session)
}

/**
 * The components no other path applies, in one Metadata API deploy of exactly them: a manifest
 * of the upserted ones and a destructive manifest of the deleted ones, built from the project.
 */
async function deployRest(
  settings: SyncModeSettings,
  components: PlannedComponent[],
  session: OrgSession & { caller: OrgCaller },
  deps: RunDeps
): Promise<Outcome> {
  const source = settings.packageSource
  if (source?.kind !== 'source') throw new ActionError('mode sync needs SFDX source.')
  const members = (change: 'delete' | 'upsert'): { type: string; fullName: string }[] =>
    components
      .filter((c) => (change === 'delete') === (c.change === 'delete'))
      .map((c) => ({ type: c.type, fullName: c.fullName }))
  const deletions = members('delete')
  // The manifests reach the builder in memory: nothing is written into the workspace.
  const inline = {
    manifest: buildPackageXml(members('upsert'), session.apiVersion),
    ...(deletions.length > 0
      ? { postDestructiveChanges: buildPackageXml(deletions, session.apiVersion) }
      : {})
  }
  const { delta: _delta, testSelection: _tests, ...rest } = settings
  const deploySettings: DeploySettings = {
    ...rest,
    mode: 'deploy',
    packageSource: {
      kind: 'source',
      projectDir: source.projectDir,
      sourceDirs: source.sourceDirs,
      ignoreUnknown: source.ignoreUnknown,
      inline
    },
    deployOptions: { ...settings.deployOptions, checkOnly: false }
  }
  const ports: OperationPorts = {
    clock: deps.clock,
    logger: deps.logger,
    random: deps.random,
    env: deps.env,
    ...(deps.limits ? { limits: deps.limits } : {}),
    connect: () => Promise.resolve(session),
    buildPackage: (s) => buildDeployPackage(s, deps),
    // The post step cancels this deploy when the job is cancelled, as for mode: deploy.
    onDeployId: (id) => {
      deps.state.save(STATE.deployId, id)
      deps.state.save(STATE.checkOnly, 'false')
    }
  }
  return deployOperation(deploySettings, ports)
}
