/**
 * Deterministic Apex test rules (documented in simulator/README.md). A test class is a class
 * annotated `@isTest` (with or without parameters such as `SeeAllData=true`); its test methods are
 * those annotated `@isTest` or declared `testMethod`; `@TestSetup` methods run before each test.
 *
 * A method fails at the first line (outside comments) on its straight-line path that matches, in
 * this order:
 *  - `// sim:test-fail <message>` (anywhere in the method)  → `<message>`
 *  - `System.assert(false…` / `Assert.fail(`              → `System.AssertException: Assertion Failed`
 *  - `Assert.isTrue(false` / `Assert.isFalse(true`        → `…: Expected: true, Actual: false` (or reverse)
 *  - `System.assertEquals(a, b` / `Assert.areEqual(a, b` with two different literals
 *                                                          → `…: Expected: a, Actual: b`
 *  - a division by the literal `0`                         → `System.MathException: Divide by 0`
 * The straight-line path is the method body and the blocks that always run: `System.runAs(…) {}`,
 * `finally {}` and bare `{}` blocks. Lines inside `try`, `catch`, `if`, `else`, loops and `switch`
 * are not on it: `try { codeThatThrows(); Assert.fail('expected'); } catch (E e) {…}` is the
 * "expect an exception" idiom, and its `Assert.fail` is the line that never runs when the test
 * passes on a real org. Nor is anything after a conditional `return` (`catch (E e) { return; }
 * Assert.fail();`). A failing `@TestSetup` method fails every test method of its class, at the
 * setup method's line. Stack trace: `Class.<Class>.<method>: line N, column 1`. Each method takes
 * 20 + (FNV-1a hash of `Class.method` mod 480) ms.
 */
import { stableHash } from '../core/clock.ts'
import { type ApexBlock, maskApex, scanApex, sourceLines } from './apex-source.ts'

/** One test method and its scripted outcome. */
export interface ApexTestMethod {
  className: string
  methodName: string
  durationMs: number
  failure?: { message: string; line: number; method?: string }
}

