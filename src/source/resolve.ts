import type { ChildType, MetadataType, Registry } from './registry/registry.ts'
import type { ResolvedComponent } from './component.ts'
import { componentKey } from './component.ts'

/** Components of one package directory, plus the files that fit no type and other problems. */
export interface ResolveResult {
  components: Map<string, ResolvedComponent>
  unknown: string[]
  problems: string[]
}

interface Ctx {
  registry: Registry
  packageDir: string
  result: ResolveResult
}

const META = '-meta.xml'

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

function stripSuffix(name: string, suffix: string): string {
  return name.slice(0, name.length - suffix.length - 1)
}

function getComponent(
  ctx: Ctx,
  type: MetadataType,
  fullName: string,
  isFolder = false
): ResolvedComponent {
  const key = componentKey(type.name, fullName, isFolder)
  let c = ctx.result.components.get(key)
  if (!c) {
    c = { type, fullName, packageDir: ctx.packageDir, content: [], children: [], isFolder }
    ctx.result.components.set(key, c)
  }
  return c
}

/**
 * Resolves the (already .forceignore-filtered) files of one package directory into components,
 * the way the reference converter does: strict folders first, then suffixes.
 */
export function resolvePackageDir(
  registry: Registry,
  packageDir: string,
  files: string[]
): ResolveResult {
  const ctx: Ctx = {
    registry,
    packageDir,
    result: { components: new Map(), unknown: [], problems: [] }
  }
  const prefix = packageDir === '' ? '' : `${packageDir}/`
  // Files of one folder share its segments and type folder: work them out once per folder.
  const folders = new Map<string, FolderInfo>()
  for (const path of files) {
    const rel = path.slice(prefix.length)
    const slash = rel.lastIndexOf('/')
    const dir = slash === -1 ? '' : rel.slice(0, slash)
    let info = folders.get(dir)
    if (info === undefined) {
      info = folderInfo(ctx, dir)
      folders.set(dir, info)
    }
    const file = rel.slice(slash + 1)
    const segs = [...info.segs, file]
    if (info.type && resolveInFolder(ctx, info, info.type, path, segs, file)) continue
    if (resolveBySuffix(ctx, path, segs)) continue
    ctx.result.unknown.push(path)
  }
  checkMatchingContent(ctx)
  return ctx.result
}

/** A folder of a package directory: its segments and the first of them naming a type folder. */
interface FolderInfo {
  segs: string[]
  type?: MetadataType
  /** Tree path of that type folder. */
  folder: string
  /** Segments below the type folder. */
  rest: string[]
}

function folderInfo(ctx: Ctx, dir: string): FolderInfo {
  const segs = dir === '' ? [] : dir.split('/')
  for (let i = 0; i < segs.length; i++) {
    const type = ctx.registry.byFolder.get(segs[i] ?? '')
    if (!type) continue
    const folder = [ctx.packageDir, ...segs.slice(0, i + 1)].filter((s) => s !== '').join('/')
    return { segs, type, folder, rest: segs.slice(i + 1) }
  }
  return { segs, folder: '', rest: [] }
}

function resolveInFolder(
  ctx: Ctx,
  info: FolderInfo,
  type: MetadataType,
  path: string,
  segs: string[],
  file: string
): boolean {
  if (type.ownsFolder) return resolveOwned(ctx, type, info.folder, [...info.rest, file], path)
  return resolveBySuffix(ctx, path, segs, type)
}

function resolveOwned(
  ctx: Ctx,
  type: MetadataType,
  folder: string,
  rest: string[],
  path: string
): boolean {
  switch (type.strategy) {
    case 'bundle':
      return resolveBundle(ctx, type, folder, rest, path)
    case 'staticResource':
    case 'experienceBundle':
      return resolveMixed(ctx, type, folder, rest, path)
    case 'document':
      return resolveDocument(ctx, type, rest, path)
    case 'digitalExperience':
      return resolveDigitalExperience(ctx, type, folder, rest, path)
    case 'decomposed':
    case 'decomposedBeside':
      return resolveDecomposed(ctx, type, folder, rest, path)
    default:
      ctx.result.problems.push(
        `${path}: ${type.name} (${type.directoryName}/) is not supported yet; add the folder to .forceignore and deploy it with the sf CLI.`
      )
      return true
  }
}

