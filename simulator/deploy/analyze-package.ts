/**
 * Reads a deploy zip the way the org does: finds the package root(s) per `singlePackage`, checks
 * package.xml against the files (members without files, files not in package.xml, unknown types),
 * applies destructiveChanges*.xml, and runs the Apex compile rules. Pure: files and an org view in,
 * messages and planned writes out.
 */
import { compileErrors } from '../apex/compile-rules.ts'
import {
  type ComponentRef,
  type FileComponent,
  componentKey,
  indexComponents
} from '../org/component-index.ts'
import {
  contentTypeOfFolderType,
  isKnownType,
  keyPrefixOf,
  messageComponentType,
  parentTypeOf,
  topLevelType
} from '../org/metadata-registry.ts'
import type { OrgState } from '../org/org-state.ts'
import { type Manifest, parseManifest } from '../org/package-xml.ts'
import type { DeployMessage, DeployOptions, PlannedWrite } from './deploy-model.ts'

/** Apex source found in the package. */
export interface PackageApex {
  name: string
  kind: 'class' | 'trigger'
  id: string
  source: string
}

/** What the org concluded from the zip. */
export interface PackageAnalysis {
  /** Zip-level failure ("No package.xml found"): nothing else is processed. */
  fatal: DeployMessage[]
  successes: DeployMessage[]
  failures: DeployMessage[]
  writes: PlannedWrite[]
  deletes: ComponentRef[]
  apex: PackageApex[]
  componentsTotal: number
  failedComponents: number
}

const MANIFEST = 'package.xml'
const DESTRUCTIVE = [
  'destructiveChangesPre.xml',
  'destructiveChanges.xml',
  'destructiveChangesPost.xml'
]
/** Per-component processing time, also used to stamp message offsets. */
export const COMPONENT_MS = 60

function message(
  fields: Partial<DeployMessage> &
    Pick<DeployMessage, 'fileName' | 'fullName' | 'componentType' | 'success'>
): DeployMessage {
  return { changed: false, created: false, deleted: false, atOffset: 0, ...fields }
}

/** Package roots (`''` or `folder/`) or the "No package.xml found" failures. */
export function packageRoots(
  paths: string[],
  singlePackage: boolean
): { roots: string[]; missing: string[] } {
  if (paths.includes(MANIFEST)) return { roots: [''], missing: [] }
  if (singlePackage) return { roots: [], missing: [MANIFEST] }
  const folders = [
    ...new Set(paths.filter((p) => p.includes('/')).map((p) => p.split('/')[0] as string))
  ].sort()
  if (folders.length === 0) return { roots: [], missing: [MANIFEST] }
  const roots = folders
    .filter((folder) => paths.includes(`${folder}/${MANIFEST}`))
    .map((f) => `${f}/`)
  const missing = folders
    .filter((folder) => !paths.includes(`${folder}/${MANIFEST}`))
    .map((f) => `${f}/${MANIFEST}`)
  return { roots, missing }
}

/** Analyses a whole zip. */
export function analyzePackage(
  zip: Map<string, Buffer>,
  options: DeployOptions,
  org: OrgState
): PackageAnalysis {
  const result: PackageAnalysis = {
    fatal: [],
    successes: [],
    failures: [],
    writes: [],
    deletes: [],
    apex: [],
    componentsTotal: 0,
    failedComponents: 0
  }
  const { roots, missing } = packageRoots([...zip.keys()], options.singlePackage)
  if (missing.length > 0) {
    result.fatal = missing.map((fileName) =>
      message({
        fileName,
        fullName: MANIFEST,
        componentType: '',
        success: false,
        problem: 'No package.xml found',
        problemType: 'Error',
        atOffset: 400
      })
    )
    return result
  }
  for (const root of roots) analyzeRoot(root, zip, options, org, result)
  result.successes.forEach((msg, index) => (msg.atOffset = (index + 1) * COMPONENT_MS))
  result.failures.forEach((msg, index) => (msg.atOffset = (index + 1) * COMPONENT_MS))
  return result
}

function analyzeRoot(
  root: string,
  zip: Map<string, Buffer>,
  options: DeployOptions,
  org: OrgState,
  out: PackageAnalysis
): void {
  const files = new Map<string, Buffer>()
  for (const [path, content] of zip)
    if (path.startsWith(root)) files.set(path.slice(root.length), content)
  const manifestFile = `${root}${MANIFEST}`
  let manifest: Manifest
  try {
    manifest = parseManifest((files.get(MANIFEST) as Buffer).toString('utf8'), manifestFile)
  } catch (error) {
    out.failures.push(
      message({
        fileName: manifestFile,
        fullName: MANIFEST,
        componentType: '',
        success: false,
        problemType: 'Error',
        problem: `Error parsing file: ${(error as Error).message}`
      })
    )
    return
  }
  const contentPaths = [...files.keys()].filter(
    (path) => path !== MANIFEST && !DESTRUCTIVE.includes(path)
  )
  const index = indexComponents(contentPaths, (path) => files.get(path))
  const listed = listedComponents(manifest, index.components, root, options, out)
  reportUnlisted(index.components, listed, root, options, out)
  const failedKeys = compileApex(listed, files, root, org, out)
  const firstWrite = out.writes.length
  for (const item of listed.values()) addSuccess(item, files, root, org, failedKeys, out)
  for (const write of out.writes.slice(firstWrite)) {
    if (listed.has(componentKey(write.type, write.fullName))) continue
    // Only children were named: the org merges them into its copy of the parent file.
    write.childrenOnly = [...listed.values()]
      .filter((item) => item.child && item.file.mainFile === write.mainFile)
      .map((item) => item.ref)
  }
  out.successes.push(
    message({
      fileName: manifestFile,
      fullName: MANIFEST,
      componentType: '',
      success: true,
      changed: true,
      manifest: true
    })
  )
  for (const name of DESTRUCTIVE) {
    const content = files.get(name)
    if (content)
      applyDestructive(
        `${root}${name}`,
        parseManifest(content.toString('utf8'), `${root}${name}`),
        org,
        options,
        out
      )
  }
}

