import { describe, expect, it } from 'vitest'
import type { WaitOptions } from '../../src/deploy/wait-for-deploy.ts'
import { detectDrift, type DriftReport } from '../../src/drift/detect-drift.ts'
import { guardThenBackup } from '../../src/drift/drift-step.ts'
import { pickNewest } from '../../src/drift/find-receipt.ts'
import { renderDriftSection } from '../../src/drift/render-drift.ts'
import type { FileProperties, RetrieveApi } from '../../src/metadata-api/retrieve-api.ts'
import {
  buildReceipt,
  serializeReceipt,
  type DeployReceipt
} from '../../src/receipt/build-receipt.ts'
import { parseReceipt } from '../../src/receipt/parse-receipt.ts'
import { parseAny as parseSettings } from '../support/parse-any.ts'
import { InputError } from '../../src/shared/errors.ts'
import { MemoryLogger } from '../../src/shared/logger.ts'
import { deployResult } from '../support/fakes.ts'
import { rawInputs } from '../support/raw-inputs.ts'

const enc = (text: string): Uint8Array => new TextEncoder().encode(text)
const ORG = '00D5g0000000SIMEA2'
const PACKAGE_XML = `<?xml version="1.0" encoding="UTF-8"?>
<Package xmlns="http://soap.sforce.com/2006/04/metadata">
  <types><members>A</members><members>B</members><name>ApexClass</name></types>
  <version>62.0</version>
</Package>
`
const META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>62.0</apiVersion></ApexClass>\n'
const pkg = new Map([
  ['package.xml', enc(PACKAGE_XML)],
  ['classes/A.cls', enc('public class A {}\n')],
  ['classes/A.cls-meta.xml', enc(META)],
  ['classes/B.cls', enc('public class B {}\n')],
  ['classes/B.cls-meta.xml', enc(META)]
])

/** The receipt of a deploy of `packageFiles` (the two-class package by default) on 2026-01-01. */
function receipt(
  overrides: Partial<DeployReceipt> = {},
  packageFiles: ReadonlyMap<string, Uint8Array> = pkg
): DeployReceipt {
  return {
    ...buildReceipt({
      mode: 'deploy',
      result: deployResult({ completedDate: new Date('2026-01-01T10:00:00Z') }),
      orgId: ORG,
      packageFiles,
      run: { commitSha: 'abc' },
      now: '2026-01-01T10:00:00Z'
    }),
    ...overrides
  }
}

const TOKEN = {
  'access-token': '00D000000000001!AQ0AQsecret',
  'instance-url': 'https://acme.my.salesforce.com'
}
const problemsOf = (fn: () => unknown): string[] => {
  try {
    fn()
  } catch (error) {
    if (error instanceof InputError) return error.problems
    throw error
  }
  return []
}

/** A retrieve API that lists the given props and refuses to retrieve: nothing should need it. */
function listingOnly(props: FileProperties[]): RetrieveApi & { retrieves: number } {
  const api = {
    retrieves: 0,
    listMetadata: () => Promise.resolve(props),
    retrieve: () => {
      api.retrieves++
      return Promise.reject(new Error('no retrieve expected'))
    },
    checkRetrieveStatus: () => Promise.reject(new Error('no retrieve expected'))
  }
  return api
}

const clock = { now: () => 0, sleep: () => Promise.resolve() }
const wait: WaitOptions = {
  waitMs: 60_000,
  maxIntervalMs: 1_000,
  maxErrorStreakMs: 10_000,
  random: () => 0
}

describe('detectDrift', () => {
  it('retrieves nothing when listMetadata shows no component modified after the receipt', async () => {
    const api = listingOnly(
      ['A', 'B'].map((fullName) => ({
        type: 'ApexClass',
        fullName,
        fileName: `classes/${fullName}.cls`,
        lastModifiedByName: 'Pipeline',
        lastModifiedDate: new Date('2026-01-01T09:59:59Z')
      }))
    )
    const report = await detectDrift(
      { receipt: receipt(), packageFiles: pkg, apiVersion: '62.0', wait },
      { api, clock, logger: new MemoryLogger() }
    )
    expect(report).toMatchObject({ drifted: [], checked: 2, retrieved: 0, listCalls: 1 })
    expect(api.retrieves).toBe(0)
  })

  it('counts a component of the receipt the org no longer lists as deleted there', async () => {
    const api = listingOnly([
      {
        type: 'ApexClass',
        fullName: 'A',
        fileName: 'classes/A.cls',
        lastModifiedDate: new Date('2026-01-01T09:00:00Z')
      }
    ])
    const report = await detectDrift(
      { receipt: receipt(), packageFiles: pkg, apiVersion: '62.0', wait },
      { api, clock, logger: new MemoryLogger() }
    )
    expect(report.drifted).toEqual([
      expect.objectContaining({
        type: 'ApexClass',
        fullName: 'B',
        kind: 'deleted',
        overwrites: true
      })
    ])
  })
})

