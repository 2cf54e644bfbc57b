/**
 * What GitHub's filters see of our markdown, roughly: they run on the rendered HTML text, where
 * character references are already decoded, and skip code (desktop/desktop
 * app/src/lib/markdown-filters/mention-filter.ts ports dotcom's mention filter). Good enough to
 * tell whether a text would mention a user, reference an issue, or load an image or a link.
 */

/** The markdown with code spans and fenced blocks removed and character references decoded. */
export function renderedText(markdown: string): string {
  const withoutFences = markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1\s*$/gm, '')
  const withoutSpans = withoutFences.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, '')
  return withoutSpans
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}

/** `@user` as GitHub's mention filter matches it: start or a non-word character before the `@`. */
export const MENTION = /(^|[^a-zA-Z0-9_`])@[a-z0-9][a-z0-9-]*/im

/** `#12` and `GH-12` issue references. */
export const ISSUE_REFERENCE = /(^|[^\w&])(#|GH-)\d+/im

/** The end of a link or image to `host` whose bracket is not backslash-escaped. */
export function liveLinkTo(host: string): RegExp {
  return new RegExp(`(?<!\\\\)\\]\\(https?://${host.replaceAll('.', '\\.')}`)
}

/** The start of an image whose bracket is not backslash-escaped. */
export const LIVE_IMAGE = /(?<!\\)!\[/