/** A component named in package.xml (top-level, or a child resolved to its parent file). */
interface Listed {
  ref: ComponentRef
  file: FileComponent
  child: boolean
}

function listedComponents(
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
        member === '*' ? candidates : candidates.filter((c) => c.ref.fullName === member)
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

function reportUnlisted(
  components: Map<string, FileComponent>,
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

function compileApex(
  listed: Map<string, Listed>,
  files: Map<string, Buffer>,
  root: string,
  org: OrgState,
  out: PackageAnalysis
): Set<string> {
  const failed = new Set<string>()
  for (const [key, item] of listed) {
    const kind =
      item.ref.type === 'ApexClass'
        ? 'class'
        : item.ref.type === 'ApexTrigger'
          ? 'trigger'
          : undefined
    const content = files.get(item.file.mainFile)
    if (!kind || !content) continue
    const source = content.toString('utf8')
    const id = org.peekId(item.ref.type, item.ref.fullName)
    out.apex.push({ name: item.ref.fullName, kind, id, source })
    const errors = compileErrors(source, kind)
    if (errors.length === 0) continue
    failed.add(key)
    for (const error of errors) {
      out.failures.push(
        message({
          fileName: `${root}${item.file.mainFile}`,
          fullName: item.ref.fullName,
          componentType: item.ref.type,
          success: false,
          problemType: 'Error',
          problem: error.problem,
          lineNumber: error.line,
          columnNumber: error.column
        })
      )
    }
  }
  return failed
}

function sameFiles(a: Map<string, Buffer> | undefined, b: Map<string, Buffer>): boolean {
  if (!a || a.size !== b.size) return false
  return [...b].every(([path, content]) => a.get(path)?.equals(content) === true)
}

function addSuccess(
  item: Listed,
  files: Map<string, Buffer>,
  root: string,
  org: OrgState,
  failedKeys: Set<string>,
  out: PackageAnalysis
): void {
  const { ref, file } = item
  const key = componentKey(ref.type, ref.fullName)
  const own = new Map(file.files.map((path) => [path, files.get(path) as Buffer]))
  const existing = org.get(file.type, file.fullName)
  const created = !org.has(ref.type, ref.fullName)
  const changed = created || !sameFiles(existing?.files, own)
  const failed = failedKeys.has(key)
  out.componentsTotal += 1
  if (failed) out.failedComponents += 1
  const id = item.child
    ? (org.idOf(ref.type, ref.fullName) ?? org.peekId(ref.type, ref.fullName))
    : org.peekId(ref.type, ref.fullName)
  const hasId = keyPrefixOf(ref.type) !== undefined
  if (!failed) {
    out.successes.push(
      message({
        fileName: `${root}${file.mainFile}`,
        fullName: ref.fullName,
        componentType: messageComponentType(ref.type, ref.fullName),
        success: true,
        created,
        changed,
        ...(hasId ? { id } : {})
      })
    )
  }
  if (!out.writes.some((write) => write.type === file.type && write.fullName === file.fullName)) {
    out.writes.push({
      type: file.type,
      fullName: file.fullName,
      mainFile: file.mainFile,
      isFolder: file.isFolder,
      id: item.child ? org.peekId(file.type, file.fullName) : id,
      files: own,
      failed
    })
  }
}

function applyDestructive(
  fileName: string,
  manifest: Manifest,
  org: OrgState,
  options: DeployOptions,
  out: PackageAnalysis
): void {
  for (const [typeName, members] of manifest.types) {
    for (const member of members) {
      out.componentsTotal += 1
      const componentType = messageComponentType(typeName, member)
      if (!org.has(typeName, member)) {
        const warning = message({
          fileName,
          fullName: fileName.split('/').pop() as string,
          componentType,
          success: options.ignoreWarnings,
          problemType: 'Warning',
          problem: `No ${typeName} named: ${member} found`
        })
        if (options.ignoreWarnings) out.successes.push(warning)
        else {
          out.failures.push(warning)
          out.failedComponents += 1
        }
        continue
      }
      const holder = org.get(typeName, member) ?? org.childParent(typeName, member)
      const id = org.idOf(typeName, member)
      out.deletes.push({ type: typeName, fullName: member })
      out.successes.push(
        message({
          fileName: holder?.mainFile ?? fileName,
          fullName: member,
          componentType,
          success: true,
          deleted: true,
          ...(id && keyPrefixOf(typeName) ? { id } : {})
        })
      )
    }
  }
}
