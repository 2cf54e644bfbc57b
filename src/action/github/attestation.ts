/**
 * Build-provenance attestation of a file through @actions/attest: an SLSA provenance statement
 * for the file's sha256, signed with the job's OIDC identity (Sigstore's public-good instance for
 * public repositories, GitHub's for private ones) and stored with the repository's attestations.
 * The job needs `id-token: write` (the OIDC token) and `attestations: write` (storing it).
 */

/** One attested file. */
export interface AttestedFile {
  /** The attestation's id in the repository, when GitHub stored it. */
  id?: string
  /** Where to see it: `https://github.com/<owner>/<repo>/attestations/<id>`. */
  url?: string
}

/** Attests a subject (a file name and its sha256). */
export interface FileAttester {
  attest(subject: { name: string; sha256: string }): Promise<AttestedFile>
}

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
