/** Apex compile errors and the success messages (created / changed) of listed components. */
import { compileErrors } from '../apex/compile-rules.ts'
import { componentKey } from '../org/component-index.ts'
import { keyPrefixOf, messageComponentType } from '../org/metadata-registry.ts'
import type { OrgState } from '../org/org-state.ts'
import { type PackageAnalysis, message } from './package-analysis.ts'
import type { Listed } from './manifest-check.ts'

/** Runs the compile rules on the listed classes and triggers; returns the keys of those that failed. */
export function compileApex(
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

/** Records a listed component that deployed: its success message (created or changed) and its write. */
export function addSuccess(
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
