/**
 * Build mode on a checkout whose component folders are symbolic links: the zip holds what the
 * linked folders hold, as the Salesforce CLI packages them, and a link out of the project stops
 * the build naming it.
 */
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  renameSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { unzipEntries } from '../../src/source/zip.ts'
import { passingProject, runAction, startSim } from '../integration/harness.ts'

const LWC_META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>62.0</apiVersion><isExposed>false</isExposed></LightningComponentBundle>\n'

const DEFAULT = 'force-app/main/default'

/** The demo project with its classes moved to vendor/classes and linked back, and a linked lwc. */
function linkedProject(): string {
  const workspace = passingProject({
    'vendor/lwc/greeting/greeting.js': 'export default class Greeting {}\n',
    'vendor/lwc/greeting/greeting.js-meta.xml': LWC_META
  })
  mkdirSync(path.join(workspace, 'vendor'), { recursive: true })
  renameSync(path.join(workspace, DEFAULT, 'classes'), path.join(workspace, 'vendor/classes'))
  symlinkSync('../../../vendor/classes', path.join(workspace, DEFAULT, 'classes'))
  symlinkSync('../../../vendor/lwc', path.join(workspace, DEFAULT, 'lwc'))
  return workspace
}

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

describe('build mode with linked component folders', () => {
  it('puts the components of folders linked inside the project into the zip', async () => {
    sim = await startSim()
    const r = await runAction(sim, { mode: 'build' }, { workspace: linkedProject() })
    expect(r.failed).toBe(false)
    expect(r.summary).toMatch(/\| ApexClass \| 2 \| `InvoiceService`, `InvoiceServiceTest` \|/)
    expect(r.summary).toMatch(/\| LightningComponentBundle \| 1 \| `greeting` \|/)
    const zip = unzipEntries(new Uint8Array(readFileSync(r.outputs['package-path'] ?? '')))
    expect([...zip.keys()].sort()).toEqual(
      expect.arrayContaining([
        'classes/InvoiceService.cls',
        'classes/InvoiceService.cls-meta.xml',
        'classes/InvoiceServiceTest.cls',
        'classes/InvoiceServiceTest.cls-meta.xml',
        'lwc/greeting/greeting.js',
        'lwc/greeting/greeting.js-meta.xml'
      ])
    )
    const packageXml = new TextDecoder().decode(zip.get('package.xml'))
    expect(packageXml).toContain('<members>greeting</members>')
    expect(sim.requests).toHaveLength(0)
  })

  it('fails naming a linked folder that leads outside the project, and what to do', async () => {
    sim = await startSim()
    const outside = realpathSync(mkdtempSync(path.join(tmpdir(), 'sfda-outside-lwc-')))
    mkdirSync(path.join(outside, 'greeting'))
    writeFileSync(path.join(outside, 'greeting/greeting.js'), 'export default class G {}\n')
    writeFileSync(path.join(outside, 'greeting/greeting.js-meta.xml'), LWC_META)
    const workspace = passingProject()
    symlinkSync(outside, path.join(workspace, DEFAULT, 'lwc'))
    const r = await runAction(sim, { mode: 'build' }, { workspace })
    expect(r.failed).toBe(true)
    expect(r.failure).toContain(
      `${DEFAULT}/lwc is a symbolic link that leads outside the project, to ${outside}; move the folder into the project and link to it there`
    )
    expect(r.outputs['package-path'] ?? '').toBe('')
  })
})
