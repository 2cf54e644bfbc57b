import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { startSim } from '../integration/harness.ts'
import { runWithUploads, writeTree } from '../integration/retrieve-harness.ts'
import { manifest } from '../support/package-xml.ts'

const META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>58.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n'

describe('retrieve mode: the package.xml version', () => {
  let sim: Simulator | undefined
  afterEach(async () => {
    await sim?.close()
    sim = undefined
  })

  async function retrievedVersion(
    inputs: Record<string, string>,
    orgApiVersion?: string
  ): Promise<{ requested: string | undefined; written: string | undefined }> {
    sim = await startSim({
      seedFiles: new Map([
        ['classes/A.cls', Buffer.from('public class A {}\n')],
        ['classes/A.cls-meta.xml', Buffer.from(META)]
      ]),
      ...(orgApiVersion ? { apiVersion: orgApiVersion } : {})
    })
    const ws = mkdtempSync(path.join(tmpdir(), 'sfda-retrieve-version-'))
    writeTree(ws, { 'package.xml': manifest({ ApexClass: ['A'] }) })
    const r = await runWithUploads(
      sim,
      {
        mode: 'retrieve',
        'retrieve-manifest': 'package.xml',
        'upload-artifact': 'false',
        ...inputs
      },
      ws
    )
    expect(r.failure).toBeUndefined()
    const body = sim.requests.find((q) => q.operation === 'retrieve')?.body ?? ''
    const pkg = readFileSync(path.join(ws, 'sf-deploy-results/retrieve/package.xml'), 'utf8')
    return {
      requested: body.match(/<met:apiVersion>([^<]+)<\/met:apiVersion>/)?.[1],
      written: pkg.match(/<version>([^<]+)<\/version>/)?.[1]
    }
  }

  it('is the version the files were retrieved in, when api-version differs from the manifest', async () => {
    // The manifest says 62.0; api-version asks for 61.0, so the org writes the files as 61.0.
    expect(await retrievedVersion({ 'api-version': '61.0' })).toEqual({
      requested: '61.0',
      written: '61.0'
    })
  })

  it('is the version the files were retrieved in, when the manifest is newer than the org', async () => {
    // The org's newest version is 60.0: the retrieve is made at 60.0, and 62.0 would not deploy back.
    expect(await retrievedVersion({}, '60.0')).toEqual({ requested: '60.0', written: '60.0' })
  })
})
