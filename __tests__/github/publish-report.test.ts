import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArtifactUploader } from '../../src/github/ports.ts'
import { createOctokit } from '../../src/action/github/octokit.ts'
import {
  publishReport,
  type PublishPorts,
  type PublishSettings
} from '../../src/github/publish-report.ts'
import { nodeFileSystem } from '../../src/github/report-files.ts'
import type { ReportSink } from '../../src/github/ports.ts'
import { buildAnnotations, type Annotation } from '../../src/report/annotations.ts'
import { buildReport } from '../../src/report/report-model.ts'
import { byteLength } from '../../src/report/size-budget.ts'
import { MemoryLogger } from '../../src/shared/logger.ts'
import { FakeGitHub } from '../support/fake-github.ts'
import { largeResult } from '../support/report-builders.ts'

class RecordingSink implements ReportSink {
  summaries: string[] = []
  annotations: Annotation[][] = []
  async writeSummary(markdown: string): Promise<void> {
    this.summaries.push(markdown)
  }
  annotate(annotations: Annotation[]): number {
    this.annotations.push(annotations)
    return Math.min(annotations.length, 30)
  }
}

class FakeArtifacts implements ArtifactUploader {
  uploads: { name: string; files: string[]; root: string }[] = []
  private readonly fail: boolean
  constructor(fail = false) {
    this.fail = fail
  }
  async upload(name: string, files: string[], root: string): Promise<{ id?: number }> {
    if (this.fail) throw new Error('Artifact storage quota has been hit')
    this.uploads.push({ name, files, root })
    return { id: 77 }
  }
}

// 40 test failures and 25 component errors: more than one check-run batch.
const { result, repo } = largeResult({
  classes: 60,
  tests: 200,
  failingTests: 40,
  componentErrors: 25
})
const report = buildReport({
  result,
  mode: 'validate',
  orgLabel: 'acme.my.salesforce.com',
  instanceUrl: 'https://acme.my.salesforce.com',
  apiVersion: '66.0',
  coverageThreshold: 75,
  resolveSource: repo.resolveSource,
  resolveApexSource: repo.resolveApexSource
})

