import { crc32, inflateRawSync } from 'node:zlib'
import { COMPRESSED, PackageFiles, deflateStored, isZip, type ZipReady } from './package-files.ts'
import { CONTROL_CHARACTER } from './control-characters.ts'
import { Deflater } from './deflate.ts'
import { MAX_UNCOMPRESSED_BYTES } from './limits.ts'
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
  /** Largest size an entry may declare, and so inflate to. */
  maxEntryBytes?: number
  /**
   * Largest total the entries read may declare uncompressed. By default the Metadata API's limit
   * for a package (MAX_UNCOMPRESSED_BYTES), which no deploy or retrieve passes and a bomb does.
   */
  maxTotalBytes?: number
}

/** One central-directory record, as the zip declares it. */
interface CentralEntry {
  rawName: string
  method: number
  crc: number
  compSize: number
  size: number
  /** Offset of the local header. */
  local: number
}

/** A file entry found in the zip: its normalised name and the span of its stored bytes. */
interface FileEntry extends CentralEntry {
  name: string
  /** First byte of the stored data (past the local header) and the byte after it. */
  start: number
  end: number
}

const EOCD_SIGNATURE = 0x06054b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
const STORED = 0
const DEFLATE = 8

/**
 * Reads a zip (stored or DEFLATE entries, no zip64) into name -> bytes; folder entries are
 * skipped. The zip may be hostile (an org's retrieve, an artifact, a user's package) or damaged,
 * so before anything is inflated every offset is checked against the buffer, names are refused
 * when they climb out, hold control characters or repeat, entries may not share bytes, and the
 * declared sizes must fit the limits; then each entry must inflate to its declared size (zlib
 * stops past it) and CRC-32. Every refusal names the zip (`label`) and the entry.
 */
export function unzipEntries(
  zip: Uint8Array,
  label = 'zip',
  options: UnzipOptions = {}
): Map<string, Uint8Array> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const { entries, end } = readCentral(zip, view, label)
  const files = locateFiles(view, entries, end, label)
  refuseOverlaps(files, label)
  const kept = options.keep ? files.filter((f) => options.keep?.(f.name) === true) : files
  checkBeforeInflating(kept, label, options)
  const out = new Map<string, Uint8Array>()
  for (const f of kept) out.set(f.name, entryBytes(zip, f, label))
  return out
}

/** The error for a zip whose structure or content is not what it declares. */
function damaged(label: string, what: string): Error {
  return new Error(
    `${label}: the zip is damaged or not a zip (${what}); build or download it again.`
  )
}

/** A size for a message: bytes when small (limits in tests), MB as limits.ts writes them. */
function sized(bytes: number): string {
  return bytes < 1_000_000 ? `${bytes} bytes` : `${(bytes / 1_000_000).toFixed(1)} MB`
}

function findEnd(zip: Uint8Array, view: DataView): number {
  // The record is the last 22 bytes, unless a comment (at most 65,535 bytes) follows it.
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--)
    if (view.getUint32(i, true) === EOCD_SIGNATURE) return i
  return -1
}

/**
 * The central directory's records, each inside the buffer, and where the directory starts: the
 * entries' local data must all lie before it.
 */
function readCentral(
  zip: Uint8Array,
  view: DataView,
  label: string
): { entries: CentralEntry[]; end: number } {
  const eocd = findEnd(zip, view)
  if (eocd === -1) throw damaged(label, 'no end-of-central-directory record')
  const count = view.getUint16(eocd + 10, true)
  const start = view.getUint32(eocd + 16, true)
  if (start + view.getUint32(eocd + 12, true) > eocd)
    throw damaged(label, `its central directory, declared at byte ${start}, lies outside the file`)
  const decoder = new TextDecoder()
  const entries: CentralEntry[] = []
  let p = start
  for (let i = 0; i < count; i++) {
    const cut = (): Error =>
      damaged(label, `central-directory record ${i + 1} of ${count} is missing or cut short`)
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL_SIGNATURE) throw cut()
    const nameLen = view.getUint16(p + 28, true)
    const next = p + 46 + nameLen + view.getUint16(p + 30, true) + view.getUint16(p + 32, true)
    if (next > eocd) throw cut()
    entries.push({
      rawName: decoder.decode(zip.subarray(p + 46, p + 46 + nameLen)),
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      local: view.getUint32(p + 42, true)
    })
    p = next
  }
  return { entries, end: start }
}

/** The file entries with safe, distinct names and their data located before `end`. */
function locateFiles(
  view: DataView,
  entries: CentralEntry[],
  end: number,
  label: string
): FileEntry[] {
  const files: FileEntry[] = []
  // Normalised name -> the name as written, so a repeat spelt differently can be shown.
  const seen = new Map<string, string>()
  for (const e of entries) {
    if (e.rawName.endsWith('/')) continue
    const name = safeEntryName(e.rawName, label)
    const earlier = seen.get(name)
    // Which copy a reader takes differs between tools: a file reviewed in one may not be the
    // one deployed, so neither is taken.
    if (earlier !== undefined) throw twice(label, name, earlier, e.rawName)
    seen.set(name, e.rawName)
    files.push(locate(view, e, name, end, label))
  }
  return files
}

