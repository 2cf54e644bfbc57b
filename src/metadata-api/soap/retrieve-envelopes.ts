import { escapeXml } from '../../shared/xml.ts'
import type { ListMetadataQuery, RetrieveRequest } from '../retrieve-api.ts'

const el = (name: string, value: string | boolean): string =>
  `<met:${name}>${typeof value === 'boolean' ? String(value) : escapeXml(value)}</met:${name}>`

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * `retrieve` body in WSDL order: apiVersion, singlePackage (explicit false, so the zip
 * has the `unpackaged/` folder), then the manifest with types and members sorted, then version.
 */
export function retrieveBody(request: RetrieveRequest): string {
  const types = [...request.types.keys()].sort(byCodeUnit).map((name) => {
    const members = [...new Set(request.types.get(name) ?? [])].sort(byCodeUnit)
    return `<met:types>${members.map((m) => el('members', m)).join('')}${el('name', name)}</met:types>`
  })
  return (
    '<met:retrieve><met:retrieveRequest>' +
    el('apiVersion', request.apiVersion) +
    el('singlePackage', false) +
    `<met:unpackaged>${types.join('')}${el('version', request.apiVersion)}</met:unpackaged>` +
    '</met:retrieveRequest></met:retrieve>'
  )
}

/** `checkRetrieveStatus` body; `includeZip` is always explicit (its default is true). */
export function checkRetrieveStatusBody(id: string, includeZip: boolean): string {
  return `<met:checkRetrieveStatus>${el('asyncProcessId', id)}${el('includeZip', includeZip)}</met:checkRetrieveStatus>`
}

/** `listMetadata` body with one query (folder before type, WSDL order). */
export function listMetadataBody(query: ListMetadataQuery, asOfVersion: string): string {
  return (
    '<met:listMetadata><met:queries>' +
    (query.folder !== undefined ? el('folder', query.folder) : '') +
    el('type', query.type) +
    `</met:queries>${el('asOfVersion', asOfVersion)}</met:listMetadata>`
  )
}