describe('publishReport', () => {
  let github: FakeGitHub
  let workspace: string
  let sink: RecordingSink
  let artifacts: FakeArtifacts
  let logger: MemoryLogger

  beforeEach(async () => {
    github = await new FakeGitHub().start()
    workspace = await mkdtemp(path.join(tmpdir(), 'publish-report-'))
    sink = new RecordingSink()
    artifacts = new FakeArtifacts()
    logger = new MemoryLogger()
  })
  afterEach(async () => {
    await github.stop()
    await rm(workspace, { recursive: true, force: true })
  })

  const ports = (): PublishPorts => ({
    fs: nodeFileSystem,
    sink,
    octokit: async (token) => createOctokit(token, { GITHUB_API_URL: github.url }),
    artifact: () => artifacts,
    logger
  })
  const settings = (over: Partial<PublishSettings> = {}): PublishSettings => ({
    resultsDir: 'sf-deploy-results',
    coverageFormats: ['junit', 'cobertura', 'lcov', 'json'],
    uploadArtifact: true,
    artifactName: 'salesforce-deploy-validate-1',
    checkRun: true,
    prComment: true,
    githubToken: 'test-token',
    workspace,
    github: {
      owner: 'acme',
      repo: 'sf-app',
      headSha: 'b'.repeat(40),
      prNumber: 12,
      runUrl: 'https://github.com/acme/sf-app/actions/runs/1',
      readOnly: false
    },
    ...over
  })

  it('writes every file, the summary, a check run with batched annotations, the comment and the artifact', async () => {
    const out = await publishReport(report, settings(), ports())
    const dir = path.join(workspace, 'sf-deploy-results')
    expect(out.files).toEqual({
      summary: path.join(dir, 'summary.md'),
      result: path.join(dir, 'deploy-result.json'),
      junit: path.join(dir, 'junit.xml'),
      cobertura: path.join(dir, 'coverage/cobertura.xml'),
      lcov: path.join(dir, 'coverage/lcov.info'),
      json: path.join(dir, 'coverage/coverage-summary.json')
    })
    expect(await readFile(path.join(dir, 'junit.xml'), 'utf8')).toContain(
      '<testsuites name="Apex tests 0AfLARGE00000001AAA" tests="200" failures="40"'
    )
    const resultJson = JSON.parse(await readFile(path.join(dir, 'deploy-result.json'), 'utf8')) as {
      counts: { testsFailed: number }
    }
    expect(resultJson.counts.testsFailed).toBe(40)
    expect(sink.summaries).toHaveLength(1)
    expect(byteLength(sink.summaries[0] ?? '')).toBeLessThanOrEqual(1_000_000)

    // Check run: 25 component errors + 40 test failures + coverage annotations, 50 per request.
    expect(out.checkRun).toMatchObject({ published: true })
    expect(out.annotations.channel).toBe('check-run')
    // Only what the Checks API cannot take (no file) goes to the log as well: nothing twice.
    const logged = sink.annotations.flat()
    expect(logged.length).toBeGreaterThan(0)
    expect(logged.every((a) => a.path === undefined)).toBe(true)
    expect(logged.map((a) => a.title)).toEqual(
      buildAnnotations(report)
        .filter((a) => !a.path)
        .map((a) => a.title)
    )
    const [run] = github.checkRuns
    expect(run?.body).toMatchObject({
      name: 'Salesforce validation (acme.my.salesforce.com)',
      head_sha: 'b'.repeat(40),
      external_id: '0AfLARGE00000001AAA',
      details_url: 'https://github.com/acme/sf-app/actions/runs/1'
    })
    const batchSizes = github.requests
      .filter((r) => r.path.includes('check-runs'))
      .map((r) => ((r.body?.output as { annotations?: unknown[] }).annotations ?? []).length)
    expect(batchSizes.every((n) => n <= 50)).toBe(true)
    expect(run?.annotations.length).toBe(out.annotations.count)
    expect(
      run?.annotations
        .slice(0, 25)
        .every((a) => a.annotation_level === 'failure' && String(a.title).startsWith('ApexClass'))
    ).toBe(true)
    expect(run?.annotations[25]).toMatchObject({
      title: expect.stringContaining('Test failure: Service000Test.') as string,
      path: 'force-app/main/default/classes/Service000Test.cls'
    })
    expect(run?.updates.at(-1)).toMatchObject({ status: 'completed', conclusion: 'failure' })

    // Sticky comment with the marker, linking the check run.
    const comments = github.comments.get(12) ?? []
    expect(comments).toHaveLength(1)
    expect(
      comments[0]?.body.startsWith(
        '<!-- salesforce-deploy-report:v1 key=Salesforce validation (acme.my.salesforce.com) -->'
      )
    ).toBe(true)
    expect(comments[0]?.body).toContain(`https://github.example/checks/${run?.id}`)
    expect(out.prComment).toMatchObject({ posted: true, action: 'created' })

    expect(artifacts.uploads).toEqual([
      { name: 'salesforce-deploy-validate-1', files: Object.values(out.files), root: dir }
    ])
    expect(out.artifact).toEqual({ uploaded: true, name: 'salesforce-deploy-validate-1', id: 77 })
  })

  it('on a fork PR skips the check run and comment and annotates through workflow commands', async () => {
    const out = await publishReport(
      report,
      settings({
        github: {
          owner: 'acme',
          repo: 'sf-app',
          headSha: 'c'.repeat(40),
          prNumber: 12,
          readOnly: true,
          readOnlyReason: 'pull requests from forks get a read-only token'
        }
      }),
      ports()
    )
    expect(github.requests).toHaveLength(0)
    expect(out.checkRun).toMatchObject({ published: false })
    expect(out.annotations.channel).toBe('workflow-commands')
    expect(sink.annotations[0]?.[0]).toMatchObject({
      level: 'failure',
      title: 'ApexClass Service000'
    })
    expect(out.prComment).toMatchObject({ posted: false })
    expect(logger.lines.join('\n')).toContain(
      'Check run skipped (read-only token: pull requests from forks get a read-only token)'
    )
    expect(out.files.junit).toBeDefined()
  })

  it('falls back to workflow commands when the check-run call returns 403', async () => {
    await github.stop()
    github = await new FakeGitHub({ forbidChecks: true, forbidComments: true }).start()
    const out = await publishReport(report, settings(), ports())
    expect(out.checkRun).toEqual({ published: false, reason: 'forbidden' })
    expect(out.annotations.channel).toBe('workflow-commands')
    expect(sink.annotations).toHaveLength(1)
    expect(out.prComment).toMatchObject({ posted: false })
  })

  it('never throws: a failed upload and a results-dir outside the workspace become warnings', async () => {
    artifacts = new FakeArtifacts(true)
    const failedUpload = await publishReport(
      report,
      settings({ checkRun: false, prComment: false }),
      ports()
    )
    expect(failedUpload.artifact).toMatchObject({
      uploaded: false,
      reason: 'Artifact storage quota has been hit'
    })
    const outside = await publishReport(
      report,
      settings({ resultsDir: '../elsewhere', checkRun: false, prComment: false }),
      ports()
    )
    expect(outside.files).toEqual({})
    expect(outside.artifact).toMatchObject({ uploaded: false, reason: 'no files were written' })
    expect(logger.lines.join('\n')).toContain('results-dir: "../elsewhere" resolves to')
    expect(sink.summaries).toHaveLength(2)
  })
})
