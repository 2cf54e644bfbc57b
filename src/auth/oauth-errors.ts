/**
 * Turns an OAuth error body into a message that says what to do. The raw description is kept
 * (it is Salesforce's text, never a secret) so users can search for it.
 */
const ADVICE: { match: RegExp; advice: string }[] = [
  {
    match: /hasn't approved this consumer/i,
    advice:
      'The user is not pre-authorized for the connected app: in Setup, set the app\'s "Permitted Users" to "Admin approved users are pre-authorized" and assign the user\'s profile or a permission set to the app.'
  },
  {
    match: /invalid assertion/i,
    advice:
      "The JWT was rejected: check that username is a user of the org login-url leads to (a sandbox username ends in the sandbox's suffix, and a sandbox signs in at https://test.salesforce.com or its My Domain), that jwt-key matches the certificate uploaded to the connected app, that client-id is that app's consumer key, and that this machine's clock is correct."
  },
  {
    // What Salesforce answers for a JWT whose exp is already past: a runner clock minutes behind
    // (simple-salesforce#491, where exp was computed in local time instead of UTC).
    match: /expired authorization code/i,
    advice:
      "The JWT had expired by the time Salesforce read it (it is valid for 3 minutes): check that this machine's clock is correct, synchronised with a time server."
  },
  {
    // invalid_grant "ip restricted": a profile's Login IP Ranges or Login Hours leave out this
    // sign-in (forceworkbench/forceworkbench#772, sfdx-actions/setup-sfdx#17).
    match: /ip restricted/i,
    advice:
      "Salesforce refused a sign-in from this runner's IP address: the user's profile has Login IP Ranges (or Login Hours) that leave it out. GitHub-hosted runners have no fixed address: set the connected app's IP Relaxation to \"Relax IP restrictions\", or run on a runner whose address is in the ranges."
  },
  {
    match: /audience is invalid/i,
    advice:
      "Wrong login-url for this org: use https://test.salesforce.com for sandboxes, https://login.salesforce.com for production, or the org's My Domain URL."
  },
  {
    match: /client identifier invalid/i,
    advice:
      'client-id (or the client id inside auth-url) is not the consumer key of a connected app in this org.'
  },
  {
    match: /expired access\/refresh token/i,
    advice:
      'The refresh token in auth-url is expired or revoked: sign in again (sf org login web), then store the new `sf org display --verbose` sfdxAuthUrl in the secret.'
  },
  {
    match: /authentication failure/i,
    advice:
      'Salesforce refused the sign-in: check the username, that the user is active, and login IP ranges.'
  },
  {
    match: /invalid client credentials/i,
    advice: 'The client secret inside auth-url does not match the connected app.'
  },
  {
    match: /not admin approved/i,
    advice:
      "The connected app policy requires admin approval: pre-authorize the user's profile or permission set."
  }
]

/** Builds the AuthError message for a failed token request. */
export function describeOAuthError(flow: string, status: number, body: string): string {
  let error = ''
  let description = ''
  try {
    const parsed = JSON.parse(body) as { error?: unknown; error_description?: unknown }
    error = typeof parsed.error === 'string' ? parsed.error : ''
    description = typeof parsed.error_description === 'string' ? parsed.error_description : ''
  } catch {
    description = `HTTP ${status} with a non-JSON body`
  }
  const advice =
    ADVICE.find((a) => a.match.test(description))?.advice ??
    'Check the credentials and the connected app.'
  return `${flow} sign-in failed: ${error || `HTTP ${status}`}${description ? ` (${description})` : ''}. ${advice}`
}
