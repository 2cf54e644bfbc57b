import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { createRepo, type TestRepo } from '../delta/git-repo.ts'
import { REPO_ROOT } from '../support/repo-root.ts'
import { PASSING_TEST, decodeCommand, runAction, startSim } from './harness.ts'

const D = 'force-app/main/default'
const DEMO = path.join(REPO_ROOT, 'examples', 'demo-project')
const SERVICE = `${D}/classes/InvoiceService.cls`

// A method no test calls, added after line 15 of the shipped class (lines 16-19 of the new file).
const UNTESTED = `
    public static Decimal discount(Decimal amount) {
        Decimal cut = amount * 0.1;
        return amount - cut;
    }
}
`

describe('patch coverage through run()', () => {
  let sim: Simulator
  let repo: TestRepo
  let base: string
  beforeEach(async () => {
    sim = await startSim({ apiVersion: '68.0' })
    repo = createRepo(DEMO, { [`${D}/classes/InvoiceServiceTest.cls`]: PASSING_TEST })
    base = repo.git('rev-parse', 'HEAD').trim()
    // The org starts with the base commit deployed in full, its test class included.
    const full = await runAction(
      sim,
      { 'test-level': 'NoTestRun', wait: '30' },
      { workspace: repo.dir }
    )
    expect(full.failure).toBeUndefined()
    const source = repo.read(SERVICE)
    // A covered edit (the total's return) and an uncovered addition.
    repo.write(
      SERVICE,
      source
        .replace('return sum;', 'return sum + 0;')
        .replace(/\}\s*$/, UNTESTED.trimStart().replace(/^/, '\n    '))
    )
    repo.commit('edit the total, add an untested discount')
  })
  afterEach(async () => {
    repo.cleanup()
    await sim.close()
  })

  const inputs = (extra: Record<string, string> = {}): Record<string, string> => ({
    mode: 'validate',
    'delta-from': base,
    'test-level': 'RunSpecifiedTests',
    'run-tests': 'InvoiceServiceTest',
    'api-version': '68.0',
    wait: '30',
    ...extra
  })

  it('reports the changed lines covered and not, per file and overall, and annotates the uncovered ones', async () => {
    const run = await runAction(sim, inputs(), { workspace: repo.dir })
    expect(run.summary).toContain('### Patch coverage')
    const row = run.summary
      .split('\n')
      .find((l) => l.includes('`force-app/main/default/classes/InvoiceService.cls`'))
    // Line 7 (the edited return) is covered; the discount's lines 18-19 are not.
    expect(row).toContain('| 33.33% | 1 | 2 | 18-19 |')
    expect(run.outputs['patch-coverage']).toBe('33.33')
    const notices = run.commands.filter(
      (c) => c.startsWith('::notice') && c.includes('title=Patch coverage')
    )
    // One notice for the uncovered range 18-19.
    expect(notices).toHaveLength(1)
    expect(decodeCommand(notices[0] ?? '')).toContain(
      'file=force-app/main/default/classes/InvoiceService.cls,line=18,endLine=19'
    )
    expect(run.failed).toBe(false)
  })

  it('fails below patch-coverage-threshold and says by how much', async () => {
    const run = await runAction(sim, inputs({ 'patch-coverage-threshold': '100' }), {
      workspace: repo.dir
    })
    expect(run.failed).toBe(true)
    expect(run.failure).toMatch(/Patch coverage [\d.]+% is below patch-coverage-threshold 100%/)
  })

  it('below API 68.0 lists the uncovered changed lines but makes up no percentage', async () => {
    const run = await runAction(sim, inputs({ 'api-version': '66.0' }), { workspace: repo.dir })
    expect(run.summary).toContain('Patch coverage: n/a')
    expect(run.outputs['patch-coverage']).toBeUndefined()
    const strict = await runAction(
      sim,
      inputs({ 'api-version': '66.0', 'patch-coverage-threshold': '50' }),
      {
        workspace: repo.dir
      }
    )
    expect(strict.failure).toContain('cannot be checked')
  })
})
