// Our .forceignore matcher against the reference's (node-ignore, installed with the reference
// converter), on random patterns and paths, asked as the reference asks: a file by its path, a
// folder also as `dir/`. Escaped stars and out-of-order ranges are left out: node-ignore reads a
// trailing `\*` as `*`, and we refuse `[z-a]` where it drops the range.
import { createRequire } from 'node:module'
import path from 'node:path'
import { DEFAULT_IGNORE_LINES, ForceIgnore } from '../src/source/forceignore.ts'
import { conformanceDir } from './sdr.ts'

interface NodeIgnore {
  add(text: string): NodeIgnore
  ignores(path: string): boolean
}

const ATOMS = ['a', 'b', 'ab', 'x.js', '*', '**', '?', '.', '[ab]', '[!a]', ' ', 'Test', '-']
const MORE = ['__tests__', 'é', '#', '!', '.cls', 'main', '*Test*', '**Test', 'a**b']
const SEGMENTS = ['a', 'b', 'ab', 'x.js', 'Test', 'aTest', 'main', '__tests__', '.x', 'é', 'A']
const MORE_SEGMENTS = ['x.cls', '#', '!a', 'a b', 'a ']

/** Disagreements found (each printed), 0 when the matchers agree on every case. */
export function runForceIgnoreFuzz(rounds = 4000): number {
  const require = createRequire(path.join(conformanceDir, 'package.json'))
  const ignore = require('ignore') as () => NodeIgnore
  let seed = 7919
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >>> 8) % n
  }
  const pick = <T>(list: T[]): T => list[rand(list.length)] as T
  const atoms = [...ATOMS, ...MORE]
  const segments = [...SEGMENTS, ...MORE_SEGMENTS]
  const pattern = (): string => {
    let p = `${rand(5) === 0 ? '!' : ''}${rand(5) === 0 ? '/' : ''}`
    const n = 1 + rand(4)
    for (let i = 0; i < n; i++) p += pick(atoms) + (i < n - 1 && rand(5) < 2 ? '/' : '')
    return `${p}${rand(5) === 0 ? '/' : ''}${rand(10) === 0 ? ' ' : ''}`
  }
  let failures = 0
  for (let round = 0; round < rounds && failures < 20; round++) {
    const text = Array.from({ length: 1 + rand(3) }, pattern).join('\n')
    const ref = ignore().add(`${DEFAULT_IGNORE_LINES.join('\n')}\n${text}`)
    const ours = new ForceIgnore(text)
    for (let k = 0; k < 20; k++) {
      const p = Array.from({ length: 1 + rand(4) }, () => pick(segments)).join('/')
      const isDir = rand(3) === 0
      const expected = ref.ignores(p) || (isDir && ref.ignores(`${p}/`))
      const actual = ours.ignores(p) || (isDir && ours.ignoresDir(p))
      if (expected !== actual) {
        failures++
        console.log(
          `  - ${JSON.stringify(text)} on ${p}${isDir ? '/' : ''}: ours ${actual}, reference ${expected}`
        )
        break
      }
    }
  }
  console.log(`${failures === 0 ? 'SAME' : 'DIFF'} .forceignore matcher (${rounds} pattern sets)`)
  return failures
}
