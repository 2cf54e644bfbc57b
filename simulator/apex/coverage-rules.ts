/**
 * Deterministic Apex coverage rules (documented in simulator/README.md):
 *  - Executable locations: the first line of every statement in a method, property or trigger body
 *    (control headers such as `if (…)` count; `else`, `try`, `finally`, `do` do not).
 *  - A class is exercised when the source of a test that ran names it (`\bName\b`).
 *  - In an exercised class a method is covered when a test calls it (`name(`), or, for a
 *    constructor, `new Name(`; or when a covered method of the same class calls it. Property
 *    bodies are covered when the class is exercised.
 *  - A trigger on `Obj` is covered (every line) when a test that ran names `Obj` and does DML.
 *  - A line carrying `// sim:not-covered` is never covered.
 */
import {
  type ApexBlock,
  enclosingMethod,
  isExecutable,
  maskApex,
  scanApex,
  sourceLines
} from './apex-source.ts'

/** Coverage of one class or trigger. */
export interface CoverageFacts {
  /** Executable lines, ascending. */
  locations: number[]
  notCovered: number[]
  covered: number[]
}

const NON_LOCATIONS = /^(else|try|finally|do)$/i
const DML =
  /\b(insert|update|upsert|delete|undelete|merge)\b|\bDatabase\.(insert|update|upsert|delete)/i

function offsetsOf(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  return starts
}

function bodyText(masked: string, starts: number[], block: ApexBlock): string {
  const from = (starts[block.open.line - 1] ?? 0) + block.open.column - 1
  const to = block.close ? (starts[block.close.line - 1] ?? 0) + block.close.column : masked.length
  return masked.slice(from, to)
}

function coveredMethods(
  className: string,
  methods: ApexBlock[],
  masked: string,
  tests: string
): Set<ApexBlock> {
  const starts = offsetsOf(masked)
  const calls = (text: string, name: string): boolean =>
    name === className
      ? new RegExp(`\\bnew\\s+${className}\\s*\\(`, 'i').test(text)
      : new RegExp(`\\b${name}\\s*\\(`).test(text)
  const covered = new Set(methods.filter((method) => method.name && calls(tests, method.name)))
  let grew = true
  while (grew) {
    grew = false
    const callers = [...covered].map((method) => bodyText(masked, starts, method)).join('\n')
    for (const method of methods) {
      if (!covered.has(method) && method.name && calls(callers, method.name)) {
        covered.add(method)
        grew = true
      }
    }
  }
  return covered
}

/** Coverage of a class or trigger given the sources of the test classes that ran. */
export function coverageOf(
  unit: { name: string; kind: 'class' | 'trigger'; source: string; sObject?: string },
  testSources: string[]
): CoverageFacts {
  const scan = scanApex(unit.source)
  const trigger = unit.kind === 'trigger'
  const tests = testSources.map((source) => maskApex(source)).join('\n')
  const rawTests = testSources.join('\n')
  const lines = new Map<number, ApexBlock | undefined>()
  for (const statement of scan.statements) {
    if (!isExecutable(statement, trigger) || NON_LOCATIONS.test(statement.text)) continue
    if (!lines.has(statement.start.line))
      lines.set(statement.start.line, enclosingMethod(statement.block))
  }
  let isCovered: (method: ApexBlock | undefined) => boolean
  if (trigger) {
    const exercised =
      !!unit.sObject && new RegExp(`\\b${unit.sObject}\\b`).test(rawTests) && DML.test(tests)
    isCovered = () => exercised
  } else {
    const exercised = new RegExp(`\\b${unit.name}\\b`).test(tests)
    const methods = scan.blocks.filter((block) => block.kind === 'method')
    const covered = exercised
      ? coveredMethods(unit.name, methods, scan.masked, tests)
      : new Set<ApexBlock>()
    isCovered = (method) => exercised && (method === undefined || covered.has(method))
  }
  const source = sourceLines(unit.source)
  const locations = [...lines.keys()].sort((a, b) => a - b)
  const covered: number[] = []
  const notCovered: number[] = []
  for (const line of locations) {
    const marked = /\/\/\s*sim:not-covered/.test(source[line - 1] ?? '')
    if (!marked && isCovered(lines.get(line))) covered.push(line)
    else notCovered.push(line)
  }
  return { locations, covered, notCovered }
}

/** The sObject a trigger is declared on (`trigger T on Account (…)` → `Account`). */
export function triggerObjectOf(source: string): string | undefined {
  return /\btrigger\s+\w+\s+on\s+(\w+)/i.exec(maskApex(source))?.[1]
}
