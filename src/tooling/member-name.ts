/**
 * Pure: whether a name the org gives in a compile result is one of the sent members. An org with
 * a namespace may name a class `ns__Name`, or `ns.Name` as test results do; Apex names hold no
 * `__` or `.` of their own, so such a prefix can only be the namespace.
 */

/** The org's name without a namespace prefix, lower-cased; undefined when it has none. */
function unprefixed(fullName: string): string | undefined {
  return /^[a-z][a-z0-9]*(?:__|\.)(.+)$/i.exec(fullName)?.[1]?.toLowerCase()
}

/** True when `(componentType, fullName)` from the org names the member `type` `name`. */
export function namesMember(
  m: { componentType: string; fullName: string },
  type: string,
  name: string
): boolean {
  if (m.componentType !== type) return false
  const wanted = name.toLowerCase()
  return m.fullName.toLowerCase() === wanted || unprefixed(m.fullName) === wanted
}
