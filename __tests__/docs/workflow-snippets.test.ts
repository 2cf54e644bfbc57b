import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseDocument } from 'yaml'
import { describe, expect, it } from 'vitest'
import { loadActionManifest } from '../support/action-env.ts'
import { REPO_ROOT } from '../support/repo-root.ts'

/** The one name every document and example uses for this action. */
const PUBLISHED_NAME = 'your-org/salesforce-deploy-action@v1'

interface Snippet {
  /** `README.md:24`: the file and the line of the opening fence. */
  where: string
  text: string
}

interface Step {
  id?: string
  uses?: string
  with?: Record<string, unknown>
}

/** Every ```yaml fenced block of a Markdown text, with the line of its opening fence. */
function yamlBlocks(markdown: string, file: string): Snippet[] {
  const snippets: Snippet[] = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i] ?? '')) continue
    const start = i
    const body: string[] = []
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i] ?? ''); i++) body.push(lines[i] ?? '')
    snippets.push({ where: `${file}:${start + 1}`, text: body.join('\n') })
  }
  return snippets
}

const isWorkflow = (text: string): boolean => /^\s*(jobs|steps):/m.test(text)

function documentedSnippets(): Snippet[] {
  const files = [
    'README.md',
    ...readdirSync(path.join(REPO_ROOT, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`)
  ]
  return files.flatMap((file) =>
    yamlBlocks(readFileSync(path.join(REPO_ROOT, file), 'utf8'), file).filter((s) =>
      isWorkflow(s.text)
    )
  )
}

/** Parses a snippet; YAML errors (GitHub rejects the file) fail with their message. */
function parseWorkflow(snippet: Snippet): Record<string, unknown> {
  const doc = parseDocument(snippet.text)
  expect(
    doc.errors.map((e) => e.message),
    snippet.where
  ).toEqual([])
  const value: unknown = doc.toJS()
  expect(typeof value, snippet.where).toBe('object')
  return value as Record<string, unknown>
}

function stepsOf(workflow: Record<string, unknown>): Step[] {
  const jobs = (workflow.jobs ?? {}) as Record<string, { steps?: Step[] }>
  return Object.values(jobs).flatMap((job) => job.steps ?? [])
}

const isThisAction = (uses: string | undefined): boolean =>
  uses !== undefined && uses.includes('salesforce-deploy-action')

/** `steps.<id>.outputs.<name>` references in a text. */
function outputReferences(text: string): { id: string; name: string }[] {
  return [...text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)].map((m) => ({
    id: m[1] ?? '',
    name: m[2] ?? ''
  }))
}

describe('workflow snippets in README.md and docs/', () => {
  const snippets = documentedSnippets()
  const manifest = loadActionManifest()

  it('finds the snippets', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(10)
  })

  it('are valid YAML and full workflows with a trigger and jobs', () => {
    for (const snippet of snippets) {
      const workflow = parseWorkflow(snippet)
      expect(workflow.on, `${snippet.where}: no on: trigger`).toBeDefined()
      expect(workflow.jobs, `${snippet.where}: no jobs:`).toBeDefined()
      for (const [name, job] of Object.entries(workflow.jobs as Record<string, unknown>)) {
        const { steps } = job as { steps?: unknown }
        expect(Array.isArray(steps), `${snippet.where}: job ${name} has no steps`).toBe(true)
      }
    }
  })

  it('give this action only inputs it has', () => {
    const inputs = Object.keys(manifest.inputs)
    for (const snippet of snippets) {
      for (const step of stepsOf(parseWorkflow(snippet)).filter((s) => isThisAction(s.uses))) {
        for (const key of Object.keys(step.with ?? {}))
          expect(inputs, `${snippet.where}: input ${key}`).toContain(key)
      }
    }
  })

  it("read only outputs this action has from this action's steps", () => {
    const outputs = Object.keys(manifest.outputs)
    let checked = 0
    for (const snippet of snippets) {
      const steps = stepsOf(parseWorkflow(snippet))
      const ours = new Set(steps.filter((s) => isThisAction(s.uses) && s.id).map((s) => s.id))
      for (const ref of outputReferences(snippet.text)) {
        expect(
          steps.map((s) => s.id),
          `${snippet.where}: no step ${ref.id}`
        ).toContain(ref.id)
        if (!ours.has(ref.id)) continue
        expect(outputs, `${snippet.where}: output ${ref.name}`).toContain(ref.name)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(0)
  })
})

describe('the published name', () => {
  const files = [
    'README.md',
    ...readdirSync(path.join(REPO_ROOT, 'docs')).map((f) => `docs/${f}`),
    ...readdirSync(path.join(REPO_ROOT, 'examples', 'workflows')).map(
      (f) => `examples/workflows/${f}`
    )
  ]

  it('is the only way docs and examples refer to this action', () => {
    let uses = 0
    for (const file of files) {
      const text = readFileSync(path.join(REPO_ROOT, file), 'utf8')
      for (const m of text.matchAll(/uses:\s*['"]?([^\s'"#]+)/g)) {
        const ref = m[1] ?? ''
        if (ref.startsWith('actions/')) continue
        expect(ref, `${file}: uses ${ref}`).toBe(PUBLISHED_NAME)
        uses++
      }
      for (const m of text.matchAll(/[\w.-]*\/salesforce-deploy-action(@[\w.-]+)?/g))
        expect(m[0], file).toBe(PUBLISHED_NAME)
    }
    expect(uses).toBeGreaterThanOrEqual(15)
  })
})

describe('yamlBlocks', () => {
  it('finds yaml fences and their lines, and leaves other languages', () => {
    const md = [
      '# t',
      '```yaml',
      'on: push',
      '```',
      '```sh',
      'jobs:',
      '```',
      '```yml',
      'a: 1',
      '```'
    ]
    expect(yamlBlocks(md.join('\n'), 'x.md')).toEqual([
      { where: 'x.md:2', text: 'on: push' },
      { where: 'x.md:8', text: 'a: 1' }
    ])
  })

  it('reports the YAML error GitHub would reject a plain scalar with ": " for', () => {
    const snippet = {
      where: 'x.md:1',
      text: 'on: push\njobs:\n  a:\n    steps:\n      - run: echo "id ${{ steps.x.outputs.y }}: done"'
    }
    expect(() => parseWorkflow(snippet)).toThrow()
  })
})
