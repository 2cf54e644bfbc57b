import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { unzipEntries } from '../../src/source/zip.ts'

/** A zip written by an independent library, entries in the order given. */
async function zipOf(
  files: Record<string, string>,
  compression: 'STORE' | 'DEFLATE' = 'STORE'
): Promise<Uint8Array> {
  const zip = new JSZip()
  // No folder entries: each record is a file's, in the order given.
  for (const [name, content] of Object.entries(files))
    zip.file(name, content, { createFolders: false })
  return zip.generateAsync({ type: 'uint8array', compression })
}

/** Offsets of the central-directory records, in order. */
function centralRecords(zip: Uint8Array): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const found: number[] = []
  for (let i = 0; i + 4 <= zip.length; i++)
    if (view.getUint32(i, true) === 0x02014b50) found.push(i)
  return found
}

/** A copy of `zip` with a little-endian 32-bit field of central record `n` set to `value`. */
function patched(zip: Uint8Array, n: number, field: number, value: number): Uint8Array {
  const copy = zip.slice()
  const at = centralRecords(copy)[n] ?? -1
  new DataView(copy.buffer).setUint32(at + field, value, true)
  return copy
}

const CRC = 16
const SIZE = 24
const LOCAL = 42

describe('unzipEntries on a hostile or damaged zip', () => {
  it('reads a sound zip, stored or deflated', async () => {
    for (const method of ['STORE', 'DEFLATE'] as const) {
      const files = unzipEntries(await zipOf({ 'classes/A.cls': 'public class A {}' }, method))
      expect(new TextDecoder().decode(files.get('classes/A.cls'))).toBe('public class A {}')
    }
  })

  it('refuses a name given twice, once written with backslashes', async () => {
    const zip = await zipOf({ 'classes/A.cls': 'first', 'classes\\A.cls': 'second' })
    expect(() => unzipEntries(zip, 'org zip')).toThrow(
      'org zip: entry classes/A.cls is in the zip twice'
    )
  })

  it('refuses two entries that share one local entry', async () => {
    const zip = await zipOf({ 'a.txt': 'one', 'b.txt': 'two' })
    const first = new DataView(zip.buffer).getUint32((centralRecords(zip)[0] ?? 0) + LOCAL, true)
    expect(() => unzipEntries(patched(zip, 1, LOCAL, first), 'org zip')).toThrow(
      /entry b\.txt is in the zip twice \(or shares another entry's data\)/
    )
  })

  it('refuses control characters in names, a NUL or a line break', async () => {
    for (const name of ['classes/B.cls\u0000x', 'classes/Evil\n::error::pwned.cls']) {
      const zip = await zipOf({ [name]: 'x' })
      expect(() => unzipEntries(zip, 'retrieve 09S')).toThrow(
        `retrieve 09S: entry ${JSON.stringify(name)} has a control character in its name`
      )
    }
  })

  it('stops before inflating a zip that declares more than the limit', async () => {
    const zip = await zipOf({ 'a.txt': 'x'.repeat(1000), 'b.txt': 'y'.repeat(1000) }, 'DEFLATE')
    expect(() => unzipEntries(zip, 'retrieve 09S', { maxTotalBytes: 1500 })).toThrow(
      'retrieve 09S: the zip holds more than 1500 bytes uncompressed (at entry b.txt)'
    )
    // A declared size that lies small stops the inflate at that size.
    expect(() => unzipEntries(patched(zip, 0, SIZE, 10), 'retrieve 09S')).toThrow(
      'retrieve 09S: entry a.txt is damaged (it inflates past its declared size)'
    )
  })

  it('refuses content whose CRC-32 is not the declared one', async () => {
    const zip = await zipOf({ 'classes/A.cls': 'public class A {}' })
    expect(() => unzipEntries(patched(zip, 0, CRC, 0x12345678), 'metadata zip')).toThrow(
      'metadata zip: entry classes/A.cls is damaged (its size or CRC-32 is not the one the zip declares)'
    )
  })

  it('names the zip when an offset points past its end', async () => {
    const zip = await zipOf({ 'classes/A.cls': 'public class A {}' })
    expect(() => unzipEntries(patched(zip, 0, LOCAL, zip.length + 100), 'artifact')).toThrow(
      'artifact: the zip is damaged or not a zip (entry classes/A.cls lies outside the file)'
    )
    const eocd = zip.slice()
    const view = new DataView(eocd.buffer)
    view.setUint32(eocd.length - 22 + 16, eocd.length + 5000, true)
    expect(() => unzipEntries(eocd, 'artifact')).toThrow(
      'artifact: the zip is damaged or not a zip (corrupt central directory)'
    )
    expect(() => unzipEntries(new Uint8Array(40), 'artifact')).toThrow(
      'artifact: the zip is damaged or not a zip (no end-of-central-directory record)'
    )
  })

  it('refuses a truncated deflate stream, naming the entry', async () => {
    const zip = await zipOf({ 'a.txt': 'abc'.repeat(400) }, 'DEFLATE')
    const view = new DataView(zip.buffer, zip.byteOffset)
    const record = centralRecords(zip)[0] ?? 0
    const compSize = view.getUint32(record + 20, true)
    const truncated = patched(zip, 0, 20, Math.max(1, compSize - 5))
    expect(() => unzipEntries(truncated, 'org zip')).toThrow(/^org zip: entry a\.txt is damaged \(/)
  })
})
