/** No module of src/ imports itself through others: layers stay layers (docs/architecture.md). */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../support/repo-root.ts'

const SRC = path.join(REPO_ROOT, 'src')
const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+'(\.{1,2}\/[^']+\.ts)'/gm

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(path.join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [path.join(dir, e.name)]
        : []
  )
}

function graph(): Map<string, string[]> {
  const edges = new Map<string, string[]>()
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8')
    const targets = [...text.matchAll(IMPORT)].map((m) =>
      path.resolve(path.dirname(file), m[1] ?? '')
    )
    edges.set(file, targets)
  }
  return edges
}

/** Every cycle found by a depth-first walk, as repository-relative paths. */
export function findCycles(edges: Map<string, string[]>): string[][] {
  const cycles: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (node: string): void => {
    state.set(node, 'open')
    stack.push(node)
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)))
      else if (!state.has(next)) visit(next)
    }
    stack.pop()
    state.set(node, 'done')
  }
  for (const node of edges.keys()) if (!state.has(node)) visit(node)
  return cycles.map((c) => c.map((f) => path.relative(REPO_ROOT, f)))
}

describe('imports in src/', () => {
  it('form no cycle', () => {
    expect(findCycles(graph())).toEqual([])
  })

  it('the cycle finder finds one', () => {
    const edges = new Map([
      ['/a.ts', ['/b.ts']],
      ['/b.ts', ['/a.ts']]
    ])
    expect(findCycles(edges)).toHaveLength(1)
  })
})
