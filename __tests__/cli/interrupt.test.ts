import { describe, expect, it } from 'vitest'
import { handleInterrupt, isYes, type InterruptPorts } from '../../src/cli/interrupt.ts'
import { markdownForTerminal } from '../../src/cli/terminal-summary.ts'
import { createTerminalWriter, isProgressLine } from '../../src/cli/terminal-writer.ts'

function ports(overrides: Partial<InterruptPorts> = {}): InterruptPorts & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    state: () => ({ deployId: '0Af000000000001', finished: false }),
    cancel: async (id) => `Cancelled deploy ${id} in the org (canceling).`,
    abortPush: async (id) => `Aborted push request ${id} in the org before it started.`,
    stopCompile: () => Promise.reject(new Error('no compile runs')),
    err: (line) => lines.push(line),
    ...overrides
  }
}

describe('handleInterrupt', () => {
  it('without a deploy, or after the run finished, only says it was interrupted', async () => {
    for (const state of [{ finished: false }, { deployId: '0Af1', finished: true }]) {
      const p = ports({ state: () => state, cancel: () => Promise.reject(new Error('no')) })
      expect(await handleInterrupt(p, true)).toBe(130)
      expect(p.lines).toEqual(['Interrupted.'])
    }
  })

  it('without a terminal to ask on, leaves the deploy running unless told to cancel', async () => {
    const left = ports({ cancel: () => Promise.reject(new Error('must not cancel')) })
    expect(await handleInterrupt(left, false)).toBe(130)
    expect(left.lines.join('\n')).toContain('cancel --deploy-id 0Af000000000001')
    const cancelled = ports()
    await handleInterrupt(cancelled, true)
    expect(cancelled.lines).toEqual(['Cancelled deploy 0Af000000000001 in the org (canceling).'])
  })

  it('during a push upgrade, names the request that keeps going, or aborts it when told or asked', async () => {
    const push = { pushRequestId: '0DV000000000001', finished: false }
    const left = ports({
      state: () => push,
      abortPush: () => Promise.reject(new Error('must not abort'))
    })
    expect(await handleInterrupt(left, false)).toBe(130)
    expect(left.lines.join('\n')).toMatch(
      /Push request 0DV000000000001 keeps going in the org.*Setup > Push Upgrade History/
    )
    const asked: string[] = []
    const yes = ports({ state: () => push, ask: async (q) => (asked.push(q), true) })
    await handleInterrupt(yes, false)
    expect(asked[0]).toContain('Abort push request 0DV000000000001')
    expect(yes.lines).toEqual([
      'Aborted push request 0DV000000000001 in the org before it started.'
    ])
    const failed = ports({ state: () => push, abortPush: () => Promise.reject(new Error('503')) })
    await handleInterrupt(failed, true)
    expect(failed.lines.join('\n')).toMatch(/Could not abort push request 0DV000000000001: 503/)
  })

  it('a failed cancel says how to cancel by hand, and still exits 130', async () => {
    const p = ports({ ask: async () => true, cancel: () => Promise.reject(new Error('503')) })
    expect(await handleInterrupt(p, false)).toBe(130)
    expect(p.lines.join('\n')).toMatch(/Could not cancel deploy 0Af000000000001: 503\..*Setup/)
  })

  it('reads y and yes as yes, anything else as no', () => {
    expect(['y', 'Y', 'yes', ' YES '].map(isYes)).toEqual([true, true, true, true])
    expect(['', 'n', 'no', 'yep', 'y y'].map(isYes)).toEqual([false, false, false, false, false])
  })
})

describe('terminal writer', () => {
  it('knows the progress lines of a running deploy, not the final ones', () => {
    expect(isProgressLine('InProgress · components 3/10 deployed')).toBe(true)
    expect(isProgressLine('Pending')).toBe(true)
    expect(isProgressLine('Succeeded · components 10/10 deployed')).toBe(false)
    expect(isProgressLine('InProgressive')).toBe(false)
  })

  it('rewrites one status line on a TTY and clears it before any other line', () => {
    const out: string[] = []
    const w = createTerminalWriter({
      line: (t) => out.push(`line:${t}`),
      write: (c) => out.push(`raw:${c}`),
      columns: 10
    })
    w.progress('InProgress · components 1/2')
    w.line('a warning')
    w.end()
    expect(out).toEqual(['raw:\r\u001b[2KInProgre…', 'raw:\r\u001b[2K', 'line:a warning'])
  })

  it('prints progress as plain lines without a TTY', () => {
    const out: string[] = []
    const w = createTerminalWriter({ line: (t) => out.push(t) })
    w.progress('Pending')
    w.end()
    expect(out).toEqual(['Pending'])
  })
})

describe('markdownForTerminal', () => {
  it('drops the collapsible HTML, keeps its title as a heading and squeezes blank lines', () => {
    const md = '## Title\n\n\n<details><summary>By type</summary>\n\n| a |\n</details>\n\n'
    expect(markdownForTerminal(md)).toEqual(['## Title', '', 'By type:', '', '| a |'])
  })
})