function twice(label: string, name: string, first: string, second: string): Error {
  const spelt =
    first === second ? '' : ` (as ${JSON.stringify(first)} and ${JSON.stringify(second)})`
  return new Error(
    `${label}: entry ${name} is in the zip twice${spelt}; a zip names each file once, so it is not read. Rebuild the zip with each file once.`
  )
}

function locate(
  view: DataView,
  e: CentralEntry,
  name: string,
  end: number,
  label: string
): FileEntry {
  if (e.local + 30 > end || view.getUint32(e.local, true) !== LOCAL_SIGNATURE)
    throw damaged(label, `entry ${name} has no local header at byte ${e.local}`)
  const start =
    e.local + 30 + view.getUint16(e.local + 26, true) + view.getUint16(e.local + 28, true)
  if (start + e.compSize > end)
    throw damaged(
      label,
      `entry ${name} declares ${e.compSize} stored bytes at byte ${start}, past the end of the entries`
    )
  return { ...e, name, start, end: start + e.compSize }
}

/**
 * Refuses entries whose stored bytes overlap: a zip stores each file apart, and entries that
 * share one DEFLATE stream are how a small zip bomb inflates to gigabytes.
 */
function refuseOverlaps(files: FileEntry[], label: string): void {
  const byOffset = [...files].sort((a, b) => a.local - b.local)
  for (let i = 1; i < byOffset.length; i++) {
    const before = byOffset[i - 1]
    const entry = byOffset[i]
    if (before !== undefined && entry !== undefined && entry.local < before.end)
      throw new Error(
        `${label}: entry ${entry.name} shares its stored bytes with entry ${before.name}, as the entries of a zip bomb do; a zip stores each file apart, so it is not read. Build or download the zip again.`
      )
  }
}

/** Refuses, from what the zip declares, what cannot be read or would inflate past the limits. */
function checkBeforeInflating(files: FileEntry[], label: string, options: UnzipOptions): void {
  const { maxEntryBytes, maxTotalBytes = MAX_UNCOMPRESSED_BYTES } = options
  let total = 0
  let largest: FileEntry | undefined
  for (const f of files) {
    if (f.method !== STORED && f.method !== DEFLATE)
      throw new Error(
        `${label}: entry ${f.name} uses compression method ${f.method}; only stored (0) and DEFLATE (8) are read. Rebuild the zip with either.`
      )
    if (maxEntryBytes !== undefined && f.size > maxEntryBytes)
      throw new Error(
        `${label}: entry ${f.name} is larger than ${maxEntryBytes} bytes uncompressed (it declares ${f.size}), so the zip is not read.`
      )
    total += f.size
    if (largest === undefined || f.size > largest.size) largest = f
  }
  if (largest !== undefined && total > maxTotalBytes)
    throw new Error(
      `${label}: the zip's entries declare ${sized(total)} uncompressed (the largest, entry ${largest.name}, ${sized(largest.size)}); at most ${sized(maxTotalBytes)} is read${maxTotalBytes === MAX_UNCOMPRESSED_BYTES ? ", the Metadata API's limit for a package" : ''}, so nothing was inflated. Deploy or retrieve in smaller parts.`
    )
}

/** The entry's bytes, checked against its declared size and CRC-32. */
function entryBytes(zip: Uint8Array, f: FileEntry, label: string): Uint8Array {
  const data = zip.subarray(f.start, f.end)
  const bytes = f.method === STORED ? data : inflate(data, f, label)
  if (bytes.length !== f.size)
    throw damaged(
      label,
      `entry ${f.name} holds ${bytes.length} bytes, not the ${f.size} it declares`
    )
  const crc = crc32(bytes) >>> 0
  if (crc !== f.crc)
    throw damaged(
      label,
      `entry ${f.name} has CRC-32 ${hex(crc)}, not the ${hex(f.crc)} it declares`
    )
  return bytes
}

const hex = (n: number): string => `0x${n.toString(16).padStart(8, '0')}`

function inflate(data: Uint8Array, f: FileEntry, label: string): Uint8Array {
  try {
    // zlib stops as soon as the output passes the declared size (itself within the limits), so
    // a size that lies small costs no more memory than an honest one.
    return new Uint8Array(inflateRawSync(data, { maxOutputLength: Math.max(1, f.size) }))
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code
    const why =
      code === 'ERR_BUFFER_TOO_LARGE'
        ? `inflates past the ${f.size} bytes it declares`
        : `does not inflate: ${error instanceof Error ? error.message : String(error)}`
    throw damaged(label, `entry ${f.name} ${why}`)
  }
}

/**
 * Normalises a zip entry name to a relative posix path and refuses one that is absolute, climbs
 * out of the package with `..` (a "zip slip" that would write outside the target folder), names
 * no file, or holds a control character.
 */
export function safeEntryName(name: string, label = 'zip'): string {
  if (CONTROL_CHARACTER.test(name))
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
  if (segments.length === 0)
    throw new Error(
      `${label}: entry ${JSON.stringify(name)} names no file; rebuild the zip with file names.`
    )
  return segments.join('/')
}
