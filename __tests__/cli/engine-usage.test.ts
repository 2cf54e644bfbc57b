import { describe, expect, it } from 'vitest'
import { ENGINE_USAGE, helpSentence } from '../../src/cli/engine-usage.ts'

const flagLine = (name: string): string =>
  ENGINE_USAGE.split('\n').find((l) => l.startsWith(`  --${name} `)) ?? ''

describe('engine help', () => {
  it('does not cut a flag description at "e.g." or "i.e."', () => {
    expect(flagLine('auth-url')).toContain('e.g. from `sf org display --verbose`.')
    expect(flagLine('ignore-warnings')).toMatch(
      /Let warnings \(e\.g\. deleting .* not fail the deploy\.$/
    )
    for (const line of ENGINE_USAGE.split('\n').filter((l) => l.startsWith('  --')))
      expect(line).not.toMatch(/\b(e\.g|i\.e)\.$/)
  })

  it('gives a very short first sentence its next one, so the flag is explained', () => {
    expect(flagLine('rollback-on-error')).toMatch(
      /All or nothing\. false allows a partial deploy \(never in production\)\.$/
    )
  })

  it('keeps one sentence when the first is long enough, and the whole text when it has none', () => {
    expect(helpSentence('Minutes to wait for the deploy to finish. Past it the step fails.')).toBe(
      'Minutes to wait for the deploy to finish.'
    )
    expect(helpSentence('No period at all')).toBe('No period at all')
    expect(helpSentence('Short. Also short.')).toBe('Short. Also short.')
  })
})
