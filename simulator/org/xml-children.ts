/**
 * Text-level edits of child elements inside a parent metadata file (`<fields>…<fullName>X…`), so
 * the org can delete one CustomField or merge deployed children into the file it already holds
 * without reformatting the rest of the file.
 */

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** `id` is the element holding the child's name: `fullName`, or `name` for a few types. */
function childBlock(tag: string, name: string, id = 'fullName'): RegExp {
  return new RegExp(
    `[ \\t]*<${tag}>(?:(?!</${tag}>)[\\s\\S])*?<${id}>${escapeRegExp(name)}</${id}>[\\s\\S]*?</${tag}>\\r?\\n?`
  )
}

/** Removes `<tag>…<fullName>name</fullName>…</tag>` from a parent file. */
export function removeChildElement(xml: string, tag: string, name: string, id?: string): string {
  return xml.replace(childBlock(tag, name, id), '')
}

/** The child's element (with indentation and newline) in a parent file, if present. */
export function findChildElement(
  xml: string,
  tag: string,
  name: string,
  id?: string
): string | undefined {
  return childBlock(tag, name, id).exec(xml)?.[0]
}

/** Replaces (or appends before the root's closing tag) a child element. */
export function upsertChildElement(
  xml: string,
  tag: string,
  name: string,
  element: string,
  id?: string
): string {
  const block = childBlock(tag, name, id)
  if (block.test(xml)) return xml.replace(block, element.endsWith('\n') ? element : `${element}\n`)
  const close = xml.lastIndexOf('</')
  if (close < 0) return xml
  const lineStart = xml.lastIndexOf('\n', close) + 1
  const insertAt = xml.slice(lineStart, close).trim() === '' ? lineStart : close
  return (
    xml.slice(0, insertAt) +
    (element.endsWith('\n') ? element : `${element}\n`) +
    xml.slice(insertAt)
  )
}
