/**
 * Escaping for text that comes from Salesforce (problems, messages, stack traces, names).
 * All of it is untrusted: Apex generics such as `List<Account>` vanish as unknown HTML tags,
 * pipes break tables, and `@isTest` or `#123` turn into mentions and issue links.
 */

/** HTML-escapes `&`, `<`, `>` and `"` so generics and markup show as text. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
}

/**
 * Makes text safe inside a markdown table cell: HTML-escaped, pipes backslash-escaped,
 * line breaks as `<br>`, and `@`/`#` neutralised so they neither mention nor link.
 */
export function escapeTableCell(text: string): string {
  return neutraliseMentions(escapeHtml(text))
    .replaceAll('|', '\\|')
    .replace(/\r\n|\r|\n/g, '<br>')
}

/** Escapes plain markdown text (outside tables) the same way, keeping line breaks as spaces. */
export function escapeInline(text: string): string {
  return neutraliseMentions(escapeHtml(text))
    .replace(/([\\`*_[\]])/g, '\\$1')
    .replace(/\r\n|\r|\n/g, ' ')
}

/**
 * `@name` and `#123` are rewritten with an entity so GitHub renders the same glyph but does not
 * notify a user or link an issue (comments notify people; summaries link).
 */
function neutraliseMentions(text: string): string {
  // One pass, so the `#` of an inserted `&#64;` is not rewritten again.
  return text.replace(/@(?=[A-Za-z0-9])|#(?=\d)/g, (c) => (c === '@' ? '&#64;' : '&#35;'))
}

/** Wraps text in a code span whose backtick run is longer than any inside the text. */
export function codeSpan(text: string): string {
  const single = text.replace(/\r\n|\r|\n/g, ' ')
  const fence = '`'.repeat(longestRun(single, '`') + 1)
  const pad = single.startsWith('`') || single.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${single}${pad}${fence}`
}

/** A code span made safe for a table cell: pipes inside code spans still split GFM cells. */
export function codeSpanInCell(text: string): string {
  return codeSpan(text).replaceAll('|', '\\|')
}

/** Fenced `text` block whose fence is longer than any backtick run in the content (min 3). */
export function fencedBlock(text: string): string {
  const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1))
  const body = text.replace(/\r\n|\r/g, '\n').replace(/\n+$/, '')
  return `${fence}text\n${body}\n${fence}`
}

/** URL-encodes each path segment (spaces in layout names, parentheses, `#`). */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(
        /[()]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
      )
    )
    .join('/')
}

/** Characters XML 1.0 forbids even when escaped: U+0000–U+0008, U+000B, U+000C, U+000E–U+001F. */
// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

/** Escapes `& < > " '` for XML attributes and text, and strips characters illegal in XML 1.0. */
export function escapeXml(text: string): string {
  return text
    .replace(XML_ILLEGAL, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
}

/** Length of the longest run of `char` in `text`. */
function longestRun(text: string, char: string): number {
  let longest = 0
  let current = 0
  for (const c of text) {
    current = c === char ? current + 1 : 0
    longest = Math.max(longest, current)
  }
  return longest
}

/**
 * The first `length` UTF-16 units of `text`, one fewer when the cut would split a surrogate pair
 * (an emoji), whose half would be written as U+FFFD.
 */
export function cutAt(text: string, length: number): string {
  if (length <= 0) return ''
  const last = text.charCodeAt(length - 1)
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length)
}
