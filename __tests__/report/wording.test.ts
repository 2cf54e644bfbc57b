import { describe, expect, it } from 'vitest'
import { formatPercent } from '../../src/report/markdown.ts'
import { plural } from '../../src/report/report-model.ts'

describe('summary wording', () => {
  it('counts in the singular for one', () => {
    expect(plural(1, 'error')).toBe('1 error')
    expect(plural(2, 'error')).toBe('2 errors')
    expect(plural(1, 'class or trigger', 'classes and triggers')).toBe('1 class or trigger')
    expect(plural(3, 'class or trigger', 'classes and triggers')).toBe('3 classes and triggers')
  })

  it('keeps a percentage on one line in a table cell (no-break space)', () => {
    expect(formatPercent(100)).toBe('100\u00a0%')
    expect(formatPercent(76.923)).toBe('76.92\u00a0%')
  })
})
