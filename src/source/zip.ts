import { crc32, inflateRawSync } from 'node:zlib'
import { COMPRESSED, PackageFiles, deflateStored, isZip, type ZipReady } from './package-files.ts'
import { Deflater } from './deflate.ts'
import { encodeUtf8 } from './xml.ts'

/** Options for writing a zip. */
export interface ZipOptions {
  /** DEFLATE level 0-9 (the API does not care; 6 balances size and speed). */
  level?: number
  /** Add an entry for every folder (`css/`), as the reference does inside static resources. */
  directoryEntries?: boolean
}

/** 1980-01-01 00:00 in MS-DOS format: the fixed timestamp that makes output reproducible. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1
const DOS_TIME = 0
/** General-purpose flag bit 11: names are UTF-8 (they contain spaces, `$`, non-ASCII). */
const UTF8_FLAG = 0x0800
const FILE_ATTR = (0o100644 << 16) >>> 0
const DIR_ATTR = ((0o40755 << 16) | 0x10) >>> 0
/** Classic zip (no zip64) holds at most 65,535 entries; the deploy limit is far below. */
const MAX_ENTRIES = 0xffff

/** What the central directory needs of an entry once its data is written. */
interface Written {
  name: Uint8Array
  method: number
  crc: number
  compressedSize: number
  size: number
  dir: boolean
  offset: number
}

/** The entry's bytes as stored: DEFLATE when that is smaller, else the bytes themselves. */
function entryData(name: string, bytes: Uint8Array, level: number, deflater: Deflater): ZipReady {
  if (level > 0 && bytes.length > 0 && !COMPRESSED.test(name) && !isZip(bytes))
    return deflateStored(bytes, level, deflater)
  return { data: bytes, method: 0, crc: crc32(bytes), size: bytes.length }
}

function withDirectories(names: string[]): Set<string> {
  const dirs = new Set<string>()
  for (const name of names) {
    for (let i = name.indexOf('/'); i !== -1; i = name.indexOf('/', i + 1))
      dirs.add(name.slice(0, i + 1))
  }
  return dirs
}

function sortedNames(
  files: Map<string, Uint8Array>,
  directoryEntries: boolean
): {
  all: string[]
  dirs: Set<string>
} {
  const names = [...files.keys()]
  const dirs = directoryEntries ? withDirectories(names) : new Set<string>()
  const all = [...names, ...dirs].sort()
  if (all.length > MAX_ENTRIES)
    throw new Error(`A zip holds at most ${MAX_ENTRIES} entries; got ${all.length}.`)
  return { all, dirs }
}

/**
 * Writes the entries into `out` (large enough) and returns the zip's length. `entryOf` gives
 * each file's stored bytes when it is reached, so that only one is alive when computed on demand.
 */
function writeZip(
  out: Uint8Array,
  all: string[],
  dirs: Set<string>,
  entryOf: (name: string) => ZipReady | undefined
): number {
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength)
  const entries: Written[] = []
  let pos = 0
  for (const n of all) {
    const e: Written = {
      name: encodeUtf8(n),
      method: 0,
      crc: 0,
      compressedSize: 0,
      size: 0,
      dir: dirs.has(n),
      offset: pos
    }
    entries.push(e)
    const ready = e.dir ? undefined : entryOf(n)
    if (ready) {
      e.method = ready.method
      e.crc = ready.crc
      e.size = ready.size
      e.compressedSize = ready.data.length
    }
    pos = writeHeader(view, out, pos, e, false)
    if (ready) {
      out.set(ready.data, pos)
      pos += ready.data.length
    }
  }
  const cdStart = pos
  for (const e of entries) pos = writeHeader(view, out, pos, e, true)
  view.setUint32(pos, 0x06054b50, true)
  view.setUint16(pos + 8, entries.length, true)
  view.setUint16(pos + 10, entries.length, true)
  view.setUint32(pos + 12, pos - cdStart, true)
  view.setUint32(pos + 16, cdStart, true)
  return pos + 22
}

const headerBytes = (name: string): number => 76 + 2 * Buffer.byteLength(name)

/**
 * Writes a deterministic zip: entries sorted by name, fixed timestamps, no extra fields, fixed
 * permissions. Same input, same bytes.
 */
export function zipEntries(files: Map<string, Uint8Array>, options: ZipOptions = {}): Uint8Array {
  const level = options.level ?? 6
  const { all, dirs } = sortedNames(files, options.directoryEntries === true)
  // Stored data is never larger than the input, so `bound` holds the whole zip; the pages of
  // `out` past the end are never touched and cost no memory.
  let bound = 22
  for (const n of all) bound += headerBytes(n) + (files.get(n)?.length ?? 0)
  const out = new Uint8Array(bound)
  const deflater = new Deflater()
  try {
    const length = writeZip(out, all, dirs, (n) => {
      const bytes = files.get(n)
      return bytes === undefined ? undefined : entryData(n, bytes, level, deflater)
    })
    return out.slice(0, length)
  } finally {
    deflater.close()
  }
}