function resolveBundle(
  ctx: Ctx,
  type: MetadataType,
  folder: string,
  rest: string[],
  path: string
): boolean {
  if (rest.length < 2) return false
  const name = rest[0] ?? ''
  const c = getComponent(ctx, type, name)
  c.folder = `${folder}/${name}`
  c.content.push(path)
  const file = rest[rest.length - 1] ?? ''
  if (rest.length === 2 && c.meta === undefined && (file.endsWith(META) || file === 'schema.json'))
    c.meta = path
  return true
}

/** StaticResource and ExperienceBundle: `Name.<suffix>-meta.xml` + a file `Name.x` or a folder `Name/`. */
function resolveMixed(
  ctx: Ctx,
  type: MetadataType,
  folder: string,
  rest: string[],
  path: string
): boolean {
  const first = rest[0] ?? ''
  const metaSuffix = `.${type.metaSuffix ?? type.suffix ?? ''}${META}`
  if (rest.length === 1 && first.endsWith(metaSuffix)) {
    getComponent(ctx, type, first.slice(0, -metaSuffix.length)).meta = path
    return true
  }
  const name =
    rest.length === 1 ? first.slice(0, first.includes('.') ? first.indexOf('.') : undefined) : first
  const c = getComponent(ctx, type, name)
  c.content.push(path)
  if (rest.length > 1) c.folder = `${folder}/${name}`
  return true
}

function resolveDocument(ctx: Ctx, type: MetadataType, rest: string[], path: string): boolean {
  const file = rest[rest.length - 1] ?? ''
  const dir = rest.slice(0, -1).join('/')
  const folderSuffix = `.${type.inFolder?.folderSuffix ?? ''}${META}`
  if (file.endsWith(folderSuffix)) {
    const fullName = [dir, file.slice(0, -folderSuffix.length)].filter((s) => s !== '').join('/')
    getComponent(ctx, type, fullName, true).meta = path
    return true
  }
  if (rest.length < 2) return false
  const docSuffix = `.${type.suffix ?? ''}${META}`
  if (file.endsWith(docSuffix)) {
    getComponent(ctx, type, `${dir}/${file.slice(0, -docSuffix.length)}`).meta = path
    return true
  }
  const dot = file.lastIndexOf('.')
  getComponent(ctx, type, `${dir}/${dot > 0 ? file.slice(0, dot) : file}`).content.push(path)
  return true
}

function resolveDigitalExperience(
  ctx: Ctx,
  type: MetadataType,
  folder: string,
  rest: string[],
  path: string
): boolean {
  if (rest.length < 3) return false
  const [baseType = '', space = ''] = rest
  const c = getComponent(ctx, type, `${baseType}/${space}`)
  c.folder = `${folder}/${baseType}/${space}`
  c.content.push(path)
  const file = rest[rest.length - 1] ?? ''
  if (rest.length === 3 && file === `${space}.${type.suffix ?? ''}${META}`) c.meta = path
  const child = type.children[0]
  if (child && rest.length === 5 && file === child.metaFileName) {
    c.children.push({ type: child, name: `${rest[2] ?? ''}/${rest[3] ?? ''}`, path })
  }
  return true
}

function childFor(
  type: MetadataType,
  file: string
): { child: ChildType; name: string } | undefined {
  if (!file.endsWith(META)) return undefined
  const base = file.slice(0, -META.length)
  const dot = base.lastIndexOf('.')
  if (dot <= 0) return undefined
  const suffix = base.slice(dot + 1)
  const child = type.children.find((c) => c.suffix === suffix || c.legacySuffix === suffix)
  return child ? { child, name: base.slice(0, dot) } : undefined
}

