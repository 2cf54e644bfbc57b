/**
 * Settles a ContainerAsyncRequest once its queue time is over: the scripted Error/Invalidated,
 * or a compile of every member with the simulator's Apex rules. Reproduces the quirks clients
 * must survive: `problem` HTML-escaped, Visualforce errors with lineNumber -1 (pages) or null
 * (components), dependants reported as their own failures.
 */
import type { SimContext } from '../core/context.ts'
import { compileErrors } from '../apex/compile-rules.ts'
import type { ToolingMember, ToolingRequest, ToolingState } from './tooling-state.ts'

/** The ErrorMsg of the Error state, as users have reported it. */
export const UNEXPECTED_ERROR = 'An unexpected error has occurred. 485910397-48125 (1801558516)'
/** What production orgs answer to a save. */
export const ACTIVE_ORG_ERROR = "Can't alter metadata in an active org"

const VF_MARKER = /sim:compile-error\s+(.+?)\s*(?:-->|$)/m
const FOLDERS: Record<string, [string, string]> = {
  ApexClass: ['classes', 'cls'],
  ApexTrigger: ['triggers', 'trigger'],
  ApexPage: ['pages', 'page'],
  ApexComponent: ['components', 'component']
}

/** Moves every Queued request whose time has come to its final state. */
export function settleRequests(sim: SimContext, state: ToolingState): void {
  for (const request of state.requests.values()) {
    if (
      request.state !== 'Queued' ||
      request.outcome === 'stuck' ||
      sim.clock.now() < request.readyAt
    )
      continue
    settle(sim, state, request)
  }
}

function settle(sim: SimContext, state: ToolingState, request: ToolingRequest): void {
  if (request.outcome === 'Error') {
    Object.assign(request, { state: 'Error', errorMsg: UNEXPECTED_ERROR, deployDetails: null })
    return
  }
  if (request.outcome === 'Invalidated') {
    Object.assign(request, { state: 'Invalidated', deployDetails: null })
    return
  }
  if (!request.checkOnly && sim.org.info.orgType === 'Production') {
    Object.assign(request, { state: 'Failed', errorMsg: ACTIVE_ORG_ERROR, deployDetails: null })
    return
  }
  const members = request.memberIds
    .map((id) => state.containers.get(request.containerId)?.members.get(id))
    .filter((m) => m !== undefined)
  const failures = members.flatMap((m) => problemsOf(m))
  const failedNames = new Set(failures.map((f) => String(f.fullName)))
  const dependants = members
    .filter((m) => !failedNames.has(m.fullName))
    .flatMap((m) => dependantProblems(m, failedNames))
  const allFailures = [...failures, ...dependants]
  const failed = new Set(allFailures.map((f) => String(f.fullName)))
  const successes = members
    .filter((m) => !failed.has(m.fullName))
    .map((m) => message(m, { success: true, changed: !request.checkOnly }))
  request.deployDetails = {
    componentFailures: allFailures,
    componentSuccesses: successes,
    allComponentMessages: [...allFailures, ...successes]
  }
  request.state = allFailures.length > 0 ? 'Failed' : 'Completed'
  if (request.state === 'Completed' && !request.checkOnly) save(sim, members)
}

function problemsOf(m: ToolingMember): Record<string, unknown>[] {
  if (m.entityType === 'ApexClass' || m.entityType === 'ApexTrigger') {
    return compileErrors(m.body, m.entityType === 'ApexClass' ? 'class' : 'trigger').map((e) =>
      message(m, {
        success: false,
        lineNumber: e.line,
        columnNumber: e.column,
        problem: htmlEscape(e.problem)
      })
    )
  }
  const marker = VF_MARKER.exec(m.body)?.[1]
  if (!marker) return []
  // Visualforce errors often carry no position: -1 for pages, null for components.
  const position = m.entityType === 'ApexPage' ? -1 : null
  return [
    message(m, {
      success: false,
      lineNumber: position,
      columnNumber: position,
      problem: htmlEscape(marker)
    })
  ]
}

function dependantProblems(m: ToolingMember, failedNames: Set<string>): Record<string, unknown>[] {
  const uses = [...failedNames].filter((name) => new RegExp(`\\b${name}\\b`).test(m.body))
  return uses.map((name) =>
    message(m, {
      success: false,
      lineNumber: 1,
      columnNumber: 1,
      problem: htmlEscape(
        `Dependent class is invalid and needs recompilation:\n ${name}: compile errors`
      )
    })
  )
}

function message(m: ToolingMember, fields: Record<string, unknown>): Record<string, unknown> {
  const [folder, suffix] = FOLDERS[m.entityType] ?? ['classes', 'cls']
  return {
    changed: false,
    columnNumber: null,
    componentType: m.entityType,
    created: false,
    createdDate: null,
    deleted: false,
    fileName: `${folder}/${m.fullName}.${suffix}`,
    fullName: m.fullName,
    id: m.contentEntityId,
    lineNumber: null,
    problem: null,
    problemType: fields.success === false ? 'Error' : null,
    ...fields
  }
}

/** The org HTML-escapes problem text once. */
function htmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

function save(sim: SimContext, members: ToolingMember[]): void {
  const stamp = { userId: sim.org.admin.id, userName: sim.org.admin.name, at: sim.clock.now() }
  for (const m of members) {
    const existing = sim.org.get(m.entityType, m.fullName)
    if (!existing) continue
    const files = new Map(existing.files)
    files.set(existing.mainFile, Buffer.from(m.body, 'utf8'))
    sim.org.upsert(
      {
        type: existing.type,
        fullName: existing.fullName,
        mainFile: existing.mainFile,
        isFolder: false
      },
      files,
      stamp
    )
  }
}