/** A zip of package files compressed as they were added: their bytes are copied in once. */
function zipCompressed(files: PackageFiles, level: number): Uint8Array {
  const { all, dirs } = sortedNames(files, false)
  const ready = new Map<string, ZipReady>()
  let size = 22
  for (const n of all) {
    const r = files.zipReady(n, (bytes, deflater) => entryData(n, bytes, level, deflater))
    if (r) ready.set(n, r)
    size += headerBytes(n) + (r?.data.length ?? 0)
  }
  const out = new Uint8Array(size)
  const length = writeZip(out, all, dirs, (n) => ready.get(n))
  return length === size ? out : out.slice(0, length)
}

function writeHeader(
  view: DataView,
  out: Uint8Array,
  start: number,
  e: Written,
  central: boolean
): number {
  let p = start
  view.setUint32(p, central ? 0x02014b50 : 0x04034b50, true)
  p += 4
  if (central) {
    view.setUint16(p, (3 << 8) | 20, true) // made by: unix, spec 2.0
    p += 2
  }
  view.setUint16(p, 20, true)
  view.setUint16(p + 2, UTF8_FLAG, true)
  view.setUint16(p + 4, e.method, true)
  view.setUint16(p + 6, DOS_TIME, true)
  view.setUint16(p + 8, DOS_DATE, true)
  view.setUint32(p + 10, e.crc >>> 0, true)
  view.setUint32(p + 14, e.compressedSize, true)
  view.setUint32(p + 18, e.size, true)
  view.setUint16(p + 22, e.name.length, true)
  view.setUint16(p + 24, 0, true)
  p += 26
  if (central) {
    view.setUint16(p, 0, true) // comment length
    view.setUint16(p + 2, 0, true) // disk
    view.setUint16(p + 4, 0, true) // internal attributes
    view.setUint32(p + 6, e.dir ? DIR_ATTR : FILE_ATTR, true)
    view.setUint32(p + 10, e.offset, true)
    p += 14
  }
  out.set(e.name, p)
  return p + e.name.length
}

/**
 * DEFLATE level of the deploy zip: the reference's (3), which keeps the zip no larger than the
 * reference's at half the time of level 6.
 */
export const PACKAGE_ZIP_LEVEL = 3

/** Zips a metadata-format package (sorted entries, fixed dates, no folder entries). */
export function zipPackage(files: Map<string, Uint8Array>): Promise<Uint8Array> {
  if (files instanceof PackageFiles) return Promise.resolve(zipCompressed(files, PACKAGE_ZIP_LEVEL))
  return Promise.resolve(zipEntries(files, { level: PACKAGE_ZIP_LEVEL }))
}

/** What `unzipEntries` reads of a zip from a source that may be hostile. */
export interface UnzipOptions {
  /** Only entries (by normalised name) this accepts are inflated and returned. */
  keep?: (name: string) => boolean
  /** Largest size an entry may inflate to, enforced by zlib (a declared size can lie). */
  maxEntryBytes?: number
  /** Largest total of the entries read (MAX_ZIP_BYTES by default). */
  maxTotalBytes?: number
}

/**
 * The most a zip is read to, uncompressed: the Metadata API's own limit for a deploy (629 MB,
 * MAX_UNZIPPED_BYTES in src/deploy/limits.ts), which no retrieve or package can pass either. A
 * zip bomb declares or inflates to far more.
 */
export const MAX_ZIP_BYTES = 629_145_600

/** One central-directory record, its offsets checked against the buffer. */
interface CentralEntry {
  rawName: string
  method: number
  crc: number
  compSize: number
  size: number
  local: number
}

/**
 * Reads a zip (stored or DEFLATE entries, no zip64) into name -> bytes; folder entries are
 * skipped. The zip may be hostile or damaged: every offset is checked against the buffer, names
 * are refused when they climb out, hold control characters or repeat, sizes are bounded before
 * anything is inflated, and each entry must inflate to its declared size and CRC-32.
 */
