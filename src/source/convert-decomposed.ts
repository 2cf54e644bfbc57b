import type { ResolvedComponent } from './component.ts'
import type { ConvertContext } from './convert-context.ts'
import { emit, list, locate, selected } from './convert-context.ts'
import type { ChildInput } from './recompose.ts'
import {
  childElement,
  childText,
  fragmentInput,
  hasContent,
  inlineConflicts,
  recompose,
  renderedChild
} from './recompose.ts'
import { fastFragment } from './fast-fragment.ts'
import { fastLabelInputs, parsedLabelInputs, type LabelFile } from './label-inputs.ts'
import { decodeForTransform, parseXml, type XmlElement, encodeUtf8 } from './xml.ts'

async function readXml(ctx: ConvertContext, path: string): Promise<XmlElement> {
  const text = decodeForTransform(await ctx.read(path), path, (w) => ctx.warnings.push(w))
  return parseXml(text, path)
}

function memberOf(c: ResolvedComponent, input: ChildInput): string {
  return input.type.ignoreParentName ? input.id : `${c.fullName}.${input.id}`
}

/**
 * CustomObject, CustomObjectTranslation, Bot: parent meta + child files -> one recomposed file.
 * The parent is listed only when its meta holds something, as the reference converter does.
 */
export async function convertDecomposed(ctx: ConvertContext, c: ResolvedComponent): Promise<void> {
  const parent = c.meta === undefined ? undefined : await readXml(ctx, c.meta)
  // An empty parent is left out of package.xml, except where its children cannot be deployed
  // without it (CustomObjectTranslation and its field translations).
  const parentWritten = parent !== undefined && c.parentSelected !== false && selected(ctx, c)
  const parentListed = parentWritten && (hasContent(parent) || c.type.listEmptyParent)
  const inputs: ChildInput[] = []
  for (const child of c.children) {
    const member = `${c.fullName}.${child.name}`
    const childSelected = parentListed || (ctx.selection?.child(child.type, member) ?? true)
    if (!childSelected) continue
    const text = decodeForTransform(await ctx.read(child.path), child.path, (w) =>
      ctx.warnings.push(w)
    )
    // The plain shape is rendered in one pass; anything else goes through the parser.
    const fast = fastFragment(text, child.type.tag, child.type.uniqueIdElement)
    const root = fast ? undefined : parseXml(text, child.path)
    const id = fast ? fast.id : childText(root as XmlElement, child.type.uniqueIdElement)
    if (id !== '' && id !== child.name) {
      ctx.problems.push(
        `${child.path} declares <${child.type.uniqueIdElement}>${id}</${child.type.uniqueIdElement}>; the file name must match (rename the file to ${id}.${child.type.suffix ?? ''}-meta.xml or fix the element).`
      )
      continue
    }
    if (fast) {
      inputs.push(
        fragmentInput({
          type: child.type,
          id: child.name,
          path: child.path,
          line: fast.line,
          fragment: fast.fragment
        })
      )
    } else if (root) {
      inputs.push(
        renderedChild({
          type: child.type,
          element: childElement(child.type, root),
          id: child.name,
          path: child.path,
          line: root.line
        })
      )
    }
  }
  // An empty parent file is still written (the reference writes it), only not listed.
  if (!parentWritten && inputs.length === 0) return
  if (parent && c.meta !== undefined) {
    const conflicts = inlineConflicts(parent, new Set(inputs.map((i) => i.type.tag)))
    for (const tag of conflicts) {
      ctx.problems.push(`${c.meta} contains <${tag}> inline; move them to ${tag}/*-meta.xml files.`)
    }
    if (conflicts.length > 0) return
  }
  const out = `${c.type.directoryName}/${c.fullName}.${c.type.suffix ?? ''}`
  const result = recompose(c.type.name, parent, inputs)
  const sources = [...(c.meta === undefined ? [] : [c.meta]), ...inputs.map((i) => i.path)]
  emit(ctx, out, encodeUtf8(result.text), sources)
  ctx.sourceMap.recomposed[out] = result.children.map((p) => ({
    type: p.type.name,
    fullName: p.type.ignoreParentName ? p.id : `${c.fullName}.${p.id}`,
    outputLine: p.outputLine,
    path: p.path,
    line: p.sourceLine
  }))
  if (c.meta !== undefined) {
    if (parentListed) list(ctx, c.type.name, c.fullName, c.meta, parent?.line)
    else locate(ctx, c.type.name, c.fullName, c.meta, parent?.line)
  }
  for (const input of inputs) {
    const member = memberOf(c, input)
    if (input.type.addressable) list(ctx, input.type.name, member, input.path, input.line)
    else locate(ctx, input.type.name, member, input.path, input.line)
  }
}

/**
 * CustomLabels: every `*.labels-meta.xml` merged into one file started from an empty root;
 * labels de-duplicated by fullName (first wins, see docs/package-builder.md) and sorted.
 */
export async function convertLabels(ctx: ConvertContext, c: ResolvedComponent): Promise<void> {
  const child = c.type.children[0]
  if (!child) return
  const wholeSelected = selected(ctx, c)
  const wanted = (id: string): boolean => wholeSelected || (ctx.selection?.child(child, id) ?? true)
  const files: LabelFile[] = []
  for (const path of c.content) {
    const text = decodeForTransform(await ctx.read(path), path, (w) => ctx.warnings.push(w))
    files.push({ path, text })
  }
  const inputs =
    fastLabelInputs(files, child, wanted) ?? parsedLabelInputs(files, child, wanted, ctx.warnings)
  if (inputs.length === 0 && !wholeSelected) return
  const out = `${c.type.directoryName}/CustomLabels.${c.type.suffix ?? ''}`
  const result = recompose(c.type.name, undefined, inputs)
  emit(ctx, out, encodeUtf8(result.text), [...c.content])
  ctx.sourceMap.recomposed[out] = result.children.map((p) => ({
    type: child.name,
    fullName: p.id,
    outputLine: p.outputLine,
    path: p.path,
    line: p.sourceLine
  }))
  // Only labels chosen one by one (a delta, a manifest naming CustomLabel members): the parent is
  // not listed, as the reference lists only the chosen CustomLabel members.
  if (wholeSelected) list(ctx, c.type.name, 'CustomLabels', c.content[0] ?? '')
  for (const input of inputs) list(ctx, child.name, input.id, input.path, input.line)
}
