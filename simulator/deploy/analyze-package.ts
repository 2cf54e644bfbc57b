/**
 * Reads a deploy zip the way the org does: finds the package root(s) per `singlePackage`, checks
 * package.xml against the files (members without files, files not in package.xml, unknown types),
 * applies destructiveChanges*.xml, and runs the Apex compile rules. Pure: files and an org view in,
 * messages and planned writes out.
 */

import { componentKey, indexComponents } from '../org/component-index.ts'
import type { OrgState } from '../org/org-state.ts'
import { type Manifest, parseManifest } from '../org/package-xml.ts'
import type { DeployOptions } from './deploy-model.ts'
import { MANIFEST, type PackageAnalysis, message } from './package-analysis.ts'
import { listedComponents, reportUnlisted } from './manifest-check.ts'
import { compileApex, addSuccess } from './apex-results.ts'
import { applyDestructive } from './destructive-changes.ts'

export type { PackageAnalysis, PackageApex } from './package-analysis.ts'

const DESTRUCTIVE = [
  'destructiveChangesPre.xml',
  'destructiveChanges.xml',
  'destructiveChangesPost.xml'
]
/** Per-component processing time, also used to stamp message offsets. */
export const COMPONENT_MS = 60

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
  reportUnlisted(index.components, files, listed, root, options, out)
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
