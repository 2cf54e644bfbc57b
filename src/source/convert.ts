import type { ResolvedComponent } from './component.ts'
import type { ConvertContext } from './convert-context.ts'
import { emit, list, relativeTo, selected } from './convert-context.ts'
import { convertDecomposed, convertLabels } from './convert-decomposed.ts'
import { convertStaticResource } from './convert-static-resource.ts'
import { childText } from './recompose.ts'
import { defaultRegistry, type MetadataType } from './registry/registry.ts'
import { META, basename, trimUntil } from './source-paths.ts'
import { validateUiBundle } from './ui-bundle.ts'
import { decodeUtf8, parseXml } from './xml.ts'

const fileName = basename

/** Converts one resolved component into metadata-format files and package.xml members. */
export async function convertComponent(ctx: ConvertContext, c: ResolvedComponent): Promise<void> {
  if (c.isFolder) return convertFolder(ctx, c)
  switch (c.type.strategy) {
    case 'copy':
      return convertCopy(ctx, c)
    case 'matchingContent':
      return convertMatchingContent(ctx, c)
    case 'bundle':
    case 'experienceBundle':
    case 'digitalExperience':
      return convertFolderShaped(ctx, c)
    case 'staticResource':
      return convertStaticResource(ctx, c)
    case 'document':
      return convertDocument(ctx, c)
    case 'decomposed':
    case 'decomposedBeside':
      return convertDecomposed(ctx, c)
    case 'labels':
      return convertLabels(ctx, c)
    default:
      ctx.problems.push(`${c.type.name} ${c.fullName}: this type is not supported yet.`)
  }
}

/** Folder meta of an in-folder type: `reports/Sales.reportFolder-meta.xml` -> `reports/Sales-meta.xml`. */
async function convertFolder(ctx: ConvertContext, c: ResolvedComponent): Promise<void> {
  const meta = c.meta ?? ''
  const info = c.type.inFolder
  const slash = meta.endsWith(`.${info?.aliasSuffix ?? '\0'}${META}`)
    ? info?.aliasTrailingSlash
    : info?.trailingSlash
  const member = `${c.fullName}${slash === true ? '/' : ''}`
  if (!selected(ctx, c, member)) return
  emit(ctx, `${c.type.directoryName}/${c.fullName}${META}`, await ctx.read(meta), [meta])
  list(ctx, c.type.name, member, meta, 1)
}

/**
 * Where the reference writes a single-file component: `<dir>/<file name>` without `-meta.xml`
 * (a file already in metadata format keeps its name), below its folders for in-folder types, and
 * inside the model's folder for the Territory2 family; a legacy suffix becomes the current one.
 */
export function copyOutputPath(type: MetadataType, fullName: string, xml: string): string {
  let out: string
  const model =
    type.folderType === undefined ? undefined : defaultRegistry().types.get(type.folderType)
  if (type.inFolder || type.suffix === undefined) out = trimUntil(xml, type.directoryName, true)
  else if (model && model.folderType !== type.name) out = trimUntil(xml, model.directoryName)
  else if (model) out = `${type.directoryName}/${fullName.split('/')[0] ?? ''}/${basename(xml)}`
  else out = `${type.directoryName}/${basename(xml)}`
  if (out.includes(META)) out = out.slice(0, out.lastIndexOf(META))
  if (
    type.legacySuffix !== undefined &&
    type.suffix !== undefined &&
    out.includes(type.legacySuffix)
  )
    out = out.replace(type.legacySuffix, type.suffix)
  return out
}

async function convertCopy(ctx: ConvertContext, c: ResolvedComponent): Promise<void> {
  const meta = c.meta ?? ''
  if (!selected(ctx, c)) return
  const bytes = await ctx.read(meta)
  emit(ctx, copyOutputPath(c.type, c.fullName, meta), bytes, [meta])
  list(ctx, c.type.name, c.fullName, meta, 1)
  if (c.type.children.length > 0) listInFileChildren(ctx, c, bytes, meta)
}

