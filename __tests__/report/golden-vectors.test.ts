import { describe, expect, it } from 'vitest'
import { buildAnnotations } from '../../src/report/annotations.ts'
import { toCoberturaXml } from '../../src/report/cobertura.ts'
import { toJsonSummary } from '../../src/report/json-summary.ts'
import { toJUnitXml } from '../../src/report/junit.ts'
import { toLcov } from '../../src/report/lcov.ts'
import { buildReport, type ReportInput } from '../../src/report/report-model.ts'
import { renderSummary } from '../../src/report/summary.ts'
import { readVector } from '../support/fixtures.ts'
import { FakeRepo, fromSfCliJson } from '../support/report-builders.ts'

/** The recorded CLI results, with a repository that holds the deployed sources. */
const CASES: { vector: string; mode: ReportInput['mode']; repo: FakeRepo; threshold?: number }[] = [
  {
    vector: 'sfcli-deploy-test-failure.json',
    mode: 'deploy',
    repo: FakeRepo.withApex([
      'MyClassName',
      'MyClassNameTest',
      'ViolationExample',
      'GetAccountService',
      'GetAccountServiceTest',
      'ViolationExampleTest'
    ])
  },
  {
    vector: 'sfcli-deploy-component-failure.json',
    mode: 'deploy',
    repo: FakeRepo.withApex(['MyClassName'])
  },
  {
    vector: 'sfcli-validate-coverage-warnings.json',
    mode: 'validate',
    threshold: 75,
    repo: FakeRepo.withApex(
      [
        'AsyncJob',
        'AsyncJobEventConstants',
        'AsyncJobEventService',
        'AsyncJobRequest',
        'AsyncJobRequestConstants',
        'AsyncJobRequestDistributor',
        'AsyncJobRequestSelector',
        'BatchFlexQueueService',
        'BatchJobProcessor',
        'BatchableJob',
        'ChangeStatusJobEventHandler',
        'ErrorJobEventHandler',
        'QueueJobEventHandler',
        'QueueableJob',
        'QueueableJobProcessor'
      ],
      ['AsyncJobRequestTrigger', 'AsyncJobEventTrigger'],
      ['force-app/main/default/objects/AsyncJobRequest__c/fields/BatchSize__c.field-meta.xml']
    )
  }
]

describe.each(CASES)('golden output for $vector', ({ vector, mode, repo, threshold }) => {
  const json = readVector(vector)
  const name = vector.replace(/\.json$/, '')
  it('renders summary, annotations, JUnit and coverage files', async () => {
    const result = fromSfCliJson(json)
    const host = new URL(String((json as { result: { deployUrl: string } }).result.deployUrl)).host
    const report = buildReport({
      result,
      mode,
      orgLabel: host,
      instanceUrl: `https://${host}`,
      apiVersion: '64.0',
      testLevel: 'RunLocalTests',
      blobBaseUrl: 'https://github.com/acme/sf-app/blob/0123456789abcdef0123456789abcdef01234567',
      ...(threshold !== undefined ? { coverageThreshold: threshold } : {}),
      resolveSource: repo.resolveSource,
      resolveApexSource: repo.resolveApexSource
    })
    await expect(renderSummary(report)).toMatchFileSnapshot(`__golden__/${name}.summary.md`)
    await expect(JSON.stringify(buildAnnotations(report), null, 2)).toMatchFileSnapshot(
      `__golden__/${name}.annotations.json`
    )
    await expect(toJUnitXml(report)).toMatchFileSnapshot(`__golden__/${name}.junit.xml`)
    await expect(toCoberturaXml(report)).toMatchFileSnapshot(`__golden__/${name}.cobertura.xml`)
    await expect(toLcov(report)).toMatchFileSnapshot(`__golden__/${name}.lcov.info`)
    await expect(toJsonSummary(report)).toMatchFileSnapshot(
      `__golden__/${name}.coverage-summary.json`
    )
  })
})
