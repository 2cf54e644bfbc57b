import { describe, expect, it } from 'vitest'
import { emptyCounts, type FailedJob, type Subscriber } from '../../src/push-upgrade/push-model.ts'
import type { PushOutcome } from '../../src/push-upgrade/push-outcome.ts'
import { decidePushVerdict } from '../../src/modes/push-upgrade/push-verdict.ts'
import { selectSubscribers } from '../../src/push-upgrade/select-subscribers.ts'
import { toFailuresCsv, toSelectionCsv } from '../../src/modes/push-upgrade/push-csv.ts'
import { MAX_TABLE_ROWS, renderPushSummary } from '../../src/modes/push-upgrade/push-summary.ts'
import { failedOrgRows } from '../../src/push-upgrade/group-failures.ts'
import { byteLength } from '../../src/report/size-budget.ts'
import { subscriber, version } from './fixtures.ts'

const versions = [
  version(1, '1.0'),
  version(2, '1.2'),
  version(3, '1.3', { released: false }),
  version(4, '2.0')
]
const [v10, v12, beta, v20] = versions as [
  ReturnType<typeof version>,
  ReturnType<typeof version>,
  ReturnType<typeof version>,
  ReturnType<typeof version>
]

function subscribers(): Subscriber[] {
  return [
    subscriber(1, v10.id, { orgName: 'Acme | "West" <EMEA> @ops #1' }),
    subscriber(2, v12.id, { orgType: 'Sandbox', instanceName: 'CS42' }),
    subscriber(3, v12.id),
    subscriber(4, v12.id, { instanceName: 'EU12' }),
    subscriber(5, v20.id),
    subscriber(6, beta.id),
    subscriber(7, v10.id, { orgStatus: 'Inactive' })
  ]
}

function outcome(kind: PushOutcome['kind']): PushOutcome {
  const selection = selectSubscribers({
    target: v20,
    versions,
    subscribers: subscribers(),
    filters: { orgTypes: ['Production', 'Sandbox'], orgStatuses: ['Active'], exclude: [] }
  })
  const [first, second] = selection.eligible as [Subscriber, Subscriber]
  const failedJobs: FailedJob[] = [
    {
      jobId: '0DX000000000001',
      orgKey: first.orgKey,
      errors: [
        {
          severity: 'Error',
          type: 'UnclassifiedError',
          title: 'Unexpected Failure',
          message:
            'An unexpected error occurred. Please include this ErrorId if you contact support: 731858695-80805 (-151184096)',
          details: ''
        }
      ]
    },
    {
      jobId: '0DX000000000002',
      orgKey: second.orgKey,
      errors: [
        {
          severity: 'Error',
          type: 'IneligibleUpgrade',
          title: 'Dependent Package Conflict',
          message:
            'This package requires that a newer version of a dependent package be installed.',
          details: ''
        }
      ]
    }
  ]
  const pushed = kind === 'finished' || kind === 'timed-out'
  return {
    kind,
    package: { id: '033000000000001', name: 'Sim Insights', namespacePrefix: 'siminsights' },
    target: v20,
    versions,
    selection,
    maxOrgs: kind === 'cap-exceeded' ? 2 : 1000,
    ...(pushed
      ? {
          requestId: '0DV000000000001AAA',
          request: {
            id: '0DV000000000001AAA',
            status: 'failed' as const,
            rawStatus: 'Failed',
            startTime: '2026-11-01T12:00:05.000+0000',
            endTime: '2026-11-01T12:01:35.000+0000',
            durationSeconds: 90
          }
        }
      : {}),
    scheduledCount: pushed ? 3 : 0,
    rejected: pushed
      ? [
          {
            orgKey: (selection.eligible[3] as Subscriber).orgKey,
            statusCode: 'INVALID_OPERATION',
            message: 'Organization already has this package version or a later one installed.'
          }
        ]
      : [],
    counts: pushed ? { ...emptyCounts(), succeeded: 1, failed: 2 } : emptyCounts(),
    failedJobs: pushed ? failedJobs : [],
    notes: [],
    apiVersion: '66.0'
  }
}

const files = {
  failures: 'sf-deploy-results/push-failures.csv',
  selection: 'sf-deploy-results/push-selection.csv'
}

