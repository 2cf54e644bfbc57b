import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { run, type RunDeps } from '../../src/action/main.ts'
import type { Clock } from '../../src/shared/clock.ts'
import { startSimulator, type Simulator, type SimulatorOptions } from '../../simulator/index.ts'
import { setupActionEnv, type ActionEnv } from '../support/action-env.ts'
import { testKeyPair } from '../support/raw-inputs.ts'
import { stdoutLines, workflowCommands } from '../support/workflow-commands.ts'
import { REPO_ROOT } from '../support/repo-root.ts'
import type { GitHubSimulator, RunOptions, SimRun } from '../../github-simulator/index.ts'

/** The demo project's test class with every test passing (the shipped one has a failing test). */
export const PASSING_TEST = `@isTest
private class InvoiceServiceTest {
    @isTest
    static void totalsAmounts() {
        Decimal sum = InvoiceService.total(new List<Decimal>{ 1, 2, 3 });
        System.assertEquals(6, sum);
    }

    @isTest
    static void appliesTax() {
        Decimal taxed = InvoiceService.withTax(100, 0.2);
        System.assertEquals(120, taxed);
    }

    @isTest
    static void triggerAddsTax() {
        Invoice__c invoice = new Invoice__c(Total__c = 100);
        insert invoice;
        System.assertNotEquals(null, invoice.Id);
    }
}
`

/** The demo project with every test passing, in a temp workspace. */
export function passingProject(changes: Record<string, string | null> = {}): string {
  return copyDemoProject({
    'force-app/main/default/classes/InvoiceServiceTest.cls': PASSING_TEST,
    ...changes
  })
}

/** The demo project shipped in examples/, copied into a temp workspace so tests can change it. */
export function copyDemoProject(changes: Record<string, string | null> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sfda-ws-'))
  cpSync(path.join(REPO_ROOT, 'examples', 'demo-project'), dir, { recursive: true })
  for (const [file, content] of Object.entries(changes)) {
    const target = path.join(dir, file)
    if (content === null) {
      rmSync(target)
      continue
    }
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, content)
  }
  return dir
}

/** A clock that moves the simulator's virtual time, so polling takes no wall time. */
export function simClock(sim: Simulator): Clock {
  return { now: () => sim.clock.now(), sleep: (ms) => sim.clock.advance(ms) }
}

/** What one run of the action left behind. */
export interface ActionRun {
  env: ActionEnv
  outputs: Record<string, string>
  summary: string
  /** Workflow commands printed during the run (::error::, ::warning file=...::, ...). */
  commands: string[]
  /** Ids of the deploys the simulator received during this run. */
  newDeployIds: string[]
  /** Everything the action printed (workflow commands included). */
  log: string
  /** The ::error:: message from core.setFailed, if the step failed. */
  failure?: string
  failed: boolean
}

/** Runs the real run() with the given inputs against the simulator (access token unless auth given). */
export async function runAction(
  sim: Simulator,
  inputs: Record<string, string>,
  options: {
    workspace?: string
    clock?: Clock
    /** The ports run() hands to the mode it runs (a virtual clock, small retrieve limits, ...). */
    deps?: Partial<RunDeps>
    env?: Record<string, string>
  } = {}
): Promise<ActionRun> {
  const hasAuth = ['auth-url', 'jwt-key', 'access-token'].some((k) => k in inputs)
  const env = setupActionEnv(
    {
      'upload-artifact': 'false',
      'check-run': 'false',
      ...(hasAuth ? {} : { 'access-token': sim.accessToken, 'instance-url': sim.baseUrl }),
      ...inputs
    },
    options.workspace ? { workspace: options.workspace } : {}
  )
  // Runner variables such as GITHUB_ACTIONS or GITHUB_EVENT_NAME, set only for this run.
  Object.assign(process.env, options.env ?? {})
  const before = workflowCommands.length
  const beforeLog = stdoutLines.length
  const deploysBefore = sim.deploys.length
  await run({ clock: options.clock ?? simClock(sim), ...options.deps })
  const commands = workflowCommands.slice(before)
  const log = stdoutLines.slice(beforeLog).join('\n')
  const error = commands.filter((c) => c.startsWith('::error::')).at(-1)
  const failed = process.exitCode === 1
  const result: ActionRun = {
    env,
    outputs: env.outputs(),
    summary: env.summary(),
    commands,
    newDeployIds: sim.deploys.slice(deploysBefore).map((d) => d.id),
    log,
    failed,
    ...(error ? { failure: decodeCommand(error.slice('::error::'.length)) } : {})
  }
  env.restore()
  return result
}

/** Undoes the workflow-command escaping of @actions/core. */
export function decodeCommand(text: string): string {
  return text
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%')
}

/** A simulator for one test; all share this process's JWT key pair, which is slow to generate. */
export async function startSim(options: SimulatorOptions = {}): Promise<Simulator> {
  return startSimulator({ jwtKeys: testKeyPair(), ...options })
}

/**
 * One pipeline step: a new workflow run in the GitHub simulator, the action run with its token
 * and environment, and the run completed as the step ended.
 */
export async function workflowStep(
  sim: Simulator,
  gh: GitHubSimulator,
  inputs: Record<string, string>,
  workspace: string,
  options: RunOptions = {}
): Promise<ActionRun & { ghRun: SimRun }> {
  const ghRun = gh.startRun(options)
  const result = await runAction(
    sim,
    { 'github-token': ghRun.token, ...inputs },
    { workspace, env: ghRun.env }
  )
  ghRun.complete(result.failed ? 'failure' : 'success')
  return { ...result, ghRun }
}
