import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { loadActionManifest } from '../support/action-env.ts'
import { REPO_ROOT } from '../support/repo-root.ts'

interface Step {
  uses?: string
  with?: Record<string, unknown>
}
interface Workflow {
  permissions?: Record<string, string>
  jobs: Record<string, { if?: string; permissions?: Record<string, string>; steps: Step[] }>
}

const DIR = path.join(REPO_ROOT, 'examples', 'workflows')
const load = (file: string): Workflow =>
  parse(readFileSync(path.join(DIR, file), 'utf8')) as Workflow
const actionSteps = (w: Workflow): Step[] =>
  Object.values(w.jobs).flatMap((j) =>
    j.steps.filter((s) => s.uses?.includes('salesforce-deploy-action'))
  )

describe('example workflows', () => {
  it('use only inputs the action has', () => {
    const inputs = Object.keys(loadActionManifest().inputs)
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.yml'))) {
      for (const step of actionSteps(load(file))) {
        for (const key of Object.keys(step.with ?? {}))
          expect(inputs, `${file}: ${key}`).toContain(key)
      }
    }
  })

  it('give quick deploys by content actions: read, and no validation-id', () => {
    for (const file of ['deploy-on-merge.yml', 'release-on-tag.yml']) {
      const w = load(file)
      expect(w.permissions?.actions, file).toBe('read')
      const quick = actionSteps(w).filter((s) => s.with?.mode === 'quick-deploy')
      expect(quick.length, file).toBe(1)
      expect(quick[0]?.with?.['validation-id'], file).toBeUndefined()
    }
    expect(actionSteps(load('deploy-on-merge.yml')).at(-1)?.with?.['quick-deploy-fallback']).toBe(
      'deploy'
    )
    expect(actionSteps(load('release-on-tag.yml')).at(-1)?.with?.['quick-deploy-fallback']).toBe(
      'fail'
    )
  })

  it('validate same-repository pull requests and only build fork pull requests', () => {
    const w = load('pr-validate.yml')
    const validate = w.jobs.validate
    const fork = w.jobs['build-only']
    expect(validate?.if).toBe('github.event.pull_request.head.repo.full_name == github.repository')
    expect(fork?.if).toBe('github.event.pull_request.head.repo.full_name != github.repository')
    expect(validate?.steps.find((s) => s.with?.mode === 'validate')).toBeDefined()
    const forkSteps = fork?.steps.filter((s) => s.uses?.includes('salesforce-deploy-action')) ?? []
    expect(forkSteps.map((s) => s.with?.mode)).toEqual(['build'])
    expect(JSON.stringify(fork)).not.toContain('secrets.')
  })
})