describe('push summary', () => {
  it('renders a finished push with failures and a refusal', async () => {
    const o = outcome('finished')
    const md = renderPushSummary(o, decidePushVerdict(o, 50), 50, files)
    await expect(md).toMatchFileSnapshot('__golden__/push-summary-finished.md')
    expect(md).toContain('Acme \\| &quot;West&quot; &lt;EMEA&gt; @&#8203;ops #&#8203;1')
  })

  it('escapes the texts the org sends into table cells: request times, record ids and status codes', () => {
    const o = outcome('finished')
    const hostile: PushOutcome = {
      ...o,
      requestId: '0DV|x',
      request: {
        ...(o.request as NonNullable<PushOutcome['request']>),
        startTime: '2026-11-01 | <img src=https://evil.example/p.png> @octo-org/admins',
        endTime: '![x](https://evil.example/t.png) #12'
      },
      rejected: o.rejected.map((r) => ({ ...r, statusCode: 'INVALID|OPERATION' })),
      failedJobs: o.failedJobs.map((j) => ({ ...j, orgKey: `${j.orgKey}|x` }))
    }
    const md = renderPushSummary(hostile, decidePushVerdict(hostile, 50), 50, files)
    // GFM splits a row at every unescaped pipe, inside code spans too.
    const tables = md.split('\n\n').filter((block) => block.startsWith('|'))
    expect(tables.length).toBeGreaterThan(3)
    for (const block of tables) {
      const [head = '', ...rows] = block.split('\n')
      const width = (line: string): number => line.split(/(?<!\\)\|/).length
      for (const row of rows) expect(width(row), row).toBe(width(head))
    }
    expect(md).not.toContain('<img')
    expect(md).not.toContain('![x]')
    expect(md).not.toMatch(/@octo-org|#12/)
  })

  it('renders a dry run', async () => {
    const o = outcome('dry-run')
    await expect(
      renderPushSummary(o, decidePushVerdict(o, 0), 0, { selection: files.selection })
    ).toMatchFileSnapshot('__golden__/push-summary-dry-run.md')
  })

  it('renders a cap exceeded', async () => {
    const o = outcome('cap-exceeded')
    await expect(renderPushSummary(o, decidePushVerdict(o, 0), 0)).toMatchFileSnapshot(
      '__golden__/push-summary-cap.md'
    )
  })

  it('caps the per-org tables and stays within the summary budget for 20,000 failures', () => {
    const o = outcome('finished')
    const org = (i: number): string => `00D${String(i).padStart(12, '0')}`
    const failedJobs = Array.from({ length: 20_000 }, (_, i): FailedJob => ({
      jobId: `0DX${i}`,
      orgKey: org(i),
      errors: [
        {
          severity: 'Error',
          type: `Type${i % 7}`,
          title: `Title ${i % 3}`,
          message: `Message for ${org(i)} ${'x'.repeat(400)}`,
          details: ''
        }
      ]
    }))
    const big: PushOutcome = { ...o, failedJobs, counts: { ...emptyCounts(), failed: 20_000 } }
    const md = renderPushSummary(big, decidePushVerdict(big, 0), 0, files)
    expect(md).toContain(`### Failed orgs (first ${MAX_TABLE_ROWS} of 20000)`)
    expect(md).toContain('### Failures by error (21 groups)')
    expect(byteLength(md)).toBeLessThan(200_000)
  })

  it('writes CSV files that keep every failed and refused org, and every decision', async () => {
    const o = outcome('finished')
    const subs = new Map(o.selection.eligible.map((s) => [s.orgKey.slice(0, 15), s]))
    const failures = toFailuresCsv(failedOrgRows(o.failedJobs, o.rejected, subs, o.versions))
    const selection = toSelectionCsv(o.selection, o.versions)
    // RFC 4180 line ends; the goldens are stored with LF (the repository normalises line ends).
    for (const csv of [failures, selection])
      expect(
        csv
          .split('\r\n')
          .slice(0, -1)
          .every((line) => !line.includes('\n'))
      ).toBe(true)
    await expect(failures.replaceAll('\r\n', '\n')).toMatchFileSnapshot(
      '__golden__/push-failures.csv'
    )
    await expect(selection.replaceAll('\r\n', '\n')).toMatchFileSnapshot(
      '__golden__/push-selection.csv'
    )
  })
})
