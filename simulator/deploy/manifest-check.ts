/** package.xml against the zip: listed members without files, files not listed, unknown types. */
import { type ComponentRef, type FileComponent, componentKey } from '../org/component-index.ts'
import {
  contentTypeOfFolderType,
  isKnownType,
  messageComponentType,
  parentTypeOf,
  topLevelType
} from '../org/metadata-registry.ts'
import type { Manifest } from '../org/package-xml.ts'
import type { DeployOptions } from './deploy-model.ts'
import { MANIFEST, type PackageAnalysis, message } from './package-analysis.ts'

/** A component package.xml lists, with the file that holds it. */
export interface Listed {
  ref: ComponentRef
  file: FileComponent
  child: boolean
}

/** The components package.xml lists, failing members without files and unknown types. */
export function listedComponents(
  manifest: Manifest,
  components: Map<string, FileComponent>,
  root: string,
  options: DeployOptions,
  out: PackageAnalysis
): Map<string, Listed> {
  const listed = new Map<string, Listed>()
  for (const [typeName, members] of manifest.types) {
    if (!isKnownType(typeName)) {
      out.failures.push(
        message({
          fileName: `${root}${MANIFEST}`,
          fullName: typeName,
          componentType: '',
          success: false,
          problemType: 'Error',
          problem: `Unknown type name '${typeName}' specified in package.xml`
        })
      )
      continue
    }
    const parentType = parentTypeOf(typeName)
    const topType = topLevelType(typeName) ?? contentTypeOfFolderType(typeName)
    const candidates: Listed[] = parentType
      ? [...components.values()]
          .filter((file) => file.type === parentType.name)
          .flatMap((file) =>
            file.children
              .filter((ch) => ch.type === typeName)
              .map((ref) => ({ ref, file, child: true }))
          )
      : [...components.values()]
          .filter((file) => file.type === topType?.name)
          .map((file) => ({
            ref: { type: file.type, fullName: file.fullName },
            file,
            child: false
          }))
    for (const member of members) {
      const matches =
        member === '*'
          ? candidates
          : candidates.filter((c) => c.ref.fullName === member || c.file.altName === member)
      if (matches.length === 0 && member !== '*') {
        if (!options.allowMissingFiles) {
          out.failures.push(
            message({
              fileName: `${root}${MANIFEST}`,
              fullName: member,
              componentType: typeName,
              success: false,
              problemType: 'Error',
              problem: `An object '${member}' of type ${typeName} was named in package.xml, but was not found in zipped directory`
            })
          )
        }
        continue
      }
      for (const match of matches)
        listed.set(componentKey(match.ref.type, match.ref.fullName), match)
    }
  }
  return listed
}

/** Fails files in the zip that package.xml does not list (unless autoUpdatePackage). */
export function reportUnlisted(
  components: Map<string, FileComponent>,
  files: Map<string, Buffer>,
  listed: Map<string, Listed>,
  root: string,
  options: DeployOptions,
  out: PackageAnalysis
): void {
  for (const file of components.values()) {
    const key = componentKey(file.type, file.fullName)
    if (listed.has(key)) continue
    const listedChildren = file.children.filter((child) =>
      listed.has(componentKey(child.type, child.fullName))
    )
    // A container file that declares nothing (`<Workflow …/>`, as retrieves leave them) holds no
    // component that could be missing from package.xml.
    if (file.children.length === 0 && isEmptyContainer(file, files)) continue
    if (options.autoUpdatePackage) {
      listed.set(key, { ref: { type: file.type, fullName: file.fullName }, file, child: false })
      continue
    }
    const unlisted =
      listedChildren.length > 0
        ? file.children.filter((child) => !listed.has(componentKey(child.type, child.fullName)))
        : [file]
    for (const ref of unlisted) {
      out.failures.push(
        message({
          fileName: `${root}${file.mainFile}`,
          fullName: ref.fullName,
          componentType: messageComponentType(ref.type, ref.fullName),
          success: false,
          problemType: 'Error',
          problem: 'Not in package.xml'
        })
      )
    }
  }
}

function isEmptyContainer(file: FileComponent, files: Map<string, Buffer>): boolean {
  if (!topLevelType(file.type)?.children) return false
  const text = files.get(file.mainFile)?.toString('utf8') ?? ''
  const body = text.replace(/<\?xml[^>]*\?>/, '').trim()
  return /^<[\w:]+(?:\s[^>]*)?\/>$/.test(body) || /^<([\w:]+)(?:\s[^>]*)?>\s*<\/\1>$/.test(body)
}
