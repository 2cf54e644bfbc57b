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
 * Makes text safe inside a markdown table cell: HTML-escaped, markdown punctuation and pipes
 * backslash-escaped (so `![x](https://…)` is neither a remote image nor a link), line breaks as
 * `<br>`, and `@`/`#` neutralised so they neither mention nor link.
 */
export function escapeTableCell(text: string): string {
  // `_` stays: API names (`Invoice__c`) are in most cells, an underscore inside a word starts no
  // emphasis, and emphasis forges nothing. A cell starts no block, so only inline markup matters.
  return neutraliseMentions(escapeHtml(text))
    .replace(/([\\`*[\]~])/g, '\\$1')
    .replaceAll('|', '\\|')
    .replace(/\r\n|\r|\n/g, '<br>')
}

/**
 * Escapes plain markdown text (outside tables) the same way, keeping line breaks as spaces. The
 * result may start a line (a list item, a quote, a paragraph of its own), so a leading block
 * marker is escaped too: `## ✅ Deploy succeeded` must not become a heading.
 */
export function escapeInline(text: string): string {
  const flat = escapeMarkdown(neutraliseMentions(escapeHtml(text))).replace(/\r\n|\r|\n/g, ' ')
  // `1.` is escaped at its delimiter: a backslash before a digit is not an escape and would show.
  return flat.replace(
    LEADING_BLOCK_MARKER,
    (_, indent: string, marker = '', digits = '', delimiter = '') =>
      `${indent}${marker ? `\\${marker}` : `${digits}\\${delimiter}`}`
  )
}

/**
 * Backslash-escapes what starts inline markup: code (whose content would show `&lt;` and the
 * zero-width entity literally), emphasis, strikethrough, links and images.
 */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]~])/g, '\\$1')
}

/**
 * What makes a line a heading, quote, list item, rule, table row or setext underline in
 * CommonMark: `#`, `>`, `-`, `+`, `=`, `|` or `1.`/`1)` after at most three spaces, followed by a
 * space, the end or a repeat (`##`, `---`). `v66.0` or `#tag` start nothing and stay as they are.
 * `*`, `_`, `` ` `` and `~` are already escaped everywhere.
 */
const LEADING_BLOCK_MARKER = /^( {0,3})(?:([#>+=|-])(?=[\s#=|-]|$)|(\d{1,9})([.)])(?=\s|$))/

/**
 * `@name`, `#123` and `GH-123` get a zero-width space after the sigil, as Renovate does in its
 * pull-request bodies. An entity such as `&#64;` is not enough: GitHub finds mentions and issue
 * references in the rendered text, where entities are already decoded (its mention filter walks
 * the HTML text nodes; see desktop/desktop app/src/lib/markdown-filters/mention-filter.ts).
 * Autolinked references: docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/autolinked-references-and-urls
 */
function neutraliseMentions(text: string): string {
  // One pass, so the `#` of an inserted `&#8203;` is not rewritten again.
  return text.replace(/@(?=[A-Za-z0-9])|#(?=\d)|\bGH-(?=\d)/gi, (c) => `${c}${ZERO_WIDTH_SPACE}`)
}

/** U+200B as an entity: renders as nothing, and stays visible in the raw markdown. */
const ZERO_WIDTH_SPACE = '&#8203;'

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