const TEST_CLASS = /@istest\b[^{]*?\bclass\s+(\w+)/i
const TEST_METHOD =
  /(?:@istest\b(?:\s*\([^)]*\))?((?:\s+(?:public|private|global|protected|static|override|virtual))*)\s+void\s+(\w+)\s*\(|\btestmethod\s+void\s+(\w+)\s*\()/gi

/** Duration of a test method in ms, stable for a given class and method name. */
export function testDurationMs(className: string, methodName: string): number {
  return 20 + (stableHash(`${className}.${methodName}`) % 480)
}

/** True when the class source declares an `@isTest` class. */
export function isTestClass(source: string): boolean {
  const masked = maskApex(source)
  const firstClass = /\bclass\s+\w+/i.exec(masked)
  return (
    firstClass !== null && TEST_CLASS.test(masked.slice(0, firstClass.index + firstClass[0].length))
  )
}

function literalValue(text: string): string | undefined {
  const trimmed = text.trim()
  if (/^'(?:[^'\\]|\\.)*'$/.test(trimmed)) return trimmed.slice(1, -1)
  if (/^(-?\d+(\.\d+)?|true|false|null)$/i.test(trimmed)) return trimmed
  return undefined
}

function failureOf(line: string): string | undefined {
  const code = line.replace(/\/\/.*$/, '')
  if (/\bSystem\.assert\s*\(\s*false\b|\bAssert\.fail\s*\(/i.test(code)) {
    return 'System.AssertException: Assertion Failed'
  }
  if (/\bAssert\.isTrue\s*\(\s*false\b/i.test(code)) {
    return 'System.AssertException: Assertion Failed: Expected: true, Actual: false'
  }
  if (/\bAssert\.isFalse\s*\(\s*true\b/i.test(code)) {
    return 'System.AssertException: Assertion Failed: Expected: false, Actual: true'
  }
  const equals =
    /\b(?:System\.assertEquals|Assert\.areEqual)\s*\(\s*('(?:[^'\\]|\\.)*'|[^,()]+)\s*,\s*('(?:[^'\\]|\\.)*'|[^,()]+)/i.exec(
      code
    )
  if (equals?.[1] && equals[2]) {
    const expected = literalValue(equals[1])
    const actual = literalValue(equals[2])
    if (expected !== undefined && actual !== undefined && expected !== actual) {
      return `System.AssertException: Assertion Failed: Expected: ${expected}, Actual: ${actual}`
    }
  }
  if (/\/\s*0(?![\d.])/.test(code.replace(/'(?:[^'\\]|\\.)*'/g, "''")))
    return 'System.MathException: Divide by 0'
  return undefined
}

/** Blocks that always run when the statement before them ran. */
const STRAIGHT_BLOCK = /^(?:System\.runAs\s*\(|finally$|$)/i
/** A statement that only runs on a condition (`if (x) Assert.fail();`). */
const CONDITIONAL_STATEMENT = /^(?:if|else|for|while|do|when|switch)\b/i
const TEST_SETUP =
  /@testsetup\b(?:\s*\([^)]*\))?(?:\s+(?:public|private|global|protected|static))*\s+void\s+(\w+)\s*\(/gi

interface MethodBody {
  name: string
  block: ApexBlock
}

function isStraight(block: ApexBlock | undefined, method: ApexBlock): boolean {
  for (let current = block; current && current !== method; current = current.parent) {
    if (current.kind !== 'code' || !STRAIGHT_BLOCK.test(current.header.trim())) return false
  }
  return true
}

/** Lines where a statement on the method's straight-line path starts. */
function straightLines(
  statements: ReturnType<typeof scanApex>['statements'],
  method: ApexBlock
): Set<number> {
  const inMethod = (statement: (typeof statements)[number]): boolean => {
    for (let b = statement.block; b; b = b.parent) if (b === method) return true
    return false
  }
  const own = statements.filter(inMethod)
  // After a conditional `return` (`catch (E e) { …; return; }`), the rest only runs on the other
  // branch: the test expected the exception, and the `Assert.fail` below it is the unreached line.
  let cutoff = Number.POSITIVE_INFINITY
  for (const statement of own) {
    if (!/^return\b/i.test(statement.text) || isStraight(statement.block, method)) continue
    let outer = statement.block
    while (outer?.parent && outer.parent !== method && isStraight(outer.parent, method) === false)
      outer = outer.parent
    cutoff = Math.min(cutoff, outer?.close?.line ?? statement.start.line)
  }
  const lines = new Set<number>()
  for (const statement of own) {
    if (statement.header || CONDITIONAL_STATEMENT.test(statement.text)) continue
    if (statement.start.line > cutoff) continue
    if (isStraight(statement.block, method)) lines.add(statement.start.line)
  }
  return lines
}

/** The first failing line of a method, if any. */
function methodFailure(
  body: MethodBody,
  scan: ReturnType<typeof scanApex>,
  lines: string[]
): { message: string; line: number } | undefined {
  const first = body.block.open.line
  const last = body.block.close?.line ?? lines.length
  const reached = straightLines(scan.statements, body.block)
  for (let line = first; line <= last; line++) {
    const original = lines[line - 1] ?? ''
    const marker = /\/\/\s*sim:test-fail\s+(.+?)\s*$/.exec(original)?.[1]
    if (marker) return { message: marker, line }
    if (!reached.has(line)) continue
    const message = failureOf(original)
    if (message) return { message, line }
  }
  return undefined
}

function methodBlock(scan: ReturnType<typeof scanApex>, name: string, from: number): ApexBlock {
  const line = lineAt(scan.masked, scan.masked.indexOf('{', from))
  return (
    scan.blocks.find((b) => b.kind === 'method' && b.name === name && b.open.line === line) ??
    scan.blocks.find((b) => b.open.line === line) ?? {
      kind: 'method',
      header: '',
      open: { line, column: 1 }
    }
  )
}

function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++
  return line
}

/** The test methods of a test class with their outcomes ([] when it is not a test class). */
export function testMethodsOf(className: string, source: string): ApexTestMethod[] {
  if (!isTestClass(source)) return []
  const scan = scanApex(source)
  const lines = sourceLines(source)
  let setupFailure: { message: string; line: number; method: string } | undefined
  for (const match of scan.masked.matchAll(TEST_SETUP)) {
    const name = match[1] as string
    const failure = methodFailure(
      { name, block: methodBlock(scan, name, match.index + match[0].length) },
      scan,
      lines
    )
    if (failure) {
      setupFailure = { ...failure, method: name }
      break
    }
  }
  const methods: ApexTestMethod[] = []
  for (const match of scan.masked.matchAll(TEST_METHOD)) {
    const methodName = match[2] ?? match[3]
    if (!methodName) continue
    const block = methodBlock(scan, methodName, match.index + match[0].length)
    const method: ApexTestMethod = {
      className,
      methodName,
      durationMs: testDurationMs(className, methodName)
    }
    const failure = setupFailure ?? methodFailure({ name: methodName, block }, scan, lines)
    if (failure) method.failure = failure
    methods.push(method)
  }
  return methods
}
