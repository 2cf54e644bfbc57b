import JSZip from 'jszip'
import { crc32, deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { readArtifactText } from '../../src/github/artifact-zip.ts'
import type { RetrieveApi, RetrieveResult } from '../../src/metadata-api/retrieve-api.ts'
import { retrieveComponents } from '../../src/retrieve/retrieve-components.ts'
import { ActionError } from '../../src/shared/errors.ts'
import { MemoryLogger } from '../../src/shared/logger.ts'
import { BuildError } from '../../src/source/build-error.ts'
import { MAX_UNCOMPRESSED_BYTES } from '../../src/source/limits.ts'
import { buildPackageXml } from '../../src/source/manifest.ts'
import { readMetadataZip } from '../../src/source/metadata-dir.ts'
import { unzipEntries, zipEntries } from '../../src/source/zip.ts'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)
const dec = (b: Uint8Array | undefined): string => new TextDecoder().decode(b)

/** One entry of a crafted zip; the overrides make the central directory lie. */
interface Crafted {
  name: string
  data: Uint8Array
  method?: 0 | 8
  /** What the central directory declares instead of the truth. */
  size?: number
  compSize?: number
  crc?: number
  /** Offset of the local header the central record points at. */
  local?: number
}

/** 20-byte prefix of a record after its signature, as local and central headers share it. */
function headerFields(out: Buffer, at: number, fields: Required<Omit<Crafted, 'data'>>): void {
  out.writeUInt16LE(20, at) // version needed
  out.writeUInt16LE(0x0800, at + 2) // UTF-8 names
  out.writeUInt16LE(fields.method, at + 4)
  out.writeUInt32LE(fields.crc >>> 0, at + 10)
  out.writeUInt32LE(fields.compSize, at + 14)
  out.writeUInt32LE(fields.size, at + 18)
  out.writeUInt16LE(Buffer.byteLength(fields.name), at + 22)
}

/** A classic zip written byte by byte, so that names, sizes, CRCs and offsets can be anything. */
function craftZip(entries: Crafted[]): Uint8Array {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const stored = Buffer.from(e.method === 8 ? deflateRawSync(e.data) : e.data)
    const name = Buffer.from(e.name)
    const truth = { name: e.name, method: e.method ?? 0, crc: crc32(e.data) }
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    headerFields(local, 4, {
      ...truth,
      size: e.data.length,
      compSize: stored.length,
      local: 0
    })
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE((3 << 8) | 20, 4)
    headerFields(central, 6, {
      ...truth,
      size: e.size ?? e.data.length,
      compSize: e.compSize ?? stored.length,
      crc: e.crc ?? truth.crc,
      local: 0
    })
    central.writeUInt32LE(e.local ?? offset, 42)
    locals.push(local, name, stored)
    centrals.push(central, name)
    offset += 30 + name.length + stored.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, directory, end]))
}

/** A copy of `zip` with the 32-bit field at `from` bytes before its end set to `value`. */
function patchedEnd(zip: Uint8Array, from: number, value: number): Uint8Array {
  const copy = zip.slice()
  new DataView(copy.buffer).setUint32(copy.length - from, value, true)
  return copy
}

const PKG = enc(buildPackageXml([{ type: 'ApexClass', fullName: 'A' }], '60.0'))
/** 1 MiB of zeros deflates to about a kilobyte: a bomb's building block. */
const ZEROS = new Uint8Array(2 ** 20)

describe('unzipEntries reads sound zips as before', () => {
  it('reads its own zips, stored or deflated, with folder entries', () => {
    const files = new Map([
      ['classes/A.cls', enc('public class A {}')],
      ['staticresources/site/css/a b$é.css', enc('x'.repeat(5000))],
      ['empty.txt', new Uint8Array(0)]
    ])
    for (const level of [0, 6]) {
      const read = unzipEntries(zipEntries(files, { level, directoryEntries: true }))
      expect([...read.keys()].sort()).toEqual([...files.keys()].sort())
      for (const [name, bytes] of files) expect(dec(read.get(name))).toBe(dec(bytes))
    }
  })

  it('reads zips of an independent writer, data descriptors included (as artifacts have)', async () => {
    for (const streamFiles of [false, true]) {
      const zip = new JSZip()
      zip.file('validation-record.json', '{"a":1}')
      zip.file('unpackaged/classes/A.cls', 'public class A {}'.repeat(100))
      const bytes = await zip.generateAsync({
        type: 'uint8array',
        compression: 'DEFLATE',
        streamFiles
      })
      const read = unzipEntries(bytes, 'artifact')
      expect(dec(read.get('validation-record.json'))).toBe('{"a":1}')
      expect(dec(read.get('unpackaged/classes/A.cls'))).toBe('public class A {}'.repeat(100))
    }
  })
})

