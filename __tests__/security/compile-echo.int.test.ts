/**
 * A compile problem is org text: the org can echo the caller's session (or any credential) in it.
 * Compile mode turns problems into line annotations of its own, outside the deploy report, so
 * they must be redacted on their way out like every other text: in the action's workflow
 * commands, and on the CLI's terminal, where no runner masks anything.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Route, Simulator } from '../../simulator/index.ts'
import { TOOLING_ROUTES } from '../../simulator/tooling/index.ts'
import { runCli } from '../../src/cli/run-cli.ts'
import {
  copyDemoProject,
  decodeCommand,
  runAction,
  simClock,
  startSim
} from '../integration/harness.ts'

const CLASS = 'force-app/main/default/classes/InvoiceService.cls'
const META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>62.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n'
const GOOD =
  'public with sharing class InvoiceService {\n    public static Decimal one() {\n        return 1;\n    }\n}\n'
const BROKEN = GOOD.replace('return 1;', 'return 1')
/** A credential the run never learnt, recognisable only by its shape (a GitHub token). */
const FOREIGN = `ghp_${'Z9'.repeat(18)}`

/** The Tooling read of a ContainerAsyncRequest, its problems rewritten to quote the caller's session. */
function echoSessionInProblems(): { route: Route; echoed: Set<string> } {
  const read = TOOLING_ROUTES.find((r) => r.operation({} as never) === 'readContainerAsyncRequest')
  if (!read) throw new Error('no readContainerAsyncRequest route')
  const echoed = new Set<string>()
  const route: Route = {
    ...read,
    name: 'tooling request read, echoing the session',
    async handle(req, sim) {
      const response = await read.handle(req, sim)
      if (response.status !== 200) return response
      const record = JSON.parse(String(response.body)) as {
        DeployDetails?: { componentFailures?: { problem?: string }[] } | null
      }
      const token = String(req.headers.authorization ?? '').replace(/^Bearer /i, '')
      for (const failure of record.DeployDetails?.componentFailures ?? []) {
        echoed.add(token)
        failure.problem = `Invalid session ${token} (also ${FOREIGN})`
      }
      return { ...response, body: JSON.stringify(record) }
    }
  }
  return { route, echoed }
}

async function startOrg(route: Route): Promise<Simulator> {
  return startSim({
    routes: [route],
    seedFiles: new Map([
      ['classes/InvoiceService.cls', Buffer.from(GOOD)],
      ['classes/InvoiceService.cls-meta.xml', Buffer.from(META)]
    ])
  })
}

describe('compile problems that echo a credential', () => {
  let sim: Simulator | undefined
  afterEach(async () => {
    await sim?.close()
    sim = undefined
  })

  it('the action annotates the line without the session or any credential shape', async () => {
    const echo = echoSessionInProblems()
    sim = await startOrg(echo.route)
    const run = await runAction(
      sim,
      { mode: 'compile', 'compile-files': CLASS },
      { workspace: copyDemoProject({ [CLASS]: BROKEN }) }
    )
    expect(run.failed).toBe(true)
    expect(echo.echoed.size).toBeGreaterThan(0)
    const annotations = run.commands
      .filter((c) => c.startsWith('::error title='))
      .map(decodeCommand)
    expect(
      annotations.some((a) => a.includes(`file=${CLASS}`) && a.includes('Invalid session ***'))
    ).toBe(true)
    // Only the mask itself names the session.
    const published = run.commands.filter((c) => !c.startsWith('::add-mask::'))
    for (const secret of [...echo.echoed, FOREIGN])
      expect(published.filter((c) => c.includes(secret))).toEqual([])
  })

  it('the CLI prints the problem at its line without the session or any credential shape', async () => {
    const echo = echoSessionInProblems()
    sim = await startOrg(echo.route)
    const out: string[] = []
    const err: string[] = []
    const code = await runCli(['compile', '--compile-files', CLASS], {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      env: { SF_ACCESS_TOKEN: sim.accessToken, SF_INSTANCE_URL: sim.baseUrl },
      isTty: false,
      cwd: copyDemoProject({ [CLASS]: BROKEN }),
      engineDeps: { clock: simClock(sim) }
    })
    expect(code).toBe(1)
    expect(echo.echoed.size).toBeGreaterThan(0)
    const text = [...out, ...err].join('\n')
    expect(text).toContain(`${CLASS}:`)
    expect(text).toContain('Invalid session ***')
    for (const secret of [...echo.echoed, FOREIGN]) expect(text).not.toContain(secret)
  })
})
