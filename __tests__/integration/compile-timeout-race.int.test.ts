import { afterEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { toolingControl } from '../../simulator/tooling/index.ts'
import { compilePollDelay } from '../../src/tooling/poll-delay.ts'
import { copyDemoProject, runAction, startSim } from './harness.ts'

const CLASS = 'force-app/main/default/classes/InvoiceService.cls'
const META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>62.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n'
const OLD_BODY = 'public with sharing class InvoiceService {\n}\n'

let sim: Simulator

afterEach(async () => {
  await sim.close()
})

/** Times (ms after submit) at which the action reads the request until the wait of `waitMs`. */
function pollTimes(waitMs: number, capMs: number): number[] {
  const times: number[] = []
  for (let elapsed = 0; elapsed < waitMs;) {
    elapsed += Math.min(compilePollDelay(elapsed, capMs), waitMs - elapsed)
    times.push(elapsed)
  }
  return times
}

describe('compile: a request that ends as the wait runs out', () => {
  it('reports a save that Completed before the abort as saved, not as aborted', async () => {
    sim = await startSim({
      seedFiles: new Map([
        ['classes/InvoiceService.cls', Buffer.from(OLD_BODY)],
        ['classes/InvoiceService.cls-meta.xml', Buffer.from(META)]
      ])
    })
    const tooling = toolingControl(sim.context)
    // The save completes between the last two reads, and the last read (at the wait limit) gets a
    // 503: the action aborts a request that has in fact Completed.
    const times = pollTimes(60_000, 10_000)
    const [before, last] = times.slice(-2) as [number, number]
    tooling.queueTime((before + last) / 2)
    sim.faults.add({
      operation: 'readContainerAsyncRequest',
      kind: 'http',
      status: 503,
      skip: times.length - 1
    })
    const r = await runAction(
      sim,
      { mode: 'compile', 'compile-files': CLASS, wait: '1', 'check-only': 'false' },
      { workspace: copyDemoProject() }
    )

    // The abort was tried and refused: the org had saved the class.
    expect(sim.requests.filter((q) => q.operation === 'abortContainerAsyncRequest')).toHaveLength(1)
    expect([...tooling.state.requests.values()][0]?.state).toBe('Completed')
    expect(sim.org.files().get('classes/InvoiceService.cls')?.toString()).not.toBe(OLD_BODY)
    expect(r.outputs).toMatchObject({ status: 'Completed', success: 'true' })
    expect(r.failed).toBe(false)
    expect(r.summary).toContain('Apex compile and save passed')
    expect(r.summary).not.toContain('set to Aborted')
  })
})
