/**
 * A small structural scanner for Apex source: masks comments and string contents (keeping every
 * line and column in place), tracks `{}` blocks with their kind (class, method, code, enum,
 * initializer) and collects statements. The compile, test and coverage rules build on it.
 */

/** A 1-based source position. */
export interface SourcePos {
  line: number
  column: number
}

/** Kinds of `{}` blocks. */
export type BlockKind = 'class' | 'method' | 'property' | 'code' | 'enum' | 'init'

/** One `{}` block. */
export interface ApexBlock {
  kind: BlockKind
  header: string
  /** Method or class name (for method and class blocks). */
  name?: string
  open: SourcePos
  close?: SourcePos
  parent?: ApexBlock
}

/** A statement: text up to `;` (or up to a `}` when the `;` is missing). */
export interface ApexStatement {
  text: string
  start: SourcePos
  block: ApexBlock | undefined
  /** The statement lacked its `;` before this `}`. */
  missingSemicolonAt?: SourcePos
  /** The header of a block (`if (…)`, `else`, `for (…)`), not a plain statement. */
  header?: boolean
}

/** Result of scanning a source file. */
export interface ApexScan {
  masked: string
  blocks: ApexBlock[]
  statements: ApexStatement[]
  /** Unmatched `}` positions. */
  extraClosers: SourcePos[]
  /** Blocks still open at end of file. */
  unclosed: ApexBlock[]
  end: SourcePos
}

/** Replaces comments and string contents by spaces; newlines and quotes stay. */
export function maskApex(source: string): string {
  let out = ''
  let state: 'code' | 'line' | 'block' | 'string' = 'code'
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i)
    const next = source.charAt(i + 1)
    if (state === 'code') {
      if (ch === '/' && next === '/') state = 'line'
      else if (ch === '/' && next === '*') state = 'block'
      else if (ch === "'") {
        state = 'string'
        out += ch
        continue
      }
      out += state === 'code' ? ch : ' '
      continue
    }
    if (ch === '\n') {
      if (state === 'line') state = 'code'
      out += '\n'
      continue
    }
    if (state === 'block' && ch === '*' && next === '/') {
      out += '  '
      i++
      state = 'code'
      continue
    }
    if (state === 'string') {
      if (ch === '\\') {
        out += next === '\n' ? ' \n' : '  '
        i++
        continue
      }
      if (ch === "'") {
        state = 'code'
        out += ch
        continue
      }
    }
    out += ' '
  }
  return out
}

/**
 * True when the source's top-level type is an interface: interfaces have no executable code and
 * get no codeCoverage entry (sfcli-validate-coverage-warnings.json).
 */
export function isInterface(source: string): boolean {
  return /\b(class|interface)\s+\w+/i.exec(maskApex(source))?.[1]?.toLowerCase() === 'interface'
}

function blockKindOf(header: string, parent: ApexBlock | undefined): BlockKind {
  if (/\benum\b/i.test(header)) return 'enum'
  if (/\b(class|interface)\b/i.test(header)) return 'class'
  if (/(=|\(|,|\breturn|\bnew\s+[\w.<>,\s[\]]+)$/i.test(header.trimEnd())) return 'init'
  if (parent?.kind === 'class')
    return /\)\s*$/.test(header) || /\(/.test(header) ? 'method' : 'property'
  return 'code'
}

function nameOf(header: string, kind: BlockKind): string | undefined {
  if (kind === 'class') return /\b(?:class|interface)\s+(\w+)/i.exec(header)?.[1]
  if (kind === 'method')
    return /(\w+)\s*\([^()]*(\([^()]*\)[^()]*)*\)\s*(throws\s+[\w.,\s]+)?$/.exec(header)?.[1]
  return undefined
}

/** Scans Apex source into blocks and statements. */
export function scanApex(source: string): ApexScan {
  const masked = maskApex(source)
  const blocks: ApexBlock[] = []
  const statements: ApexStatement[] = []
  const extraClosers: SourcePos[] = []
  const stack: ApexBlock[] = []
  let line = 1
  let column = 1
  let pending = ''
  let pendingStart: SourcePos | undefined
  // `;` inside parentheses (`for (Integer i = 0; i < n; i++)`) does not end a statement.
  let parens = 0
  for (const ch of masked) {
    const pos = { line, column }
    if (ch === '(') parens++
    else if (ch === ')') parens = Math.max(0, parens - 1)
    if (ch === '{' || ch === '}' || (ch === ';' && parens === 0)) {
      const text = pending.trim()
      const top = stack[stack.length - 1]
      if (ch === '{') {
        const kind = blockKindOf(text, top)
        const block: ApexBlock = { kind, header: text, open: pos, ...(top ? { parent: top } : {}) }
        const name = nameOf(text, kind)
        if (name) block.name = name
        if ((kind === 'code' || kind === 'init') && text && pendingStart) {
          statements.push({ text, start: pendingStart, block: top, header: true })
        }
        blocks.push(block)
        stack.push(block)
      } else if (ch === ';') {
        if (text && pendingStart) statements.push({ text, start: pendingStart, block: top })
      } else {
        if (text && pendingStart && top && top.kind !== 'enum' && top.kind !== 'init') {
          statements.push({ text, start: pendingStart, block: top, missingSemicolonAt: pos })
        }
        const closed = stack.pop()
        if (closed) closed.close = pos
        else extraClosers.push(pos)
      }
      pending = ''
      pendingStart = undefined
    } else {
      if (!pendingStart && ch.trim() !== '') pendingStart = pos
      pending += ch
    }
    if (ch === '\n') {
      line++
      column = 1
    } else {
      column++
    }
  }
  return { masked, blocks, statements, extraClosers, unclosed: [...stack], end: { line, column } }
}

/** The method block enclosing a block (itself when it is one). */
export function enclosingMethod(block: ApexBlock | undefined): ApexBlock | undefined {
  let current = block
  while (current && current.kind !== 'method') current = current.parent
  return current
}

/** True when a statement sits in executable code (a method body, or a trigger body). */
export function isExecutable(statement: ApexStatement, trigger: boolean): boolean {
  const block = statement.block
  if (!block) return false
  if (trigger) return block.kind === 'code' || block.kind === 'init' || block.kind === 'method'
  return enclosingMethod(block) !== undefined || block.kind === 'property'
}

/** Lines of a source (1-based access via index + 1). */
export function sourceLines(source: string): string[] {
  return source.split(/\r?\n/)
}
