/**
 * The scenery of verdict-matrix-modes.int.test.ts: the row and context shapes, the org seeds and
 * workspaces each mode needs, and reading the four signals of a run's verdict.
 */
import path from 'node:path'
import type { Simulator, SimulatorOptions } from '../../simulator/index.ts'
import { pushController } from '../../simulator/push/index.ts'
import { FakeGitHub } from '../support/fake-github.ts'
import { REPO_ROOT } from '../support/repo-root.ts'
import { createRepo, D, type TestRepo } from '../delta/git-repo.ts'
import type { runAction, ActionRun } from './harness.ts'
import { CLASS_META, DEMO_CLASS } from './sync-org.ts'

export { CLASS, CLASS_META, DEMO_CLASS, FIELDS, field, syncOrg } from './sync-org.ts'

/** What the options of runAction accept (workspace, mode deps). */
export type RunOptions = NonNullable<Parameters<typeof runAction>[2]>

/** One mode through one outcome, and the story its four signals must tell. */
export interface Row {
  name: string
  /** The org the row runs against (default: a Developer Edition org with nothing in it). */
  org?: SimulatorOptions
  /** Runs the scenario; earlier runs may set the scene inside. */
  run: (ctx: Ctx) => Promise<ActionRun>
  failed: boolean
  /** undefined: the run sets no `success` output (a push still running at the wait limit). */
  success: 'true' | 'false' | undefined
  heading: RegExp
  /** The check run's conclusion; null when the run creates none. */
  conclusion: string | null
  /** The step's failure message (a run that passes has none): pins which outcome the row reached. */
  why?: RegExp
  /** Outputs the outcome sets besides `success` (compile-method, status, push-status...). */
  outputs?: Record<string, string>
}

/** What a row's scenario works with. */
export interface Ctx {
  sim: Simulator
  act: (inputs: Record<string, string>, options?: RunOptions) => Promise<ActionRun>
  /** A git repository of the demo project, removed after the row. */
  repo: () => TestRepo
}

/** The four signals of one run. */
export interface Signals {
  failed: boolean
  success: string | undefined
  /** The summary's first `## ` heading ('' when the run wrote no summary). */
  heading: string
  conclusion: string | null
}

/** The signals of `r`; the check run is the newest one created after `checkRunsBefore`. */
export function signalsOf(r: ActionRun, github: FakeGitHub, checkRunsBefore: number): Signals {
  const checkRun = github.checkRuns.slice(checkRunsBefore).at(-1)
  const conclusion = checkRun
    ? (([...checkRun.updates].reverse().find((u) => 'conclusion' in u)?.conclusion ??
        checkRun.body.conclusion) as string | undefined)
    : null
  return {
    failed: r.failed,
    success: r.outputs.success,
    heading: headings(r)[0] ?? '',
    conclusion: conclusion ?? null
  }
}

/** Every `## ` heading of the summary (a compile fallback adds the deploy report's own). */
export function headings(r: ActionRun): string[] {
  return r.summary.split('\n').filter((l) => l.startsWith('## '))
}

/** Headings that say the opposite of the exit code: a green one in a failed run, a red one in a passed run. */
export function contradictingHeadings(r: ActionRun): string[] {
  const opposite = r.failed ? '## ✅' : '## ❌'
  return headings(r).filter((h) => h.startsWith(opposite))
}

/** A class that does not compile: the missing `;` the org reports on line 4. */
export const BROKEN_CLASS =
  'public with sharing class InvoiceService {\n    public static Decimal one() {\n        return 1\n    }\n}\n'

/** A class no test covers, so a deploy that runs tests misses any coverage threshold. */
export const UNTESTED_CLASS = {
  [`${D}/classes/Untested.cls`]:
    'public class Untested {\n    public static Integer a() {\n        Integer x = 0;\n        x = x + 1;\n        return x;\n    }\n}\n',
  [`${D}/classes/Untested.cls-meta.xml`]: CLASS_META
}

/** An org holding the demo's service class (so a compile goes through a container). */
export function withDemoClass(options: SimulatorOptions = {}): SimulatorOptions {
  return {
    ...options,
    seedFiles: new Map([
      ['classes/InvoiceService.cls', Buffer.from(DEMO_CLASS)],
      ['classes/InvoiceService.cls-meta.xml', Buffer.from(CLASS_META)]
    ])
  }
}

/** A repository whose last commit makes `changes`: its folder, and the commit before to diff from. */
export function changedRepo(
  ctx: Ctx,
  changes: Record<string, string | null>
): { dir: string; base: string } {
  const repo = ctx.repo()
  const base = repo.git('rev-parse', 'HEAD').trim()
  for (const [file, content] of Object.entries(changes)) {
    if (content === null) repo.remove(file)
    else repo.write(file, content)
  }
  repo.commit('the change under test')
  return { dir: repo.dir, base }
}

/** A fresh repository of the demo project. */
export function demoRepo(): TestRepo {
  return createRepo(path.join(REPO_ROOT, 'examples', 'demo-project'))
}

/** Push-upgrade inputs for version 2.0 of the simulated package to every eligible org. */
export function pushInputs(
  sim: Simulator,
  extra: Record<string, string> = {}
): Record<string, string> {
  return {
    mode: 'push-upgrade',
    'package-version-id': pushController(sim.context).versionId('2.0'),
    orgs: 'all',
    ...extra
  }
}

export { manifest } from '../support/package-xml.ts'

/**
 * The workflow both verdict matrices run in: a fake GitHub and the variables that name it.
 * `stop` removes the variables it added and stops the fake.
 */
export async function workflowGitHub(): Promise<{ github: FakeGitHub; stop: () => Promise<void> }> {
  const saved = { ...process.env }
  const github = await new FakeGitHub().start()
  Object.assign(process.env, {
    GITHUB_API_URL: github.url,
    GITHUB_REPOSITORY: 'acme/crm',
    GITHUB_SHA: 'abc123def456',
    GITHUB_RUN_ID: '42',
    GITHUB_SERVER_URL: 'https://github.com'
  })
  return {
    github,
    stop: async () => {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
      await github.stop()
    }
  }
}
