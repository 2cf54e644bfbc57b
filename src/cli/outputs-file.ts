/**
 * Reads a GITHUB_OUTPUT file as @actions/core writes it: `name<<delimiter`, the value's lines,
 * then the delimiter; later writes of a name win, as they do on the runner. Pure.
 */
export function parseOutputsFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const head = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '')
    if (head) {
      const [, name = '', delimiter = ''] = head
      const end = lines.indexOf(delimiter, i + 1)
      if (end === -1) break
      outputs[name] = lines.slice(i + 1, end).join('\n')
      i = end
      continue
    }
    const plain = /^([^=]+)=(.*)$/.exec(lines[i] ?? '')
    if (plain) outputs[plain[1] ?? ''] = plain[2] ?? ''
  }
  return outputs
}
