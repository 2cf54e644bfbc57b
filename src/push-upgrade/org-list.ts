/**
 * Org id lists from a file (`orgs-file`): one id per line, or a CSV with a header row and an
 * `OrganizationId` (or `OrgKey`) column, such as the failures CSV of an earlier push. Pure.
 */
import { isOrgId, readOrgId } from './normalize.ts'

/** Header names accepted for the org id column, lower case. */
const ORG_COLUMNS = ['organizationid', 'orgkey', 'subscriberorganizationkey', 'orgid']

/** The ids found and every problem, each naming the source and line. */
export interface OrgListResult {
  ids: string[]
  problems: string[]
}

/** Reads org ids from file text; `source` names the input in problems (e.g. `orgs-file (orgs.csv)`). */
export function parseOrgList(text: string, source: string): OrgListResult {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''))
    .map((cells, index) => ({ cells: cells.map((c) => c.trim()), line: index + 1 }))
    .filter((row) => row.cells.some((c) => c !== ''))
  const first = rows[0]
  if (!first) return { ids: [], problems: [`${source}: the file lists no org ids.`] }
  const isHeader =
    !isOrgId(first.cells[0] ?? '') && (first.cells.length > 1 || !/^00D/.test(first.cells[0] ?? ''))
  const column = isHeader ? first.cells.findIndex((c) => ORG_COLUMNS.includes(c.toLowerCase())) : 0
  if (column < 0) {
    return {
      ids: [],
      problems: [
        `${source}: the header row has no OrganizationId column (found ${first.cells.join(', ')}); name the org id column OrganizationId, or list one id per line.`
      ]
    }
  }
  const ids: string[] = []
  const bad: string[] = []
  const badChecksum: string[] = []
  for (const row of isHeader ? rows.slice(1) : rows) {
    const value = row.cells[column] ?? ''
    const read = readOrgId(value)
    if ('id' in read) ids.push(read.id)
    else
      (read.problem === 'checksum' ? badChecksum : bad).push(
        `line ${row.line} ("${value.slice(0, 40)}")`
      )
  }
  const problems = [
    ...listed(source, bad, 'not an org id; expected 00D followed by 12 or 15 letters and digits.'),
    ...listed(source, badChecksum, CHECKSUM_PROBLEM)
  ]
  return { ids, problems }
}

/** Why an 18-character id with a checksum that cannot fit its first 15 characters is refused. */
export const CHECKSUM_PROBLEM =
  'not an org id: the last 3 characters of an 18-character id are the checksum of the first 15, and these cannot be (the id is cut or mistyped); copy the id again.'

function listed(source: string, lines: string[], problem: string): string[] {
  if (lines.length === 0) return []
  const more = lines.length > 10 ? ` and ${lines.length - 10} more` : ''
  return [`${source}: ${lines.slice(0, 10).join(', ')}${more}: ${problem}`]
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i)
    if (quoted) {
      if (ch === '"' && text.charAt(i + 1) === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"' && field === '') quoted = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text.charAt(i + 1) === '\n') i++
      rows.push([...row, field])
      row = []
      field = ''
    } else field += ch
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}
