/**
 * What a run deploys and where it writes: a full package with nothing in it is not a green
 * deploy, and results-dir is never written or emptied through a symbolic link the repository
 * holds. Each scenario drives the real run() against the simulator.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { passingProject, runAction, startSim } from '../integration/harness.ts'
import { expectInvariants, scenario } from './kit.ts'

const SERVICE = 'force-app/main/default/classes/InvoiceService.cls'

describe('the package and results-dir', () => {
  let sim: Simulator | undefined
  afterEach(async () => {
    await sim?.close()
    sim = undefined
  })

  scenario(
    'S23',
    'a full deploy with no components fails with a clear message instead of a green 0/0',
    async () => {
      sim = await startSim()
      const ignored = passingProject({ '.forceignore': '**\n' })
      const all = await runAction(sim, { 'test-level': 'RunLocalTests' }, { workspace: ignored })
      expectInvariants(all, sim, {
        orgFailed: true,
        cause: /The package is empty: every file of the package directories is ignored/,
        fix: /\.forceignore/
      })
      const manifest = passingProject({
        'manifest/package.xml':
          '<?xml version="1.0" encoding="UTF-8"?>\n<Package xmlns="http://soap.sforce.com/2006/04/metadata"><version>62.0</version></Package>\n'
      })
      const none = await runAction(
        sim,
        { 'test-level': 'RunLocalTests', manifest: 'manifest/package.xml' },
        { workspace: manifest }
      )
      expectInvariants(none, sim, {
        orgFailed: true,
        cause: /The package is empty: the manifest names no component/
      })
      expect(none.summary + none.log).not.toContain('Deploy succeeded')
      expect(sim.deploys).toHaveLength(0)
      // Asked for explicitly, the empty package is submitted.
      const allowed = await runAction(
        sim,
        { 'test-level': 'NoTestRun', 'allow-empty-deploy': 'true' },
        { workspace: ignored }
      )
      expect(allowed.failed).toBe(false)
      expect(sim.deploys).toHaveLength(1)
    }
  )

  scenario(
    'S24',
    'links at, on the way to or below results-dir are refused before anything is written or emptied',
    async () => {
      sim = await startSim()
      const outside = mkdtempSync(path.join(tmpdir(), 'sfda-outside-'))
      writeFileSync(path.join(outside, 'keep.txt'), 'must survive')
      const cases: { plant: (ws: string) => void; named: string }[] = [
        // results-dir itself a link to a folder of the project: reports would land among sources.
        {
          plant: (ws) =>
            symlinkSync(
              path.join(ws, 'force-app/main/default/classes'),
              path.join(ws, 'sf-deploy-results')
            ),
          named: '"sf-deploy-results" is a symbolic link'
        },
        // A report file that is a link: writing junit.xml would overwrite the class.
        {
          plant: (ws) => {
            mkdirSync(path.join(ws, 'sf-deploy-results'))
            symlinkSync(path.join(ws, SERVICE), path.join(ws, 'sf-deploy-results/junit.xml'))
          },
          named: '"sf-deploy-results/junit.xml" is a symbolic link'
        },
        // The rollback folder a link out: emptying it would empty the outside folder.
        {
          plant: (ws) => {
            mkdirSync(path.join(ws, 'sf-deploy-results'))
            symlinkSync(outside, path.join(ws, 'sf-deploy-results/rollback'))
          },
          named: '"sf-deploy-results/rollback" is a symbolic link'
        }
      ]
      for (const { plant, named } of cases) {
        const workspace = passingProject()
        const service = readFileSync(path.join(workspace, SERVICE), 'utf8')
        plant(workspace)
        const run = await runAction(
          sim,
          { 'test-level': 'RunLocalTests', backup: 'true', 'coverage-formats': 'junit' },
          { workspace }
        )
        expectInvariants(run, sim, { orgFailed: true, cause: new RegExp(`results-dir: ${named}`) })
        expect(readFileSync(path.join(workspace, SERVICE), 'utf8')).toBe(service)
        expect(existsSync(path.join(workspace, 'force-app/main/default/classes/summary.md'))).toBe(
          false
        )
      }
      expect(readFileSync(path.join(outside, 'keep.txt'), 'utf8')).toBe('must survive')
      expect(sim.requests).toHaveLength(0)
    }
  )
})
