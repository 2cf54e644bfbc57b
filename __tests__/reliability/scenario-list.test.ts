import { describe, expect, it } from 'vitest'
import {
  documentedTable,
  listScenarios,
  scenarioTable
} from '../../scripts/reliability-scenarios.ts'

describe('docs/reliability.md', () => {
  const scenarios = listScenarios()

  it('lists exactly the scenarios of the suite, with the file that tests each', () => {
    expect(documentedTable()).toBe(scenarioTable(scenarios))
  })

  it('has at least 40 scenarios with unique ids', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(40)
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length)
  })
})
