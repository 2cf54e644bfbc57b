/**
 * The release plan as markdown, for the job summary and the sticky PR comment: what merging the
 * pull request and deploying it to the target org would do. Sections come pre-rendered (change
 * summary, delta and test choice, drift); this file adds the digest and the notes. Pure.
 */
import { codeSpan, escapeInline, escapeTableCell } from '../../report/escape.ts'
import { table } from '../../report/markdown.ts'
import type { ChangeState, ComponentChange } from '../../retrieve/compare.ts'
import type { QuickDeployOutlook } from './quick-deploy-outlook.ts'

/** GitHub refuses comments over 65,536 characters; the plan stays below with room to spare. */
export const COMMENT_LIMIT = 60_000

/** What the plan tells. */
export interface PlanInput {
  /** Host of the org, when signed in. */
  orgLabel?: string
  contentHash?: string
  components: number
  deletions: number
  /** The package compared with the org; undefined when the org could not be checked. */
  changes?: readonly ComponentChange[]
  /** The change summary section (diffs against the org). */
  changeSection?: string
  /** The test level and classes the deploy would run, and why. */
  tests: { level: string; classes: readonly string[]; why: string }
  /** The delta's sections: what it holds and which tests it chose, and why. */
  packageSections: readonly string[]
  /** Drift since the newest receipt: its section and count, or why it was not checked. */
  drift: { count: number; section: string } | { unchecked: string }
  quickDeploy: QuickDeployOutlook | { kind: 'unchecked'; reason: string }
  rollback: { ready: boolean; why: string } | { unchecked: string }
  /** What the plan could not check, and why. */
  unchecked: readonly string[]
}

/** The hidden first line that finds the comment again. */
export function planMarker(key: string): string {
  return `<!-- salesforce-release-plan:v1 key=${key.replace(/-->/g, '')} -->`
}

/** The whole plan (job summary). */
export function renderPlan(input: PlanInput): string {
  return [...digest(input), ...details(input)].join('\n') + '\n'
}

/** The comment: the marker, then the plan, cut to the comment limit with a pointer to the summary. */
export function renderPlanComment(input: PlanInput, key: string, runUrl?: string): string {
  const head = [planMarker(key), ...digest(input)].join('\n')
  const full = `${head}\n${details(input).join('\n')}\n`
  if (full.length <= COMMENT_LIMIT) return full
  const pointer = runUrl ? `[the job summary](${runUrl})` : 'the job summary'
  return `${head}\n\n_The details do not fit in a comment; see ${pointer}._\n`
}

function digest(input: PlanInput): string[] {
  const target = input.orgLabel ? codeSpan(input.orgLabel) : 'the target org'
  return [
    `## 📋 Release plan · ${input.orgLabel ? escapeInline(input.orgLabel) : 'org not checked'}`,
    '',
    `Merging this pull request and deploying it to ${target} would:`,
    '',
    ...table(
      ['', ''],
      [
        ['Components', escapeTableCell(componentsLine(input))],
        ['Tests', escapeTableCell(testsLine(input.tests))],
        ['Drift since the last deploy', escapeTableCell(driftLine(input.drift))],
        ['Quick deploy on merge', escapeTableCell(quickDeployLine(input.quickDeploy))],
        ['Rollback package', escapeTableCell(rollbackLine(input.rollback))]
      ]
    ),
    '',
    `Nothing was deployed${input.contentHash ? `; package content hash ${codeSpan(input.contentHash.slice(0, 12))}` : ''}.`,
    '',
    ...(input.unchecked.length > 0
      ? ['**Not checked**', '', ...input.unchecked.map((u) => `- ${escapeInline(u)}`), '']
      : [])
  ]
}

function details(input: PlanInput): string[] {
  return [
    ...(input.changeSection ? [input.changeSection] : []),
    ...input.packageSections,
    ...('section' in input.drift ? [input.drift.section] : [])
  ]
}

function componentsLine(input: PlanInput): string {
  const total = `${input.components} component${input.components === 1 ? '' : 's'}${input.deletions > 0 ? ` and ${input.deletions} deletion${input.deletions === 1 ? '' : 's'}` : ''}`
  if (!input.changes) return `${total} (not compared with the org)`
  const counts = countStates(input.changes)
  return `${counts.new} new, ${counts.changed} changed, ${counts.deleted} deleted, ${counts.unchanged} unchanged (${total})`
}

function countStates(changes: readonly ComponentChange[]): Record<ChangeState, number> {
  const counts: Record<ChangeState, number> = { new: 0, changed: 0, unchanged: 0, deleted: 0 }
  for (const c of changes) counts[c.state]++
  return counts
}

function testsLine(tests: PlanInput['tests']): string {
  if (tests.classes.length === 0) return `${tests.level} (${tests.why})`
  const shown = tests.classes.slice(0, 20).join(', ')
  const more = tests.classes.length > 20 ? `, and ${tests.classes.length - 20} more` : ''
  return `${tests.level}: ${shown}${more} (${tests.why})`
}

function driftLine(drift: PlanInput['drift']): string {
  if ('unchecked' in drift) return `not checked: ${drift.unchecked}`
  return drift.count === 0
    ? 'none'
    : `⚠️ ${drift.count} component${drift.count === 1 ? '' : 's'} changed in the org since the last deploy (below)`
}

/**
 * The plan sees its own inputs, not the merge job's: a quick deploy by content there needs the
 * same package (source inputs, api-version, replacements) and the same record trust.
 */
const MERGE_JOB_ASSUMED =
  'This holds if the merge job runs mode: quick-deploy without validation-id, builds the package with the same inputs as this plan ' +
  'and trusts records with the same validation-record-* inputs; the plan cannot see that job'

const FALLBACK_DECIDES =
  "On merge, the quick deploy's quick-deploy-fallback decides: fail (the default) deploys nothing, deploy runs a full deploy with tests"

function quickDeployLine(outlook: PlanInput['quickDeploy']): string {
  switch (outlook.kind) {
    case 'eligible':
      return (
        `✅ possible: validation ${outlook.validationId} (${outlook.validatedAt}) of exactly this content; ` +
        `used until ${outlook.usableUntil}, the org's limit is ${outlook.expiresAt}` +
        outlook.caveats.map((c) => `; but ${c}`).join('') +
        `. ${MERGE_JOB_ASSUMED}`
      )
    case 'not-eligible':
      return `❌ not possible: ${outlook.reason}. ${FALLBACK_DECIDES}`
    case 'unknown':
      return `❔ unknown: ${outlook.reason}`
    case 'unchecked':
      return `not checked: ${outlook.reason}`
  }
}

function rollbackLine(rollback: PlanInput['rollback']): string {
  if ('unchecked' in rollback) return `not checked: ${rollback.unchecked}`
  return rollback.ready
    ? `✅ will be ready: the deploy backs up the org first (${rollback.why})`
    : `❌ none: ${rollback.why}`
}
