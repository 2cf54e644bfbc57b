import { describe, expect, it } from 'vitest'
import {
  CLOCK_SKEW_MARGIN_MS,
  createdDeploysQuery,
  toCreatedDeploys,
  withoutKnown,
  type CreatedDeploy
} from '../../src/deploy/created-deploys.ts'
import { submitOnce, submitStep } from '../../src/deploy/submit.ts'
import { apiErrorFor, httpErrorFor } from '../../src/metadata-api/errors.ts'
import { ActionError, ApiError, TransientError } from '../../src/shared/errors.ts'
import { MemoryLogger } from '../../src/shared/logger.ts'
import { ManualClock } from '../support/fakes.ts'

const WHAT = 'The deploy request'
const unknownException = (): TransientError =>
  apiErrorFor('UNKNOWN_EXCEPTION', 'An unexpected error occurred.', 500) as TransientError
const requestLimit = (): TransientError =>
  apiErrorFor('REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.', 403) as TransientError
const made: CreatedDeploy = {
  id: '0Af5g00000AbCdEFGH',
  status: 'Pending',
  createdDate: '2026-11-01T12:00:00.000+0000'
}

describe('submitStep', () => {
  it('repeats a request that never left, and one the org refused at the door', () => {
    expect(submitStep(WHAT, new TransientError('ECONNREFUSED', true), 1)).toEqual({
      kind: 'repeat'
    })
    expect(submitStep(WHAT, requestLimit(), 1)).toEqual({ kind: 'repeat' })
    const unavailable = apiErrorFor('SERVER_UNAVAILABLE', 'down', 503) as TransientError
    expect(submitStep(WHAT, unavailable, 1)).toEqual({ kind: 'repeat' })
  })

  it('asks the org before repeating after UNKNOWN_EXCEPTION, which may follow a created deploy', () => {
    expect(unknownException().safeToRepeat).toBe(false)
    expect(submitStep(WHAT, unknownException(), 1)).toEqual({ kind: 'check' })
  })

  it('repeats after UNKNOWN_EXCEPTION when the org holds no deploy from it', () => {
    expect(submitStep(WHAT, unknownException(), 1, { found: [] })).toEqual({ kind: 'repeat' })
  })

  it('stops, naming the deploy and how to follow it, when the org holds one', () => {
    const step = submitStep(WHAT, unknownException(), 1, { found: [made] })
    expect(step.kind).toBe('stop')
    const message = step.kind === 'stop' ? step.message : ''
    expect(message).toContain('UNKNOWN_EXCEPTION')
    expect(message).toContain('0Af5g00000AbCdEFGH (Pending, created 2026-11-01T12:00:00.000+0000)')
    expect(message).toContain('It was not sent again')
    expect(message).toContain('another job signed in as the same user')
    expect(message).toContain('mode: report and deploy-id: 0Af5g00000AbCdEFGH')
    expect(message).toContain('report --deploy-id 0Af5g00000AbCdEFGH')
    expect(message).toContain('Setup > Deployment Status')
  })

  it('names every candidate when there are several, adopting none', () => {
    const other = { ...made, id: '0Af5g00000ZyXwVUTS', status: 'InProgress' }
    const step = submitStep(WHAT, unknownException(), 2, { found: [made, other] })
    const message = step.kind === 'stop' ? step.message : ''
    expect(message).toContain('2 deploys')
    expect(message).toContain('0Af5g00000AbCdEFGH')
    expect(message).toContain('0Af5g00000ZyXwVUTS')
    expect(message).toContain('deploy-id: <id>')
  })

  it('stops as unsure when the org could not be asked', () => {
    const step = submitStep(WHAT, unknownException(), 1, { failed: 'HTTP 503 from the org' })
    const message = step.kind === 'stop' ? step.message : ''
    expect(message).toMatch(/^The deploy request may or may not have reached the org \(/)
    expect(message).toContain('HTTP 503 from the org')
    expect(message).toContain('Check Setup > Deployment Status')
  })

  it('stops as unsure after no answer at all (reset, timeout, a gateway page): the org may still be taking it on', () => {
    const reset = new TransientError('network error talking to org: ECONNRESET')
    expect(submitStep(WHAT, reset, 1).kind).toBe('stop')
    expect(submitStep(WHAT, httpErrorFor(502, 'deploy') as TransientError, 1).kind).toBe('stop')
  })

  it('gives up after four attempts, asking the org on the last one too', () => {
    expect(submitStep(WHAT, unknownException(), 4)).toEqual({ kind: 'check' })
    const step = submitStep(WHAT, unknownException(), 4, { found: [] })
    expect(step).toEqual({
      kind: 'stop',
      message: expect.stringMatching(/failed 4 times: UNKNOWN_EXCEPTION.*Run again later\.$/)
    })
    const limit = submitStep(WHAT, requestLimit(), 4)
    expect(limit.kind === 'stop' && limit.message).toMatch(/used up its API request limit/)
  })
})

describe('submitOnce', () => {
  it('repeats after UNKNOWN_EXCEPTION once the org says it created nothing, asking from the start time', async () => {
    const clock = new ManualClock()
    const start = clock.now()
    const asked: number[] = []
    let calls = 0
    const id = await submitOnce(
      WHAT,
      async () => {
        calls++
        if (calls === 1) throw unknownException()
        return '0Af000000000002AAA'
      },
      { clock, logger: new MemoryLogger() },
      async (since) => {
        asked.push(since)
        return []
      }
    )
    expect(id).toBe('0Af000000000002AAA')
    expect(calls).toBe(2)
    expect(asked).toEqual([start])
  })

  it('does not repeat when the org holds a deploy created since the submit', async () => {
    let calls = 0
    const attempt = submitOnce(
      WHAT,
      async () => {
        calls++
        throw unknownException()
      },
      { clock: new ManualClock(), logger: new MemoryLogger() },
      async () => [made]
    )
    await expect(attempt).rejects.toThrow(/org holds a deploy created since it was sent: 0Af5g/)
    expect(calls).toBe(1)
  })

  it('stops as unsure when asking fails, or when there is no way to ask', async () => {
    const failing = submitOnce(
      WHAT,
      async () => {
        throw unknownException()
      },
      { clock: new ManualClock(), logger: new MemoryLogger() },
      async () => {
        throw new ApiError('INVALID_TYPE', "sObject type 'DeployRequest' is not supported.", 400)
      }
    )
    await expect(failing).rejects.toThrow(/may or may not have reached the org.*INVALID_TYPE/)
    const noWay = submitOnce(
      WHAT,
      async () => {
        throw unknownException()
      },
      { clock: new ManualClock(), logger: new MemoryLogger() }
    )
    await expect(noWay).rejects.toBeInstanceOf(ActionError)
    await expect(noWay).rejects.toThrow(/may or may not have reached the org/)
  })
})

describe('createdDeploysQuery', () => {
  const sinceMs = Date.UTC(2026, 10, 1, 12, 0, 30, 250)

  it('asks for deploys of the same kind by the signed-in user since the start less the skew margin', () => {
    expect(CLOCK_SKEW_MARGIN_MS).toBe(60_000)
    expect(createdDeploysQuery({ sinceMs, checkOnly: false, userId: '005000000000001AAA' })).toBe(
      "SELECT Id, Status, CreatedDate FROM DeployRequest WHERE CreatedById = '005000000000001AAA' AND CheckOnly = false AND CreatedDate >= 2026-11-01T11:59:30Z ORDER BY CreatedDate DESC"
    )
  })

  it("counts every user's deploys when the user is unknown, and never quotes anything else into the query", () => {
    const query = createdDeploysQuery({ sinceMs, checkOnly: true })
    expect(query).not.toContain('CreatedById')
    expect(query).toContain('CheckOnly = true')
    expect(createdDeploysQuery({ sinceMs, checkOnly: true, userId: "005' OR Id != '" })).toBe(query)
  })

  it('reads the rows, dropping one without an id', () => {
    expect(
      toCreatedDeploys([
        { Id: made.id, Status: 'Pending', CreatedDate: made.createdDate },
        { Status: 'Failed' }
      ])
    ).toEqual([made])
  })
})

describe('withoutKnown', () => {
  it("drops the run's own deploys, in 15- or 18-character form", () => {
    const found = [
      { id: '0Af000000000001AAA', status: 'Succeeded', createdDate: '' },
      { id: '0Af000000000002AAA', status: 'Pending', createdDate: '' }
    ]
    expect(withoutKnown(found, new Set(['0Af000000000001']))).toEqual([found[1]])
    expect(withoutKnown(found, new Set())).toEqual(found)
  })
})
