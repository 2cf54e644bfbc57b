/**
 * The Metadata API CRUD calls: createMetadata, readMetadata, updateMetadata, upsertMetadata,
 * deleteMetadata and renameMetadata (Metadata API Developer Guide, CRUD-Based Calls). They act on
 * the same org state as deploy and retrieve, so a later retrieve sees what they changed.
 * - at most 10 components per call, all of one type, else the call faults;
 * - per-component errors in SaveResult / UpsertResult / DeleteResult, the others still applied
 *   (AllOrNoneHeader false, the default since API 34.0);
 * - types the CRUD calls refuse (crud-rules.ts) fail per component.
 */
import {
  asRecord,
  escapeXml,
  listOf,
  soapEnvelope,
  soapResponse,
  textOf,
  type XmlValue
} from '../core/soap-xml.ts'
import type { AuditStamp, OrgComponent, OrgState } from '../org/org-state.ts'
import { isKnownType, parentTypeOf, topLevelType } from '../org/metadata-registry.ts'
import { findChildElement, upsertChildElement } from '../org/xml-children.ts'
import { SoapFault } from '../routes/soap-fault.ts'
import type { SoapCall, SoapOperation } from '../routes/soap-route.ts'
import {
  childTag,
  recordFields,
  recordOfChild,
  recordOfFile,
  recordXml,
  topLevelFile,
  withChild
} from './crud-form.ts'
import { CRUD_LIMIT, crudRefusal, type CrudError } from './crud-rules.ts'

const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance'

interface Outcome {
  fullName: string
  errors: CrudError[]
  created?: boolean
}

/** Where a component lives in the org's files. */
type Place =
  | { kind: 'top'; file: string }
  | {
      kind: 'child'
      parentType: string
      parentName: string
      childName: string
      tag: string
      id?: string
    }

function placeOf(type: string, fullName: string): Place | undefined {
  const top = topLevelType(type)
  if (top) {
    if (top.layout !== 'single' || !top.suffix) return undefined
    return { kind: 'top', file: `${top.directory}/${fullName}.${top.suffix}` }
  }
  const parent = parentTypeOf(type)
  const tag = parent ? childTag(parent, type) : undefined
  if (!parent || !tag) return undefined
  if (parent.unprefixedChildren) {
    const name = parent.name === 'CustomLabels' ? 'CustomLabels' : fullName
    return { kind: 'child', parentType: parent.name, parentName: name, childName: fullName, tag }
  }
  const dot = fullName.indexOf('.')
  if (dot <= 0) return undefined
  return {
    kind: 'child',
    parentType: parent.name,
    parentName: fullName.slice(0, dot),
    childName: fullName.slice(dot + 1),
    tag,
    ...(parent.childIdElements?.[type] ? { id: parent.childIdElements[type] } : {})
  }
}

function stampOf(call: SoapCall): AuditStamp {
  return {
    userId: call.session.user.id,
    userName: call.session.user.name,
    at: call.sim.clock.now()
  }
}

/** The records of a create/update/upsert call, checked against the call's limits. */
function recordsOf(
  args: Record<string, unknown>
): { type: string; fields: Record<string, unknown> }[] {
  const records = listOf(args['metadata']).map((item) => {
    const record = asRecord(item) ?? {}
    const type = String(record['@_type'] ?? '').replace(/^[\w-]+:/, '')
    return { type, fields: recordFields(record) }
  })
  checkCall(records.map((r) => r.type))
  return records
}

function checkCall(types: string[]): void {
  if (types.length > CRUD_LIMIT)
    throw new SoapFault(
      'EXCEEDED_ID_LIMIT',
      `record limit reached. cannot submit more than ${CRUD_LIMIT} records in this operation`
    )
  const unknown = types.find((type) => !isKnownType(type))
  if (unknown !== undefined)
    throw new SoapFault(
      'INVALID_TYPE',
      `Unknown type: ${unknown || '(no xsi:type)'}`,
      'soapenv:Client'
    )
  if (new Set(types).size > 1)
    throw new SoapFault(
      'INVALID_TYPE',
      'All components in one call must be of the same type',
      'soapenv:Client'
    )
}

function error(statusCode: string, message: string, fields: string[] = []): CrudError {
  return { statusCode, message, fields }
}

