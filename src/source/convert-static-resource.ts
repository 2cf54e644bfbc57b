import type { ResolvedComponent } from './component.ts'
import type { ConvertContext } from './convert-context.ts'
import { emit, list, relativeTo, selected } from './convert-context.ts'
import { childText } from './recompose.ts'
import { decodeUtf8, parseXml } from './xml.ts'
import { zipEntries } from './zip.ts'

/** Content types whose resource may be given as a folder (zipped on conversion). */
const ARCHIVE_TYPES = new Set([
  'application/zip',
  'application/x-zip-compressed',
  'application/jar'
])
/**
 * The reference compresses folder resources with DEFLATE level 9; level 6 gives the same entries
 * in a zip a few percent larger, at a fraction of the time.
 */
const RESOURCE_ZIP_LEVEL = 6

/** StaticResource: a single file copied as `Name.resource`, or a folder zipped into it. */
export async function convertStaticResource(
  ctx: ConvertContext,
  c: ResolvedComponent
): Promise<void> {
  const files = c.content
  if (c.meta === undefined) {
    ctx.problems.push(
      `StaticResource ${c.fullName}: ${files[0] ?? ''} has no ${c.fullName}.resource-meta.xml beside it.`
    )
    return
  }
  if (files.length === 0) {
    ctx.problems.push(
      `StaticResource ${c.fullName}: ${c.meta} has no content (a file ${c.fullName}.<ext> or a folder ${c.fullName}/ with files).`
    )
    return
  }
  if (!selected(ctx, c)) return
  const metaBytes = await ctx.read(c.meta)
  const out = `staticresources/${c.fullName}.resource`
  if (c.folder === undefined) {
    if (files.length > 1) {
      ctx.problems.push(
        `StaticResource ${c.fullName}: several content files (${files.join(', ')}); keep one.`
      )
      return
    }
    emit(ctx, out, await ctx.read(files[0] ?? ''), [...files])
  } else {
    const contentType = childText(parseXml(decodeUtf8(metaBytes), c.meta), 'contentType')
    if (!ARCHIVE_TYPES.has(contentType)) {
      ctx.problems.push(
        `StaticResource ${c.fullName}: folder content needs contentType application/zip (found ${contentType || 'none'}) in ${c.meta}.`
      )
      return
    }
    const folder = c.folder
    const entries = new Map<string, Uint8Array>()
    for (const file of files) entries.set(relativeTo(folder, file), await ctx.read(file))
    emit(ctx, out, zipEntries(entries, { level: RESOURCE_ZIP_LEVEL, directoryEntries: true }), [
      ...files
    ])
  }
  emit(ctx, `${out}-meta.xml`, metaBytes, [c.meta])
  list(ctx, c.type.name, c.fullName, c.meta)
}
