import { describe, expect, it } from 'vitest'
import type {
  FileProperties,
  ListMetadataQuery,
  RetrieveApi,
  RetrieveRequest,
  RetrieveResult
} from '../../src/metadata-api/retrieve-api.ts'
import { planChunks } from '../../src/retrieve/plan-chunks.ts'
import { retrieveComponents } from '../../src/retrieve/retrieve-components.ts'
import { ActionError, TransientError } from '../../src/shared/errors.ts'
import { MemoryLogger } from '../../src/shared/logger.ts'
import { zipEntries } from '../../src/source/zip.ts'

const WAIT = {
  waitMs: 3_600_000,
  maxIntervalMs: 10_000,
  maxErrorStreakMs: 600_000,
  random: () => 0.5
}

/** An org of Apex classes that refuses retrieves of more than `maxMembers` and can drop zips or fail calls. */
function fakeOrg(
  names: string[],
  options: {
    maxMembers?: number
    dropZips?: number
    transientChecks?: number
    listed?: Record<string, FileProperties[]>
  } = {}
) {
  let now = 0
  const jobs = new Map<string, RetrieveRequest>()
  const calls: string[] = []
  let dropZips = options.dropZips ?? 0
  let transient = options.transientChecks ?? 0
  const api: RetrieveApi = {
    retrieve(request) {
      const id = `09S${jobs.size}`
      jobs.set(id, request)
      calls.push(`retrieve ${[...request.types.values()].flat().length}`)
      return Promise.resolve(id)
    },
    checkRetrieveStatus(id, includeZip): Promise<RetrieveResult> {
      calls.push(`check ${includeZip}`)
      if (transient-- > 0) return Promise.reject(new TransientError('HTTP 503'))
      const members = [...(jobs.get(id)?.types.get('ApexClass') ?? [])]
      if (options.maxMembers !== undefined && members.length > options.maxMembers) {
        return Promise.resolve({
          id,
          done: true,
          status: 'Failed',
          success: false,
          errorStatusCode: 'LIMIT_EXCEEDED',
          errorMessage: 'LIMIT_EXCEEDED: Too many files in retrieve call, limit is: 10000',
          fileProperties: [],
          messages: []
        })
      }
      const found = members.filter((m) => names.includes(m))
      const zip = zipEntries(
        new Map([
          ['unpackaged/package.xml', new Uint8Array([1])],
          ...found.map(
            (m) =>
              [`unpackaged/classes/${m}.cls`, new TextEncoder().encode(m)] as [string, Uint8Array]
          )
        ])
      )
      const deliver = includeZip && dropZips-- <= 0
      return Promise.resolve({
        id,
        done: true,
        status: 'Succeeded',
        success: true,
        fileProperties: [
          {
            type: 'Package',
            fullName: 'unpackaged/package.xml',
            fileName: 'unpackaged/package.xml'
          },
          ...found.map((m) => ({
            type: 'ApexClass',
            fullName: m,
            fileName: `unpackaged/classes/${m}.cls`
          }))
        ],
        messages: members
          .filter((m) => !names.includes(m))
          .map((m) => ({
            fileName: 'unpackaged/package.xml',
            problem: `Entity of type 'ApexClass' named '${m}' cannot be found`
          })),
        ...(deliver ? { zip } : {})
      })
    },
    listMetadata(query: ListMetadataQuery) {
      calls.push(`list ${query.type}${query.folder ? ` ${query.folder}` : ''}`)
      const key = query.folder ? `${query.type}:${query.folder}` : query.type
      return Promise.resolve(
        options.listed?.[key] ??
          names.map((n) => ({ type: 'ApexClass', fullName: n, fileName: `classes/${n}.cls` }))
      )
    }
  }
  const ports = {
    api,
    clock: { now: () => now, sleep: (ms: number) => Promise.resolve(void (now += ms)) },
    logger: new MemoryLogger()
  }
  return { ports, calls }
}