/** Writes one record; `mode` decides what an existing or missing component means. */
function write(
  org: OrgState,
  type: string,
  fields: Record<string, unknown>,
  mode: 'create' | 'update' | 'upsert',
  stamp: AuditStamp
): Outcome {
  const fullName = textOf(fields['fullName']) ?? ''
  if (!fullName)
    return {
      fullName,
      errors: [error('REQUIRED_FIELD_MISSING', 'Required field is missing: fullName', ['fullName'])]
    }
  const refusal = crudRefusal(type)
  if (refusal) return { fullName, errors: [error('INVALID_TYPE', refusal)] }
  const place = placeOf(type, fullName)
  if (!place)
    return {
      fullName,
      errors: [
        error(
          'INVALID_CROSS_REFERENCE_KEY',
          `In field: fullName - invalid name ${fullName} for ${type}`,
          ['fullName']
        )
      ]
    }
  const exists = org.has(type, fullName)
  if (mode === 'create' && exists)
    return {
      fullName,
      errors: [error('DUPLICATE_DEVELOPER_NAME', `There is already a ${type} named ${fullName}.`)]
    }
  if (mode === 'update' && !exists)
    return {
      fullName,
      errors: [
        error(
          'INVALID_CROSS_REFERENCE_KEY',
          `In field: fullName - no ${type} named ${fullName} found`,
          ['fullName']
        )
      ]
    }
  if (place.kind === 'top') {
    const file = keepChildren(org, type, fullName, topLevelFile(type, fields).toString('utf8'))
    org.upsert(
      { type, fullName, mainFile: place.file, isFolder: false },
      new Map([[place.file, Buffer.from(file, 'utf8')]]),
      stamp
    )
    return { fullName, errors: [], created: !exists }
  }
  const parent = org.get(place.parentType, place.parentName) ?? labelsContainer(place)
  const parentXml = parent?.files.get(parent.mainFile)?.toString('utf8')
  if (!parent || parentXml === undefined)
    return {
      fullName,
      errors: [
        error(
          'INVALID_CROSS_REFERENCE_KEY',
          `In field: fullName - no ${place.parentType} named ${place.parentName} found`,
          ['fullName']
        )
      ]
    }
  const { fullName: _full, ...rest } = fields
  const updated = withChild(parentXml, place.tag, place.childName, rest, place.id)
  org.upsert(
    parent,
    new Map([...parent.files, [parent.mainFile, Buffer.from(updated, 'utf8')]]),
    stamp
  )
  return { fullName, errors: [], created: !exists }
}

/**
 * An upsert of a parent (CustomObject) without its children leaves the children the org holds in
 * place, as the org does: children are components of their own.
 */
function keepChildren(org: OrgState, type: string, fullName: string, xml: string): string {
  const existing = org.get(type, fullName)
  const oldXml = existing?.files.get(existing.mainFile)?.toString('utf8')
  const parentType = topLevelType(type)
  if (!existing || oldXml === undefined || !parentType?.children) return xml
  let merged = xml
  for (const { ref, parent } of org.children()) {
    if (parent !== existing) continue
    const tag = childTag(parentType, ref.type)
    const id = parentType.childIdElements?.[ref.type]
    const name = parentType.unprefixedChildren
      ? ref.fullName
      : ref.fullName.slice(fullName.length + 1)
    if (!tag) continue
    const element = findChildElement(oldXml, tag, name, id)
    if (element && !findChildElement(merged, tag, name, id))
      merged = upsertChildElement(merged, tag, name, element, id)
  }
  return merged
}

function saveResult(outcome: Outcome, withCreated: boolean): XmlValue {
  const result: Record<string, unknown> = {
    ...(withCreated ? { created: outcome.created ?? false } : {}),
    errors:
      outcome.errors.length > 0
        ? outcome.errors.map((e) => ({
            ...(e.fields.length > 0 ? { fields: e.fields } : {}),
            message: e.message,
            statusCode: e.statusCode
          }))
        : undefined,
    fullName: outcome.fullName,
    success: outcome.errors.length === 0
  }
  return result as XmlValue
}

function writeOp(mode: 'create' | 'update' | 'upsert'): SoapOperation {
  return (call) => {
    const stamp = stampOf(call)
    const results = recordsOf(call.args).map((r) =>
      write(call.sim.org, r.type, r.fields, mode, stamp)
    )
    return soapResponse(
      `${mode}Metadata`,
      results.map((r) => saveResult(r, mode === 'upsert')) as XmlValue[]
    )
  }
}

function namesOf(args: Record<string, unknown>): { type: string; fullNames: string[] } {
  const type = textOf(args['type']) ?? ''
  const fullNames = listOf(args['fullNames']).map((n) => textOf(n) ?? '')
  checkCall(fullNames.map(() => type))
  if (!isKnownType(type))
    throw new SoapFault('INVALID_TYPE', `Unknown type: ${type}`, 'soapenv:Client')
  return { type, fullNames }
}

