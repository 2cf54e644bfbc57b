/**
 * Finds the drift guard's baseline: the newest deploy receipt of the signed-in org. From a file
 * (drift-baseline, e.g. fetched by actions/download-artifact) or from the repository's artifacts
 * named `sf-receipt-<org id>`, read through the REST API like validation records. An artifact is
 * believed only when GitHub itself says the run that uploaded it belongs to this repository and
 * not to a fork: anyone who can open a pull request could otherwise plant a baseline that hides
 * drift.
 */
import { readArtifactText } from '../github/artifact-zip.ts'
import { readFile } from 'node:fs/promises'
import type { OctokitFactory } from '../github/ports.ts'
import { describeGitHubError } from '../github/github-errors.ts'
import type { DeployReceipt } from '../receipt/build-receipt.ts'
import { RECEIPT_FILE, receiptArtifactName } from '../receipt/build-receipt.ts'
import { parseReceipt } from '../receipt/parse-receipt.ts'
import { ActionError } from '../shared/errors.ts'
import { to18 } from '../shared/salesforce-id.ts'
import { sourceOf, toScreen } from '../validation-record/artifact-store.ts'
import { repoArtifacts, type ListedArtifact } from '../github/repo-artifacts.ts'

/** The baseline, where it came from, and the candidates passed over (for the summary). */
export interface FoundReceipt {
  receipt?: DeployReceipt
  /** `file deploy-receipt.json` or `artifact sf-receipt-… (id 12) of run 34`. */
  source?: string
  passedOver: string[]
}

/** Finds the newest trusted receipt of an org. */
export interface ReceiptFinder {
  newest(orgId: string): Promise<FoundReceipt>
}

/** The receipt in a file; a receipt of another org is refused (it would compare the wrong org). */
export function fileReceiptFinder(file: string, label: string): ReceiptFinder {
  return {
    async newest(orgId) {
      const text = await readFile(file, 'utf8').catch((error: unknown) => {
        throw new ActionError(
          `drift-baseline: ${label} could not be read (${error instanceof Error ? error.message : String(error)}).`
        )
      })
      const parsed = parseReceipt(text, `drift-baseline ${label}`)
      if ('problem' in parsed) throw new ActionError(parsed.problem)
      if (parsed.receipt.orgId !== to18(orgId))
        throw new ActionError(
          `drift-baseline: ${label} is the receipt of org ${parsed.receipt.orgId}, but the signed-in org is ${to18(orgId)}.`
        )
      return { receipt: parsed.receipt, source: `file ${label}`, passedOver: [] }
    }
  }
}

interface RunResponse {
  repository?: { full_name?: string } | null
  head_repository?: { full_name?: string } | null
}

/** The repository's receipt artifacts through the REST API; needs `actions: read`. */
export function artifactReceiptFinder(options: {
  token?: string
  repository?: string
  octokit: OctokitFactory
}): ReceiptFinder {
  return {
    async newest(orgId) {
      const [owner, repo] = options.repository?.split('/') ?? []
      if (!owner || !repo || !options.token)
        return {
          passedOver: [
            'No receipt artifacts were searched: that needs GITHUB_REPOSITORY and github-token (run inside a GitHub workflow, or give drift-baseline).'
          ]
        }
      const artifacts = await repoArtifacts({
        octokit: options.octokit,
        token: options.token,
        owner,
        repo,
        refused: refusedListing
      })
      const listed = await artifacts.listed(receiptArtifactName(orgId))
      const candidates = await Promise.all(
        toScreen(listed).map((artifact) =>
          readCandidate(artifact, to18(orgId), options.repository ?? '', {
            run: async (id) => (await artifacts.run(id)) as RunResponse,
            download: (id) => artifacts.download(id)
          })
        )
      )
      return pickNewest(candidates)
    }
  }
}

type Candidate = { receipt: DeployReceipt; source: string } | { problem: string }

/** The trusted receipt deployed last; the others' problems kept for the summary. Pure. */
export function pickNewest(candidates: readonly Candidate[]): FoundReceipt {
  const passedOver = candidates.flatMap((c) => ('problem' in c ? [c.problem] : []))
  const trusted = candidates.flatMap((c) => ('receipt' in c ? [c] : []))
  trusted.sort((a, b) => Date.parse(b.receipt.deployedAt) - Date.parse(a.receipt.deployedAt))
  const best = trusted[0]
  return best ? { receipt: best.receipt, source: best.source, passedOver } : { passedOver }
}

async function readCandidate(
  artifact: ListedArtifact,
  orgId: string,
  repository: string,
  io: { run(id: number): Promise<RunResponse>; download(id: number): Promise<Uint8Array> }
): Promise<Candidate> {
  const source = sourceOf(artifact)
  const label = `artifact ${artifact.name} (id ${artifact.id})`
  if (source.expired) return { problem: `${label} has expired.` }
  if (source.fromFork)
    return { problem: `${label} was uploaded by a run for a fork, which is not trusted.` }
  if (source.runId === undefined) return { problem: `${label} names no workflow run.` }
  const run = await io.run(source.runId).catch((error: unknown) => describeGitHubError(error))
  if (typeof run === 'string')
    return {
      problem: `${label}: its workflow run could not be read (${run}), so it is not trusted.`
    }
  const repos = [run.repository?.full_name ?? '', run.head_repository?.full_name ?? '']
  if (repos.some((r) => r !== repository))
    return {
      problem: `${label} was uploaded by a run of ${repos.find((r) => r !== repository) || 'an unknown repository'}, not ${repository}.`
    }
  try {
    const text = await readArtifactText(await io.download(artifact.id), RECEIPT_FILE)
    if (text === undefined) return { problem: `${label} holds no ${RECEIPT_FILE}.` }
    const parsed = parseReceipt(text, label)
    if ('problem' in parsed) return parsed
    if (parsed.receipt.orgId !== orgId)
      return { problem: `${label} is the receipt of org ${parsed.receipt.orgId}.` }
    if (parsed.receipt.run && parsed.receipt.run.id !== String(source.runId))
      return {
        problem: `${label} says it was written by run ${parsed.receipt.run.id}, but run ${source.runId} uploaded it.`
      }
    return { receipt: parsed.receipt, source: `${label} of run ${source.runId}` }
  } catch (error) {
    return { problem: `${label} could not be downloaded or read: ${describeGitHubError(error)}` }
  }
}

/** A refused listing: the drift guard's advice. */
function refusedListing(described: string): string {
  return (
    `Listing the repository's artifacts for the newest deploy receipt was refused (${described}). ` +
    'The drift guard reads receipts of earlier runs: give the job permissions: actions: read, pass drift-baseline, or set drift: off.'
  )
}
