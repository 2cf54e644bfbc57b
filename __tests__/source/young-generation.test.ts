import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { holdYoungGeneration, youngGenerationHolds } from '../../src/source/young-generation.ts'

const moduleUrl = new URL(
  `file://${path.resolve(import.meta.dirname, '../../src/source/young-generation.ts')}`
).href

/**
 * New-space size (MiB) after a child allocates 1,000,000 survivors: with no hold, a hold, or a
 * hold that may grow to 8 MiB (checked as a build checks, once per unit of work).
 */
function newSpaceAfterSurvivors(mode: 'none' | 'hold' | 'grow', execArgv: string[] = []): number {
  const script = `
    import { getHeapSpaceStatistics } from 'node:v8'
    import { holdYoungGeneration } from '${moduleUrl}'
    const hold = '${mode}' === 'none' ? undefined : holdYoungGeneration()
    if ('${mode}' === 'grow') hold.growTo(8 * 2 ** 20)
    const kept = []
    for (let i = 0; i < 2_000_000; i++) {
      const o = { i, s: 'x' + i }
      if (i % 2 === 0) kept.push(o)
      if (i % 500 === 0) hold?.check()
    }
    const size = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size
    hold?.release()
    console.log(size / 2 ** 20, kept.length)`
  const out = execFileSync(process.execPath, [...execArgv, '--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' }
  })
  return Number(out.trim().split(' ')[0])
}

describe('young generation hold', () => {
  it('keeps the new space from growing while held; without it V8 grows it past 16 MiB', () => {
    expect(newSpaceAfterSurvivors('none')).toBeGreaterThan(16)
    expect(newSpaceAfterSurvivors('hold')).toBeLessThanOrEqual(4)
  })

  it('lets it grow to the cap given, and stops it there', () => {
    const size = newSpaceAfterSurvivors('grow')
    expect(size).toBeGreaterThanOrEqual(8)
    expect(size).toBeLessThanOrEqual(16)
  })

  it('leaves a process started with semi-space flags of its own alone', () => {
    expect(newSpaceAfterSurvivors('hold', ['--semi-space-growth-factor=4'])).toBeGreaterThan(16)
  })

  it('counts nested holds and releases each once', () => {
    const before = youngGenerationHolds()
    const a = holdYoungGeneration()
    const b = holdYoungGeneration()
    expect(youngGenerationHolds()).toBe(before + 2)
    a.release()
    a.release()
    expect(youngGenerationHolds()).toBe(before + 1)
    b.release()
    expect(youngGenerationHolds()).toBe(before)
  })
})
