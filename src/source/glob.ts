/**
 * Converts a minimatch-style glob to a RegExp over posix paths: `**` crosses `/`, `*` and `?`
 * do not, `{a,b}` alternates, `[...]` is a character class. Dots are not special.
 */
export function globToRegExp(glob: string): RegExp {
  let re = ''
  let i = 0
  let braces = 0
  while (i < glob.length) {
    const c = glob[i] ?? ''
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/'
        re += slashAfter ? '(?:.*/)?' : '.*'
        i += slashAfter ? 3 : 2
        continue
      }
      re += '[^/]*'
    } else if (c === '?') re += '[^/]'
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1)
      if (end === -1) re += '\\['
      else {
        const body = glob
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')
        re += `[${body}]`
        i = end
      }
    } else if (c === '{') {
      braces++
      re += '(?:'
    } else if (c === '}' && braces > 0) {
      braces--
      re += ')'
    } else if (c === ',' && braces > 0) re += '|'
    else re += c.replace(/[.+^$()|\\]/g, '\\$&')
    i++
  }
  return new RegExp(`^${re}$`)
}

/**
 * Why a pattern made no RegExp (`{a` unclosed: "Unterminated group", `[z-a]`: "Range out of
 * order in character class"), without the generated source, which the user never wrote.
 */
export function invalidPatternReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.slice(message.lastIndexOf(': ') + 1).trim()
}
