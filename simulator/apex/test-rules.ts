/**
 * Deterministic Apex test rules (documented in simulator/README.md). A test class is a class
 * annotated `@isTest`; its test methods are those annotated `@isTest` or declared `testMethod`.
 * A method fails at the first line (outside comments) that matches, in this order:
 *  - `// sim:test-fail <message>`                         → `<message>`
 *  - `System.assert(false…` / `Assert.fail(`              → `System.AssertException: Assertion Failed`
 *  - `Assert.isTrue(false` / `Assert.isFalse(true`        → `…: Expected: true, Actual: false` (or reverse)
 *  - `System.assertEquals(a, b` / `Assert.areEqual(a, b` with two different literals
 *                                                          → `…: Expected: a, Actual: b`
 *  - a division by the literal `0`                         → `System.MathException: Divide by 0`
 * Stack trace: `Class.<Class>.<method>: line N, column 1`. Each method takes
 * 20 + (FNV-1a hash of `Class.method` mod 480) ms.
 */
import { stableHash } from '../core/clock.ts'
import { maskApex, sourceLines } from './apex-source.ts'

/** One test method and its scripted outcome. */
export interface ApexTestMethod {
  className: string
  methodName: string
  durationMs: number
  failure?: { message: string; line: number }
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
  const marker = /\/\/\s*sim:test-fail\s+(.+?)\s*$/.exec(line)
  if (marker?.[1]) return marker[1]
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

function bodyRange(masked: string, from: number): { start: number; end: number } {
  const open = masked.indexOf('{', from)
  let depth = 0
  for (let i = open; i >= 0 && i < masked.length; i++) {
    if (masked[i] === '{') depth++
    if (masked[i] === '}' && --depth === 0) return { start: open, end: i }
  }
  return { start: open, end: masked.length }
}

function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++
  return line
}

/** The test methods of a test class with their outcomes ([] when it is not a test class). */
export function testMethodsOf(className: string, source: string): ApexTestMethod[] {
  if (!isTestClass(source)) return []
  const masked = maskApex(source)
  const lines = sourceLines(source)
  const maskedLines = sourceLines(masked)
  const methods: ApexTestMethod[] = []
  for (const match of masked.matchAll(TEST_METHOD)) {
    const methodName = match[2] ?? match[3]
    if (!methodName) continue
    const range = bodyRange(masked, match.index + match[0].length)
    const first = lineAt(masked, range.start)
    const last = lineAt(masked, range.end)
    const method: ApexTestMethod = {
      className,
      methodName,
      durationMs: testDurationMs(className, methodName)
    }
    for (let line = first; line <= last; line++) {
      const original = lines[line - 1] ?? ''
      const hasMarker = /\/\/\s*sim:test-fail/.test(original)
      if (!hasMarker && (maskedLines[line - 1] ?? '').trim() === '') continue
      const message = failureOf(original)
      if (message) {
        method.failure = { message, line }
        break
      }
    }
    methods.push(method)
  }
  return methods
}
