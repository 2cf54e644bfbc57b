/**
 * Every mode through each outcome it can have: the exit code, the `success` output, the summary
 * heading and the check-run conclusion must tell the same story.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import type { FakeGitHub } from '../support/fake-github.ts'
import { copyDemoProject, passingProject, runAction, startSim, type ActionRun } from './harness.ts'
import { signalsOf, workflowGitHub } from './verdict-matrix-support.ts'

const TOKEN = 'ghs_VerdictMatrixToken0123456789abcdef'

interface Row {
  name: string
  /** Runs the scenario; earlier runs (a validation to quick-deploy, say) may happen inside. */
  run: (ctx: Ctx) => Promise<ActionRun>
  failed: boolean
  success: 'true' | 'false'
  heading: RegExp
  /** The check run's conclusion; null when the run creates none (it never reached a result). */
  conclusion: string | null
}

interface Ctx {
  sim: Simulator
  act: (inputs: Record<string, string>, workspace?: string) => Promise<ActionRun>
}

const UNTESTED_CLASS = {
  'force-app/main/default/classes/Untested.cls':
    'public class Untested {\n    public static Integer a() {\n        Integer x = 0;\n        x = x + 1;\n        return x;\n    }\n}\n',
  'force-app/main/default/classes/Untested.cls-meta.xml':
    '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>62.0</apiVersion><status>Active</status></ApexClass>\n'
}

async function deployed(ctx: Ctx): Promise<string> {
  const r = await ctx.act({ 'test-level': 'RunLocalTests' }, passingProject())
  return r.outputs['deploy-id'] ?? ''
}

async function validated(ctx: Ctx): Promise<string> {
  const r = await ctx.act({ mode: 'validate', 'test-level': 'RunLocalTests' }, passingProject())
  return r.outputs['validated-id'] ?? ''
}

async function running(ctx: Ctx): Promise<string> {
  const r = await ctx.act({ wait: '0', 'test-level': 'RunLocalTests' }, passingProject())
  return r.outputs['deploy-id'] ?? ''
}

const ROWS: Row[] = [
  {
    name: 'deploy · success',
    run: (c) => c.act({ 'test-level': 'RunLocalTests' }, passingProject()),
    failed: false,
    success: 'true',
    heading: /^## ✅ Deploy succeeded/,
    conclusion: 'success'
  },
  {
    name: 'deploy · org failure (a failing test, rolled back)',
    run: (c) => c.act({ 'test-level': 'RunLocalTests' }, copyDemoProject()),
    failed: true,
    success: 'false',
    heading: /^## ❌ Deploy failed/,
    conclusion: 'failure'
  },
  {
    name: 'deploy · coverage threshold missed',
    run: (c) =>
      c.act(
        { 'test-level': 'RunLocalTests', 'coverage-threshold': '90' },
        passingProject(UNTESTED_CLASS)
      ),
    failed: true,
    success: 'false',
    heading: /^## ❌ Deploy failed the coverage threshold/,
    conclusion: 'failure'
  },
  {
    name: 'deploy · timeout',
    run: (c) => c.act({ wait: '0.02', 'test-level': 'RunLocalTests' }, copyDemoProject()),
    failed: true,
    success: 'false',
    heading: /^## ⏳ Deploy still running/,
    conclusion: 'timed_out'
  },
  {
    name: 'deploy · input error',
    run: (c) => c.act({ 'test-level': 'runlocaltests' }, passingProject()),
    failed: true,
    success: 'false',
    heading: /^## ❌ Invalid inputs — nothing was run$/,
    conclusion: null
  },
  {
    name: 'deploy · wait 0 (submitted)',
    run: (c) => c.act({ wait: '0', 'test-level': 'RunLocalTests' }, passingProject()),
    failed: false,
    success: 'true',
    heading: /^## ⏳ Deploy submitted/,
    conclusion: null
  },
  {
    name: 'validate · success',
    run: (c) => c.act({ mode: 'validate', 'test-level': 'RunLocalTests' }, passingProject()),
    failed: false,
    success: 'true',
    heading: /^## ✅ Validation succeeded/,
    conclusion: 'success'
  },
  {
    name: 'validate · org failure',
    run: (c) => c.act({ mode: 'validate', 'test-level': 'RunLocalTests' }, copyDemoProject()),
    failed: true,
    success: 'false',
    heading: /^## ❌ Validation failed/,
    conclusion: 'failure'
  },
  {
    name: 'quick-deploy · success',
    run: async (c) => c.act({ mode: 'quick-deploy', 'validation-id': await validated(c) }),
    failed: false,
    success: 'true',
    heading: /^## ✅ Quick deploy succeeded/,
    conclusion: 'success'
  },
  {
    name: 'quick-deploy · refusal (validation already used)',
    run: async (c) => {
      const id = await validated(c)
      await c.act({ mode: 'quick-deploy', 'validation-id': id })
      return c.act({ mode: 'quick-deploy', 'validation-id': id })
    },
    failed: true,
    success: 'false',
    heading: /^## ❌ Quick deploy refused — nothing was deployed/,
    conclusion: null
  },
  {
    name: 'report · a deploy that succeeded',
    run: async (c) => c.act({ mode: 'report', 'deploy-id': await deployed(c) }),
    failed: false,
    success: 'true',
    heading: /^## ✅ Deploy succeeded/,
    conclusion: 'success'
  },
  {
    name: 'cancel · a running deploy (cancellation)',
    run: async (c) => c.act({ mode: 'cancel', 'deploy-id': await running(c) }),
    failed: false,
    success: 'true',
    heading: /^## 🚫 Deploy canceled/,
    conclusion: 'cancelled'
  },
  {
    name: 'cancel · a deploy that had already finished',
    run: async (c) => c.act({ mode: 'cancel', 'deploy-id': await deployed(c) }),
    failed: true,
    success: 'false',
    heading: /^## ⚠️ Nothing to cancel — Deploy had already succeeded/,
    conclusion: 'failure'
  },
  {
    name: 'build · success',
    run: (c) => c.act({ mode: 'build' }, passingProject()),
    failed: false,
    success: 'true',
    heading: /^## 📦 Package built/,
    conclusion: null
  }
]

describe('one verdict in every mode and outcome', () => {
  let sim: Simulator
  let github: FakeGitHub
  let stopGitHub: () => Promise<void>
  beforeEach(async () => {
    sim = await startSim()
    ;({ github, stop: stopGitHub } = await workflowGitHub())
  })
  afterEach(async () => {
    await sim.close()
    await stopGitHub()
  })

  it.each(ROWS)('$name', async (row) => {
    // The check run of the row's last run (earlier runs only set the scene).
    let checkRunsBefore = github.checkRuns.length
    const ctx: Ctx = {
      sim,
      act: (inputs, workspace) => {
        checkRunsBefore = github.checkRuns.length
        return runAction(
          sim,
          { 'check-run': 'true', 'github-token': TOKEN, ...inputs },
          workspace ? { workspace } : {}
        )
      }
    }
    const signals = signalsOf(await row.run(ctx), github, checkRunsBefore)
    expect({ ...signals, heading: row.heading.test(signals.heading) }).toEqual({
      failed: row.failed,
      success: row.success,
      heading: true,
      conclusion: row.conclusion
    })
  })
})
