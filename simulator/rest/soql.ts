/**
 * A small SOQL subset for the REST query resource: `SELECT f1, f2 FROM Object [WHERE a = 'x'
 * [AND b IN ('y','z')] [AND d >= 2024-05-01T12:00:00Z]…] [ORDER BY f [ASC|DESC]] [LIMIT n]`
 * (`=`, `!=`, `IN`, `<`, `<=`, `>`, `>=`; unquoted dateTime literals), evaluated over records of a
 * registered query source. Field names are case-insensitive and come back in canonical case.
 */

/** An unquoted dateTime literal (`2024-05-01T12:00:00Z`), as epoch ms. */
export interface SoqlDateTime {
  dateTime: number
}

/** A literal in a condition. */
export type SoqlValue = string | number | boolean | null | SoqlDateTime

/** A comparison operator of a condition. */
export type SoqlOp = '=' | '!=' | 'IN' | '<' | '<=' | '>' | '>='

/** A parsed query. */
export interface SoqlQuery {
  fields: string[]
  object: string
  where: { field: string; op: SoqlOp; values: SoqlValue[] }[]
  orderBy?: { field: string; descending: boolean }
  limit?: number
}

const LITERAL = /'((?:[^'\\]|\\.)*)'|(-?\d+(?:\.\d+)?)|(true|false|null)\b/gi
// SOQL dateTime: YYYY-MM-DDThh:mm:ss with optional fraction, then Z or +hh:mm / -hh:mm, unquoted.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/

function parseLiteral(text: string): SoqlValue {
  const trimmed = text.trim()
  if (trimmed.startsWith("'")) return trimmed.slice(1, -1).replace(/\\(.)/g, '$1')
  if (DATE_TIME.test(trimmed)) return { dateTime: Date.parse(trimmed) }
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
    const condition = /^\s*(\w+)\s*(<=|>=|!=|=|<|>|\s+in\s+)\s*(.+?)\s*$/i.exec(clause)
    if (!condition?.[1] || !condition[2] || !condition[3])
      throw new Error(`unexpected token: '${clause.trim()}'`)
    const op = condition[2].trim().toUpperCase() === 'IN' ? 'IN' : (condition[2].trim() as SoqlOp)
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

const RANGE: Partial<Record<SoqlOp, (order: number) => boolean>> = {
  '<': (order) => order < 0,
  '<=': (order) => order <= 0,
  '>': (order) => order > 0,
  '>=': (order) => order >= 0
}

function isDateTime(value: unknown): value is SoqlDateTime {
  return typeof value === 'object' && value !== null && 'dateTime' in value
}

/** A record's dateTime (`2024-05-01T12:00:00.000+0000`) as epoch ms. */
function dateOf(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined
  const ms = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'))
  return Number.isNaN(ms) ? undefined : ms
}

/** A range condition; null values never match, as in SOQL. */
function inRange(value: unknown, op: SoqlOp, wanted: SoqlValue): boolean {
  const test = RANGE[op]
  if (!test || value === null || value === undefined || wanted === null) return false
  if (isDateTime(wanted)) {
    const ms = dateOf(value)
    return ms !== undefined && test(ms - wanted.dateTime)
  }
  if (typeof value === 'number' && typeof wanted === 'number') return test(value - wanted)
  const [x, y] = [String(value), String(wanted)]
  return test(x < y ? -1 : x > y ? 1 : 0)
}

/** Applies WHERE, ORDER BY and LIMIT. */
export function evaluateSoql(
  query: SoqlQuery,
  records: Record<string, unknown>[]
): Record<string, unknown>[] {
  let rows = records.filter((record) =>
    query.where.every((condition) => {
      const value = valueOf(record, condition.field)
      if (RANGE[condition.op]) return inRange(value, condition.op, condition.values[0] ?? null)
      const hit = condition.values.some(
        (wanted) =>
          value === wanted ||
          (isDateTime(wanted) && dateOf(value) === wanted.dateTime) ||
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
