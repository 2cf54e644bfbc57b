import type { SourceMap } from '../model/source-map.ts'
import type { Member, ResolvedComponent } from './component.ts'
import type { ChildType, MetadataType } from './registry/registry.ts'

/** Which components a build takes (manifest mode); undefined = everything resolved. */
export interface Selection {
  /** Whether a top-level member (as written in package.xml) is selected. */
  component(type: MetadataType, member: string): boolean
  /** Whether a child member is selected on its own. */
  child(type: ChildType, member: string): boolean
}

/** Shared state of the transform stage: inputs, outputs and collected problems. */
export interface ConvertContext {
  /** Reads a source file with replacements applied. */
  read(path: string): Promise<Uint8Array>
  selection?: Selection
  files: Map<string, Uint8Array>
  members: Member[]
  sourceMap: SourceMap
  problems: string[]
  warnings: string[]
}

/** Writes one metadata-format file and records where it came from. */
export function emit(
  ctx: ConvertContext,
  outPath: string,
  bytes: Uint8Array,
  sources: string[]
): void {
  if (ctx.files.has(outPath)) {
    ctx.problems.push(
      `${outPath} would be written twice (from ${sources.join(', ')} and ${(ctx.sourceMap.files[outPath] ?? []).join(', ')}); remove one of them.`
    )
    return
  }
  ctx.files.set(outPath, bytes)
  ctx.sourceMap.files[outPath] = sources
}

/** Lists a member in package.xml and records where it is defined. */
export function list(
  ctx: ConvertContext,
  type: string,
  fullName: string,
  path: string,
  line?: number
): void {
  ctx.members.push({ type, fullName })
  ctx.sourceMap.components[`${type}:${fullName}`] = line === undefined ? { path } : { path, line }
}

/** Records a component's location without listing it (unaddressable or unlisted parents). */
export function locate(
  ctx: ConvertContext,
  type: string,
  fullName: string,
  path: string,
  line?: number
): void {
  ctx.sourceMap.components[`${type}:${fullName}`] = line === undefined ? { path } : { path, line }
}

/** The path of `file` relative to `folder` (both tree paths). */
export function relativeTo(folder: string, file: string): string {
  return file.slice(folder.length + 1)
}

/** Whether a component is selected (always true outside manifest mode). */
export function selected(ctx: ConvertContext, c: ResolvedComponent, member = c.fullName): boolean {
  return ctx.selection?.component(c.type, member) ?? true
}
