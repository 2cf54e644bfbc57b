/** Where the action writes human-readable progress; adapters map it to @actions/core or memory. */
export interface Logger {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

/** A logger that keeps lines in memory (tests, and the quiet post step). */
export class MemoryLogger implements Logger {
  readonly lines: string[] = []
  info(message: string): void {
    this.lines.push(message)
  }
  warning(message: string): void {
    this.lines.push(`warning: ${message}`)
  }
  debug(message: string): void {
    this.lines.push(`debug: ${message}`)
  }
}
