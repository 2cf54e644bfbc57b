/**
 * The files of a built package, each deflated as it is added, and then only its compressed bytes
 * kept: the package takes a fifth of the memory, and zipping is a copy. Reading a file (`get`,
 * iteration) inflates it again, so the map behaves as a plain map of file bytes; the zip writer
 * takes the compressed bytes as they are.
 */
import { crc32, inflateRawSync } from 'node:zlib'
import { Deflater } from './deflate.ts'

/** A file as the zip writer needs it. */
export interface ZipReady {
  /** Stored bytes: DEFLATE (method 8) or the file itself (method 0). */
  data: Uint8Array
  method: number
  crc: number
  size: number
}

/** Formats that are compressed already: deflating them again costs time and saves nothing. */
export const COMPRESSED = /\.(png|jpe?g|gif|webp|zip|jar|gz|tgz|woff2?|mp[34]|pdf|docx|xlsx|pptx)$/i

/** A zip (a static resource folder zipped on conversion) is stored, not deflated again. */
export const isZip = (b: Uint8Array): boolean =>
  b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 3 && b[3] === 4

const EMPTY = new Uint8Array(0)

/** Size of the slabs that hold the kept bytes. */
const SLAB = 1 << 20

/**
 * Copies of many small byte arrays packed into large slabs. A small buffer from zlib or from a
 * file read is a view of a shared 8 KiB pool slab or of a larger output chunk; keeping the view
 * keeps all of that memory (51 MiB held for 3.6 MiB of data on a 40,000-file project).
 */
class Arena {
  private slab = new Uint8Array(0)
  private used = 0

  keep(bytes: Uint8Array): Uint8Array {
    if (bytes.length > SLAB / 4) return bytes.slice()
    if (this.used + bytes.length > this.slab.length) {
      this.slab = new Uint8Array(SLAB)
      this.used = 0
    }
    const view = this.slab.subarray(this.used, this.used + bytes.length)
    view.set(bytes)
    this.used += bytes.length
    return view
  }
}

/** Whether a view holds much less than the memory it keeps alive. */
const wasteful = (b: Uint8Array): boolean => b.buffer.byteLength > 2 * b.byteLength + 64

/** Files by package path, compressed as they are added at `level`. */
export class PackageFiles extends Map<string, Uint8Array> {
  private readonly level: number
  private readonly ready = new Map<string, ZipReady>()
  private readonly arena = new Arena()
  private readonly deflater = new Deflater()

  constructor(level: number, entries?: Iterable<readonly [string, Uint8Array]>) {
    super()
    this.level = level
    if (entries) for (const [k, v] of entries) this.set(k, v)
  }

  override set(name: string, bytes: Uint8Array): this {
    // Called by the Map constructor before the fields exist.
    if (this.ready === undefined) return super.set(name, bytes)
    if (this.level > 0 && bytes.length > 0 && !COMPRESSED.test(name) && !isZip(bytes)) {
      const deflated = this.deflater.smaller(bytes, this.level)
      if (deflated !== undefined) {
        const data = this.arena.keep(deflated)
        this.ready.set(name, { data, method: 8, crc: crc32(bytes), size: bytes.length })
        return super.set(name, EMPTY)
      }
    }
    this.ready.delete(name)
    return super.set(name, wasteful(bytes) ? this.arena.keep(bytes) : bytes)
  }

  override get(name: string): Uint8Array | undefined {
    const stored = super.get(name)
    if (stored !== EMPTY) return stored
    const r = this.ready.get(name)
    return r ? new Uint8Array(inflateRawSync(r.data)) : stored
  }

  override delete(name: string): boolean {
    this.ready.delete(name)
    return super.delete(name)
  }

  override clear(): void {
    this.ready.clear()
    super.clear()
  }

  /** The uncompressed size of a file, without inflating it. */
  byteLength(name: string): number {
    return this.ready.get(name)?.size ?? super.get(name)?.length ?? 0
  }

  override *values(): MapIterator<Uint8Array> {
    for (const name of this.keys()) yield this.get(name) ?? EMPTY
  }

  override *entries(): MapIterator<[string, Uint8Array]> {
    for (const name of this.keys()) yield [name, this.get(name) ?? EMPTY]
  }

  override [Symbol.iterator](): MapIterator<[string, Uint8Array]> {
    return this.entries()
  }

  override forEach(
    fn: (value: Uint8Array, key: string, map: Map<string, Uint8Array>) => void,
    thisArg?: unknown
  ): void {
    for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this)
  }

  /** A file as stored in the zip: compressed already, or compressed now. */
  zipReady(
    name: string,
    deflateNow: (bytes: Uint8Array, deflater: Deflater) => ZipReady
  ): ZipReady | undefined {
    const r = this.ready.get(name)
    if (r) return r
    const bytes = super.get(name)
    return bytes === undefined ? undefined : deflateNow(bytes, this.deflater)
  }
}

/** DEFLATE when smaller, else stored; the data is the caller's to keep. */
export function deflateStored(bytes: Uint8Array, level: number, deflater: Deflater): ZipReady {
  const deflated = deflater.smaller(bytes, level)
  return {
    data: deflated === undefined ? bytes : deflated.slice(),
    method: deflated === undefined ? 0 : 8,
    crc: crc32(bytes),
    size: bytes.length
  }
}
