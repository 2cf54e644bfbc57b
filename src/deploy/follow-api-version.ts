/**
 * The API version of a deploy this run did not build: report and cancel follow a deploy by id,
 * and a quick deploy by id deploys a validation made earlier.
 *
 * Salesforce does not record which API version a deploy was made with: neither the DeployResult
 * of checkDeployStatus nor the REST deployRequest answer carries one, so the org cannot be asked.
 * Using the org's maximum, as these modes once did, read a validation made at 62.0 at 66.0 and
 * reported it as 66.0. What is known instead: the api-version input when given (the user's word,
 * and what the deploy run used too), else the project's sourceApiVersion, the version this
 * project's deploys are made at (package.xml and endpoint alike). Only when neither exists is the
 * org's maximum used, and the note then says it is the org's maximum, not the deploy's version.
 */
import type { BaseSettings, PackageSource } from '../settings/settings.ts'
import { readProjectApiVersion, type ProjectApiVersion } from '../source/fs-project-api-version.ts'

/** The version to sign in at (undefined: the org's maximum) and where it came from. */
export interface FollowVersion {
  wanted?: string
  source: 'input' | 'project' | 'org-max'
  /** Why the org's maximum is used. */
  missing?: string
}

/** Pure: picks the version from the input and the project's sourceApiVersion. */
export function chooseFollowVersion(
  input: string | undefined,
  project: ProjectApiVersion | undefined
): FollowVersion {
  if (input) return { wanted: input, source: 'input' }
  if (project?.version) return { wanted: project.version, source: 'project' }
  return {
    source: 'org-max',
    missing: project?.missing ?? 'no SFDX project (sfdx-project.json) to take it from'
  }
}

/** Reads what the choice needs from the workspace: sfdx-project.json only without the input. */
export async function followVersion(
  settings: Pick<BaseSettings, 'apiVersion'> & { packageSource?: PackageSource }
): Promise<FollowVersion> {
  if (settings.apiVersion) return chooseFollowVersion(settings.apiVersion, undefined)
  const source = settings.packageSource
  const project =
    source?.kind === 'source' ? await readProjectApiVersion(source.projectDir) : undefined
  return chooseFollowVersion(undefined, project)
}

/**
 * The report line saying which version was used and why; none for the api-version input.
 * `subject` is e.g. "Deploy 0Af… is read" or "Validation 0Af… is quick-deployed".
 */
export function followVersionNote(
  subject: string,
  used: string,
  choice: FollowVersion
): string | undefined {
  const unrecorded = 'the org does not record which API version a deploy was made with'
  if (choice.source === 'input' && choice.wanted === used) return undefined
  if (choice.source === 'project' && choice.wanted === used)
    return `${subject} at API ${used}, the project's sourceApiVersion; ${unrecorded}.`
  const why =
    choice.source === 'org-max'
      ? (choice.missing ?? '')
      : `${choice.wanted ?? ''} is newer than the org supports`
  return `${subject} at API ${used}, the org's maximum (${why}); ${unrecorded}, so it may have been made at another version.`
}