describe('defect 1: a name given twice', () => {
  it('is refused, naming the zip and the entry, however the repeat is spelt', () => {
    const exact = craftZip([
      { name: 'unpackaged/classes/A.cls', data: enc('first') },
      { name: 'unpackaged/classes/A.cls', data: enc('second') }
    ])
    expect(() => unzipEntries(exact, 'retrieve 09S1')).toThrow(
      'retrieve 09S1: entry unpackaged/classes/A.cls is in the zip twice; a zip names each file once'
    )
    for (const repeat of ['unpackaged\\classes\\A.cls', './unpackaged//classes/./A.cls']) {
      const zip = craftZip([
        { name: 'unpackaged/classes/A.cls', data: enc('first') },
        { name: repeat, data: enc('second') }
      ])
      expect(() => unzipEntries(zip, 'retrieve 09S1')).toThrow(
        `retrieve 09S1: entry unpackaged/classes/A.cls is in the zip twice (as "unpackaged/classes/A.cls" and ${JSON.stringify(repeat)})`
      )
    }
  })

  it('is refused in an artifact and in a metadata zip', async () => {
    const artifact = craftZip([
      { name: 'validation-record.json', data: enc('{"who":"first"}') },
      { name: 'validation-record.json', data: enc('{"who":"second"}') }
    ])
    await expect(readArtifactText(artifact, 'validation-record.json')).rejects.toThrow(
      'artifact: entry validation-record.json is in the zip twice'
    )
    const metadata = craftZip([
      { name: 'package.xml', data: PKG },
      { name: 'classes/A.cls', data: enc('public class A { /* reviewed */ }') },
      { name: 'classes\\A.cls', data: enc('public class A { /* smuggled */ }') }
    ])
    const refused = readMetadataZip(metadata)
    await expect(refused).rejects.toBeInstanceOf(BuildError)
    await expect(refused).rejects.toThrow('metadata zip: entry classes/A.cls is in the zip twice')
  })
})