const refs = (names: string[]) => names.map((fullName) => ({ type: 'ApexClass', fullName }))

describe('retrieveComponents', () => {
  it('halves requests the org refuses as too large until they fit', async () => {
    const names = Array.from({ length: 10 }, (_, i) => `C${i}`)
    const { ports, calls } = fakeOrg(names, { maxMembers: 3 })
    const result = await retrieveComponents(refs(names), ports, { apiVersion: '62.0', wait: WAIT })
    expect(calls.filter((c) => c.startsWith('retrieve'))).toEqual([
      'retrieve 10',
      'retrieve 5',
      'retrieve 3',
      'retrieve 2',
      'retrieve 5',
      'retrieve 3',
      'retrieve 2'
    ])
    expect(result.files.size).toBe(10)
    expect(result.retrieveIds).toHaveLength(4)
    expect(result.notes.some((n) => n.includes('exceeded the limits'))).toBe(true)
  })
  it('fails clearly when one component alone is too large', async () => {
    const { ports } = fakeOrg(['Big'], { maxMembers: 0 })
    await expect(
      retrieveComponents(refs(['Big']), ports, { apiVersion: '62.0', wait: WAIT })
    ).rejects.toThrow(/ApexClass Big alone exceeds the retrieve limits/)
  })
  it('polls without the zip, then fetches it once; resubmits when the zip was not delivered; retries transient errors', async () => {
    const { ports, calls } = fakeOrg(['A'], { dropZips: 1, transientChecks: 1 })
    const result = await retrieveComponents(refs(['A', 'Gone']), ports, {
      apiVersion: '62.0',
      wait: WAIT
    })
    expect(calls).toEqual([
      'retrieve 2',
      'check false',
      'check false',
      'check true',
      'retrieve 2',
      'check false',
      'check true'
    ])
    expect([...result.files.keys()]).toEqual(['classes/A.cls'])
    expect([...result.existing]).toEqual(['ApexClass:A'])
    expect(result.missing).toEqual([{ type: 'ApexClass', fullName: 'Gone' }])
  })
  it('expands wildcards, folder types through their folders, leaving installed components out', async () => {
    const listed = {
      ApexClass: [
        { type: 'ApexClass', fullName: 'Mine', fileName: '' },
        { type: 'ApexClass', fullName: 'ns__Theirs', fileName: '', manageableState: 'installed' }
      ],
      ReportFolder: [{ type: 'ReportFolder', fullName: 'Sales', fileName: '' }],
      'Report:Sales': [{ type: 'Report', fullName: 'Sales/Open', fileName: '' }]
    }
    const { ports, calls } = fakeOrg(['Mine'], { listed })
    const result = await retrieveComponents(
      [
        { type: 'ApexClass', fullName: '*' },
        { type: 'Report', fullName: '*' }
      ],
      ports,
      { apiVersion: '62.0', wait: WAIT }
    )
    expect(calls.filter((c) => c.startsWith('list'))).toEqual([
      'list ApexClass',
      'list ReportFolder',
      'list Report Sales'
    ])
    expect(result.members).toEqual([
      { type: 'ApexClass', fullName: 'Mine' },
      { type: 'Report', fullName: 'Sales' },
      { type: 'Report', fullName: 'Sales/Open' }
    ])
  })
  it('keeps every entry of a parent file that several requests bring back, each with only its own entries', async () => {
    // As a real org does: a retrieve of CustomField members holds the object file with just
    // those fields, and a retrieve of the object holds the object without unlisted children.
    const entries: Record<string, string> = {
      'CustomObject:Invoice__c': '<label>Invoice</label>',
      'CustomField:Invoice__c.Total__c': '<fields><fullName>Total__c</fullName></fields>',
      'CustomField:Invoice__c.Due__c': '<fields><fullName>Due__c</fullName></fields>'
    }
    const jobs: RetrieveRequest[] = []
    const api: RetrieveApi = {
      retrieve(request) {
        jobs.push(request)
        return Promise.resolve(`09S${jobs.length - 1}`)
      },
      checkRetrieveStatus(id, includeZip) {
        const request = jobs[Number(id.slice(3))] as RetrieveRequest
        const keys = [...request.types].flatMap(([type, names]) => names.map((n) => `${type}:${n}`))
        const body = keys.map((k) => entries[k] ?? '').join('')
        const file = `<?xml version="1.0" encoding="UTF-8"?>\n<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">${body}</CustomObject>\n`
        const zip = zipEntries(
          new Map([['unpackaged/objects/Invoice__c.object', new TextEncoder().encode(file)]])
        )
        return Promise.resolve({
          id,
          done: true,
          status: 'Succeeded' as const,
          success: true,
          fileProperties: keys.map((k) => ({
            type: k.split(':')[0] ?? '',
            fullName: k.split(':')[1] ?? '',
            fileName: 'unpackaged/objects/Invoice__c.object'
          })),
          messages: [],
          ...(includeZip ? { zip } : {})
        })
      },
      listMetadata: () => Promise.resolve([])
    }
    const { ports } = fakeOrg([])
    const members = Object.keys(entries).map((k) => ({
      type: k.split(':')[0] ?? '',
      fullName: k.split(':')[1] ?? ''
    }))
    const result = await retrieveComponents(
      members,
      { ...ports, api },
      // Two files per member and package.xml: one member per request.
      { apiVersion: '62.0', wait: WAIT, limits: { maxFiles: 3, maxBytes: 1_000_000 } }
    )
    expect(jobs).toHaveLength(3)
    const merged = new TextDecoder().decode(result.files.get('objects/Invoice__c.object'))
    expect(merged).toContain('<label>Invoice</label>')
    expect(merged).toContain('<fullName>Total__c</fullName>')
    expect(merged).toContain('<fullName>Due__c</fullName>')
  })
  it('stops at the wait limit with a clear message', async () => {
    const { ports } = fakeOrg(['A'])
    ports.api.checkRetrieveStatus = (id) =>
      Promise.resolve({
        id,
        done: false,
        status: 'Pending',
        success: false,
        fileProperties: [],
        messages: []
      })
    await expect(
      retrieveComponents(refs(['A']), ports, {
        apiVersion: '62.0',
        wait: { ...WAIT, waitMs: 60_000 }
      })
    ).rejects.toThrow(ActionError)
  })
})