export function unzipEntries(
  zip: Uint8Array,
  label = 'zip',
  options: UnzipOptions = {}
): Map<string, Uint8Array> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const damaged = (what: string): Error =>
    new Error(`${label}: the zip is damaged or not a zip (${what}); build or download it again.`)
  const entries = readCentral(zip, view, damaged)
  const limit = options.maxTotalBytes ?? MAX_ZIP_BYTES
  const out = new Map<string, Uint8Array>()
  const locals = new Set<number>()
  let total = 0
  for (const e of entries) {
    if (e.rawName.endsWith('/')) continue
    const name = safeEntryName(e.rawName, label)
    if (out.has(name) || locals.has(e.local))
      throw new Error(
        `${label}: entry ${name} is in the zip twice (or shares another entry's data); a zip names each file once.`
      )
    locals.add(e.local)
    if (options.keep && !options.keep(name)) continue
    total += e.size
    if (total > limit)
      throw new Error(
        `${label}: the zip holds more than ${limit} bytes uncompressed (at entry ${name}); that is over the Metadata API's limit, so it is not read.`
      )
    const data = localData(zip, view, e, damaged(`entry ${name} lies outside the file`))
    out.set(name, entryBytes(data, e, name, label, options))
  }
  return out
}

function readCentral(
  zip: Uint8Array,
  view: DataView,
  damaged: (what: string) => Error
): CentralEntry[] {
  let eocd = -1
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd === -1) throw damaged('no end-of-central-directory record')
  const count = view.getUint16(eocd + 10, true)
  let p = view.getUint32(eocd + 16, true)
  const entries: CentralEntry[] = []
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== 0x02014b50)
      throw damaged('corrupt central directory')
    const nameLen = view.getUint16(p + 28, true)
    const next = p + 46 + nameLen + view.getUint16(p + 30, true) + view.getUint16(p + 32, true)
    if (next > eocd) throw damaged('corrupt central directory')
    entries.push({
      rawName: new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLen)),
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      local: view.getUint32(p + 42, true)
    })
    p = next
  }
  return entries
}

/** An entry's compressed bytes, from its local header; every bound inside the buffer. */
function localData(zip: Uint8Array, view: DataView, e: CentralEntry, outside: Error): Uint8Array {
  if (e.local + 30 > zip.length || view.getUint32(e.local, true) !== 0x04034b50) throw outside
  const start =
    e.local + 30 + view.getUint16(e.local + 26, true) + view.getUint16(e.local + 28, true)
  if (start + e.compSize > zip.length) throw outside
  return zip.subarray(start, start + e.compSize)
}

function entryBytes(
  data: Uint8Array,
  e: CentralEntry,
  name: string,
  label: string,
  { maxEntryBytes }: UnzipOptions
): Uint8Array {
  const entry = `entry ${name}`
  if (maxEntryBytes !== undefined && e.size > maxEntryBytes)
    throw new Error(`${label}: ${entry} is larger than ${maxEntryBytes} bytes uncompressed.`)
  if (e.method !== 0 && e.method !== 8)
    throw new Error(
      `${label}: ${entry} uses compression method ${e.method}; only stored and DEFLATE are supported.`
    )
  let bytes: Uint8Array
  try {
    // Never more than the declared size (checked against the limits above): a declared size
    // that lies small stops zlib instead of filling memory.
    bytes =
      e.method === 0
        ? data
        : new Uint8Array(inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) }))
  } catch (error) {
    const why =
      error instanceof RangeError
        ? 'it inflates past its declared size'
        : error instanceof Error
          ? error.message
          : String(error)
    throw new Error(`${label}: ${entry} is damaged (${why}); build or download the zip again.`)
  }
  if (bytes.length !== e.size || crc32(bytes) >>> 0 !== e.crc)
    throw new Error(
      `${label}: ${entry} is damaged (its size or CRC-32 is not the one the zip declares); build or download the zip again.`
    )
  return bytes
}

/**
 * Normalises a zip entry name to a relative posix path and refuses one that is absolute or climbs
 * out of the package with `..` (a "zip slip" that would write outside the target folder).
 */
export function safeEntryName(name: string, label = 'zip'): string {
  // A NUL or a line break in a name is never a file a package holds, and would be written to
  // disk (and logged) as it is.
  // eslint-disable-next-line no-control-regex -- these are what it must find
  if (/[\u0000-\u001f\u007f]/.test(name))
    throw new Error(
      `${label}: entry ${JSON.stringify(name)} has a control character in its name; rebuild the zip with plain file names.`
    )
  const posix = name.replace(/\\/g, '/')
  const segments = posix.split('/').filter((s) => s !== '' && s !== '.')
  if (posix.startsWith('/') || /^[A-Za-z]:/.test(posix) || segments.includes('..')) {
    throw new Error(
      `${label}: entry "${name}" points outside the package (absolute path or ".."); rebuild the zip with paths relative to its root.`
    )
  }
  return segments.join('/')
}
