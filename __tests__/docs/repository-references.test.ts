/**
 * The code and the docs point only at things in the repository: no paths out of it (`../specs/…`),
 * no section numbers of specifications it does not hold (`§9.2`, `Q24`, `A.3.2`), and every
 * Markdown file a comment names exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../support/repo-root.ts'

/**
 * Files whose comments still cite outside specifications. Each entry must still have a citation
 * (the last test fails otherwise), so the list only shrinks.
 */
const NOT_YET_REWRITTEN = new Set<string>([])

const TEXT = /\.(ts|mjs|md|json)$/

function listFiles(dir: string): string[] {
  return readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`
    if (entry.isDirectory()) return listFiles(rel)
    return TEXT.test(entry.name) ? [rel] : []
  })
}

/** The lines a reader takes as prose: comments in code, every line in Markdown. */
function proseLines(file: string, text: string): { line: number; text: string }[] {
  const lines = text.split('\n').map((t, i) => ({ line: i + 1, text: t }))
  if (file.endsWith('.md')) return lines
  return lines.filter((l) => /^\s*(\/\/|\/\*|\*)/.test(l.text) || /\s\/\/\s/.test(l.text))
}

/** Section-number citations of outside specifications. */
const CITATIONS: { name: string; pattern: RegExp }[] = [
  { name: 'section sign', pattern: /§/ },
  { name: 'question number', pattern: /(?<![\w/])Q\d{1,2}\b(?![./])/ },
  { name: 'appendix number', pattern: /(?<![\w.])[AB]\.\d+(\.\d+)?\b/ },
  { name: 'outside spec', pattern: /\bspec(?! \d)\b|wire-protocol/ }
]

const problemsOf = (file: string): string[] =>
  problemsIn(file, readFileSync(path.join(REPO_ROOT, file), 'utf8'))

/** Problems in the text of one file, as `file:line: what`. */
function problemsIn(file: string, text: string): string[] {
  const problems: string[] = []
  for (const { line, text: prose } of proseLines(file, text)) {
    for (const { name, pattern } of CITATIONS)
      if (pattern.test(prose)) problems.push(`${file}:${line}: ${name}: ${prose.trim()}`)
    for (const m of prose.matchAll(/[\w./-]*[\w-]+\.md\b/g)) {
      if (!markdownExists(file, m[0]) && !writtenMarkdown().has(m[0]))
        problems.push(`${file}:${line}: no such file ${m[0]}`)
    }
  }
  for (const m of withoutCodeBlocks(file, text).matchAll(/(?:\.\.\/)+[\w-]+(?:[./][\w-]+)*/g)) {
    if (!inRepository(path.resolve(REPO_ROOT, path.dirname(file), m[0])))
      problems.push(`${file}: ${m[0]} is not a path in the repository`)
  }
  return problems
}

let written: Set<string> | undefined
/** Markdown files the action writes (`'summary.md'` in src/), which comments may name. */
function writtenMarkdown(): Set<string> {
  written ??= new Set(
    listFiles('src').flatMap((f) =>
      [...readFileSync(path.join(REPO_ROOT, f), 'utf8').matchAll(/'([\w-]+\.md)'/g)].map(
        (m) => m[1] ?? ''
      )
    )
  )
  return written
}

/** Whether a path exists inside the repository. */
function inRepository(target: string): boolean {
  return target.startsWith(REPO_ROOT + path.sep) && existsSync(target)
}

/** Markdown without its fenced code blocks, whose paths are relative to other places. */
function withoutCodeBlocks(file: string, text: string): string {
  return file.endsWith('.md') ? text.replace(/^```[\s\S]*?^```/gm, '') : text
}

/** A Markdown name resolves beside the file, in one of its parent folders, or in docs/. */
function markdownExists(file: string, name: string): boolean {
  const dirs: string[] = ['docs']
  for (let dir = path.dirname(file); dir !== '.'; dir = path.dirname(dir)) dirs.push(dir)
  dirs.push('.')
  return dirs.some((dir) => inRepository(path.join(REPO_ROOT, dir, name)))
}

describe('references in src/ and simulator/', () => {
  const files = [...listFiles('src'), ...listFiles('simulator')]

  it('stay in the repository and cite no outside specification', () => {
    expect(files.length).toBeGreaterThan(100)
    const problems = files.filter((f) => !NOT_YET_REWRITTEN.has(f)).flatMap(problemsOf)
    expect(problems).toEqual([])
  })

  it('list only files that still cite outside specifications as not yet rewritten', () => {
    const done = [...NOT_YET_REWRITTEN].filter((f) => problemsOf(f).length === 0)
    expect(done, 'remove these from NOT_YET_REWRITTEN').toEqual([])
  })
})

describe('references in README.md and docs/', () => {
  const files = ['README.md', ...listFiles('docs')]

  it('cite no outside specification and no notes folder beside the repository', () => {
    const problems = files.flatMap((file) => {
      const text = readFileSync(path.join(REPO_ROOT, file), 'utf8')
      return text
        .split('\n')
        .flatMap((line, i) =>
          /§|\.\.\/[\w-]+\/(docs|vectors|fixtures)\/|[\w-]+\.md §/.test(line)
            ? [`${file}:${i + 1}: ${line.trim()}`]
            : []
        )
    })
    expect(problems).toEqual([])
  })
})

describe('the reference checks', () => {
  it('catch a path out of the repository, a section number and a missing Markdown file', () => {
    const cited = CITATIONS.filter(({ pattern }) =>
      ['see metadata-api.md §9.2', 'the race (Q24)', 'unverified (A.3.2)', 'B.12 #1'].some((t) =>
        pattern.test(t)
      )
    )
    expect(cited.map((c) => c.name)).toEqual(['section sign', 'question number', 'appendix number'])
    expect(CITATIONS.some(({ pattern }) => pattern.test('`reports/Sales/Q1.report`'))).toBe(false)
    expect(markdownExists('simulator/push/push-jobs.ts', 'README.md')).toBe(true)
    expect(markdownExists('src/deploy/deploy.ts', 'metadata-api.md')).toBe(false)
    expect(writtenMarkdown()).toContain('summary.md')
  })

  it('report every kind of problem with its place', () => {
    const readme = 'The formats follow `../specs/docs/metadata-api.md` (cited as §n).'
    expect(problemsIn('simulator/README.md', readme)).toEqual([
      `simulator/README.md:1: section sign: ${readme}`,
      'simulator/README.md:1: no such file ../specs/docs/metadata-api.md',
      'simulator/README.md: ../specs/docs/metadata-api.md is not a path in the repository'
    ])
    const code =
      "import { x } from '../http/transport.ts'\n// Q24: lines race in late\nconst a = 'Q1'"
    expect(problemsIn('src/deploy/a.ts', code)).toEqual([
      'src/deploy/a.ts:2: question number: // Q24: lines race in late'
    ])
  })
})
