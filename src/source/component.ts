import type { ChildType, MetadataType } from './registry/registry.ts'

/** A child file of a decomposed component (a field, a list view, a bot version...). */
export interface ResolvedChild {
  type: ChildType
  /** Name from the file name (`Zeta__c` in `fields/Zeta__c.field-meta.xml`). */
  name: string
  /** Tree path of the child file (or of the folder's marker file for DigitalExperience). */
  path: string
}

/** One source component as found in the tree (possibly merged across package directories). */
export interface ResolvedComponent {
  type: MetadataType
  fullName: string
  /** Package directory (tree path) where the component was first found. */
  packageDir: string
  /** Tree path of the meta file, when the component has one. */
  meta?: string
  /** Content files: the content file, every bundle/folder file, or every labels file. */
  content: string[]
  /** Root folder of a folder-shaped component (bundle, static-resource folder, site...). */
  folder?: string
  children: ResolvedChild[]
  /** An in-folder type's folder (`reports/Sales`), listed under the content type. */
  isFolder: boolean
  /**
   * Decomposed types: false when only children were selected (a source dir naming a child
   * file), so the parent's own file is written into the output but the parent is not listed.
   */
  parentSelected?: boolean
  /**
   * Files of other copies of the component (another package directory or folder) that the
   * merged component does not deploy, since the copy kept overrides them.
   */
  shadowed?: string[]
}

/** Key that identifies a component across package directories. */
export function componentKey(typeName: string, fullName: string, isFolder = false): string {
  return `${typeName}${isFolder ? '#folder' : ''}:${fullName}`
}

/** A (type, member) pair as written in package.xml. */
export interface Member {
  type: string
  fullName: string
}