function resolveDecomposed(
  ctx: Ctx,
  type: MetadataType,
  folder: string,
  rest: string[],
  path: string
): boolean {
  if (rest.length < 2) return false
  if (type.strategy === 'decomposedBeside' && rest.length > 2) return false
  const name = rest[0] ?? ''
  const file = rest[rest.length - 1] ?? ''
  if (rest.length === 2 && file === `${name}.${type.suffix ?? ''}${META}`) {
    const c = getComponent(ctx, type, name)
    c.meta = path
    c.folder = `${folder}/${name}`
    return true
  }
  const found = childFor(type, file)
  if (!found) return false
  const c = getComponent(ctx, type, name)
  c.folder ??= `${folder}/${name}`
  c.children.push({ type: found.child, name: found.name, path })
  return true
}

/** fullName of an in-folder item or folder: the path below the type's folder. */
function inFolderName(type: MetadataType, segs: string[], base: string): string | undefined {
  const at = segs.indexOf(type.directoryName)
  if (at === -1 || at >= segs.length - 1) return undefined
  return [...segs.slice(at + 1, -1), base].join('/')
}

function resolveBySuffix(
  ctx: Ctx,
  path: string,
  segs: string[],
  strictType?: MetadataType
): boolean {
  const file = segs[segs.length - 1] ?? ''
  const isMeta = file.endsWith(META)
  const name = isMeta ? file.slice(0, -META.length) : file
  const dot = name.lastIndexOf('.')
  if (dot <= 0) return false
  const suffix = name.slice(dot + 1)
  const base = name.slice(0, dot)
  if (strictType) {
    if (suffix !== strictType.suffix) return false
    return addBySuffix(ctx, strictType, path, segs, base, isMeta)
  }
  const folderType = isMeta ? ctx.registry.byFolderSuffix.get(suffix) : undefined
  if (folderType) {
    const fullName = inFolderName(folderType, segs, base)
    if (fullName === undefined) return misplaced(ctx, path, folderType)
    getComponent(ctx, folderType, fullName, true).meta = path
    return true
  }
  const type = ctx.registry.bySuffix.get(suffix)
  if (!type) return false
  if (!isMeta && type.strategy !== 'matchingContent') return false
  return addBySuffix(ctx, type, path, segs, base, isMeta)
}

function addBySuffix(
  ctx: Ctx,
  type: MetadataType,
  path: string,
  segs: string[],
  base: string,
  isMeta: boolean
): boolean {
  if (type.strategy === 'labels') {
    getComponent(ctx, type, 'CustomLabels').content.push(path)
    return true
  }
  let fullName = base
  if (type.inFolder) {
    const inFolder = inFolderName(type, segs, base)
    if (inFolder === undefined) return misplaced(ctx, path, type)
    fullName = inFolder
  }
  const c = getComponent(ctx, type, fullName)
  if (isMeta) c.meta = path
  else c.content.push(path)
  return true
}

function misplaced(ctx: Ctx, path: string, type: MetadataType): boolean {
  ctx.result.problems.push(
    `${path}: ${type.name} files must sit in a folder below ${type.directoryName}/ (for example ${type.directoryName}/MyFolder/).`
  )
  return true
}

/** Both halves of a matching-content component must be present. */
function checkMatchingContent(ctx: Ctx): void {
  for (const [key, c] of ctx.result.components) {
    if (
      c.type.strategy === 'matchingContent' &&
      !c.isFolder &&
      (c.meta === undefined || c.content.length === 0)
    ) {
      ctx.result.components.delete(key) // reported below; nothing to convert
    }
    if (c.type.strategy !== 'matchingContent' || c.isFolder) continue
    const content = `${c.fullName.slice(c.fullName.lastIndexOf('/') + 1)}.${c.type.suffix ?? ''}`
    if (c.meta === undefined) {
      ctx.result.problems.push(
        `${c.type.name} ${c.fullName}: ${c.content[0] ?? ''} has no ${content}${META} beside it.`
      )
    } else if (c.content.length === 0) {
      ctx.result.problems.push(
        `${c.type.name} ${c.fullName}: ${c.meta} has no content file ${content} beside it.`
      )
    }
  }
}

export { baseName, stripSuffix }
