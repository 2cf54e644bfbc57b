import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { holdYoungGeneration, youngGenerationHolds } from '../../src/source/young-generation.ts'

const moduleUrl = new URL(
  `file://${path.resolve(import.meta.dirname, '../../src/source/young-generation.ts')}`
).href

/** New-space size (MiB) after a child allocates 1,000,000 survivors, with or without a hold. */
function newSpaceAfterSurvivors(hold: boolean, execArgv: string[] = []): number {
  const script = `
    import { getHeapSpaceStatistics } from 'node:v8'
    import { holdYoungGeneration } from '${moduleUrl}'
    const release = ${hold ? 'holdYoungGeneration()' : '() => undefined'}
    const kept = []
    for (let i = 0; i < 2_000_000; i++) { const o = { i, s: 'x' + i }; if (i % 2 === 0) kept.push(o) }
    const size = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size
    release()
    console.log(size / 2 ** 20, kept.length)`
  const out = execFileSync(process.execPath, [...execArgv, '--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' }
  })
  return Number(out.trim().split(' ')[0])
}

describe('young generation hold', () => {
  it('keeps the new space from growing while held; without it V8 grows it past 16 MiB', () => {
    expect(newSpaceAfterSurvivors(false)).toBeGreaterThan(16)
    expect(newSpaceAfterSurvivors(true)).toBeLessThanOrEqual(4)
  })

  it('leaves a process started with semi-space flags of its own alone', () => {
    expect(newSpaceAfterSurvivors(true, ['--semi-space-growth-factor=4'])).toBeGreaterThan(16)
  })

  it('counts nested holds and releases each once', () => {
    const before = youngGenerationHolds()
    const a = holdYoungGeneration()
    const b = holdYoungGeneration()
    expect(youngGenerationHolds()).toBe(before + 2)
    a()
    a()
    expect(youngGenerationHolds()).toBe(before + 1)
    b()
    expect(youngGenerationHolds()).toBe(before)
  })
})