/** Workflow, SharingRules, ...: the file is copied unchanged and its children are listed too. */
function listInFileChildren(
  ctx: ConvertContext,
  c: ResolvedComponent,
  bytes: Uint8Array,
  path: string
): void {
  const root = parseXml(decodeUtf8(bytes), path)
  for (const node of root.children) {
    if (node.kind !== 'element') continue
    const child = c.type.children.find((t) => t.listedInFile && t.tag === node.name)
    if (!child) continue
    const id = childText(node, child.uniqueIdElement)
    list(ctx, child.name, `${c.fullName}.${id}`, path, node.line)
  }
}

async function convertMatchingContent(ctx: ConvertContext, c: ResolvedComponent): Promise<void> {
  const meta = c.meta ?? ''
  const content = c.content[0] ?? ''
  if (!selected(ctx, c)) return
  const out = `${c.type.directoryName}/${c.fullName}.${c.type.suffix ?? ''}`
  emit(ctx, out, await ctx.read(content), [content])
  emit(ctx, `${out}${META}`, await ctx.read(meta), [meta])
  list(ctx, c.type.name, c.fullName, content)
}

/** Bundles, ExperienceBundle and DigitalExperienceBundle keep their layout below the type folder. */
async function convertFolderShaped(ctx: ConvertContext, c: ResolvedComponent): Promise<void> {
  if (!selected(ctx, c)) return
  const folder = c.folder ?? ''
  if (c.type.validation === 'uiBundle') await validateUiBundle(ctx, c)
  const outFolder = `${c.type.directoryName}/${c.fullName}`
  const main = c.meta ?? c.content[0] ?? folder
  if (c.type.strategy === 'experienceBundle') {
    if (c.meta === undefined) {
      ctx.problems.push(
        `ExperienceBundle ${c.fullName}: ${folder} has no ${c.fullName}.site-meta.xml beside it.`
      )
      return
    }
    emit(ctx, `${outFolder}.site${META}`, await ctx.read(c.meta), [c.meta])
  }
  for (const file of c.content)
    emit(ctx, `${outFolder}/${bundleRelative(c, folder, file)}`, await ctx.read(file), [file])
  ctx.sourceMap.files[outFolder] = [main, ...c.content.filter((f) => f !== main)]
  list(ctx, c.type.name, c.fullName, main)
  for (const child of c.children) {
    const member = `${c.fullName}.${child.name}`
    list(ctx, child.type.name, member, child.path)
  }
}

/**
 * A bundle file's path inside the bundle. Copies of one bundle in several package directories are
 * overlaid, so a file may sit in another copy's folder of the same name.
 */
function bundleRelative(c: ResolvedComponent, folder: string, file: string): string {
  if (file.startsWith(`${folder}/`)) return relativeTo(folder, file)
  const marker = `/${c.type.directoryName}/${c.fullName}/`
  const at = `/${file}`.lastIndexOf(marker)
  return at === -1 ? basename(file) : `/${file}`.slice(at + marker.length)
}

/** `documents/F/logo.gif` + `logo.document-meta.xml` -> `logo.gif` + `logo.gif-meta.xml`. */
async function convertDocument(ctx: ConvertContext, c: ResolvedComponent): Promise<void> {
  const content = c.content[0]
  if (c.meta === undefined || content === undefined || c.content.length > 1) {
    const files = [c.meta, ...c.content].filter((f) => f !== undefined).join(', ')
    ctx.problems.push(
      `Document ${c.fullName}: expected one content file and one .document-meta.xml, found ${files}.`
    )
    return
  }
  if (!selected(ctx, c)) return
  const dir = c.fullName.slice(0, c.fullName.lastIndexOf('/'))
  const out = `${c.type.directoryName}/${dir}/${fileName(content)}`
  emit(ctx, out, await ctx.read(content), [content])
  emit(ctx, `${out}${META}`, await ctx.read(c.meta), [c.meta])
  list(ctx, c.type.name, c.fullName, content)
}
