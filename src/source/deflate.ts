/**
 * Raw DEFLATE of many small inputs through reused zlib engines.
 *
 * `deflateRawSync` builds a stream object and initialises a zlib state for every call: ~6 µs,
 * as much as compressing the median 350-byte file of a package takes, so half of the deflate time
 * of a 6,500-file build went to set-up. A `Deflater` keeps one engine per (level, window) and
 * resets it after each input (a reset clears the hash table of a size fitted to the window); the
 * output goes to a scratch buffer as long as the input: a result that does not fit is not smaller
 * than the input, so the file is stored, and incompressible data costs no more than that.
 *
 * A reset keeps the window's old bytes, and zlib's match search reads up to 258 bytes past the
 * end of the input, so the chosen matches (never the data) can depend on what the engine
 * compressed before. Each `Deflater` therefore starts with engines of its own: its output is a
 * function of the inputs it was given, in order, and the same build gives the same bytes.
 *
 * The engines drive the stream's own native handle (`_handle.writeSync` and `reset`, which
 * `deflateRawSync` calls itself); that is not a documented API, so the engine is checked once on
 * a sample against `inflateRawSync`, and any other shape or failure falls back to
 * `deflateRawSync` for good.
 */
import { constants, deflateRawSync, DeflateRaw, inflateRawSync } from 'node:zlib'

/** The part of zlib's native handle that `deflateRawSync` drives. */
interface NativeHandle {
  writeSync(
    flush: number,
    input: Uint8Array,
    inOffset: number,
    inLength: number,
    output: Uint8Array,
    outOffset: number,
    outLength: number
  ): void
  reset(): void
  /** Called by the native side, during the write, when zlib fails. */
  onerror?: (...args: unknown[]) => void
}

interface Engine {
  stream: DeflateRaw
  handle: NativeHandle
  /** [output bytes left, input bytes left] after each write. */
  state: Uint32Array
  /** Set when zlib reported an error: the stream is destroyed and the engine unusable. */
  failed: boolean
}

/**
 * Window bits and memory level sized to the input: a window larger than the input buys nothing,
 * and a smaller window and hash table cost less to reset for each of thousands of small entries.
 */
export function windowFor(size: number): { windowBits: number; memLevel: number } {
  const windowBits = Math.min(15, Math.max(9, Math.ceil(Math.log2(size + 262))))
  return { windowBits, memLevel: Math.min(8, Math.max(1, windowBits - 7)) }
}

/** Whether the native handle is what this module expects: undefined until checked once. */
let reusable: boolean | undefined

/** Checks, once per process, a throwaway engine on a sample. */
function engineWorks(): boolean {
  if (reusable === undefined) {
    const engine = newEngine(3, SAMPLE.length)
    reusable = engine !== undefined && selfCheck(engine)
    engine?.stream.close()
  }
  return reusable
}
/** Output space for inputs up to this size is kept between calls. */
const SCRATCH_MAX = 1 << 18
let scratch = new Uint8Array(0)

function newEngine(level: number, size: number): Engine | undefined {
  const stream = new DeflateRaw({ level, ...windowFor(size), chunkSize: 64 })
  const internals = stream as unknown as { _handle?: NativeHandle; _writeState?: unknown }
  const handle = internals._handle
  const state = internals._writeState
  const report = handle?.onerror
  if (
    typeof handle?.writeSync !== 'function' ||
    typeof handle.reset !== 'function' ||
    typeof report !== 'function' ||
    !(state instanceof Uint32Array) ||
    state.length < 2
  ) {
    stream.close()
    return undefined
  }
  const engine: Engine = { stream, handle, state, failed: false }
  // A native error destroys the stream and is emitted as an 'error' event later; the flag says
  // so at once (reading the stream's `destroyed` after every write costs as much as a small
  // file's deflate).
  handle.onerror = function (this: unknown, ...args: unknown[]) {
    engine.failed = true
    report.apply(this, args)
  }
  stream.on('error', () => undefined)
  return engine
}

const SAMPLE = new TextEncoder().encode(
  '<?xml version="1.0" encoding="UTF-8"?>\n<CustomField><fullName>A__c</fullName></CustomField>\n'.repeat(
    3
  )
)

/** Whether the engine's output for a sample inflates back to it, twice (before and after a reset). */
function selfCheck(engine: Engine): boolean {
  try {
    for (let i = 0; i < 2; i++) {
      const out = run(engine, SAMPLE, new Uint8Array(SAMPLE.length))
      if (out === undefined || !Buffer.from(inflateRawSync(out)).equals(SAMPLE)) return false
    }
    return true
  } catch {
    return false
  }
}

/**
 * Compresses into the first `bytes.length` bytes of `out`; the result is a view of it, or
 * undefined when it does not fit there (it is then not smaller than the input).
 */
function run(engine: Engine, bytes: Uint8Array, out: Uint8Array): Uint8Array | undefined {
  const { handle, state } = engine
  const room = bytes.length
  try {
    handle.writeSync(constants.Z_FINISH, bytes, 0, room, out, 0, room)
  } finally {
    // An engine that failed is dropped; one that ran out of space starts over.
    if (!engine.failed) handle.reset()
  }
  if (engine.failed) throw new Error('zlib engine failed')
  const outLeft = state[0] ?? 0
  const inLeft = state[1] ?? 0
  // With Z_FINISH, output space left over means the stream is complete.
  if (outLeft === 0 || inLeft !== 0) return undefined
  return out.subarray(0, room - outLeft)
}

/** Compresses a sequence of inputs, each on its own (a zip entry each). */
export class Deflater {
  private readonly engines = new Map<number, Engine>()

  /**
   * The raw DEFLATE of `bytes` when it is smaller than they are, else undefined. The result may
   * be a view of a scratch buffer that the next call overwrites: copy it to keep it.
   */
  smaller(bytes: Uint8Array, level: number): Uint8Array | undefined {
    if (bytes.length === 0) return undefined
    const engine = engineWorks() ? this.engineFor(level, bytes.length) : undefined
    if (engine !== undefined) {
      if (bytes.length > SCRATCH_MAX) return run(engine, bytes, new Uint8Array(bytes.length))
      if (scratch.length < bytes.length) scratch = new Uint8Array(SCRATCH_MAX)
      try {
        return run(engine, bytes, scratch)
      } catch {
        this.close()
        reusable = false
      }
    }
    const deflated = deflateRawSync(bytes, { level, ...windowFor(bytes.length) })
    return deflated.length < bytes.length ? deflated : undefined
  }

  /** Frees the engines' zlib states now instead of when they are collected. */
  close(): void {
    for (const e of this.engines.values()) e.stream.close()
    this.engines.clear()
  }

  private engineFor(level: number, size: number): Engine | undefined {
    const key = level * 16 + windowFor(size).windowBits
    const known = this.engines.get(key)
    if (known !== undefined) return known
    const engine = newEngine(level, size)
    if (engine === undefined) reusable = false
    else this.engines.set(key, engine)
    return engine
  }
}
