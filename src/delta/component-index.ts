import type { ResolvedChild, ResolvedComponent } from '../source/component.ts'
import { componentKey } from '../source/component.ts'

/** The component (and, for decomposed types, the child) a file belongs to. */
export interface Owner {
  component: ResolvedComponent
  child?: ResolvedChild
}

/** One side of a delta: every component, by file and by identity. */
export interface ComponentIndex {
  byPath: Map<string, Owner>
  byKey: Map<string, ResolvedComponent>
  /** Files of copies another copy of the same component overrides. */
  shadowed: Set<string>
}

/** Identity of a component, as the resolver keys it. */
export function keyOf(c: ResolvedComponent): string {
  return componentKey(c.type.name, c.fullName, c.isFolder)
}

/** Indexes resolved components by each file they own and by identity. */
export function indexComponents(components: ResolvedComponent[]): ComponentIndex {
  const byPath = new Map<string, Owner>()
  const byKey = new Map<string, ResolvedComponent>()
  const shadowed = new Set<string>()
  for (const component of components) {
    byKey.set(keyOf(component), component)
    for (const path of component.shadowed ?? []) shadowed.add(path)
    if (component.meta !== undefined) byPath.set(component.meta, { component })
    for (const path of component.content) byPath.set(path, { component })
    for (const child of component.children) {
      // DigitalExperience children are marker files inside the bundle: the bundle owns them.
      if (component.type.strategy === 'digitalExperience') continue
      byPath.set(child.path, { component, child })
    }
  }
  return { byPath, byKey, shadowed }
}

/** A child of a component by name, if present. */
export function childNamed(
  c: ResolvedComponent | undefined,
  name: string
): ResolvedChild | undefined {
  return c?.children.find((x) => x.name === name)
}