describe('planChunks', () => {
  it('splits by estimated files and bytes, counting package.xml', () => {
    const members = refs(['a', 'b', 'c', 'd'])
    expect(
      planChunks(members, () => ({ files: 2, bytes: 0 }), { maxFiles: 5, maxBytes: 100 }).map(
        (c) => c.length
      )
    ).toEqual([2, 2])
    expect(
      planChunks(members, () => ({ files: 1, bytes: 40 }), { maxFiles: 100, maxBytes: 100 }).map(
        (c) => c.length
      )
    ).toEqual([2, 2])
    expect(
      planChunks(members, () => ({ files: 1, bytes: 0 }), { maxFiles: 10_000, maxBytes: 1 })
    ).toHaveLength(1)
  })

  it('plans by the real limits by default: 10,000 files with package.xml, 39 MB', () => {
    const classes = (n: number) => refs(Array.from({ length: n }, (_, i) => `C${i}`))
    // Two files per class: 4,999 classes and package.xml make 9,999 files, one more class 10,001.
    expect(planChunks(classes(4_999))).toHaveLength(1)
    expect(planChunks(classes(5_000)).map((c) => c.length)).toEqual([4_999, 1])
    const sized = (bytes: number) => () => ({ files: 1, bytes })
    expect(planChunks(refs(['a', 'b']), sized(19_500_000))).toHaveLength(1)
    expect(planChunks(refs(['a', 'b']), sized(19_500_001))).toHaveLength(2)
  })
})
