/**
 * The org, not the artifact, proves what a validation covered. A validation record is only a
 * pointer: anyone who can run a workflow in the repository can upload one naming any validation
 * id. Before a quick deploy, the validation's own result is read from the org with its details,
 * and its component list (deletions included) and its tests are compared with the package built
 * for this commit and with what the record claims. Pure: the caller reads the org.
 *
 * The org lists each component it validated in `componentSuccesses` (a DeployMessage with type,
 * full name, the file it came from, and `deleted` for destructive changes), so:
 * - every member of package.xml must be there (a wildcard member: any component of its type);
 * - every deletion of the destructive manifests must be there, deleted;
 * - everything else the org lists must come from this package: a member, a deletion, a child of a
 *   member (`Account.Field__c` of `Account`), or a component of a file this package holds.
 * The comparison is by names, not contents (the org tells no content hash), so a validation of
 * the same components with other contents passes it; which runs may write records limits that.
 */
import type { ComponentMessage, DeployResult } from '../model/deploy-result.ts'
import type { Member } from '../source/component.ts'
import { parsePackageXml } from '../source/manifest.ts'
import { defaultRegistry } from '../source/registry/registry.ts'
import { unzipEntries } from '../source/zip.ts'
import { decodeUtf8 } from '../source/xml.ts'
import type { ValidationRecord } from './record.ts'

/** What a package deploys and deletes, and the files it holds (metadata-format paths). */
export interface PackageComponents {
  members: Member[]
  deletions: Member[]
  files: ReadonlySet<string>
}

const DESTRUCTIVE = [
  'destructiveChangesPre.xml',
  'destructiveChanges.xml',
  'destructiveChangesPost.xml'
]

/** Reads the manifests of a package zip (as built by this action: entries at the zip's root). */
export function packageComponents(pkg: { zip: Uint8Array; packageXml: string }): PackageComponents {
  const entries = unzipEntries(pkg.zip, 'package')
  const deletions = DESTRUCTIVE.flatMap((name) => {
    const bytes = entries.get(name)
    return bytes ? parsePackageXml(decodeUtf8(bytes), name).members : []
  })
  return {
    members: parsePackageXml(pkg.packageXml, 'package.xml').members,
    deletions,
    files: new Set(entries.keys())
  }
}

/** Names compared as the org treats API names: case-insensitive, URL-decoded where encoded. */
function key(type: string, fullName: string): string {
  let name = fullName
  try {
    name = decodeURIComponent(fullName)
  } catch {
    // Not encoded (a lone %): compared as written.
  }
  return `${type.toLowerCase()}\0${name.toLowerCase()}`
}

/** At most this many names are listed per kind of difference. */
const LISTED = 5

function listed(members: string[]): string {
  const more = members.length - LISTED
  return members.slice(0, LISTED).join(', ') + (more > 0 ? ` and ${more} more` : '')
}

/**
 * How the org's validation differs from the package and from the record; empty when it covers
 * exactly this package. `validation` must have been read with details.
 */
export function validationDifferences(
  validation: DeployResult,
  pkg: PackageComponents,
  record: ValidationRecord
): string[] {
  const details = validation.details
  if (!details) return ['the org returned the validation without its component details']
  const messages = [...details.componentSuccesses, ...details.componentFailures].filter(
    (m) => m.componentType !== ''
  )
  return [...componentDifferences(messages, pkg), ...testDifferences(validation, record)]
}

function componentDifferences(messages: ComponentMessage[], pkg: PackageComponents): string[] {
  const validated = new Set(
    messages.filter((m) => !m.deleted).map((m) => key(m.componentType, m.fullName))
  )
  const deleted = new Set(
    messages.filter((m) => m.deleted).map((m) => key(m.componentType, m.fullName))
  )
  const wildcardTypes = new Set(
    pkg.members.filter((m) => m.fullName === '*').map((m) => m.type.toLowerCase())
  )
  const named = pkg.members.filter((m) => m.fullName !== '*')
  const ours = new Set([...named, ...pkg.deletions].map((m) => key(m.type, m.fullName)))
  const parents = new Set(named.map((m) => key(m.type, m.fullName)))
  const out: string[] = []
  const missing = named.filter((m) => !validated.has(key(m.type, m.fullName)))
  if (missing.length > 0)
    out.push(
      `it did not validate ${listed(missing.map((m) => `${m.type} ${m.fullName}`))} of this package`
    )
  const notDeleted = pkg.deletions.filter((m) => !deleted.has(key(m.type, m.fullName)))
  if (notDeleted.length > 0)
    out.push(
      `it did not delete ${listed(notDeleted.map((m) => `${m.type} ${m.fullName}`))}, which this package deletes`
    )
  const foreign = messages.filter(
    (m) =>
      !ours.has(key(m.componentType, m.fullName)) &&
      (m.deleted || !isOfThisPackage(m, pkg.files, wildcardTypes, parents))
  )
  if (foreign.length > 0) {
    const names = foreign.map(
      (m) => `${m.componentType} ${m.fullName}${m.deleted ? ' (deleted)' : ''}`
    )
    out.push(`it also validated ${listed(names)}, which this package does not hold`)
  }
  return out
}

/** A component the org lists beside the manifest's: of a wildcard type, a child of a member, or from one of our files. */
function isOfThisPackage(
  m: ComponentMessage,
  files: ReadonlySet<string>,
  wildcardTypes: ReadonlySet<string>,
  parents: ReadonlySet<string>
): boolean {
  if (wildcardTypes.has(m.componentType.toLowerCase())) return true
  // A child only of a member of its parent type: `QuickAction Account.X` is its own component,
  // not a part of `CustomObject Account`, though its name starts the same way.
  const dot = m.fullName.indexOf('.')
  const parentType = parentTypeOf(m.componentType)
  if (dot > 0 && parentType && parents.has(key(parentType, m.fullName.slice(0, dot)))) return true
  // Bundles are reported by folder (lwc/card); files by path (classes/Foo.cls).
  return files.has(m.fileName) || [...files].some((f) => f.startsWith(`${m.fileName}/`))
}

let parentTypes: ReadonlyMap<string, string> | undefined

/** The parent type of a child type (CustomField → CustomObject), case-insensitive like the names. */
function parentTypeOf(childType: string): string | undefined {
  parentTypes ??= new Map(
    [...defaultRegistry().children.values()].map((c) => [c.name.toLowerCase(), c.parent])
  )
  return parentTypes.get(childType.toLowerCase())
}

/** The record's claims about tests, checked against what the org ran. */
function testDifferences(validation: DeployResult, record: ValidationRecord): string[] {
  const run = validation.details?.runTestResult
  const ran = run?.numTestsRun ?? validation.numberTestsCompleted + validation.numberTestErrors
  const out: string[] = []
  if (ran !== record.testsRun) out.push(`it ran ${ran} tests, the record says ${record.testsRun}`)
  const level = record.testLevel
  if (level && level !== 'NoTestRun' && !validation.runTestsEnabled && ran === 0)
    out.push(`it ran no tests, the record says ${level}`)
  if (level === 'RunSpecifiedTests' && run) {
    const classes = new Set(run.tests.map((t) => t.className.toLowerCase()))
    const named = new Set(record.runTests.map((t) => t.toLowerCase()))
    const differ = classes.size !== named.size || [...classes].some((c) => !named.has(c))
    if (differ)
      out.push(
        `it ran the tests of ${listed([...classes].sort()) || 'no class'}, the record names ${listed([...named].sort()) || 'none'}`
      )
  }
  return out
}
