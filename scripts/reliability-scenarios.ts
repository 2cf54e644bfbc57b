// Lists the reliability scenarios declared in __tests__/reliability/*.int.test.ts and keeps the
// table in docs/reliability.md in step with them (`npm run docs`; `--check` only compares).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '..')
const SUITE = '__tests__/reliability'
const DOC = path.join(ROOT, 'docs', 'reliability.md')

/** One named scenario and the file that tests it. */
export interface ScenarioEntry {
  id: string
  title: string
  file: string
}

/** Every `scenario('ID', 'title', ...)` in the suite, in file then declaration order. */
export function listScenarios(): ScenarioEntry[] {
  const entries: ScenarioEntry[] = []
  for (const name of readdirSync(path.join(ROOT, SUITE))
    .filter((f) => f.endsWith('.int.test.ts'))
    .sort()) {
    const text = readFileSync(path.join(ROOT, SUITE, name), 'utf8')
    for (const m of text.matchAll(/scenario\(\s*'([A-Z]\d{2})',\s*'((?:[^'\\]|\\.)*)'/g)) {
      entries.push({
        id: m[1] ?? '',
        title: (m[2] ?? '').replace(/\\'/g, "'"),
        file: `${SUITE}/${name}`
      })
    }
  }
  return entries
}

/** The markdown table of the scenarios. */
export function scenarioTable(entries: ScenarioEntry[]): string {
  const rows = entries.map((e) => `| ${e.id} | ${e.title.replace(/\|/g, '\\|')} | \`${e.file}\` |`)
  return ['| id | scenario | test |', '| --- | --- | --- |', ...rows].join('\n')
}

/** The table as it stands in docs/reliability.md. */
export function documentedTable(): string {
  return MARKED.exec(readFileSync(DOC, 'utf8'))?.[2]?.trim() ?? ''
}

const MARKED = /(<!-- scenarios:start -->)([\s\S]*?)(<!-- scenarios:end -->)/

if (import.meta.main) {
  const table = scenarioTable(listScenarios())
  if (process.argv.includes('--check')) {
    if (documentedTable() !== table) {
      console.error('docs/reliability.md is out of step with the suite: run `npm run docs`.')
      process.exit(1)
    }
  } else {
    const text = readFileSync(DOC, 'utf8')
    if (!MARKED.test(text)) throw new Error('docs/reliability.md lacks the scenarios markers')
    writeFileSync(
      DOC,
      text.replace(
        MARKED,
        (_, start: string, _body: string, end: string) => `${start}\n${table}\n${end}`
      )
    )
  }
}