describe('detectDrift of a field-only package', () => {
  it('does not check the object the deploy does not write, however the org changed it', async () => {
    const fieldOnly = new Map([
      [
        'package.xml',
        enc(
          '<?xml version="1.0" encoding="UTF-8"?>\n<Package xmlns="http://soap.sforce.com/2006/04/metadata"><types><members>Invoice__c.Due__c</members><name>CustomField</name></types><version>62.0</version></Package>\n'
        )
      ],
      [
        'objects/Invoice__c.object',
        enc(
          '<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata"><fields><fullName>Due__c</fullName><type>Date</type></fields></CustomObject>'
        )
      ]
    ])
    const baseline = receipt({}, fieldOnly)
    expect(baseline.components.map((c) => c.type)).toEqual(['CustomField'])
    // An admin relabelled the object since; the field is as deployed.
    const api = listingOnly([
      {
        type: 'CustomObject',
        fullName: 'Invoice__c',
        fileName: 'objects/Invoice__c.object',
        lastModifiedByName: 'Admin',
        lastModifiedDate: new Date('2026-02-01T09:00:00Z')
      },
      {
        type: 'CustomField',
        fullName: 'Invoice__c.Due__c',
        fileName: 'objects/Invoice__c.object',
        lastModifiedDate: new Date('2026-01-01T09:00:00Z')
      }
    ])
    const report = await detectDrift(
      { receipt: baseline, packageFiles: fieldOnly, apiVersion: '62.0', wait },
      { api, clock, logger: new MemoryLogger() }
    )
    expect(report).toMatchObject({ drifted: [], checked: 1, retrieved: 0 })
  })

  const fieldsPackage = (fields: string[]): Map<string, Uint8Array> =>
    new Map([
      [
        'package.xml',
        enc(
          `<?xml version="1.0" encoding="UTF-8"?>\n<Package xmlns="http://soap.sforce.com/2006/04/metadata"><types>${fields.map((f) => `<members>${f}</members>`).join('')}<name>CustomField</name></types><version>62.0</version></Package>\n`
        )
      ],
      [
        'objects/Account.object',
        enc(
          `<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">${fields.map((f) => `<fields><fullName>${f.split('.')[1] ?? ''}</fullName><trackHistory>true</trackHistory></fields>`).join('')}</CustomObject>`
        )
      ]
    ])

  it('counts a custom field the org no longer lists as deleted there, not a standard field', async () => {
    // Account.Industry is standard: listMetadata(CustomField) never lists it.
    const files = fieldsPackage(['Account.Industry', 'Account.Tier__c'])
    const baseline = receipt({}, files)
    const report = await detectDrift(
      { receipt: baseline, packageFiles: files, apiVersion: '62.0', wait },
      { api: listingOnly([]), clock, logger: new MemoryLogger() }
    )
    expect(report.drifted).toEqual([
      expect.objectContaining({
        type: 'CustomField',
        fullName: 'Account.Tier__c',
        kind: 'deleted',
        overwrites: true
      })
    ])
  })
})

describe('parseReceipt', () => {
  it('reads back what serializeReceipt wrote', () => {
    const r = receipt()
    expect(parseReceipt(serializeReceipt(r), 'x')).toEqual({ receipt: r })
  })

  it.each([
    ['not JSON', 'x is not JSON.'],
    ['{"kind":"other"}', 'x is not a deploy receipt'],
    [JSON.stringify({ ...receipt(), version: 2 }), 'receipt version 2'],
    [JSON.stringify({ ...receipt(), orgId: '../etc' }), 'no valid org id'],
    [JSON.stringify({ ...receipt(), deployedAt: 'yesterday' }), 'no valid deployedAt'],
    [
      JSON.stringify({
        ...receipt(),
        components: [{ type: 'ApexClass', fullName: 'A', hash: 'zz' }]
      }),
      'malformed components'
    ]
  ])('refuses %s', (text, problem) => {
    const parsed = parseReceipt(text, 'x')
    expect('problem' in parsed && parsed.problem).toContain(problem)
  })
})

