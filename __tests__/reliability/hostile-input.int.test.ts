/**
 * Hostile input from the org and the repository: texts that try to run workflow commands, files
 * that lead outside the project, replacements that read secrets, forged validation records and
 * tokens echoed back by the org. Each scenario drives the real run() against the simulator.
 */
import { afterEach, describe, expect } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { passingProject, runAction, startSim } from '../integration/harness.ts'
import { expectInvariants, scenario } from './kit.ts'
import { echoInProblems } from './org-echo.ts'

/** A class the simulator refuses to compile (a missing semicolon), so the org reports a problem. */
const BROKEN_CLASS = {
  'force-app/main/default/classes/InvoiceService.cls':
    'public class InvoiceService {\n    Integer x = 1\n}\n'
}

/**
 * Log lines the runner would run as commands that the action did not issue: a line that starts
 * with `::` (after white space) other than core's annotations, debug lines, groups and masks of
 * secrets, or a plain line that holds `##[`. (In core's own commands the data is encoded, so an
 * org text inside one cannot start a line.)
 */
function injectedCommands(log: string, injectedMask: string): string[] {
  return log.split(/\r\n|\r|\n/).filter((line) => {
    const text = line.trimStart()
    if (!text.startsWith('::')) return line.includes('##[')
    if (text.startsWith(`::add-mask::${injectedMask}`)) return true
    return !/^::(error|warning|notice|debug|group|endgroup|add-mask)( |::)/.test(text)
  })
}

describe('hostile input', () => {
  let sim: Simulator | undefined
  afterEach(async () => {
    await sim?.close()
    sim = undefined
  })

  scenario('S06', 'org texts that hold workflow commands are logged as plain text', async () => {
    const hostile = [
      'x',
      '::set-output name=success::true',
      '  ::add-mask::InvoiceService',
      '::stop-commands::resume',
      'y ##[set-output name=success;]true',
      '\r::warning::forged'
    ].join('\n')
    sim = await startSim({ routes: [echoInProblems(hostile)] })
    const run = await runAction(
      sim,
      { api: 'rest', 'test-level': 'RunLocalTests' },
      { workspace: passingProject(BROKEN_CLASS) }
    )
    expectInvariants(run, sim, { orgFailed: true })
    // The org text reached the log, but none of its lines can act as a command.
    expect(run.log).toContain('set-output name=success::true')
    expect(injectedCommands(run.log, 'InvoiceService')).toEqual([])
    // A bare carriage return ends a runner line too: the forged warning must not start one.
    expect(run.log.split(/\r\n|\r|\n/).filter((l) => l.startsWith('::warning::forged'))).toEqual([])
    expect(run.outputs.success).toBe('false')
  })
})
