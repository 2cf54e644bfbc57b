import { randomBytes } from 'node:crypto'
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { Deflater, windowFor } from '../../src/source/deflate.ts'
import { unzipEntries, zipEntries } from '../../src/source/zip.ts'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)

/** Text files of many sizes, as a package holds: every window class from 512 B to 32 KiB. */
function textInputs(): Uint8Array[] {
  const out: Uint8Array[] = []
  for (let i = 0; i < 200; i++) {
    const line = `<fields><fullName>F${i}__c</fullName><label>Field ${i * 7}</label></fields>\n`
    out.push(enc(line.repeat(1 + ((i * 37) % 400))))
  }
  return out
}

describe('Deflater', () => {
  it('gives raw DEFLATE that inflates back, for inputs of every size class and beyond the scratch buffer', () => {
    const deflater = new Deflater()
    const inputs = [...textInputs(), enc('x'.repeat(300_000)), enc('<a/>'.repeat(200_000))]
    for (const input of inputs) {
      const out = deflater.smaller(input, 3)
      expect(out).toBeDefined()
      expect(out?.length).toBeLessThan(input.length)
      expect(Buffer.from(inflateRawSync(out ?? new Uint8Array())).equals(input)).toBe(true)
    }
    deflater.close()
  })

  it('returns undefined when the DEFLATE would not be smaller, and for empty input', () => {
    const deflater = new Deflater()
    expect(deflater.smaller(new Uint8Array(0), 3)).toBeUndefined()
    expect(deflater.smaller(enc('a'), 3)).toBeUndefined()
    expect(deflater.smaller(randomBytes(5000), 3)).toBeUndefined()
    expect(deflater.smaller(randomBytes(400_000), 6)).toBeUndefined()
    // Still usable after inputs that did not fit.
    const text = enc('hello hello hello hello hello hello\n'.repeat(20))
    expect(Buffer.from(inflateRawSync(deflater.smaller(text, 3) ?? enc(''))).equals(text)).toBe(
      true
    )
  })

  it('depends only on its own inputs: the same sequence gives the same bytes whatever ran before', () => {
    const inputs = textInputs()
    const run = (): Buffer[] => {
      const d = new Deflater()
      const out = inputs.map((b) => Buffer.from(d.smaller(b, 3) ?? new Uint8Array()))
      d.close()
      return out
    }
    const first = run()
    // Another deflater compressing other data (the old bytes a reset leaves in a window).
    const other = new Deflater()
    for (const b of [...inputs].reverse()) other.smaller(randomBytes(b.length), 3)
    for (const b of inputs) other.smaller(enc(`${'z'.repeat(b.length)}`), 3)
    const second = run()
    expect(second.every((b, i) => b.equals(first[i] ?? Buffer.alloc(0)))).toBe(true)
  })
})

/** XML-like text from a fixed seed. */
function xmlText(length: number): Uint8Array {
  const words = ['<field>', '</field>', 'Name', 'Account', '__c', ' ', '\n', 'true', 'false']
  let seed = 1
  let s = ''
  while (s.length < length) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    s += words[seed % words.length] ?? ''
  }
  return enc(s)
}

describe('Deflater isolation', () => {
  it("compresses as a fresh zlib stream does, whatever another deflater's engines hold", () => {
    // A reset engine keeps its window: after `long`, a prefix of it can come out differently
    // (valid, other matches). Each deflater must start from engines of its own.
    const long = xmlText(3000)
    const used = new Deflater()
    for (let n = 1100; n < 2900; n += 13) {
      used.smaller(long, 3)
      const prefix = long.subarray(0, n)
      const fresh = new Deflater()
      const ours = Buffer.from(fresh.smaller(prefix, 3) ?? new Uint8Array())
      fresh.close()
      expect(ours.equals(deflateRawSync(prefix, { level: 3, ...windowFor(n) })), `n=${n}`).toBe(
        true
      )
    }
    used.close()
  })
})

describe('zipEntries with reused engines', () => {
  it('writes the same bytes for the same files twice in one process, and they read back', () => {
    const files = new Map(textInputs().map((b, i) => [`css/f${i}.css`, b]))
    const a = zipEntries(files, { level: 6, directoryEntries: true })
    zipEntries(new Map([['x.txt', randomBytes(70_000)]]), { level: 6 })
    const b = zipEntries(files, { level: 6, directoryEntries: true })
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
    const back = unzipEntries(a)
    for (const [name, bytes] of files)
      expect(Buffer.from(back.get(name) ?? []).equals(Buffer.from(bytes))).toBe(true)
  })
})
