/**
 * What a reviewer sees on GitHub, from the real run() against both simulators: the job summary,
 * the check run and the sticky PR comment, with hostile text from the org and limits GitHub
 * measures in bytes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type GitHubSimulator, startGitHubSimulator } from '../../github-simulator/index.ts'
import type { Simulator } from '../../simulator/index.ts'
import { passingProject, startSim, workflowStep } from '../integration/harness.ts'
import { ISSUE_REFERENCE, LIVE_IMAGE, MENTION, liveLinkTo, renderedText } from './github-render.ts'

let sim: Simulator
let gh: GitHubSimulator
beforeEach(async () => {
  sim = await startSim()
  gh = await startGitHubSimulator()
})
afterEach(async () => {
  await sim.close()
  await gh.close()
})

const META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>62.0</apiVersion><status>Active</status></ApexClass>\n'

/** A project whose classes each fail to compile with the org's `problems[i]`. */
function failingClasses(problems: string[]): string {
  const files: Record<string, string> = {}
  problems.forEach((problem, i) => {
    const name = `Broken${String(i).padStart(3, '0')}`
    files[`force-app/main/default/classes/${name}.cls`] =
      `public class ${name} {\n    // sim:compile-error ${problem}\n}\n`
    files[`force-app/main/default/classes/${name}.cls-meta.xml`] = META
  })
  return passingProject(files)
}

const validateOnPullRequest = (workspace: string, pullRequest: number) =>
  workflowStep(
    sim,
    gh,
    {
      mode: 'validate',
      'test-level': 'RunLocalTests',
      'delta-from': 'none',
      'check-run': 'true',
      'pr-comment': 'true'
    },
    workspace,
    { event: 'pull_request', pullRequest }
  )

const bytes = (text: string | null | undefined): number => Buffer.byteLength(text ?? '', 'utf8')

describe('hostile text from the org on every surface', () => {
  it('pings nobody, links no issue and loads no image in the summary, check run and PR comment', async () => {
    const pr = gh.openPullRequest()
    const hostile =
      'Methods with @AuraEnabled must be static, ask @acme/release-team, see #1 and GH-1 ' +
      '![✅ Deploy succeeded](https://evil.example/pixel.png) [fix it here](https://evil.example/x)'
    const run = await validateOnPullRequest(failingClasses([hostile]), pr)
    expect(run.failed).toBe(true)

    const [check] = gh.checkRuns()
    const comment = gh.comments(pr).find((c) => c.login === 'github-actions[bot]')
    const surfaces = {
      summary: run.summary,
      check: check?.output.summary ?? '',
      comment: comment?.body ?? ''
    }
    for (const [surface, markdown] of Object.entries(surfaces)) {
      // The problem is shown, as text.
      expect(markdown, surface).toContain('AuraEnabled must be static')
      const seen = renderedText(markdown)
      expect(seen.match(MENTION)?.[0], surface).toBeUndefined()
      expect(seen.match(ISSUE_REFERENCE)?.[0], surface).toBeUndefined()
      // Neither the image nor the link survives: their brackets are escaped.
      expect(markdown, surface).toContain('https://evil.example/pixel.png')
      expect(markdown, surface).not.toMatch(liveLinkTo('evil.example'))
      expect(markdown, surface).not.toMatch(LIVE_IMAGE)
    }
  })
})

describe('limits GitHub measures in bytes', () => {
  it('fits a check-run summary of Japanese problems into 65,535 bytes, verdict first', async () => {
    // 120 errors of 200 kana: about 26,000 characters but 78,000 bytes of problem text.
    const problems = Array.from({ length: 120 }, (_, i) => `${i}: ${'型が一致しません'.repeat(25)}`)
    const run = await validateOnPullRequest(failingClasses(problems), gh.openPullRequest())
    expect(run.failed).toBe(true)
    expect(run.log).not.toContain('Check run not created')

    const [check] = gh.checkRuns()
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(bytes(check?.output.summary)).toBeLessThanOrEqual(65_535)
    expect(check?.output.summary?.split('\n')[0]).toMatch(/^## ❌ Validation failed/)
    expect(check?.output.summary).toContain('### Component errors (120)')
    expect(check?.annotations).toHaveLength(120)
  })

  it('cuts an annotation message by its bytes, so the check run and its batch are accepted', async () => {
    // 25,000 CJK characters: under 60,000 characters, but 75,000 bytes.
    const run = await validateOnPullRequest(
      failingClasses([`長い${'エラー'.repeat(8_333)}`]),
      gh.openPullRequest()
    )
    expect(run.failed).toBe(true)
    expect(run.log).not.toContain('Check run not created')

    const [check] = gh.checkRuns()
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure' })
    const [annotation] = check?.annotations ?? []
    expect(annotation?.path).toBe('force-app/main/default/classes/Broken000.cls')
    expect(bytes(annotation?.message)).toBeLessThanOrEqual(64 * 1024)
    expect(annotation?.message.endsWith('…')).toBe(true)
  })
})

describe('sticky PR comment', () => {
  it('posts a new comment when its own was deleted after it was listed', async () => {
    const pr = gh.openPullRequest()
    const first = await validateOnPullRequest(failingClasses(['Variable does not exist: x']), pr)
    expect(first.failed).toBe(true)
    // Someone deletes the comment while the next run is between listing and updating it.
    gh.faults.add({ operation: 'updateIssueComment', kind: 'http', status: 404 })
    const second = await validateOnPullRequest(failingClasses(['Variable does not exist: y']), pr)

    expect(second.log).not.toContain('PR comment not posted')
    const ours = gh.comments(pr).filter((c) => c.login === 'github-actions[bot]')
    expect(ours.at(-1)?.body).toContain('Variable does not exist: y')
  })
})
