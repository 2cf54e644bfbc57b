/**
 * Writes the engine's lines to the terminal. On a TTY the deploy's progress (`InProgress ·
 * components 3/10 · tests 1/3`) is one line rewritten in place, and every other line is printed
 * above it; elsewhere (a pipe, a CI log) each progress line is a plain line, as tools that read
 * logs expect.
 */
import { escapeLogText } from '../shared/log-escape.ts'
import { redact } from '../shared/redact.ts'

/** The lines the deploy's wait prints while it runs (src/deploy/progress.ts). */
const PROGRESS = /^(Pending|InProgress|Canceling)( · |$)/

/** True for a progress line of a deploy that is still running. */
export function isProgressLine(text: string): boolean {
  return PROGRESS.test(text)
}

/** Where the writer puts its text. */
export interface WriterPorts {
  /** A whole line (the newline is added by the port). */
  line(text: string): void
  /** Raw text, no newline added; given only for a TTY. */
  write?: (chunk: string) => void
  /** Width of the terminal, so the updating line never wraps (a wrapped line cannot be rewritten). */
  columns?: number
}

/** Erase the terminal line and go back to its start. */
const CLEAR_LINE = '\r\u001b[2K'

/** A writer of lines and of one updating status line. */
export interface TerminalWriter {
  line(text: string): void
  progress(text: string): void
  /** Clears the status line, if one is shown. */
  end(): void
}

export function createTerminalWriter(ports: WriterPorts): TerminalWriter {
  const write = ports.write
  if (!write) return { line: ports.line, progress: ports.line, end: () => undefined }
  let showing = false
  const clear = (): void => {
    if (showing) write(CLEAR_LINE)
    showing = false
  }
  return {
    line(text) {
      clear()
      ports.line(text)
    },
    progress(text) {
      write(`${CLEAR_LINE}${fit(escapeLogText(text), ports.columns)}`)
      showing = true
    },
    end: clear
  }
}

/** Cuts a line to the terminal width, marking the cut. */
function fit(text: string, columns: number | undefined): string {
  if (!columns || columns < 2 || text.length < columns) return text
  return `${text.slice(0, columns - 2)}…`
}

/** The ways the CLI prints: whole lines to stdout and stderr, raw chunks for the updating line. */
export interface TerminalPorts {
  out(line: string): void
  err(line: string): void
  write?: ((chunk: string) => void) | undefined
}

/**
 * The same ports with every secret the run knows, and every credential shape, redacted: what the
 * CLI prints quotes the org and thrown errors (a failed cancel at Ctrl-C, a sign-in error), and no
 * runner masks a terminal or another CI system's log.
 */
export function redactedTerminal<T extends TerminalPorts>(ports: T): T {
  const write = ports.write
  return {
    ...ports,
    out: (line: string) => ports.out(redact(line)),
    err: (line: string) => ports.err(redact(line)),
    ...(write ? { write: (chunk: string) => write(redact(chunk)) } : {})
  }
}
