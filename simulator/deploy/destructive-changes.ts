/** destructiveChanges*.xml: deletes of components the org holds, warnings for the rest. */
import { keyPrefixOf, messageComponentType } from '../org/metadata-registry.ts'
import type { OrgState } from '../org/org-state.ts'
import type { Manifest } from '../org/package-xml.ts'
import type { DeployOptions } from './deploy-model.ts'
import { type PackageAnalysis, message } from './package-analysis.ts'

/** Plans the deletes of a destructive manifest; a member the org lacks is a warning. */
export function applyDestructive(
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
