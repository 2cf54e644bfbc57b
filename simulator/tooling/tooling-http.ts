/** Small answer helpers shared by the Tooling routes. */
import type { SimRequest, SimResponse } from '../core/route.ts'
import { REST_ERRORS, isResponse, json, readJson } from '../rest/rest-kit.ts'

/** A JSON object body. */
export type Body = Record<string, unknown>

/** The request body as a JSON object, or the 400 answer. */
export function body(req: SimRequest): Body | SimResponse {
  const parsed = readJson(req)
  if (isResponse(parsed)) return parsed
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return REST_ERRORS.badJson('expected a JSON object')
  return parsed as Body
}

/** 201 with the sObject create answer. */
export const created = (id: string): SimResponse => json(201, { id, success: true, errors: [] })
/** 204 without a body. */
export const noContent = (): SimResponse => ({ status: 204 })
