/**
 * Build-provenance attestation of a file through @actions/attest: an SLSA provenance statement
 * for the file's sha256, signed with the job's OIDC identity (Sigstore's public-good instance for
 * public repositories, GitHub's for private ones) and stored with the repository's attestations.
 * The job needs `id-token: write` (the OIDC token) and `attestations: write` (storing it).
 */

import type { FileAttester } from '../../github/ports.ts'

/** The real attester; `token` stores the attestation (attestations: write). */
export function createFileAttester(
  token: string | undefined,
  env: NodeJS.ProcessEnv = process.env
): FileAttester {
  return {
    async attest(subject) {
      if (!token)
        throw new Error('attest needs github-token (with permissions: attestations: write)')
      // Loaded only when attesting: sigstore is a large part of the bundle.
      const { attestProvenance } = await import('@actions/attest')
      const attestation = await attestProvenance({
        subjects: [{ name: subject.name, digest: { sha256: subject.sha256 } }],
        token
      })
      const id = attestation.attestationID
      const server = env.GITHUB_SERVER_URL || 'https://github.com'
      return {
        ...(id ? { id } : {}),
        ...(id && env.GITHUB_REPOSITORY
          ? { url: `${server}/${env.GITHUB_REPOSITORY}/attestations/${id}` }
          : {})
      }
    }
  }
}
