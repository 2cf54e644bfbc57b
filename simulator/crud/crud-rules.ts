/**
 * What the CRUD calls refuse, as modelled here. The Metadata API Developer Guide says the CRUD
 * calls act on "any component that extends Metadata" and that each call takes up to 10
 * components of one type (meta_createMetadata.htm, meta_upsertMetadata.htm). Types whose
 * components are files beside or instead of their XML (Apex code, static resources, documents,
 * bundles such as LightningComponentBundle) extend MetadataWithContent or are bundles: the
 * simulator refuses them per component, so a client must send them through deploy (file-based
 * calls) instead. Which types those are is data (the org's describe layout), not a list of names.
 */
import { parentTypeOf, topLevelType } from '../org/metadata-registry.ts'

/** Components per CRUD call. */
export const CRUD_LIMIT = 10

/** One error of a CRUD result (Error: fields, message, statusCode). */
export interface CrudError {
  statusCode: string
  message: string
  fields: string[]
}

/** Why the CRUD calls refuse a type, or undefined when they take it. */
export function crudRefusal(type: string): string | undefined {
  if (parentTypeOf(type)) return undefined
  const top = topLevelType(type)
  if (!top) return undefined
  if (top.layout === 'single') return undefined
  return `${type} is not supported by the CRUD calls (its components are files, not one XML record); use deploy()`
}