describe('defect 2: zip bombs', () => {
  it('refuses entries that share one local entry, before inflating any', () => {
    const zip = craftZip([
      { name: 'package.xml', data: PKG },
      { name: 'classes/A.cls', data: ZEROS, method: 8 },
      { name: 'classes/B.cls', data: ZEROS, method: 8, local: 0 }
    ])
    // B points at package.xml's local entry; in a bomb every entry points at one huge stream.
    expect(() => unzipEntries(zip, 'retrieve 09S1')).toThrow(
      'retrieve 09S1: entry classes/B.cls shares its stored bytes with entry package.xml, as the entries of a zip bomb do'
    )
    const shared = craftZip([
      { name: 'classes/A.cls', data: ZEROS, method: 8 },
      { name: 'classes/B.cls', data: ZEROS, method: 8, local: 0 },
      { name: 'classes/C.cls', data: ZEROS, method: 8, local: 0 }
    ])
    expect(() => unzipEntries(shared, 'metadata zip')).toThrow(
      /^metadata zip: entry classes\/[BC]\.cls shares its stored bytes with entry classes\/[ABC]\.cls/
    )
  })

  it('refuses an entry whose local header lies inside the data of another', () => {
    const inner = craftZip([{ name: 'b.txt', data: enc('inner') }])
    const innerLocal = inner.subarray(0, 30 + 'b.txt'.length + 'inner'.length)
    const zip = craftZip([
      { name: 'a.txt', data: innerLocal },
      { name: 'b.txt', data: enc('inner'), local: 30 + 'a.txt'.length }
    ])
    expect(() => unzipEntries(zip, 'artifact')).toThrow(
      'artifact: entry b.txt shares its stored bytes with entry a.txt'
    )
  })

  it('refuses, before inflating, a total declared size over the Metadata API limit', () => {
    const half = Math.ceil(MAX_UNCOMPRESSED_BYTES / 2) + 1
    const zip = craftZip([
      { name: 'classes/A.cls', data: ZEROS, method: 8, size: half },
      { name: 'classes/B.cls', data: ZEROS, method: 8, size: half }
    ])
    expect(() => unzipEntries(zip, 'retrieve 09S1')).toThrow(
      "retrieve 09S1: the zip's entries declare 629.1 MB uncompressed (the largest, entry classes/A.cls, 314.6 MB); at most 629.1 MB is read"
    )
    expect(() => unzipEntries(zip, 'org zip', { maxTotalBytes: 1000 })).toThrow(
      "org zip: the zip's entries declare 629.1 MB uncompressed"
    )
  })

  it('refuses, before inflating, an entry that declares more than maxEntryBytes', () => {
    // Declares 2,000 bytes but inflates to 500: refused on what it declares.
    const zip = craftZip([
      { name: 'receipt.json', data: new Uint8Array(500), method: 8, size: 2000 }
    ])
    expect(() => unzipEntries(zip, 'artifact', { maxEntryBytes: 1000 })).toThrow(
      'artifact: entry receipt.json is larger than 1000 bytes uncompressed (it declares 2000)'
    )
  })

  it('stops inflating an entry as soon as it passes the size it declares', () => {
    const zip = craftZip([{ name: 'classes/A.cls', data: ZEROS, method: 8, size: 10 }])
    expect(() => unzipEntries(zip, 'retrieve 09S1')).toThrow(
      'retrieve 09S1: the zip is damaged or not a zip (entry classes/A.cls inflates past the 10 bytes it declares)'
    )
  })

  it('refuses a metadata zip that declares more than a deploy takes, as a clear build problem', async () => {
    const zip = craftZip([
      { name: 'package.xml', data: PKG },
      { name: 'classes/A.cls', data: ZEROS, method: 8, size: MAX_UNCOMPRESSED_BYTES + 1 }
    ])
    const refused = readMetadataZip(zip)
    await expect(refused).rejects.toBeInstanceOf(BuildError)
    await expect(refused).rejects.toThrow(
      "metadata zip: the zip's entries declare 629.1 MB uncompressed"
    )
  })

  it('refuses a retrieve zip that declares more than the Metadata API limit', async () => {
    const zip = craftZip([
      { name: 'unpackaged/package.xml', data: PKG },
      { name: 'unpackaged/classes/A.cls', data: ZEROS, method: 8, size: MAX_UNCOMPRESSED_BYTES + 1 }
    ])
    const result: RetrieveResult = {
      id: '09S1',
      done: true,
      status: 'Succeeded',
      success: true,
      fileProperties: [{ type: 'ApexClass', fullName: 'A', fileName: 'unpackaged/classes/A.cls' }],
      messages: []
    }
    const api: RetrieveApi = {
      retrieve: () => Promise.resolve('09S1'),
      checkRetrieveStatus: (_id, includeZip) =>
        Promise.resolve(includeZip ? { ...result, zip } : result),
      listMetadata: () => Promise.resolve([])
    }
    let now = 0
    const ports = {
      api,
      clock: { now: () => now, sleep: (ms: number) => Promise.resolve(void (now += ms)) },
      logger: new MemoryLogger()
    }
    const wait = {
      waitMs: 60_000,
      maxIntervalMs: 1000,
      maxErrorStreakMs: 60_000,
      random: () => 0.5
    }
    const refused = retrieveComponents([{ type: 'ApexClass', fullName: 'A' }], ports, {
      apiVersion: '60.0',
      wait
    })
    await expect(refused).rejects.toBeInstanceOf(ActionError)
    await expect(refused).rejects.toThrow(
      "The zip of retrieve 09S1 could not be read: retrieve 09S1: the zip's entries declare 629.1 MB uncompressed"
    )
  })
})

describe('defect 3: control characters in names', () => {
  it('refuses NUL, C0 controls and DEL, showing the name escaped', () => {
    for (const name of [
      'unpackaged/classes/B.cls\u0000x',
      'unpackaged/classes/Evil\n::error::pwned.cls',
      'unpackaged/classes/A\t.cls',
      'unpackaged/classes/A\u001f.cls',
      'unpackaged/classes/A\u007f.cls'
    ]) {
      const zip = craftZip([{ name, data: enc('x') }])
      expect(() => unzipEntries(zip, 'retrieve 09S1')).toThrow(
        `retrieve 09S1: entry ${JSON.stringify(name)} has a control character in its name; rebuild the zip with plain file names.`
      )
    }
  })

  it('still reads names with spaces, $ and letters beyond ASCII', () => {
    const name = 'staticresources/My Site$/é 文.css'
    expect(dec(unzipEntries(craftZip([{ name, data: enc('x') }])).get(name))).toBe('x')
  })
})

