/**
 * Work that input could make unbounded, and replacement texts that must mean what the Salesforce
 * CLI makes of them: a regexToReplace that backtracks without end, `$1` in a replacement, and a
 * metadata file nested deeper than any real one. Each scenario drives the real run() against the
 * simulator.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { passingProject, runAction, startSim } from '../integration/harness.ts'
import { echoInProblems } from './org-echo.ts'
import { REPO_ROOT } from '../support/repo-root.ts'
import { expectInvariants, scenario } from './kit.ts'

const SERVICE = 'force-app/main/default/classes/InvoiceService.cls'

/** A class the simulator refuses to compile (a missing semicolon), so the org reports a problem. */
const BROKEN_CLASS = { [SERVICE]: 'public class InvoiceService {\n    Integer x = 1\n}\n' }

/** The demo project's sfdx-project.json with `replacements`, and the service class ending in `extra`. */
function withReplacements(
  replacements: Record<string, unknown>[],
  extra: string
): Record<string, string> {
  const service = readFileSync(path.join(REPO_ROOT, 'examples/demo-project', SERVICE), 'utf8')
  return {
    [SERVICE]: `${service}${extra}`,
    'sfdx-project.json': JSON.stringify({
      packageDirectories: [{ path: 'force-app', default: true }],
      sourceApiVersion: '62.0',
      replacements
    })
  }
}

