/**
 * Build mode with a delta on a checkout whose lwc folder is a symbolic link to a vendor folder:
 * a change made in the vendor folder is in the zip, under the linked path, as the full build
 * would package it.
 */
import { readFileSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { unzipEntries } from '../../src/source/zip.ts'
import { runAction, startSim } from '../integration/harness.ts'
import { REPO_ROOT } from '../support/repo-root.ts'
import { createRepo, D, membersOf, type TestRepo } from './git-repo.ts'

const LWC_META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>62.0</apiVersion><isExposed>false</isExposed></LightningComponentBundle>\n'

let sim: Simulator | undefined
let repo: TestRepo | undefined
afterEach(async () => {
  repo?.cleanup()
  await sim?.close()
  sim = undefined
  repo = undefined
})

describe('build mode with a delta through a linked folder', () => {
  it('packages the component changed in the link target, and deletes the one removed there', async () => {
    sim = await startSim()
    const r0 = createRepo(path.join(REPO_ROOT, 'examples', 'demo-project'), {
      'vendor/lwc/greeting/greeting.js': 'export default class Greeting {}\n',
      'vendor/lwc/greeting/greeting.js-meta.xml': LWC_META,
      'vendor/lwc/farewell/farewell.js': 'export default class Farewell {}\n',
      'vendor/lwc/farewell/farewell.js-meta.xml': LWC_META
    })
    repo = r0
    symlinkSync('../../../vendor/lwc', path.join(r0.dir, D, 'lwc'))
    const base = r0.commit('link lwc')
    r0.write('vendor/lwc/greeting/greeting.js', 'export default class Greeting { hi() {} }\n')
    r0.remove('vendor/lwc/farewell')
    r0.commit('change the vendor components')

    const r = await runAction(sim, { mode: 'build', 'delta-from': base }, { workspace: r0.dir })
    expect(r.failed).toBe(false)
    expect(r.outputs).toMatchObject({
      'has-changes': 'true',
      'delta-components': '1',
      'delta-deletions': '1'
    })
    const zip = unzipEntries(new Uint8Array(readFileSync(r.outputs['package-path'] ?? '')))
    expect([...zip.keys()].sort()).toEqual([
      'destructiveChangesPost.xml',
      'lwc/greeting/greeting.js',
      'lwc/greeting/greeting.js-meta.xml',
      'package.xml'
    ])
    const decode = (file: string): string => new TextDecoder().decode(zip.get(file))
    expect(decode('lwc/greeting/greeting.js')).toBe('export default class Greeting { hi() {} }\n')
    expect(membersOf(decode('package.xml'))).toEqual(['LightningComponentBundle: greeting'])
    expect(membersOf(decode('destructiveChangesPost.xml'))).toEqual([
      'LightningComponentBundle: farewell'
    ])
    expect(r.summary).toContain('greeting')
    expect(sim.requests).toHaveLength(0)
  })
})
