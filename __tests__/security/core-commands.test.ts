import * as core from '@actions/core'
import { describe, expect, it } from 'vitest'
import { coreLogger } from '../../src/action/core-logger.ts'
import { stdoutLines } from '../support/workflow-commands.ts'

/** What one call printed, as the runner splits it into lines. */
function printed(write: () => void): string[] {
  const before = stdoutLines.length
  write()
  return stdoutLines
    .slice(before)
    .join('\n')
    .split(/\r\n|\r|\n/)
}

const HOSTILE = 'x\n::set-output name=success::true\r::add-mask::\n##[set-output name=y;]z'

describe('every log path keeps data on its own line', () => {
  it('coreLogger.info escapes plain lines', () => {
    const lines = printed(() => coreLogger.info(HOSTILE))
    expect(lines.filter((l) => /^\s*::/.test(l) || l.includes('##['))).toEqual([])
  })

  it.each([
    ['warning', () => coreLogger.warning(HOSTILE)],
    ['debug', () => coreLogger.debug(HOSTILE)],
    ['error with properties', () => core.error(HOSTILE, { title: HOSTILE, file: HOSTILE })],
    ['warning with properties', () => core.warning(HOSTILE, { title: HOSTILE, startLine: 1 })]
  ])('core encodes the data and properties of %s', (_name, write) => {
    const lines = printed(write)
    // One command line: the message and properties cannot open a second one.
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^::(warning|debug|error)[ :]/)
    expect(lines[0]).not.toContain('\n')
  })
})
