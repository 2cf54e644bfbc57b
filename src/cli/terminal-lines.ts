/**
 * The engine speaks to a GitHub runner in workflow commands (`::error file=...::`); a terminal
 * wants `file:line:col: error: message`, which editors and terminals make clickable. Pure.
 */

/** One line for the terminal, or nothing; `failure` marks lines to repeat in the summary. */
export interface TerminalLine {
  text: string
  level: 'info' | 'error' | 'warning' | 'notice'
  /** True for an annotation that names a file: repeated at the end, beside the verdict. */
  located: boolean
}

/** Commands that carry nothing for a person at a terminal (masks, state, debug). */
const SILENT = new Set(['add-mask', 'debug', 'endgroup', 'save-state', 'set-output', 'echo'])

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProperty(text: string): string {
  return unescapeData(text).replace(/%3A/g, ':').replace(/%2C/g, ',')
}

function parseProperties(text: string): Record<string, string> {
  const props: Record<string, string> = {}
  for (const pair of text.split(',')) {
    const at = pair.indexOf('=')
    if (at > 0) props[pair.slice(0, at).trim()] = unescapeProperty(pair.slice(at + 1))
  }
  return props
}

function location(props: Record<string, string>): string {
  if (!props.file) return ''
  const line = props.line ? `:${props.line}${props.col ? `:${props.col}` : ''}` : ''
  return `${props.file}${line}: `
}

// C0 controls but tab and line breaks, DEL, and the C1 controls (U+009B is a one-character CSI).
// eslint-disable-next-line no-control-regex -- control characters are what it must find
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g

/**
 * Text from the org or the repository as the terminal should show it: each control character
 * written as `\xHH`. An org text (a component problem, a test message) can hold escape sequences
 * that move the cursor, repaint a line already printed (a forged "✔ deploy succeeded"), set the
 * window title or write the clipboard (OSC 52); shown as text, they do nothing. The CLI's own
 * colours are added after this, by `paintLine`.
 */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
}

/** Translates one line the engine printed, its text safe for a terminal. */
export function translateLine(line: string): TerminalLine | undefined {
  const translated = translateCommand(line)
  return translated && { ...translated, text: terminalSafe(translated.text) }
}

function translateCommand(line: string): TerminalLine | undefined {
  const command = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/s.exec(line)
  if (!command) return { text: line, level: 'info', located: false }
  const [, name = '', props = '', message = ''] = command
  if (SILENT.has(name)) return undefined
  if (name === 'group') return { text: unescapeData(message), level: 'info', located: false }
  if (name === 'error' || name === 'warning' || name === 'notice') {
    const properties = parseProperties(props)
    const title = properties.title ? `${properties.title}: ` : ''
    return {
      text: `${location(properties)}${name}: ${title}${unescapeData(message)}`,
      level: name,
      located: properties.file !== undefined
    }
  }
  return undefined
}

/** Colours when the terminal shows them and NO_COLOR (https://no-color.org) is unset or empty. */
export function useColour(env: Record<string, string | undefined>, isTty: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true
  return isTty
}

const CODES = { red: 31, yellow: 33, green: 32, bold: 1, dim: 2 } as const

export type Paint = (style: keyof typeof CODES, text: string) => string

/** A painter: ANSI styles, or the text unchanged when colour is off. */
export function painter(colour: boolean): Paint {
  return colour
    ? (style, text) => `\u001b[${CODES[style]}m${text}\u001b[0m`
    : (_style, text) => text
}

/** A translated line, painted by level. */
export function paintLine(line: TerminalLine, paint: Paint): string {
  if (line.level === 'error') return paint('red', line.text)
  if (line.level === 'warning') return paint('yellow', line.text)
  return line.text
}
