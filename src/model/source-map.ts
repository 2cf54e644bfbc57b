/**
 * Map from the deploy package back to the repository's own files, so that reports can annotate
 * source files and lines. Paths on the source side are relative to the repository (tree) root,
 * posix. Plain JSON-serialisable data; look-ups go through `resolveSource`.
 */
export interface SourceMap {
  /**
   * Metadata-format path (zip entry, or a bundle folder such as `lwc/helloWorld`) -> the source
   * files it was built from; the first one is the file to annotate by default.
   */
  files: Record<string, string[]>
  /** `Type:fullName` -> where that component (or child) is defined. */
  components: Record<string, SourceLocation>
  /** Recomposed file (`objects/Foo__c.object`) -> where each child landed and came from. */
  recomposed: Record<string, RecomposedChildLocation[]>
}

/** A place in the repository. `line` is 1-based. */
export interface SourceLocation {
  path: string
  line?: number
}

/** One child inside a recomposed file. */
export interface RecomposedChildLocation {
  type: string
  fullName: string
  /** Line where the child's element starts in the metadata-format file. */
  outputLine: number
  /** Source file holding the child, and the line where its element starts there. */
  path: string
  line: number
}

/** What a DeployMessage tells us about a problem's location. */
export interface SourceQuery {
  /** Path inside the zip as reported (`classes/Foo.cls`, `objects/Account.object`, `lwc/helloWorld`). */
  fileName: string
  componentType?: string
  fullName?: string
  lineNumber?: number
}

/** An empty map. */
export function emptySourceMap(): SourceMap {
  return { files: {}, components: {}, recomposed: {} }
}

function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined
}

/** Removes a leading `unpackaged/`-style package folder the API adds when singlePackage is false. */
function candidates(fileName: string): string[] {
  const clean = fileName.replace(/\\/g, '/').replace(/^\.?\//, '')
  const slash = clean.indexOf('/')
  return slash === -1 ? [clean] : [clean, clean.slice(slash + 1)]
}

function fromRecomposed(
  children: RecomposedChildLocation[],
  q: SourceQuery
): SourceLocation | undefined {
  if (q.fullName !== undefined) {
    const byName = children.find(
      (c) =>
        c.fullName === q.fullName && (q.componentType === undefined || c.type === q.componentType)
    )
    if (byName) return { path: byName.path, line: byName.line }
  }
  if (q.lineNumber !== undefined && q.lineNumber > 0) {
    let hit: RecomposedChildLocation | undefined
    for (const c of children)
      if (c.outputLine <= q.lineNumber && (!hit || c.outputLine > hit.outputLine)) hit = c
    if (hit) return { path: hit.path, line: hit.line + (q.lineNumber - hit.outputLine) }
  }
  return undefined
}

/**
 * Finds the repository file (and line, when known) behind a deploy message. Children inside a
 * recomposed file resolve to their own source file. Undefined when nothing maps.
 */
export function resolveSource(map: SourceMap, q: SourceQuery): SourceLocation | undefined {
  for (const name of candidates(q.fileName)) {
    const children = own(map.recomposed, name)
    if (children) {
      const child = fromRecomposed(children, q)
      if (child) return child
    }
    const files = own(map.files, name)
    const first = files?.[0]
    // In-file children (WorkflowRule Foo__c.R1) know their line inside the copied file.
    const component =
      q.componentType !== undefined && q.fullName !== undefined
        ? own(map.components, `${q.componentType}:${q.fullName}`)
        : undefined
    if (
      component?.line !== undefined &&
      files?.includes(component.path) === true &&
      q.lineNumber === undefined
    )
      return { ...component }
    if (first !== undefined) {
      if (children) return { path: first }
      return q.lineNumber !== undefined && q.lineNumber > 0
        ? { path: first, line: q.lineNumber }
        : { path: first }
    }
  }
  if (q.componentType !== undefined && q.fullName !== undefined) {
    const c = own(map.components, `${q.componentType}:${q.fullName}`)
    if (c) return { ...c }
  }
  return undefined
}
