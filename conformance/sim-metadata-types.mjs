// Writes the simulator's metadata type list (simulator/org/metadata-types.json) from the Salesforce
// CLI's metadata registry, which Salesforce builds from describeMetadata and the Metadata Coverage
// Report. Each row has the describeMetadata fields (xmlName, directoryName, suffix, inFolder,
// metaFile, childXmlNames) plus how the org reads the type's files in a metadata-format zip.
// Usage: node conformance/sim-metadata-types.mjs [--check]
//   --check: exit 1 when the stored file differs from what the registry gives (nothing written).
import fs from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const sdrPackage = require('@salesforce/source-deploy-retrieve/package.json')
const registry = require('@salesforce/source-deploy-retrieve/lib/src/registry/metadataRegistry.json')
const target = new URL('../simulator/org/metadata-types.json', import.meta.url)

/** describeMetadata lists these, but the CLI's registry leaves them out (value-set children). */
const VALUE_SET_CHILDREN = {
  GlobalValueSet: { customValue: 'CustomValue' },
  StandardValueSet: { standardValue: 'StandardValue' }
}

const BUNDLE_ADAPTERS = new Set(['bundle', 'uiBundles', 'digitalExperience'])

function layoutOf(type) {
  const adapter = type.strategies?.adapter
  if (type.name === 'Document') return 'documents'
  if (type.inFolder) return 'folder-items'
  if (BUNDLE_ADAPTERS.has(adapter) || (adapter === 'mixedContent' && !type.suffix)) return 'bundle'
  if (adapter === 'matchingContentFile' || adapter === 'mixedContent') return 'content-meta'
  return 'single'
}

function row(type, byId) {
  const children = Object.values(type.children?.types ?? {}).sort((a, b) =>
    a.name.localeCompare(b.name)
  )
  const childElements = {}
  const childIdElements = {}
  for (const child of children) {
    const tag = child.xmlElementName ?? child.directoryName
    childElements[tag] = child.name
    if (child.uniqueIdElement && child.uniqueIdElement !== 'fullName')
      childIdElements[child.name] = child.uniqueIdElement
  }
  Object.assign(childElements, VALUE_SET_CHILDREN[type.name] ?? {})
  const layout = layoutOf(type)
  const out = {
    xmlName: type.name,
    directoryName: type.directoryName,
    ...(type.suffix && layout !== 'bundle' ? { suffix: type.suffix } : {}),
    inFolder: type.inFolder === true,
    metaFile:
      layout === 'content-meta' ||
      layout === 'documents' ||
      type.strategies?.adapter === 'matchingContentFile',
    childXmlNames: Object.values(childElements),
    layout
  }
  if (Object.keys(childElements).length > 0) out.childElements = childElements
  if (Object.keys(childIdElements).length > 0) out.childIdElements = childIdElements
  if (type.ignoreParsedFullName || children.some((c) => c.ignoreParentName))
    out.unprefixedChildren = true
  if (type.inFolder && type.folderType) out.folderXmlName = byId.get(type.folderType)?.name
  // Experience bundles carry their metadata beside the folder (`experiences/site1.site-meta.xml`).
  if (type.name === 'ExperienceBundle') out.bundleMetaSuffix = 'site'
  // Digital experience bundles are two folders deep (`digitalExperiences/site/Name/…`).
  if (type.name === 'DigitalExperienceBundle') out.bundleDepth = 2
  return out
}

function build() {
  const types = Object.values(registry.types)
  const byId = new Map(types.map((t) => [t.id, t]))
  // Folder types (ReportFolder, …) are named in package.xml but own no directory of their own.
  const folderTypes = types
    .filter((t) => t.folderContentType)
    .map((t) => ({ xmlName: t.name, contentXmlName: byId.get(t.folderContentType)?.name }))
    .sort((a, b) => a.xmlName.localeCompare(b.xmlName))
  const folderNames = new Set(folderTypes.map((f) => f.xmlName))
  const childNames = new Set(
    types.flatMap((t) => Object.values(t.children?.types ?? {}).map((c) => c.name))
  )
  const metadataObjects = types
    .filter((t) => !folderNames.has(t.name) && !childNames.has(t.name))
    .map((t) => row(t, byId))
    .sort((a, b) => a.xmlName.localeCompare(b.xmlName))
  return {
    provenance: {
      source: `@salesforce/source-deploy-retrieve ${sdrPackage.version}, lib/src/registry/metadataRegistry.json`,
      about:
        "The Salesforce CLI's registry of metadata types, which Salesforce generates from describeMetadata of a current org and the Metadata Coverage Report. Regenerate with: node conformance/sim-metadata-types.mjs",
      addedByHand:
        'CustomValue and StandardValue (GlobalValueSet/StandardValueSet children): describeMetadata lists them, the CLI registry does not.'
    },
    metadataObjects,
    folderTypes
  }
}

const data = build()
const text = `${JSON.stringify(data, null, 2)}\n`
if (process.argv.includes('--check')) {
  const stored = fs.existsSync(target) ? JSON.parse(fs.readFileSync(target, 'utf8')) : undefined
  const same = JSON.stringify(stored) === JSON.stringify(data)
  console.log(
    same
      ? `simulator type list matches the registry (${data.metadataObjects.length} types)`
      : 'simulator/org/metadata-types.json differs from the registry: regenerate it'
  )
  process.exit(same ? 0 : 1)
}
fs.writeFileSync(target, text)
console.log(
  `wrote ${data.metadataObjects.length} types and ${data.folderTypes.length} folder types to simulator/org/metadata-types.json`
)
