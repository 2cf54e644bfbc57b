/**
 * The Metadata API's notice on large retrieves: "You receive an API notification each time you
 * retrieve 90% or more of the maximum number of custom fields that you can deploy at once with
 * Metadata API", that maximum being 45,000 (Metadata API Developer Guide, Deploying and
 * Retrieving Metadata, file_based.htm). The simulator gives it as a retrieve message on
 * package.xml, so a client sees it the way it sees the retrieve's other messages.
 */

/** Custom fields one deploy takes. */
export const MAX_DEPLOY_CUSTOM_FIELDS = 45_000
/** The share of that maximum from which a retrieve carries the notice. */
export const CUSTOM_FIELD_NOTICE_SHARE = 0.9

/** Custom fields in the retrieved files: `<fields>` entries of objects/*.object. */
export function countCustomFields(files: ReadonlyMap<string, Buffer>): number {
  let count = 0
  for (const [path, content] of files) {
    if (!/^(?:[^/]+\/)?objects\/[^/]+\.object$/.test(path)) continue
    count += content.toString('utf8').split('<fields>').length - 1
  }
  return count
}

/** The notice, when the retrieve holds 90% or more of the deployable maximum. */
export function customFieldNotice(
  files: ReadonlyMap<string, Buffer>
): { fileName: string; problem: string } | undefined {
  const count = countCustomFields(files)
  if (count < MAX_DEPLOY_CUSTOM_FIELDS * CUSTOM_FIELD_NOTICE_SHARE) return undefined
  return {
    fileName: 'package.xml',
    problem: `This retrieve holds ${count} custom fields, 90% or more of the ${MAX_DEPLOY_CUSTOM_FIELDS} custom fields one deploy can take; split the retrieve and the deploy.`
  }
}
