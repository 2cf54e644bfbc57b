/**
 * `run-tests: suite:NAME`: the Metadata API's runTests takes class names only, so each suite is
 * resolved to its classes before the deploy. The repository's suite file
 * (`testSuites/NAME.testSuite-meta.xml`, or `testSuites/NAME.testSuite` in a metadata folder)
 * wins, so a suite changed in the same pull request is the one used; otherwise the org's
 * ApexTestSuite and its TestSuiteMembership rows are read through the Tooling API.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { TestResult } from '../model/deploy-result.ts'
import type { SalesforceRest } from '../salesforce-rest/rest-client.ts'
import { codeSpanInCell, escapeTableCell } from '../report/escape.ts'
import { ActionError } from '../shared/errors.ts'
import { BuildError } from '../source/build-error.ts'
import { parseXml, textContent } from '../source/xml.ts'

/** One suite and where its classes came from. */
export interface ResolvedSuite {
  name: string
  from: 'repository' | 'org'
  classes: string[]
  /** Repository path of the suite file. */
  path?: string
}

// Folders never searched: tooling caches and dependencies are not the project's metadata.
const SKIP = new Set(['node_modules', '.git', '.sfdx', '.sf', 'dist', 'coverage'])
const MAX_DEPTH = 8
const SUITE_FILE = /^(.+)\.testSuite(-meta\.xml)?$/

/**
 * The `<testClassName>` entries of a suite file, read with the XML parser: a commented-out entry
 * or one inside CDATA is not a class to run. A malformed file stops the run, naming its line.
 */
export function suiteFileClasses(xml: string, file: string): string[] {
  let root
  try {
    root = parseXml(xml, file)
  } catch (error) {
    if (!(error instanceof BuildError)) throw error
    throw new ActionError(
      `run-tests: ${error.problems.join(' ')} Fix the suite file, or name a suite the org holds.`
    )
  }
  const classes: string[] = []
  for (const node of root.children) {
    if (node.kind !== 'element' || node.name !== 'testClassName') continue
    const name = textContent(node.children)
    if (name !== '') classes.push(name)
  }
  return classes
}

/** Suite files under `root` by suite name (lowercased), without following links. */
export function findSuiteFiles(root: string): Map<string, string> {
  const found = new Map<string, string>()
  const walk = (dir: string, depth: number): void => {
    if (depth > MAX_DEPTH) return
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      if (entry.isDirectory() && !SKIP.has(entry.name)) walk(path.join(dir, entry.name), depth + 1)
      if (!entry.isFile() || path.basename(dir) !== 'testSuites') continue
      const name = SUITE_FILE.exec(entry.name)?.[1]
      if (name && !found.has(name.toLowerCase()))
        found.set(name.toLowerCase(), path.join(dir, entry.name))
    }
  }
  if (lstatSync(root, { throwIfNoEntry: false })?.isDirectory()) walk(root, 0)
  return found
}

// Record ids are 15 or 18 letters and digits: anything else is not put into a query.
const RECORD_ID = /^[A-Za-z0-9]{15}([A-Za-z0-9]{3})?$/

const quoted = (values: string[]): string => values.map((v) => `'${v}'`).join(', ')

