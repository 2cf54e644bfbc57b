/** `sync` from a terminal: the same engine as the action's mode, against the simulator. */
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { runCli, type CliIo } from '../../src/cli/run-cli.ts'
import { createRepo, D, type TestRepo } from '../delta/git-repo.ts'
import { simClock, startSim } from '../integration/harness.ts'
import { REPO_ROOT } from '../support/repo-root.ts'

const OBJECT =
  '<?xml version="1.0" encoding="UTF-8"?>\n<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fields>\n        <fullName>Total__c</fullName>\n        <label>Total</label>\n        <type>Currency</type>\n    </fields>\n    <label>Invoice</label>\n</CustomObject>\n'

describe('sync from a terminal', () => {
  let sim: Simulator
  let repo: TestRepo
  afterEach(async () => {
    await sim.close()
    repo.cleanup()
  })

  it('applies the delta through the CRUD calls and prints the outcome', async () => {
    repo = createRepo(path.join(REPO_ROOT, 'examples', 'demo-project'))
    const base = repo.git('rev-parse', 'HEAD').trim()
    const file = `${D}/objects/Invoice__c/fields/Total__c.field-meta.xml`
    repo.write(file, repo.read(file).replace('<label>Total</label>', '<label>Grand total</label>'))
    repo.commit('relabel')
    // An edit not committed: the sync leaves it out, and says so before it starts.
    const cls = `${D}/classes/InvoiceService.cls`
    repo.write(cls, `${repo.read(cls)}\n// not committed\n`)
    sim = await startSim({
      orgType: 'Sandbox',
      seedFiles: new Map([['objects/Invoice__c.object', Buffer.from(OBJECT)]])
    })
    const out: string[] = []
    const io: CliIo = {
      out: (l) => out.push(l),
      err: (l) => out.push(l),
      env: { SF_ACCESS_TOKEN: sim.accessToken, SF_INSTANCE_URL: sim.baseUrl, NO_COLOR: '1' },
      isTty: false,
      write: () => undefined,
      columns: 80,
      cwd: repo.dir,
      engineDeps: { clock: simClock(sim) },
      onInterrupt: () => undefined
    }
    const code = await runCli(['sync', '--delta-from', base], io)
    const text = out.join('\n')
    expect(code, text).toBe(0)
    expect(text).toContain('CustomField Invoice__c.Total__c: upsert through the CRUD calls')
    expect(text).toContain('✔ sync succeeded (Succeeded)')
    expect(text).toMatch(
      /^warning: 1 file has uncommitted changes \(force-app\/main\/default\/classes\/InvoiceService\.cls\)/m
    )
    expect(sim.requests.some((r) => r.operation === 'upsertMetadata')).toBe(true)
    expect(
      sim.org
        .component('CustomObject', 'Invoice__c')
        ?.files.get('objects/Invoice__c.object')
        ?.toString()
    ).toContain('<label>Grand total</label>')
  })
})
