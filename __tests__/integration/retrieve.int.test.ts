import { manifest } from '../support/package-xml.ts'
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { unzipEntries } from '../../src/source/zip.ts'
import { copyDemoProject, startSim } from './harness.ts'
import { runWithUploads, writeTree } from './retrieve-harness.ts'

const META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>62.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n'
const REPORT =
  '<?xml version="1.0" encoding="UTF-8"?>\n<Report xmlns="http://soap.sforce.com/2006/04/metadata">\n    <name>Open</name>\n</Report>\n'
const FOLDER =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ReportFolder xmlns="http://soap.sforce.com/2006/04/metadata">\n    <name>Sales</name>\n</ReportFolder>\n'

function classes(count: number, prefix = 'Gen'): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  for (let i = 0; i < count; i++) {
    const name = `${prefix}${String(i).padStart(5, '0')}`
    files.set(`classes/${name}.cls`, Buffer.from(`public class ${name} {}\n`))
    files.set(`classes/${name}.cls-meta.xml`, Buffer.from(META))
  }
  return files
}

function workspaceWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sfda-retrieve-'))
  writeTree(dir, files)
  return dir
}

function listFiles(root: string, prefix = ''): string[] {
  return readdirSync(path.join(root, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? listFiles(root, path.posix.join(prefix, e.name))
      : [path.posix.join(prefix, e.name)]
  )
}

describe('retrieve mode', () => {
  let sim: Simulator | undefined
  afterEach(async () => {
    await sim?.close()
    sim = undefined
  })

  it('expands wildcards with listMetadata, folders first for reports, and reports the result', async () => {
    const seed = new Map([...classes(3, 'Svc')])
    seed.set('reports/Sales-meta.xml', Buffer.from(FOLDER))
    seed.set('reports/Sales/Open.report', Buffer.from(REPORT))
    sim = await startSim({ seedFiles: seed })
    const ws = workspaceWith({
      'manifest/package.xml': manifest({
        ApexClass: ['*'],
        Report: ['*'],
        CustomObject: ['Missing__c']
      })
    })
    const r = await runWithUploads(
      sim,
      { mode: 'retrieve', 'retrieve-manifest': 'manifest/package.xml' },
      ws
    )
    expect(r.failure).toBeUndefined()
    const lists = sim.requests
      .filter((q) => q.operation === 'listMetadata')
      .map((q) => q.body.match(/<met:type>(\w+)<\/met:type>/)?.[1])
    expect(lists).toEqual(['ApexClass', 'ReportFolder', 'Report'])
    const retrieveBody = sim.requests.find((q) => q.operation === 'retrieve')?.body ?? ''
    expect(retrieveBody).not.toContain('<met:members>*</met:members>')
    expect(retrieveBody).toContain('<met:members>Sales/Open</met:members>')
    expect(r.outputs['retrieve-dir']).toBe('sf-deploy-results/retrieve')
    const dir = path.join(ws, 'sf-deploy-results/retrieve')
    expect(listFiles(dir).sort()).toEqual([
      'classes/Svc00000.cls',
      'classes/Svc00000.cls-meta.xml',
      'classes/Svc00001.cls',
      'classes/Svc00001.cls-meta.xml',
      'classes/Svc00002.cls',
      'classes/Svc00002.cls-meta.xml',
      'package.xml',
      'reports/Sales-meta.xml',
      'reports/Sales/Open.report'
    ])
    const pkg = readFileSync(path.join(dir, 'package.xml'), 'utf8')
    expect(pkg).toContain('<members>Svc00001</members>')
    expect(pkg).not.toContain('Missing__c')
    const zip = unzipEntries(readFileSync(path.join(ws, r.outputs['retrieve-zip'] ?? '')))
    expect([...zip.keys()].sort()).toEqual(listFiles(dir).sort())
    expect(r.uploads.map((u) => u.name)).toEqual(['salesforce-deploy-results-retrieve'])
    expect(r.summary).toContain('Retrieved 5 components (8 files) in 1 request')
    expect(r.summary).toContain('CustomObject `Missing__c`')
    expect(r.commands.some((c) => c.startsWith('::warning') && c.includes('Missing__c'))).toBe(true)
  })

  it('splits a retrieve larger than the file limit into several', async () => {
    // A limit of 21 files holds package.xml and 10 classes of two files each.
    sim = await startSim({ seedFiles: classes(15) })
    const ws = workspaceWith({ 'package.xml': manifest({ ApexClass: ['*'] }) })
    const r = await runWithUploads(
      sim,
      { mode: 'retrieve', 'retrieve-manifest': 'package.xml', 'upload-artifact': 'false' },
      ws,
      { retrieveLimits: { maxFiles: 21, maxBytes: 39_000_000 } }
    )
    expect(r.failure).toBeUndefined()
    const retrieves = sim.requests.filter((q) => q.operation === 'retrieve')
    expect(retrieves.map((q) => (q.body.match(/<met:members>/g) ?? []).length)).toEqual([10, 5])
    expect(listFiles(path.join(ws, 'sf-deploy-results/retrieve'))).toHaveLength(31)
    expect(r.summary).toContain('in 2 requests')
    expect(r.summary).toContain('within the retrieve limits (21 files, 39 MB)')
  })

  it('retrieves the package the builder would deploy and says what deploying it would change', async () => {
    sim = await startSim({
      seedFiles: new Map([
        [
          'classes/InvoiceService.cls',
          Buffer.from('public with sharing class InvoiceService {}\n')
        ],
        ['classes/InvoiceService.cls-meta.xml', Buffer.from(META)]
      ])
    })
    const ws = copyDemoProject()
    const r = await runWithUploads(sim, { mode: 'retrieve', 'upload-artifact': 'false' }, ws)
    expect(r.failure).toBeUndefined()
    expect(r.outputs).toMatchObject({
      'changes-new': '4',
      'changes-changed': '1',
      'changes-unchanged': '0'
    })
    expect(r.summary).toContain('### What this deploy changes')
    expect(existsSync(path.join(ws, 'sf-deploy-results/retrieve/classes/InvoiceService.cls'))).toBe(
      true
    )
    expect(sim.deploys).toHaveLength(0)
  })
})
