/**
 * The ports the engines and modes use to reach GitHub and the runner. Only `src/action/` holds
 * their real adapters (over @actions/*); tests pass fakes.
 */
import type { getOctokit } from '@actions/github'
import type { Annotation } from '../report/annotations.ts'

/** The Octokit instance @actions/github returns (REST methods plus paginate). */
export type GitHubClient = ReturnType<typeof getOctokit>

/**
 * Builds a client for `token`; factory shape so the orchestrator and tests can inject their own.
 * Asynchronous so the shell loads @actions/github (most of the bundle after undici) only when a
 * run talks to GitHub, not before its first request to the org.
 */
export type OctokitFactory = (token: string) => Promise<GitHubClient>

/** Uploads files as one workflow artifact. */
export interface ArtifactUploader {
  upload(
    name: string,
    files: string[],
    rootDirectory: string
  ): Promise<{ id?: number; size?: number }>
}

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

/** The step summary; the markdown must already be within budget (renderSummary). */
export interface JobSummaryWriter {
  write(markdown: string): Promise<void>
}

/** The runner-facing sink for a report: step summary plus workflow-command annotations. */
export interface ReportSink {
  writeSummary(markdown: string): Promise<void>
  /** Emits within the per-step budget; returns how many were emitted. */
  annotate(annotations: Annotation[]): number
}
