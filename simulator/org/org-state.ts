/**
 * The simulated org's metadata: one store keyed by (type, fullName). Each component holds its
 * metadata-format files (zip paths without any package folder, `-meta.xml` included), a record id,
 * audit fields and its manageable state (see README.md, Org state and retrieve). Child components
 * (CustomField, CustomLabel, …) live inside their parent's file and are indexed from it.
 */
import type { OrgType } from './org-profiles.ts'
import type { IdMinter } from '../core/ids.ts'
import {
  type ComponentRef,
  childrenOf,
  componentKey,
  indexComponents,
  normalizeMember
} from './component-index.ts'
import { keyPrefixOf, parentTypeOf, topLevelType } from './metadata-registry.ts'
import { removeChildElement } from './xml-children.ts'

/** A user of the org. */
export interface OrgUser {
  /** 18-character user id. */
  id: string
  username: string
  name: string
  /** false = JWT logins fail with `user hasn't approved this consumer`. */
  approved: boolean
}

/** Audit stamp of a change. */
export interface AuditStamp {
  userId: string
  userName: string
  at: number
}

/** One component the org holds. */
export interface OrgComponent extends ComponentRef {
  id: string
  mainFile: string
  isFolder: boolean
  files: Map<string, Buffer>
  created: AuditStamp
  lastModified: AuditStamp
  manageableState: string
  namespacePrefix?: string
}

/** Org-level facts exposed by the Organization query and the token endpoints. */
export interface OrgInfo {
  orgId: string
  name: string
  orgType: OrgType
  /** Scratch orgs expire (epoch ms); null otherwise. */
  trialExpiresAt?: number | null
  instanceName: string
  namespacePrefix: string | null
}

/** The store of everything the simulated org holds. */
export class OrgState {
  readonly info: OrgInfo
  readonly users: OrgUser[]
  private readonly ids: IdMinter
  private readonly components = new Map<string, OrgComponent>()
  private readonly childIds = new Map<string, string>()
  private readonly reservedIds = new Map<string, string>()

  constructor(info: OrgInfo, users: OrgUser[], ids: IdMinter) {
    this.info = info
    this.users = users
    this.ids = ids
  }

  /** The default (first) user: the one every token is issued to unless a JWT names another. */
  get admin(): OrgUser {
    return this.users[0] as OrgUser
  }

  /** Finds a user by id (15 or 18 characters) or username. */
  user(idOrUsername: string): OrgUser | undefined {
    return this.users.find(
      (user) => user.username === idOrUsername || user.id.slice(0, 15) === idOrUsername.slice(0, 15)
    )
  }

  /** Every top-level component, sorted by type then name. */
  list(): OrgComponent[] {
    return [...this.components.values()].sort((a, b) =>
      a.type === b.type ? a.fullName.localeCompare(b.fullName) : a.type.localeCompare(b.type)
    )
  }

  /** A top-level component. */
  get(type: string, fullName: string): OrgComponent | undefined {
    return this.components.get(componentKey(type, fullName))
  }

  /** True when the org holds the component (top-level or child). */
  has(type: string, fullName: string): boolean {
    if (this.get(type, fullName)) return true
    return this.childParent(type, fullName) !== undefined
  }

  /** Record id of a top-level or child component. */
  idOf(type: string, fullName: string): string | undefined {
    const top = this.get(type, fullName)
    if (top) return top.id
    if (!this.childParent(type, fullName)) return undefined
    return this.childIdOf(type, fullName)
  }

  /** Id for a child component (minted once, kept across redeploys). */
  childIdOf(type: string, fullName: string): string {
    const key = componentKey(type, fullName)
    let id = this.childIds.get(key) ?? this.reservedIds.get(key)
    if (!id) {
      id = this.ids.next(keyPrefixOf(type) ?? '000')
      this.childIds.set(key, id)
    }
    return id
  }

  /** The parent component that declares a child, if the org has it. */
  childParent(type: string, fullName: string): OrgComponent | undefined {
    const parentType = parentTypeOf(type)
    if (!parentType) return undefined
    const wanted = normalizeMember(fullName)
    for (const component of this.components.values()) {
      if (component.type !== parentType.name) continue
      const children = childrenOf(
        parentType,
        component.fullName,
        component.files.get(component.mainFile)
      )
      if (children.some((child) => child.type === type && child.fullName === wanted))
        return component
    }
    return undefined
  }

