// Diffs our registry data (src/source/registry/metadata-types.json) against the reference
// converter's registry, for every type both know: name, directory, suffix, strict flag, children.
// Usage: node conformance/registry-diff.mjs   (prints differences; exit 1 when any)
import fs from 'node:fs'
import { registry } from '@salesforce/source-deploy-retrieve'

const ours = JSON.parse(
  fs.readFileSync(new URL('../src/source/registry/metadata-types.json', import.meta.url), 'utf8')
)
const rows = [
  ...ours.types,
  ...ours.simple.map(([name, directoryName, suffix]) => ({
    name,
    directoryName,
    suffix,
    strategy: 'copy'
  }))
]
const refByName = new Map(Object.values(registry.types).map((t) => [t.name, t]))
const diffs = []
for (const row of rows) {
  const ref = refByName.get(row.name)
  if (!ref) {
    diffs.push(`${row.name}: unknown to the reference registry`)
    continue
  }
  const check = (field, a, b) => {
    if ((a ?? undefined) !== (b ?? undefined))
      diffs.push(`${row.name}.${field}: ours ${JSON.stringify(a)}, reference ${JSON.stringify(b)}`)
  }
  check('directoryName', row.directoryName, ref.directoryName)
  check('suffix', row.suffix, ref.suffix)
  check('strict', row.strict === true, ref.strictDirectoryName === true)
  check('inFolder', row.inFolder !== undefined, ref.inFolder === true)
  const refChildren = Object.values(ref.children?.types ?? {})
    .map((c) => c.name)
    .sort()
  const ourChildren = (row.children ?? []).map((c) => c.name).sort()
  check('children', ourChildren.join(','), refChildren.join(','))
  for (const child of row.children ?? []) {
    const rc = Object.values(ref.children?.types ?? {}).find((c) => c.name === child.name)
    if (!rc) continue
    if (child.suffix !== undefined) check(`${child.name}.suffix`, child.suffix, rc.suffix)
    check(`${child.name}.directoryName`, child.directoryName, rc.directoryName)
    check(`${child.name}.xmlElementName`, child.xmlElementName, rc.xmlElementName)
    check(
      `${child.name}.uniqueIdElement`,
      child.uniqueIdElement ?? 'fullName',
      rc.uniqueIdElement ?? 'fullName'
    )
  }
  if (
    row.strategy === 'copy' &&
    ref.strategies?.adapter &&
    ref.strategies.adapter !== 'default' &&
    !ref.inFolder
  )
    diffs.push(`${row.name}: ours copy, reference adapter ${ref.strategies.adapter}`)
}
const ourNames = new Set(rows.map((r) => r.name))
const missing = [...refByName.keys()].filter((n) => !ourNames.has(n))
console.log(
  `ours: ${rows.length} types; reference: ${refByName.size}; reference types we do not know: ${missing.length}`
)
for (const d of diffs) console.log(`DIFF ${d}`)
process.exit(diffs.length > 0 ? 1 : 0)