describe('pickNewest', () => {
  it('takes the trusted receipt deployed last and keeps why the others were passed over', () => {
    const old = receipt({ deployId: '0Af000000000001AAA', deployedAt: '2026-01-01T10:00:00Z' })
    const recent = receipt({ deployId: '0Af000000000002AAA', deployedAt: '2026-01-02T10:00:00Z' })
    const found = pickNewest([
      { receipt: old, source: 'old' },
      { problem: 'forked' },
      { receipt: recent, source: 'recent' }
    ])
    expect(found).toEqual({ receipt: recent, source: 'recent', passedOver: ['forked'] })
    expect(pickNewest([{ problem: 'expired' }])).toEqual({ passedOver: ['expired'] })
  })
})

describe('drift settings', () => {
  it('defaults to auto with no baseline; reads a baseline inside the workspace', () => {
    expect(parseSettings(rawInputs({ ...TOKEN })).drift).toEqual({ choice: 'auto' })
    expect(
      parseSettings(rawInputs({ ...TOKEN, drift: 'FAIL', 'drift-baseline': 'receipts/r.json' }))
        .drift
    ).toEqual({ choice: 'fail', baseline: '/work/repo/receipts/r.json' })
  })

  it('refuses an unknown word, a baseline outside the workspace, and a baseline in a mode that deploys nothing', () => {
    expect(problemsOf(() => parseSettings(rawInputs({ ...TOKEN, drift: 'loud' })))).toEqual([
      'drift: got "loud", expected one of auto, off, warn, fail.'
    ])
    expect(
      problemsOf(() => parseSettings(rawInputs({ ...TOKEN, 'drift-baseline': '../r.json' })))[0]
    ).toContain('is outside the workspace')
    expect(
      problemsOf(() =>
        parseSettings(
          rawInputs({
            ...TOKEN,
            mode: 'report',
            'deploy-id': '0Af000000000001AAA',
            'drift-baseline': 'r.json'
          })
        )
      )[0]
    ).toContain('drift-baseline: only used by mode: deploy, validate and quick-deploy')
  })
})

describe('renderDriftSection', () => {
  it('escapes names and people from the org, and fences diffs that hold backticks', () => {
    const report: DriftReport = {
      drifted: [
        {
          type: 'ApexClass',
          fullName: 'Evil|<img src=x>',
          changedBy: '@octocat <b>',
          changedAt: '2026-01-02T00:00:00.000Z',
          kind: 'changed',
          overwrites: true,
          packageIsReceipt: true,
          diffs: [{ path: 'classes/Evil.cls', lines: ['-a', '+```', '+b'] }]
        }
      ],
      checked: 1,
      retrieved: 1,
      listCalls: 1,
      retrieveIds: ['09S'],
      readCalls: 0,
      retrievedBytes: 10,
      notes: []
    }
    const md = renderDriftSection({
      report,
      receipt: receipt(),
      source: 'file r.json',
      level: 'warn'
    })
    // Only inside code spans, where GitHub shows HTML as text.
    const outsideCode = md.split('`').filter((_, i) => i % 2 === 0)
    expect(outsideCode.join('')).not.toContain('<img')
    expect(md).not.toContain('@octocat')
    expect(md).toContain('@&#8203;octocat &lt;b&gt;')
    expect(md).toContain('````diff')
    expect(md).toContain('<members>Evil|&lt;img src=x&gt;</members>')
  })
})

describe('guardThenBackup', () => {
  it('runs the guard first and puts its section first; a guard that throws stops the backup', async () => {
    const order: string[] = []
    const hook = (name: string) => () => {
      order.push(name)
      return Promise.resolve({ sections: [name], notes: [] })
    }
    expect(await guardThenBackup(hook('drift'), hook('backup'))).toEqual({
      sections: ['drift', 'backup'],
      notes: []
    })
    expect(order).toEqual(['drift', 'backup'])
    await expect(
      guardThenBackup(() => Promise.reject(new Error('drift: fail')), hook('late'))
    ).rejects.toThrow('drift: fail')
    expect(order).not.toContain('late')
  })
})
