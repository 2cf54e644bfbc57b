import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { manifest } from '../support/package-xml.ts'
import { copyDemoProject, passingProject, startSim } from './harness.ts'
import { runWithUploads } from './retrieve-harness.ts'

const META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>62.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n'
const LEGACY = 'public class LegacyInvoiceHelper {}\n'

/** The org: none of the demo's components yet, and LegacyInvoiceHelper. */
function seed(): Map<string, Buffer> {
  return new Map([
    ['classes/LegacyInvoiceHelper.cls', Buffer.from(LEGACY)],
    ['classes/LegacyInvoiceHelper.cls-meta.xml', Buffer.from(META)]
  ])
}

/** The demo project with a post-deploy destructive manifest: one class the org has, one it has not. */
function workspace(): string {
  return copyDemoProject({
    'manifest/destructiveChangesPost.xml': manifest({
      ApexClass: ['LegacyInvoiceHelper', 'RetiredHelper']
    })
  })
}

/** The "What this deploy changes" section. */
function changeSection(summary: string): string {
  const start = summary.indexOf('### What this deploy changes')
  expect(start).toBeGreaterThanOrEqual(0)
  return summary.slice(start)
}

describe('retrieve mode with a destructive manifest', () => {
  let sim: Simulator | undefined
  afterEach(async () => {
    await sim?.close()
    sim = undefined
  })

  it('retrieves what the deploy would delete and lists it as to be deleted', async () => {
    sim = await startSim({ seedFiles: seed() })
    const ws = workspace()
    const r = await runWithUploads(
      sim,
      {
        mode: 'retrieve',
        'post-destructive-changes': 'manifest/destructiveChangesPost.xml',
        'upload-artifact': 'false'
      },
      ws
    )
    expect(r.failure).toBeUndefined()

    // Both deletions were asked for, in the same request as the package's members.
    const bodies = sim.requests.filter((q) => q.operation === 'retrieve').map((q) => q.body)
    expect(bodies).toHaveLength(1)
    expect(bodies[0]).toContain('<met:members>LegacyInvoiceHelper</met:members>')
    expect(bodies[0]).toContain('<met:members>RetiredHelper</met:members>')
    expect(bodies[0]).toContain('<met:members>InvoiceService</met:members>')

    // The org's copy is kept, so the retrieved package can put the class back after the deploy.
    const dir = path.join(ws, r.outputs['retrieve-dir'] ?? '')
    expect(readFileSync(path.join(dir, 'classes/LegacyInvoiceHelper.cls'), 'utf8')).toBe(LEGACY)
    const pkg = readFileSync(path.join(dir, 'package.xml'), 'utf8')
    expect(pkg).toContain('<members>LegacyInvoiceHelper</members>')
    expect(pkg).not.toContain('RetiredHelper')

    const changes = changeSection(r.summary)
    expect(changes).toContain(
      '| New | Changed | Unchanged | Deleted |\n|---|---|---|---|\n| 5 | 0 | 0 | 1 |'
    )
    expect(changes).toContain('**To be deleted** (2)')
    expect(changes).toContain('- ApexClass `LegacyInvoiceHelper`: in the org')
    expect(changes).toContain('- ApexClass `RetiredHelper`: not in the org, nothing to delete')
    expect(r.outputs).toMatchObject({ 'changes-new': '5', 'changes-deleted': '1' })

    // A deletion the org lacks is no problem: not listed with the missing members (the new ones are), no warning.
    const retrieveSection = r.summary.slice(0, r.summary.indexOf('### What this deploy changes'))
    expect(retrieveSection).toContain('ApexClass `InvoiceService`')
    expect(retrieveSection).not.toContain('RetiredHelper')
    expect(r.commands.some((c) => c.includes('RetiredHelper') && c.startsWith('::warning'))).toBe(
      false
    )
  })

  it('retrieves a package that only deletes', async () => {
    sim = await startSim({ seedFiles: seed() })
    const ws = copyDemoProject({
      'manifest/package.xml': manifest({}),
      'manifest/destructiveChangesPost.xml': manifest({ ApexClass: ['LegacyInvoiceHelper'] })
    })
    const r = await runWithUploads(
      sim,
      {
        mode: 'retrieve',
        manifest: 'manifest/package.xml',
        'post-destructive-changes': 'manifest/destructiveChangesPost.xml',
        'allow-empty-deploy': 'true',
        'upload-artifact': 'false'
      },
      ws
    )
    expect(r.failure).toBeUndefined()
    const body = sim.requests.find((q) => q.operation === 'retrieve')?.body ?? ''
    expect(body).toContain('<met:members>LegacyInvoiceHelper</met:members>')
    expect(changeSection(r.summary)).toContain('- ApexClass `LegacyInvoiceHelper`: in the org')
  })

  it('splits deletions into the requests like any other member', async () => {
    sim = await startSim({ seedFiles: seed() })
    // 9 files per request: package.xml and 4 components of two files each at most.
    const r = await runWithUploads(
      sim,
      {
        mode: 'retrieve',
        'post-destructive-changes': 'manifest/destructiveChangesPost.xml',
        'upload-artifact': 'false'
      },
      workspace(),
      { retrieveLimits: { maxFiles: 9, maxBytes: 39_000_000 } }
    )
    expect(r.failure).toBeUndefined()
    const bodies = sim.requests.filter((q) => q.operation === 'retrieve').map((q) => q.body)
    expect(bodies.length).toBeGreaterThan(1)
    const asked = bodies.flatMap((b) =>
      [...b.matchAll(/<met:members>([^<]+)<\/met:members>/g)].map((m) => m[1])
    )
    expect(asked).toEqual(expect.arrayContaining(['LegacyInvoiceHelper', 'RetiredHelper']))
    expect(r.summary).toContain('- ApexClass `LegacyInvoiceHelper`: in the org')
    expect(r.summary).toContain('- ApexClass `RetiredHelper`: not in the org, nothing to delete')
  })
})

describe('backup before a deploy with a destructive manifest', () => {
  let sim: Simulator | undefined
  afterEach(async () => {
    await sim?.close()
    sim = undefined
  })

  it('keeps the deleted class in the rollback, which puts it back', async () => {
    sim = await startSim({ seedFiles: seed() })
    const ws = passingProject({
      'manifest/destructiveChangesPost.xml': manifest({
        ApexClass: ['LegacyInvoiceHelper', 'RetiredHelper']
      })
    })
    const deploy = await runWithUploads(
      sim,
      {
        api: 'soap',
        backup: 'true',
        'ignore-warnings': 'true',
        'post-destructive-changes': 'manifest/destructiveChangesPost.xml',
        'upload-artifact': 'false'
      },
      ws
    )
    expect(deploy.failure).toBeUndefined()
    expect(deploy.outputs['changes-deleted']).toBe('1')
    expect(sim.org.has('ApexClass', 'LegacyInvoiceHelper')).toBe(false)
    const changes = changeSection(deploy.summary)
    expect(changes).toContain('- ApexClass `LegacyInvoiceHelper`: in the org')
    expect(changes).toContain('- ApexClass `RetiredHelper`: not in the org, nothing to delete')

    const rollback = await runWithUploads(
      sim,
      {
        api: 'soap',
        'metadata-dir': deploy.outputs['rollback-dir'] ?? '',
        backup: 'false',
        'upload-artifact': 'false'
      },
      ws
    )
    expect(rollback.failure).toBeUndefined()
    expect(sim.org.has('ApexClass', 'LegacyInvoiceHelper')).toBe(true)
  })
})
