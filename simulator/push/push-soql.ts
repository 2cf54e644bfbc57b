/**
 * The SOQL the push objects need, beyond the core subset (`rest/soql.ts`): `COUNT(Id) [alias]`
 * with `GROUP BY` (unaliased aggregates come back as `expr0`), and one child sub-query
 * `(SELECT … FROM PackagePushErrors)`. WHERE is a conjunction of `=`, `!=` and `IN (…)`.
 */

/** A parsed push query. */
export interface PushQuery {
  object: string
  /** Plain fields, in order. */
  fields: string[]
  /** `COUNT(Id)` with its alias (`expr0` when none). */
  count?: string
  /** The child sub-query. */
  child?: { relationship: string; fields: string[] }
  where: { field: string; op: '=' | '!=' | 'IN'; values: (string | number | boolean | null)[] }[]
  groupBy?: string
}

const LITERAL = /'((?:[^'\\]|\\.)*)'|(-?\d+(?:\.\d+)?)|\b(true|false|null)\b/gi

function literal(text: string): string | number | boolean | null {
  const t = text.trim()
  if (t.startsWith("'")) return t.slice(1, -1).replace(/\\(.)/g, '$1')
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true'
  if (/^null$/i.test(t)) return null
  return Number(t)
}

/** The FROM object of the outer query (ignoring sub-queries), or undefined when unreadable. */
export function outerObject(soql: string): string | undefined {
  return /\bfrom\s+(\w+)/i.exec(soql.replace(/\([^()]*\)/g, ''))?.[1]
}

/** Parses a push query; throws an Error carrying the org's MALFORMED_QUERY text. */
export function parsePushQuery(soql: string): PushQuery {
  const childMatch = /\(\s*select\s+(.+?)\s+from\s+(\w+)\s*\)/i.exec(soql)
  const outer = childMatch ? soql.replace(childMatch[0], '__CHILD__') : soql
  const m =
    /^\s*select\s+(.+?)\s+from\s+(\w+)(?:\s+where\s+(.+?))?(?:\s+group\s+by\s+(\w+))?\s*$/is.exec(
      outer
    )
  if (!m?.[1] || !m[2]) throw new Error(`unexpected token: '${soql.trim().split(/\s+/)[0] ?? ''}'`)
  const query: PushQuery = { object: m[2], fields: [], where: [] }
  for (const item of m[1].split(',').map((s) => s.trim())) {
    const count = /^count\(\s*id\s*\)(?:\s+(\w+))?$/i.exec(item)
    if (count) query.count = count[1] ?? 'expr0'
    else if (item === '__CHILD__' && childMatch?.[1] && childMatch[2])
      query.child = {
        relationship: childMatch[2],
        fields: childMatch[1].split(',').map((f) => f.trim())
      }
    else if (/^\w+$/.test(item)) query.fields.push(item)
    else throw new Error(`unexpected token: '${item}'`)
  }
  for (const clause of (m[3] ?? '').split(/\s+and\s+/i).filter((c) => c.trim() !== '')) {
    const c = /^\s*(\w+)\s*(=|!=|\s+in\s+)\s*(.+?)\s*$/i.exec(clause)
    if (!c?.[1] || !c[2] || !c[3]) throw new Error(`unexpected token: '${clause.trim()}'`)
    const op = c[2].trim().toUpperCase() === 'IN' ? 'IN' : (c[2].trim() as '=' | '!=')
    const values =
      op === 'IN' ? [...c[3].matchAll(LITERAL)].map((l) => literal(l[0])) : [literal(c[3])]
    query.where.push({ field: c[1], op, values })
  }
  if (m[4]) query.groupBy = m[4]
  if (
    query.count &&
    query.fields.some((f) => f.toLowerCase() !== (query.groupBy ?? '').toLowerCase())
  ) {
    throw new Error(`field '${query.fields[0] ?? ''}' can not be grouped in a query call`)
  }
  return query
}

/**
 * True when a record passes the WHERE clause. Id fields also match on their 15-character prefix;
 * text fields such as OrgKey match exactly (so a 15-character id does not find an 18-character key).
 */
export function matchesWhere(query: PushQuery, record: Record<string, unknown>): boolean {
  return query.where.every((condition) => {
    const value = record[condition.field]
    const hit = condition.values.some(
      (wanted) =>
        value === wanted ||
        (/Id$/.test(condition.field) &&
          typeof value === 'string' &&
          typeof wanted === 'string' &&
          wanted.length >= 15 &&
          value.slice(0, 15) === wanted.slice(0, 15))
    )
    return condition.op === '!=' ? !hit : hit
  })
}
