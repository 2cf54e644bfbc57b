// Compares our metadata-format output with the reference's, under source-format.md §0.3.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { parsePackageXml } from '../src/source/manifest.ts'
import { unzipEntries } from '../src/source/zip.ts'

function listTree(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    const rel = prefix === '' ? name : `${prefix}/${name}`
    return statSync(full).isDirectory() ? listTree(full, rel) : [rel]
  })
}

const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b && b[2] === 3 && b[3] === 4
const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b))

function firstDifferentLine(a: Uint8Array, b: Uint8Array): string {
  const la = Buffer.from(a).toString('utf8').split('\n')
  const lb = Buffer.from(b).toString('utf8').split('\n')
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i])
      return `line ${i + 1}: ours ${JSON.stringify(la[i])}, reference ${JSON.stringify(lb[i])}`
  }
  return 'same text, different bytes'
}

function compareZip(rel: string, ours: Uint8Array, ref: Uint8Array): string[] {
  const a = unzipEntries(ours)
  const b = unzipEntries(ref)
  const out: string[] = []
  for (const name of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(name)
    const y = b.get(name)
    if (!x) out.push(`${rel}: entry ${name} only in the reference`)
    else if (!y) out.push(`${rel}: entry ${name} only in ours`)
    else if (!same(x, y)) out.push(`${rel}: entry ${name} differs`)
  }
  return out
}

function comparePackageXml(ours: Uint8Array, ref: Uint8Array): string[] {
  const a = parsePackageXml(Buffer.from(ours).toString('utf8'), 'ours/package.xml')
  const b = parsePackageXml(Buffer.from(ref).toString('utf8'), 'reference/package.xml')
  const key = (m: { type: string; fullName: string }): string => `${m.type}: ${m.fullName}`
  const sa = new Set(a.members.map(key))
  const sb = new Set(b.members.map(key))
  const out = [...sa].filter((m) => !sb.has(m)).map((m) => `package.xml: member ${m} only in ours`)
  out.push(
    ...[...sb]
      .filter((m) => !sa.has(m))
      .map((m) => `package.xml: member ${m} only in the reference`)
  )
  if (a.version !== b.version)
    out.push(`package.xml: version ${a.version ?? '-'} vs ${b.version ?? '-'}`)
  if (out.length === 0 && !same(ours, ref))
    out.push(`package.xml: same members, different bytes (${firstDifferentLine(ours, ref)})`)
  return out
}

/** Every difference between our files and the reference's output folder. */
export function compareWithReference(ours: Map<string, Uint8Array>, refDir: string): string[] {
  const refFiles = new Set(listTree(refDir))
  const diffs: string[] = []
  for (const rel of [...new Set([...ours.keys(), ...refFiles])].sort()) {
    const a = ours.get(rel)
    if (!refFiles.has(rel)) {
      diffs.push(`${rel}: only in ours`)
      continue
    }
    const b = new Uint8Array(readFileSync(path.join(refDir, rel)))
    if (!a) diffs.push(`${rel}: only in the reference`)
    else if (rel === 'package.xml') diffs.push(...comparePackageXml(a, b))
    else if (isZip(a) && isZip(b)) diffs.push(...compareZip(rel, a, b))
    else if (!same(a, b)) diffs.push(`${rel}: ${firstDifferentLine(a, b)}`)
  }
  return diffs
}
