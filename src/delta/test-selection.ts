/**
 * Pure: picks the Apex test classes that matter for a set of changed classes and triggers, by
 * naming convention (FooTest, Foo_Test, TestFoo, FooTests) and by test classes whose source
 * refers to the changed class (or, for a trigger, to the object it fires on). Apex names are
 * case-insensitive, so every comparison is.
 */

/** An Apex class or trigger at head. */
export interface ApexSource {
  name: string
  kind: 'class' | 'trigger'
  text: string
}

/** A chosen test class and why it was chosen. */
export interface TestChoice {
  testClass: string
  reasons: string[]
}

/** The selection: tests to run, and changed code no test was found for. */
export interface TestSelection {
  tests: TestChoice[]
  /** Changed classes and triggers (not tests themselves) with no test found, as `ApexClass Foo`. */
  uncovered: string[]
}

/** Removes comments and string literals so that names in them do not count as references. */
export function stripCommentsAndStrings(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'/g, ' ')
}

/** Whether Apex source declares a test class (`@isTest` or the old `testMethod` keyword). */
export function isTestClass(text: string): boolean {
  const code = stripCommentsAndStrings(text)
  return /@istest\b/i.test(code) || /\btestmethod\b/i.test(code)
}

/** The object a trigger fires on: `trigger Name on Object (...)`. */
export function triggerObject(text: string): string | undefined {
  return /\btrigger\s+\w+\s+on\s+(\w+)/i.exec(stripCommentsAndStrings(text))?.[1]
}

function conventionalNames(name: string): string[] {
  const n = name.toLowerCase()
  return [`${n}test`, `${n}_test`, `test${n}`, `${n}tests`]
}

interface TestClass {
  name: string
  tokens: Set<string>
}

function identifiers(text: string): Set<string> {
  return new Set(
    stripCommentsAndStrings(text)
      .toLowerCase()
      .match(/[a-z_][a-z0-9_]*/g) ?? []
  )
}

/**
 * Chooses tests for `changed` (Apex classes and triggers added or modified in the delta) among
 * the test classes in `sources`. A changed test class is run itself.
 */
export function selectTests(
  changed: { name: string; kind: 'class' | 'trigger' }[],
  sources: ApexSource[]
): TestSelection {
  const tests: TestClass[] = sources
    .filter((s) => s.kind === 'class' && isTestClass(s.text))
    .map((s) => ({ name: s.name, tokens: identifiers(s.text) }))
  const byLower = new Map(tests.map((t) => [t.name.toLowerCase(), t]))
  const text = new Map(sources.map((s) => [`${s.kind}:${s.name.toLowerCase()}`, s.text]))
  const reasons = new Map<string, string[]>()
  const choose = (test: string, reason: string): void => {
    const list = reasons.get(test) ?? []
    if (!list.includes(reason)) list.push(reason)
    reasons.set(test, list)
  }
  const uncovered: string[] = []
  for (const c of changed) {
    const own = byLower.get(c.name.toLowerCase())
    if (c.kind === 'class' && own) {
      choose(own.name, 'changed test class')
      continue
    }
    const label = `${c.kind === 'class' ? 'ApexClass' : 'ApexTrigger'} ${c.name}`
    let found = false
    for (const candidate of conventionalNames(c.name)) {
      const t = byLower.get(candidate)
      if (t) {
        choose(t.name, `named after ${label}`)
        found = true
      }
    }
    const target = c.name.toLowerCase()
    const object =
      c.kind === 'trigger' ? triggerObject(text.get(`trigger:${target}`) ?? '') : undefined
    for (const t of tests) {
      if (t.tokens.has(target)) {
        choose(t.name, `refers to ${label}`)
        found = true
      } else if (object && t.tokens.has(object.toLowerCase())) {
        choose(t.name, `uses ${object}, the object ${label} fires on`)
        found = true
      }
    }
    if (!found) uncovered.push(label)
  }
  const names = [...reasons.keys()].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1))
  return { tests: names.map((n) => ({ testClass: n, reasons: reasons.get(n) ?? [] })), uncovered }
}

/** The test level and classes a delta deploy runs, and the sentence that explains them. */
export interface TestRunChoice {
  /** Undefined: leave it to the org (no Apex changed, so nothing to choose tests for). */
  testLevel?: 'RunSpecifiedTests' | 'RunLocalTests'
  runTests: string[]
  note: string
}

/**
 * Turns a selection into the deploy's test options: RunSpecifiedTests with the chosen classes,
 * or, when some changed code has no test, RunLocalTests (`run-local`) or a failure (`fail`),
 * naming that code either way.
 */
export function decideTestRun(
  selection: TestSelection,
  missing: 'run-local' | 'fail'
): TestRunChoice | { error: string } {
  if (selection.uncovered.length > 0) {
    const names = selection.uncovered.join(', ')
    if (missing === 'fail')
      return {
        error: `run-tests: auto found no test class for ${names}. Add a test class named after it (FooTest, Foo_Test, TestFoo, FooTests) or one that refers to it, list the tests in run-tests, or set missing-tests: run-local.`
      }
    return {
      testLevel: 'RunLocalTests',
      runTests: [],
      note: `Tests: RunLocalTests instead of the chosen tests, because no test class was found for ${names} (missing-tests: run-local).`
    }
  }
  if (selection.tests.length === 0)
    return {
      runTests: [],
      note: 'Tests: no Apex class or trigger changed, so no tests were chosen; the org runs its default (none outside production).'
    }
  const names = selection.tests.map((t) => t.testClass)
  return {
    testLevel: 'RunSpecifiedTests',
    runTests: names,
    note: `Tests: RunSpecifiedTests with ${names.join(', ')} (chosen from the changed Apex code).`
  }
}
