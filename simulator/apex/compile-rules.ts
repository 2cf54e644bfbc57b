/**
 * Deterministic Apex "compiler" rules (documented in simulator/README.md):
 *  1. `}` right after a statement that lacks its `;`  → `Missing ';' at '}'` at the brace.
 *  2. A statement that is only a name or a literal  → `Expression cannot be a statement.`
 *  3. An unmatched `}`                               → `Unexpected token '}'.`
 *  4. A block left open at end of file               → `Missing '}' at '<EOF>'`.
 *  5. A line comment `// sim:compile-error <text>`   → `<text>` at that line, first non-blank column.
 * Rules 1 and 2 together reproduce the recorded two-error failure (sfcli-deploy-component-failure).
 */
import { isExecutable, scanApex, sourceLines } from './apex-source.ts'

/** One compile problem, located. */
export interface CompileError {
  line: number
  column: number
  problem: string
}

const NOT_EXPRESSIONS = new Set(['return', 'break', 'continue', 'get', 'set'])
const BARE_EXPRESSION = /^(?:[A-Za-z_][\w.]*|\d+(?:\.\d+)?[lLdD]?|'[^']*'|true|false|null)$/

const MARKER = /\/\/\s*sim:compile-error\s+(.+?)\s*$/

/** Compile problems of one class or trigger, sorted by position. */
export function compileErrors(source: string, kind: 'class' | 'trigger'): CompileError[] {
  const scan = scanApex(source)
  const errors: CompileError[] = []
  for (const statement of scan.statements) {
    if (statement.missingSemicolonAt && /[\w)\]'"]$/.test(statement.text)) {
      errors.push({ ...statement.missingSemicolonAt, problem: "Missing ';' at '}'" })
    }
    const text = statement.text.replace(/\s+/g, ' ')
    if (
      !statement.header &&
      isExecutable(statement, kind === 'trigger') &&
      BARE_EXPRESSION.test(text) &&
      !NOT_EXPRESSIONS.has(text.toLowerCase())
    ) {
      errors.push({ ...statement.start, problem: 'Expression cannot be a statement.' })
    }
  }
  for (const pos of scan.extraClosers) errors.push({ ...pos, problem: "Unexpected token '}'." })
  if (scan.unclosed.length > 0) errors.push({ ...scan.end, problem: "Missing '}' at '<EOF>'" })
  sourceLines(source).forEach((text, index) => {
    const marker = MARKER.exec(text)
    if (marker?.[1]) {
      errors.push({ line: index + 1, column: text.search(/\S/) + 1, problem: marker[1] })
    }
  })
  return errors.sort((a, b) => a.line - b.line || a.column - b.column)
}
