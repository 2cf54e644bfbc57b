import { describe, expect, it } from 'vitest'
import { renderFailure, unfollowedDeploy } from '../../src/report/failure-summary.ts'

describe('renderFailure', () => {
  it('puts the verdict first, then each line of the message, escaped', () => {
    const text = renderFailure({
      mode: 'retrieve',
      message: 'Retrieve 09S1 did not finish.\nThe org said <b>no</b> | *twice*'
    })
    const lines = text.split('\n')
    expect(lines[0]).toBe('## ❌ Retrieve failed')
    expect(text).toContain('Retrieve 09S1 did not finish.')
    expect(text).not.toContain('<b>')
    expect(text).not.toMatch(/(^|[^\\])\*twice/)
  })

  it('lets no line of the message pass for a verdict or hide the rest in a block', () => {
    const text = renderFailure({
      mode: 'deploy',
      message: 'INVALID_SESSION_ID\n## ✅ Deploy succeeded\n~~~\n- @octocat'
    })
    expect(text.split('\n').filter((l) => /^ {0,3}(#{1,6}\s|~~~|[-+*]\s)/.test(l))).toEqual([
      '## ❌ Deploy failed'
    ])
  })

  it('lists every input problem, and names no mode when none was parsed', () => {
    const text = renderFailure({
      message: 'ignored',
      problems: ['wait: got "x", expected a number.', 'api: got "ftp".']
    })
    expect(text.split('\n').slice(0, 4)).toEqual([
      '## ❌ Invalid inputs — nothing was run',
      '',
      // Quotes are entity-escaped: GitHub renders them as quotes.
      '- wait: got &quot;x&quot;, expected a number.',
      '- api: got &quot;ftp&quot;.'
    ])
    expect(renderFailure({ message: 'Boom' })).toMatch(/^## ❌ The run failed\n/)
  })
})

describe('a deploy the run did not see end', () => {
  it('is said to be of unknown outcome, with how to follow it, only while its status is unknown', () => {
    const id = '0Af5g00000ABCDEFGH'
    const note = unfollowedDeploy({ 'deploy-id': id })
    expect(note).toContain(`Follow it with mode: report and deploy-id: ${id}`)
    expect(unfollowedDeploy({ 'deploy-id': id, status: 'Failed' })).toBeUndefined()
    expect(unfollowedDeploy({})).toBeUndefined()
    const head = renderFailure({ mode: 'validate', message: `boom\n${note ?? ''}`, unfollowed: id })
    expect(head.split('\n')[0]).toBe('## ⚠️ Validation: outcome unknown')
  })
})
