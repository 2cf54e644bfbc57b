/**
 * Apex classes the org holds with `return 1` and the workspace changes to `return 2`: the set-up
 * of the compile-cancel tests, in-process and through the CLI.
 */
import { copyDemoProject } from './harness.ts'

export const CLASS_META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>62.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n'

export const classBody = (name: string, value: number): string =>
  `public with sharing class ${name} {\n    public static Integer value() {\n        return ${value};\n    }\n}\n`

export const classPath = (name: string): string => `force-app/main/default/classes/${name}.cls`

/** The org's copies, as the simulator's seed takes them. */
export function seedClasses(names: readonly string[]): Map<string, Buffer> {
  return new Map(
    names.flatMap((n): [string, Buffer][] => [
      [`classes/${n}.cls`, Buffer.from(classBody(n, 1))],
      [`classes/${n}.cls-meta.xml`, Buffer.from(CLASS_META)]
    ])
  )
}

/** A copy of the demo project with the changed classes. */
export function changedClassesWorkspace(names: readonly string[]): string {
  return copyDemoProject(
    Object.fromEntries(
      names.flatMap((n) => [
        [classPath(n), classBody(n, 2)],
        [`${classPath(n)}-meta.xml`, CLASS_META]
      ])
    )
  )
}
