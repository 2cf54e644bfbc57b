/**
 * Deterministic Apex coverage rules (documented in simulator/README.md). Coverage follows what
 * runs: the code of the tests that ran, then, until nothing more is reached, the bodies of the
 * methods and triggers that this code reaches:
 *  - Executable locations: the first line of every statement in a method, property or trigger body
 *    (control headers such as `if (…)` count; `else`, `try`, `finally`, `do` do not).
 *  - A class is exercised when code that runs names it (`\bName\b`, case-insensitive, as Apex).
 *  - In an exercised class a method is covered when code that runs calls it (`name(`), or, for a
 *    constructor, `new Name(`. Property bodies are covered when the class is exercised; so are the
 *    `start`/`execute`/`finish` methods of batch, queueable and schedulable classes (they run at
 *    `Test.stopTest()`).
 *  - A trigger on `Obj` is covered (every line) when code that runs names `Obj` and does DML; the
 *    trigger's body then runs too, so handler classes a test reaches only through DML are covered.
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

/** A class or trigger of the org. */
export interface CoverageUnit {
  name: string
  kind: 'class' | 'trigger'
  source: string
  sObject?: string
}

const NON_LOCATIONS = /^(else|try|finally|do)$/i
const DML =
  /\b(insert|update|upsert|delete|undelete|merge)\b|\bDatabase\.(insert|update|upsert|delete|undelete|merge)/i
const ASYNC_INTERFACE = /\bimplements\b[^{]*\b(Batchable|Queueable|Schedulable)\b/i
const ASYNC_ENTRY_POINTS = new Set(['start', 'execute', 'finish'])

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

/** What the code that has run so far names, calls and constructs (lower case, as Apex). */
class ReachedCode {
  readonly words = new Set<string>()
  readonly calls = new Set<string>()
  readonly constructed = new Set<string>()
  dml = false

  add(masked: string): void {
    for (const match of masked.matchAll(/\b(\w+)\b/g))
      this.words.add((match[1] as string).toLowerCase())
    for (const match of masked.matchAll(/\b(\w+)\s*\(/g))
      this.calls.add((match[1] as string).toLowerCase())
    for (const match of masked.matchAll(/\bnew\s+(?:\w+\.)*(\w+)\s*\(/gi))
      this.constructed.add((match[1] as string).toLowerCase())
    if (!this.dml && DML.test(masked)) this.dml = true
  }
}

interface ScannedUnit {
  unit: CoverageUnit
  scan: ReturnType<typeof scanApex>
  starts: number[]
  methods: ApexBlock[]
  async: boolean
  exercised: boolean
  covered: Set<ApexBlock>
}

function scanUnit(unit: CoverageUnit): ScannedUnit {
  const scan = scanApex(unit.source)
  const classHeader = scan.blocks.find((block) => block.kind === 'class')?.header ?? ''
  return {
    unit,
    scan,
    starts: offsetsOf(scan.masked),
    methods: scan.blocks.filter((block) => block.kind === 'method'),
    async: ASYNC_INTERFACE.test(classHeader),
    exercised: false,
    covered: new Set()
  }
}

function isCalled(scanned: ScannedUnit, method: ApexBlock, code: ReachedCode): boolean {
  const name = method.name?.toLowerCase()
  if (!name) return false
  if (name === scanned.unit.name.toLowerCase()) return code.constructed.has(name)
  return code.calls.has(name) || (scanned.async && ASYNC_ENTRY_POINTS.has(name))
}

/** One pass over the units; true when more code was reached. */
function reachMore(units: ScannedUnit[], code: ReachedCode): boolean {
  let grew = false
  for (const scanned of units) {
    const { unit } = scanned
    if (unit.kind === 'trigger') {
      if (scanned.exercised || !unit.sObject) continue
      if (!code.dml || !code.words.has(unit.sObject.toLowerCase())) continue
      scanned.exercised = true
      code.add(scanned.scan.masked)
      grew = true
      continue
    }
    if (!scanned.exercised && code.words.has(unit.name.toLowerCase())) {
      scanned.exercised = true
      grew = true
    }
    if (!scanned.exercised) continue
    for (const method of scanned.methods) {
      if (scanned.covered.has(method) || !isCalled(scanned, method, code)) continue
      scanned.covered.add(method)
      code.add(bodyText(scanned.scan.masked, scanned.starts, method))
      grew = true
    }
  }
  return grew
}

function factsOf(scanned: ScannedUnit): CoverageFacts {
  const trigger = scanned.unit.kind === 'trigger'
  const lines = new Map<number, ApexBlock | undefined>()
  for (const statement of scanned.scan.statements) {
    if (!isExecutable(statement, trigger) || NON_LOCATIONS.test(statement.text)) continue
    if (!lines.has(statement.start.line))
      lines.set(statement.start.line, enclosingMethod(statement.block))
  }
  const isCovered = (method: ApexBlock | undefined): boolean =>
    scanned.exercised && (trigger || method === undefined || scanned.covered.has(method))
  const source = sourceLines(scanned.unit.source)
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

/** Coverage of every class and trigger, given the sources of the test classes that ran. */
export function coverageOfAll(units: CoverageUnit[], testSources: string[]): CoverageFacts[] {
  const code = new ReachedCode()
  for (const source of testSources) code.add(maskApex(source))
  const scanned = units.map(scanUnit)
  while (reachMore(scanned, code)) {
    // Runs until no new class, method or trigger is reached.
  }
  return scanned.map(factsOf)
}

/** Coverage of a class or trigger on its own, given the sources of the test classes that ran. */
export function coverageOf(unit: CoverageUnit, testSources: string[]): CoverageFacts {
  return coverageOfAll([unit], testSources)[0] as CoverageFacts
}

/** The sObject a trigger is declared on (`trigger T on Account (…)` → `Account`). */
export function triggerObjectOf(source: string): string | undefined {
  return /\btrigger\s+\w+\s+on\s+(\w+)/i.exec(maskApex(source))?.[1]
}