/** The org's suites with these names and their classes (three Tooling queries). */
export async function orgSuites(rest: SalesforceRest, names: string[]): Promise<ResolvedSuite[]> {
  if (names.length === 0) return []
  const suites = await rest.queryAll<{ Id: string; TestSuiteName: string }>(
    `SELECT Id, TestSuiteName FROM ApexTestSuite WHERE TestSuiteName IN (${quoted(names)})`,
    { tooling: true }
  )
  const ids = suites.map((s) => s.Id).filter((id) => RECORD_ID.test(id))
  const members =
    ids.length === 0
      ? []
      : await rest.queryAll<{ ApexTestSuiteId: string; ApexClassId: string }>(
          `SELECT ApexTestSuiteId, ApexClassId FROM TestSuiteMembership WHERE ApexTestSuiteId IN (${quoted(ids)})`,
          { tooling: true }
        )
  const classIds = [...new Set(members.map((m) => m.ApexClassId))].filter((id) =>
    RECORD_ID.test(id)
  )
  const classes =
    classIds.length === 0
      ? []
      : await rest.queryAll<{ Id: string; Name: string; NamespacePrefix: string | null }>(
          `SELECT Id, Name, NamespacePrefix FROM ApexClass WHERE Id IN (${quoted(classIds)})`,
          { tooling: true }
        )
  const nameOf = new Map(
    classes.map((c) => [c.Id, c.NamespacePrefix ? `${c.NamespacePrefix}.${c.Name}` : c.Name])
  )
  return suites.map((suite) => ({
    name: suite.TestSuiteName,
    from: 'org' as const,
    classes: members
      .filter((m) => m.ApexTestSuiteId === suite.Id)
      .map((m) => nameOf.get(m.ApexClassId))
      .filter((n): n is string => n !== undefined)
  }))
}

/**
 * Resolves every named suite, repository first, then the org (only when needed). A suite found
 * nowhere, or one with no class, stops the run: deploying with fewer tests than asked is the
 * silent pass this guards against.
 */
export async function resolveSuites(
  names: string[],
  root: string,
  org: () => SalesforceRest | undefined
): Promise<ResolvedSuite[]> {
  const files = findSuiteFiles(root)
  const resolved: ResolvedSuite[] = []
  const missing: string[] = []
  for (const name of names) {
    const file = files.get(name.toLowerCase())
    if (!file) {
      missing.push(name)
      continue
    }
    const relative = path.relative(root, file).split(path.sep).join('/')
    resolved.push({
      name,
      from: 'repository',
      classes: suiteFileClasses(readFileSync(file, 'utf8'), relative),
      path: relative
    })
  }
  const rest = missing.length > 0 ? org() : undefined
  if (missing.length > 0 && !rest)
    throw new ActionError(`run-tests: no test suite named ${missing.join(', ')} in the repository.`)
  const fromOrg = rest ? await orgSuites(rest, missing) : []
  const unknown = missing.filter(
    (name) => !fromOrg.some((s) => s.name.toLowerCase() === name.toLowerCase())
  )
  if (unknown.length > 0)
    throw new ActionError(
      `run-tests: no test suite named ${unknown.map((n) => `suite:${n}`).join(', ')} in the repository (testSuites/*.testSuite-meta.xml) or the org (ApexTestSuite).`
    )
  const all = [...resolved, ...fromOrg]
  const empty = all.filter((s) => s.classes.length === 0)
  if (empty.length > 0)
    throw new ActionError(
      `run-tests: test suite ${empty.map((s) => `${s.name} (${s.from})`).join(', ')} holds no test class; the deploy would run fewer tests than asked.`
    )
  return all
}

/** `3 passed, 1 failed` for a class's tests in the run, or `not run`. */
function classResult(name: string, tests: TestResult[]): string {
  const short = (name.split('.').pop() ?? name).toLowerCase()
  const own = tests.filter((t) => t.className.toLowerCase() === short)
  if (own.length === 0) return 'not run'
  const failed = own.filter((t) => t.outcome === 'Fail').length
  return `${own.length - failed} passed${failed > 0 ? `, ${failed} failed` : ''}`
}

/** The summary section naming each suite, where it came from, its classes and their results. */
export function suiteSection(suites: ResolvedSuite[], tests: TestResult[] = []): string {
  const rows = suites.map((s) => {
    const from =
      s.from === 'repository' ? `repository ${codeSpanInCell(s.path ?? '')}` : 'org (ApexTestSuite)'
    const results = s.classes.map((c) => `${c}: ${classResult(c, tests)}`).join('; ')
    return `| ${escapeTableCell(s.name)} | ${from} | ${escapeTableCell(s.classes.join(', '))} | ${escapeTableCell(results)} |`
  })
  return [
    '### Test suites',
    '',
    '| Suite | From | Test classes | Results |',
    '| --- | --- | --- | --- |',
    ...rows,
    ''
  ].join('\n')
}
