import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { pushController, type PushController } from '../../simulator/push/index.ts'
import { runCli, type CliIo } from '../../src/cli/run-cli.ts'
import { passingProject, runAction, simClock, startSim } from '../integration/harness.ts'

let sim: Simulator
let push: PushController

beforeEach(async () => {
  sim = await startSim()
  push = pushController(sim.context)
})
afterEach(async () => {
  await sim.close()
})

/** A workspace holding the given files (an org list, a folder). */
function workspaceWith(files: Record<string, string>): string {
  const workspace = passingProject()
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(workspace, file), text)
  mkdirSync(path.join(workspace, 'lists'))
  return workspace
}

const ORGS_CSV = 'Name,Instance\nAcme,NA10\n'

describe('push-upgrade: every input problem before signing in', () => {
  it('reports a bad orgs-file, a past start time and an old api-version with the other problems, and calls nothing', async () => {
    const workspace = workspaceWith({ 'orgs.csv': ORGS_CSV })
    const r = await runAction(
      sim,
      {
        mode: 'push-upgrade',
        'package-version-id': push.versionId('2.0'),
        'orgs-file': 'orgs.csv',
        'start-time': '2001-01-01T00:00:00Z',
        'api-version': '50.0',
        wait: 'soon'
      },
      { workspace }
    )

    expect(r.failed).toBe(true)
    expect(r.outputs.status).toBe('InvalidInput')
    expect(r.failure).toMatch(/^4 inputs are invalid:/)
    expect(r.failure).toContain('wait: got "soon"')
    expect(r.failure).toContain('orgs-file (orgs.csv): the header row has no OrganizationId column')
    expect(r.failure).toContain('start-time: 2001-01-01T00:00:00Z is in the past')
    expect(r.failure).toContain('api-version: got "50.0", but push upgrades need API 51.0 or later')
    expect(sim.requests, 'bad input must stop the run before signing in').toHaveLength(0)
  })

  it.each([
    ['missing', 'nope.csv', 'orgs-file: cannot read "nope.csv" (no such file)'],
    ['a folder', 'lists', 'orgs-file: cannot read "lists" (it is a folder, not a file)'],
    ['empty', 'empty.csv', 'orgs-file (empty.csv): the file lists no org ids'],
    ['bad ids', 'bad.txt', 'orgs-file (bad.txt): line 2 ("00Dnope"): not an org id']
  ])('names an orgs-file that is %s before any call', async (_, file, message) => {
    const workspace = workspaceWith({ 'empty.csv': '\n', 'bad.txt': '00D5g0000000AAA\n00Dnope\n' })
    const r = await runAction(
      sim,
      { mode: 'push-upgrade', 'package-version-id': push.versionId('2.0'), 'orgs-file': file },
      { workspace }
    )
    expect(r.failure).toContain(message)
    expect(r.outputs.status).toBe('InvalidInput')
    expect(sim.requests).toHaveLength(0)
  })

  it('the CLI exits 2 with the same problems and the org receives nothing', async () => {
    const out: string[] = []
    const io: CliIo = {
      out: (line) => out.push(line),
      err: (line) => out.push(line),
      env: { SF_ACCESS_TOKEN: sim.accessToken, SF_INSTANCE_URL: sim.baseUrl },
      isTty: false,
      cwd: workspaceWith({ 'orgs.csv': ORGS_CSV }),
      engineDeps: { clock: simClock(sim) }
    }
    const code = await runCli(
      [
        'push-upgrade',
        '--package-version-id',
        push.versionId('2.0'),
        '--orgs-file',
        'orgs.csv',
        '--start-time',
        '2001-01-01T00:00:00Z'
      ],
      io
    )
    expect(code).toBe(2)
    const text = out.join('\n')
    expect(text).toContain('orgs-file (orgs.csv): the header row has no OrganizationId column')
    expect(text).toContain('start-time: 2001-01-01T00:00:00Z is in the past')
    expect(sim.requests).toHaveLength(0)
  })
})
