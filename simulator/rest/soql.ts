/**
 * A small SOQL subset for the REST query resource: `SELECT f1, f2 FROM Object [WHERE a = 'x'
 * [AND b IN ('y','z')]…] [ORDER BY f [ASC|DESC]] [LIMIT n]`, evaluated over records of a
 * registered query source. Field names are case-insensitive and come back in canonical case.
 */

/** A parsed query. */
export interface SoqlQuery {
  fields: string[]
  object: string
  where: { field: string; op: '=' | '!=' | 'IN'; values: (string | number | boolean | null)[] }[]
  orderBy?: { field: string; descending: boolean }
  limit?: number
}

const LITERAL = /'((?:[^'\\]|\\.)*)'|(-?\d+(?:\.\d+)?)|(true|false|null)\b/gi

function parseLiteral(text: string): string | number | boolean | null {
  const trimmed = text.trim()
  if (trimmed.startsWith("'")) return trimmed.slice(1, -1).replace(/\\(.)/g, '$1')
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true'
  if (/^null$/i.test(trimmed)) return null
  return Number(trimmed)
}

/** Parses a query; throws an Error whose message is the org's MALFORMED_QUERY text. */
export function parseSoql(text: string): SoqlQuery {
  const match =
    /^\s*select\s+(.+?)\s+from\s+(\w+)(?:\s+where\s+(.+?))?(?:\s+order\s+by\s+(\w+)(?:\s+(asc|desc))?)?(?:\s+limit\s+(\d+))?\s*$/is.exec(
      text
    )
  if (!match?.[1] || !match[2]) throw new Error(`unexpected token: '${text.split(/\s+/)[0] ?? ''}'`)
  const where: SoqlQuery['where'] = []
  for (const clause of (match[3] ?? '').split(/\s+and\s+/i).filter((c) => c.trim() !== '')) {
    const condition = /^\s*(\w+)\s*(=|!=|\s+in\s+)\s*(.+?)\s*$/i.exec(clause)
    if (!condition?.[1] || !condition[2] || !condition[3])
      throw new Error(`unexpected token: '${clause.trim()}'`)
    const op =
      condition[2].trim().toUpperCase() === 'IN' ? 'IN' : (condition[2].trim() as '=' | '!=')
    const values =
      op === 'IN'
        ? [...condition[3].matchAll(LITERAL)].map((lit) => parseLiteral(lit[0]))
        : [parseLiteral(condition[3])]
    where.push({ field: condition[1], op, values })
  }
  const query: SoqlQuery = {
    fields: match[1].split(',').map((f) => f.trim()),
    object: match[2],
    where
  }
  if (match[4])
    query.orderBy = { field: match[4], descending: (match[5] ?? '').toLowerCase() === 'desc' }
  if (match[6]) query.limit = Number(match[6])
  return query
}

function valueOf(record: Record<string, unknown>, field: string): unknown {
  const key = Object.keys(record).find((k) => k.toLowerCase() === field.toLowerCase())
  return key === undefined ? undefined : record[key]
}

/** Applies WHERE, ORDER BY and LIMIT. */
export function evaluateSoql(
  query: SoqlQuery,
  records: Record<string, unknown>[]
): Record<string, unknown>[] {
  let rows = records.filter((record) =>
    query.where.every((condition) => {
      const value = valueOf(record, condition.field)
      const hit = condition.values.some(
        (wanted) =>
          value === wanted ||
          (typeof value === 'string' &&
            typeof wanted === 'string' &&
            value.slice(0, 15) === wanted.slice(0, 15) &&
            /Id$/i.test(condition.field))
      )
      return condition.op === '!=' ? !hit : hit
    })
  )
  const order = query.orderBy
  if (order) {
    rows = [...rows].sort((a, b) => {
      const x = String(valueOf(a, order.field) ?? '')
      const y = String(valueOf(b, order.field) ?? '')
      return (x < y ? -1 : x > y ? 1 : 0) * (order.descending ? -1 : 1)
    })
  }
  return query.limit === undefined ? rows : rows.slice(0, query.limit)
}