function deleteOp(call: SoapCall): string {
  const { type, fullNames } = namesOf(call.args)
  const stamp = stampOf(call)
  const results = fullNames.map((fullName): Outcome => {
    const refusal = crudRefusal(type)
    if (refusal) return { fullName, errors: [error('INVALID_TYPE', refusal)] }
    if (!call.sim.org.remove(type, fullName, stamp))
      return {
        fullName,
        errors: [
          error(
            'INVALID_CROSS_REFERENCE_KEY',
            `In field: fullName - no ${type} named ${fullName} found`,
            ['fullName']
          )
        ]
      }
    return { fullName, errors: [] }
  })
  return soapResponse(
    'deleteMetadata',
    results.map((r) => saveResult(r, false))
  )
}

function renameOp(call: SoapCall): string {
  const type = textOf(call.args['type']) ?? ''
  const oldName = textOf(call.args['oldFullName']) ?? ''
  const newName = textOf(call.args['newFullName']) ?? ''
  if (!isKnownType(type))
    throw new SoapFault('INVALID_TYPE', `Unknown type: ${type}`, 'soapenv:Client')
  const org = call.sim.org
  const stamp = stampOf(call)
  const fail = (statusCode: string, message: string): string =>
    soapResponse(
      'renameMetadata',
      saveResult({ fullName: oldName, errors: [error(statusCode, message)] }, false) as XmlValue[]
    )
  const refusal = crudRefusal(type)
  if (refusal) return fail('INVALID_TYPE', refusal)
  const current = readOne(org, type, oldName)
  if (!current)
    return fail(
      'INVALID_CROSS_REFERENCE_KEY',
      `In field: fullName - no ${type} named ${oldName} found`
    )
  if (org.has(type, newName))
    return fail('DUPLICATE_DEVELOPER_NAME', `There is already a ${type} named ${newName}.`)
  const moved = write(org, type, { ...current, fullName: newName }, 'create', stamp)
  if (moved.errors.length > 0) return soapResponse('renameMetadata', saveResult(moved, false))
  org.remove(type, oldName, stamp)
  return soapResponse(
    'renameMetadata',
    saveResult({ fullName: newName, errors: [] }, false) as XmlValue[]
  )
}

function readOne(
  org: OrgState,
  type: string,
  fullName: string
): Record<string, unknown> | undefined {
  const place = placeOf(type, fullName)
  if (!place) return undefined
  if (place.kind === 'top') {
    const component = org.get(type, fullName)
    const xml = component?.files.get(component.mainFile)?.toString('utf8')
    return xml === undefined ? undefined : recordOfFile(fullName, xml)
  }
  const parent = org.get(place.parentType, place.parentName)
  const xml = parent?.files.get(parent.mainFile)?.toString('utf8')
  return xml === undefined
    ? undefined
    : recordOfChild(xml, place.tag, place.childName, fullName, place.id)
}

/** readMetadata: one `records` element per name; a name the org lacks comes back as an empty record. */
function readOp(call: SoapCall): string {
  const { type, fullNames } = namesOf(call.args)
  const refusal = crudRefusal(type)
  if (refusal) throw new SoapFault('INVALID_TYPE', refusal)
  const records = fullNames.map((name) => {
    const fields = readOne(call.sim.org, type, name)
    return fields
      ? `<records xmlns:xsi="${XSI_NS}" xsi:type="${escapeXml(type)}">${recordXml(fields)}</records>`
      : `<records xmlns:xsi="${XSI_NS}" xsi:type="${escapeXml(type)}"/>`
  })
  return soapEnvelope(
    `<readMetadataResponse><result>${records.join('')}</result></readMetadataResponse>`
  )
}

/** CRUD operations by body element name. */
export const SOAP_CRUD_OPERATIONS: [string, SoapOperation][] = [
  ['createMetadata', writeOp('create')],
  ['updateMetadata', writeOp('update')],
  ['upsertMetadata', writeOp('upsert')],
  ['deleteMetadata', deleteOp],
  ['renameMetadata', renameOp],
  ['readMetadata', readOp]
]

/** What an upsert of a child needs of its parent. */
type ParentFile = Pick<OrgComponent, 'type' | 'fullName' | 'mainFile' | 'isFolder' | 'files'>

/**
 * An org's custom labels live in one CustomLabels container that always exists (it is never
 * created or deleted on its own), so upserting the first label of an org creates its file.
 */
function labelsContainer(place: Extract<Place, { kind: 'child' }>): ParentFile | undefined {
  if (place.parentType !== 'CustomLabels') return undefined
  const mainFile = 'labels/CustomLabels.labels'
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n<CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">\n</CustomLabels>\n'
  return {
    type: 'CustomLabels',
    fullName: 'CustomLabels',
    mainFile,
    isFolder: false,
    files: new Map([[mainFile, Buffer.from(xml)]])
  }
}