describe('bounds on work from input', () => {
  let sim: Simulator | undefined
  afterEach(async () => {
    await sim?.close()
    sim = undefined
  })

  scenario(
    'S20',
    'a regexToReplace that backtracks without end stops the build, naming the entry and the file',
    async () => {
      sim = await startSim()
      const workspace = passingProject(
        withReplacements(
          [{ glob: '**/InvoiceService.cls', regexToReplace: '(a+)+$', replaceWithEnv: 'SFDA_X' }],
          `// ${'a'.repeat(40)}!\n`
        )
      )
      const run = await runAction(
        sim,
        { 'test-level': 'RunLocalTests' },
        { workspace, env: { SFDA_X: 'x' } }
      )
      delete process.env.SFDA_X
      expectInvariants(run, sim, {
        orgFailed: true,
        cause:
          /replacements\[0\]\.regexToReplace took more than 1 s on "force-app\/main\/default\/classes\/InvoiceService\.cls"/
      })
      expect(sim.deploys).toHaveLength(0)
    }
  )

  scenario(
    'S21',
    'a replacement text with $1 and $& is expanded as String.prototype.replace does',
    async () => {
      sim = await startSim()
      const workspace = passingProject(
        withReplacements(
          [
            { glob: '**/InvoiceService.cls', regexToReplace: 'v(\\d+)', replaceWithEnv: 'SFDA_R' },
            { glob: '**/InvoiceService.cls', stringToReplace: 'TOTAL', replaceWithEnv: 'SFDA_L' }
          ],
          '// v7 TOTAL\n'
        )
      )
      const run = await runAction(
        sim,
        { 'test-level': 'RunLocalTests' },
        { workspace, env: { SFDA_R: 'version-$1 ($&) $$', SFDA_L: '[$&]' } }
      )
      delete process.env.SFDA_R
      delete process.env.SFDA_L
      expectInvariants(run, sim, { orgFailed: false })
      const sent = [...(sim.deploys.at(-1)?.files ?? new Map<string, Buffer>())]
        .filter(([name]) => name.endsWith('classes/InvoiceService.cls'))
        .map(([, bytes]) => bytes.toString('utf8'))
      expect(sent).toHaveLength(1)
      expect(sent[0]).toContain('// version-7 (v7) $ [TOTAL]\n')
    }
  )

  scenario(
    'S22',
    'a metadata file nested 200,000 levels deep stops the build naming the file, not with a stack overflow',
    async () => {
      sim = await startSim()
      const depth = 200_000
      const field = 'force-app/main/default/objects/Invoice__c/fields/Deep__c.field-meta.xml'
      const workspace = passingProject({
        [field]:
          '<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n' +
          `<fullName>Deep__c</fullName>${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}\n</CustomField>\n`
      })
      const run = await runAction(sim, { 'test-level': 'RunLocalTests' }, { workspace })
      expectInvariants(run, sim, {
        orgFailed: true,
        cause: new RegExp(
          `${field.replace(/[.]/g, '\\.')}:3: malformed XML: elements nested more than 256 levels deep`
        )
      })
      expect(run.failure).not.toMatch(/call stack/)
      expect(sim.deploys).toHaveLength(0)
    }
  )

  scenario(
    'S26',
    'a 5 MB org text is cut to a fixed size in the log, the summary and deploy-result.json',
    async () => {
      const huge = `${'x'.repeat(5_000_000)}END-OF-HUGE-TEXT`
      sim = await startSim({ routes: [echoInProblems(huge)] })
      const workspace = passingProject(BROKEN_CLASS)
      const run = await runAction(
        sim,
        { api: 'rest', 'test-level': 'RunLocalTests' },
        { workspace }
      )
      expectInvariants(run, sim, { orgFailed: true })
      const longest = Math.max(...run.log.split('\n').map((line) => line.length))
      expect(longest).toBeLessThan(100_000)
      expect(run.summary.length).toBeLessThan(1_100_000)
      expect(run.log + run.summary).not.toContain('END-OF-HUGE-TEXT')
      const results = path.join(workspace, 'sf-deploy-results')
      const json = readFileSync(path.join(results, 'deploy-result.json'), 'utf8')
      expect(json).toContain('more characters cut]')
      expect(json.length).toBeLessThan(1_000_000)
      expect(readdirSync(results).length).toBeGreaterThan(0)
    }
  )

  scenario(
    'S27',
    'Latin-1 files pass byte for byte; a replacement or recomposition that decodes one keeps its characters and warns naming it',
    async () => {
      sim = await startSim()
      const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1')
      const workspace = passingProject(
        withReplacements(
          [{ glob: '**/InvoiceService.cls', stringToReplace: 'TOTAL', replaceWithEnv: 'SFDA_T' }],
          ''
        )
      )
      const service = readFileSync(path.join(workspace, SERVICE))
      writeFileSync(
        path.join(workspace, SERVICE),
        Buffer.concat([service, latin1('// Total général: TOTAL\n')])
      )
      const other = 'force-app/main/default/classes/InvoiceServiceTest.cls'
      const test = Buffer.concat([
        readFileSync(path.join(workspace, other)),
        latin1('// Vérifié\n')
      ])
      writeFileSync(path.join(workspace, other), test)
      // A field of a decomposed object: recomposition must decode it.
      const field = 'force-app/main/default/objects/Invoice__c/fields/Total__c.field-meta.xml'
      const fieldText = readFileSync(path.join(workspace, field), 'utf8')
      writeFileSync(
        path.join(workspace, field),
        latin1(fieldText.replace('<label>Total</label>', '<label>Montant réglé</label>'))
      )
      const run = await runAction(
        sim,
        { 'test-level': 'RunLocalTests' },
        { workspace, env: { SFDA_T: 'somme' } }
      )
      delete process.env.SFDA_T
      expectInvariants(run, sim, { orgFailed: false })
      const sent = sim.deploys.at(-1)?.files ?? new Map<string, Buffer>()
      const byName = (suffix: string): Buffer | undefined =>
        [...sent].find(([name]) => name.endsWith(suffix))?.[1]
      expect(byName('classes/InvoiceServiceTest.cls')?.equals(test)).toBe(true)
      expect(
        byName('classes/InvoiceService.cls')?.equals(
          Buffer.concat([service, latin1('// Total général: somme\n')])
        )
      ).toBe(true)
      expect(run.log).toMatch(
        /force-app\/main\/default\/classes\/InvoiceService\.cls is not UTF-8: its replacements were applied reading it as Latin-1/
      )
      expect(byName('objects/Invoice__c.object')?.toString('utf8')).toContain(
        '<label>Montant réglé</label>'
      )
      expect(run.log).toMatch(
        /Total__c\.field-meta\.xml is not UTF-8: it was read as Latin-1 \(ISO-8859-1\) to be recomposed/
      )
    }
  )
})
