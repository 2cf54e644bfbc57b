/** A package.xml naming `types` (type → members), at API 62.0: a retrieve manifest for tests. */
export function manifest(types: Record<string, string[]>): string {
  const body = Object.entries(types)
    .map(
      ([name, members]) =>
        `  <types>\n${members.map((m) => `    <members>${m}</members>\n`).join('')}    <name>${name}</name>\n  </types>\n`
    )
    .join('')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Package xmlns="http://soap.sforce.com/2006/04/metadata">\n${body}  <version>62.0</version>\n</Package>\n`
}