  /** Every child component the org holds, with its parent. */
  children(): { ref: ComponentRef; parent: OrgComponent }[] {
    const found: { ref: ComponentRef; parent: OrgComponent }[] = []
    for (const component of this.components.values()) {
      const type = topLevelType(component.type)
      if (!type?.children) continue
      for (const ref of childrenOf(
        type,
        component.fullName,
        component.files.get(component.mainFile)
      )) {
        found.push({ ref, parent: component })
      }
    }
    return found
  }

  /** Every file the org holds, by metadata-format path. */
  files(): Map<string, Buffer> {
    const all = new Map<string, Buffer>()
    for (const component of this.list()) {
      for (const [path, content] of component.files) all.set(path, content)
    }
    return new Map([...all.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  }

  /**
   * Id the component has or will get: new components get an id reserved once, so a validation
   * and the deploy that follows report the same id, as the org does for the same component.
   */
  peekId(type: string, fullName: string): string {
    const existing = this.idOf(type, fullName)
    if (existing) return existing
    const key = componentKey(type, fullName)
    let id = this.reservedIds.get(key)
    if (!id) {
      id = this.ids.next(keyPrefixOf(type) ?? '000')
      this.reservedIds.set(key, id)
    }
    return id
  }

  /**
   * Writes a top-level component's files. A redeploy replaces the files, keeps id and `created`,
   * and updates `lastModified`.
   */
  upsert(
    ref: ComponentRef & { mainFile: string; isFolder: boolean; id?: string },
    files: Map<string, Buffer>,
    stamp: AuditStamp,
    extra: Partial<Pick<OrgComponent, 'manageableState' | 'namespacePrefix'>> = {}
  ): OrgComponent {
    const key = componentKey(ref.type, ref.fullName)
    const existing = this.components.get(key)
    const component: OrgComponent = {
      type: ref.type,
      fullName: normalizeMember(ref.fullName),
      id: existing?.id ?? ref.id ?? this.peekId(ref.type, ref.fullName),
      mainFile: ref.mainFile,
      isFolder: ref.isFolder,
      files: new Map(files),
      created: existing?.created ?? stamp,
      lastModified: stamp,
      manageableState: extra.manageableState ?? existing?.manageableState ?? 'unmanaged',
      ...((extra.namespacePrefix ?? existing?.namespacePrefix)
        ? { namespacePrefix: extra.namespacePrefix ?? existing?.namespacePrefix }
        : {})
    }
    this.components.set(key, component)
    return component
  }

  /** Deletes a component; child components are cut out of their parent's file. */
  remove(type: string, fullName: string, stamp: AuditStamp): boolean {
    const key = componentKey(type, fullName)
    if (this.components.delete(key)) return true
    const parent = this.childParent(type, fullName)
    const parentType = parentTypeOf(type)
    if (!parent || !parentType?.children) return false
    const tag = Object.entries(parentType.children).find(([, child]) => child === type)?.[0]
    const content = parent.files.get(parent.mainFile)
    if (!tag || !content) return false
    const childName = parentType.unprefixedChildren
      ? fullName
      : fullName.slice(parent.fullName.length + 1)
    const updated = removeChildElement(
      content.toString('utf8'),
      tag,
      childName,
      parentType.childIdElements?.[type]
    )
    parent.files.set(parent.mainFile, Buffer.from(updated, 'utf8'))
    parent.lastModified = stamp
    return true
  }

  /** Loads metadata-format files (e.g. a seed folder); package.xml files are ignored. */
  seed(files: Map<string, Buffer>, stamp: AuditStamp, manageableState = 'unmanaged'): string[] {
    const paths = [...files.keys()].filter(
      (path) => !/(^|\/)(package|destructiveChanges\w*)\.xml$/.test(path)
    )
    const index = indexComponents(paths, (path) => files.get(path))
    for (const component of index.components.values()) {
      const own = new Map(component.files.map((path) => [path, files.get(path) as Buffer]))
      this.upsert(component, own, stamp, { manageableState })
    }
    return index.unknownFiles
  }
}