describe('defect 4: damaged zips', () => {
  const good = craftZip([{ name: 'classes/A.cls', data: enc('public class A {}'), method: 8 }])
  const damaged = (label: string, what: string): string =>
    `${label}: the zip is damaged or not a zip (${what}); build or download it again.`

  it('names the zip when the central directory lies outside the file', () => {
    expect(() => unzipEntries(patchedEnd(good, 6, 0xfffffff0), 'metadata zip')).toThrow(
      damaged(
        'metadata zip',
        'its central directory, declared at byte 4294967280, lies outside the file'
      )
    )
    const count = good.slice()
    new DataView(count.buffer).setUint16(count.length - 12, 5, true)
    expect(() => unzipEntries(count, 'metadata zip')).toThrow(
      damaged('metadata zip', 'central-directory record 2 of 5 is missing or cut short')
    )
    expect(() => unzipEntries(enc('hello'), 'artifact')).toThrow(
      damaged('artifact', 'no end-of-central-directory record')
    )
  })

  it('names the zip and the entry when its local header or data lies outside the file', () => {
    const local = craftZip([{ name: 'classes/A.cls', data: enc('x'), local: 0x7fffffff }])
    expect(() => unzipEntries(local, 'metadata zip')).toThrow(
      damaged('metadata zip', 'entry classes/A.cls has no local header at byte 2147483647')
    )
    for (const method of [0, 8] as const) {
      const long = craftZip([
        { name: 'classes/A.cls', data: enc('public class A {}'), method, compSize: 1_000_000 }
      ])
      expect(() => unzipEntries(long, 'metadata zip')).toThrow(
        /^metadata zip: the zip is damaged or not a zip \(entry classes\/A\.cls declares 1000000 stored bytes at byte 43, past the end of the entries\)/
      )
    }
  })

  it('names the zip and the entry when its DEFLATE data is cut short', () => {
    const zip = craftZip([
      { name: 'classes/A.cls', data: enc('public class A { }'.repeat(20)), method: 8, compSize: 3 }
    ])
    expect(() => unzipEntries(zip, 'metadata zip')).toThrow(
      damaged('metadata zip', 'entry classes/A.cls does not inflate: unexpected end of file')
    )
  })

  it('refuses an entry shorter than it declares, stored or deflated', () => {
    for (const method of [0, 8] as const) {
      const zip = craftZip([
        { name: 'classes/A.cls', data: enc('public class A {}'), method, size: 40 }
      ])
      expect(() => unzipEntries(zip, 'org zip')).toThrow(
        damaged('org zip', 'entry classes/A.cls holds 17 bytes, not the 40 it declares')
      )
    }
  })

  it('refuses content whose CRC-32 is not the declared one, stored or deflated', () => {
    for (const method of [0, 8] as const) {
      const zip = craftZip([
        { name: 'classes/A.cls', data: enc('public class A {}'), method, crc: 0x12345678 }
      ])
      expect(() => unzipEntries(zip, 'org zip')).toThrow(
        /^org zip: the zip is damaged or not a zip \(entry classes\/A\.cls has CRC-32 0x[0-9a-f]{8}, not the 0x12345678 it declares\)/
      )
    }
    // A byte altered after the CRC was written.
    const altered = craftZip([{ name: 'classes/A.cls', data: enc('public class A {}') }])
    altered[30 + 'classes/A.cls'.length] = 0x58
    expect(() => unzipEntries(altered, 'org zip')).toThrow(/entry classes\/A\.cls has CRC-32/)
  })

  it('reaches users as a build problem or a labelled artifact problem, not a RangeError', async () => {
    const zip = patchedEnd(good, 6, 0xfffffff0)
    const built = readMetadataZip(zip)
    await expect(built).rejects.toBeInstanceOf(BuildError)
    await expect(built).rejects.toThrow(
      '- metadata zip: the zip is damaged or not a zip (its central directory'
    )
    const artifact = craftZip([{ name: 'x.json', data: enc('{}'), local: 0x7fffffff }])
    await expect(readArtifactText(artifact, 'x.json')).rejects.toThrow(
      damaged('artifact', 'entry x.json has no local header at byte 2147483647')
    )
  })
})
