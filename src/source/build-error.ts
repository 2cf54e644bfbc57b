/**
 * A package could not be built. `problems` lists every problem found (all are collected before
 * failing), each naming the file(s), what was expected and how to fix it.
 */
export class BuildError extends Error {
  readonly problems: string[]

  constructor(problems: string[], summary?: string) {
    const head =
      summary ??
      `The package could not be built (${problems.length} problem${problems.length === 1 ? '' : 's'}):`
    super([head, ...problems.map((p) => `- ${p}`)].join('\n'))
    this.name = 'BuildError'
    this.problems = problems
  }
}

/** The refusal of paths that lead out of the project, one problem each. */
export function outsideRefusal(problems: string[]): BuildError {
  return new BuildError(
    problems,
    `Refused to read outside the project (${problems.length} path${problems.length === 1 ? '' : 's'}); only files inside the repository are packaged:`
  )
}

/** Collects problems during a stage and throws one BuildError at the end. */
export class ProblemList {
  readonly items: string[] = []

  add(problem: string): void {
    this.items.push(problem)
  }

  /** Throws a BuildError listing every collected problem, if any. */
  throwIfAny(summary?: string): void {
    if (this.items.length > 0) throw new BuildError(this.items, summary)
  }
}
