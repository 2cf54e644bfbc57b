// Generated from action.yml by scripts/generate-cli-inputs.ts; do not edit.

/** One input of action.yml: the CLI flag `--<name>`. */
export interface ActionInput {
  name: string
  /** The default as action.yml writes it (an expression such as `${{ github.token }}` included). */
  default: string
  description: string
}

/** Every input of action.yml, in its order. */
export const ACTION_INPUTS: readonly ActionInput[] = [
  {
    name: 'mode',
    default: 'deploy',
    description:
      "What to do: deploy, validate (checkOnly), quick-deploy (a validated id), report (attach to a deploy by id), cancel (a deploy by id) or build (write the package only, no org needed) or compile (fast Apex compile check through the Tooling API) or push-upgrade (push a package version to subscriber orgs) or retrieve (the org's current version of a package.xml or of the package, into results-dir/retrieve and a zip) or sync (bring a sandbox, scratch or Developer Edition org up to the git delta in seconds: Apex through the Tooling API, other metadata through the Metadata API CRUD calls, the rest through one deploy; production is refused) or plan (deploys nothing: writes the job summary and keeps one sticky PR comment telling what merging and deploying the package would do: new, changed and deleted components with diffs against the org, the tests, drift since the last deploy receipt, whether a quick deploy on merge will be possible and until when, whether a rollback package will be ready; docs/release-plan.md)."
  },
  {
    name: 'auth-url',
    default: '',
    description:
      'SFDX auth URL (force://clientId:clientSecret:refreshToken@host), e.g. from `sf org display --verbose`. Keep it in a secret.'
  },
  {
    name: 'jwt-key',
    default: '',
    description:
      'RSA private key for the JWT bearer flow: PEM text (from a secret) or the path of a PEM file. Needs client-id and username.'
  },
  {
    name: 'client-id',
    default: '',
    description: 'Consumer key of the connected app (JWT bearer flow).'
  },
  {
    name: 'username',
    default: '',
    description: 'Salesforce username to sign in as (JWT bearer flow).'
  },
  {
    name: 'login-url',
    default: 'https://login.salesforce.com',
    description:
      "Login URL for the JWT bearer flow: https://login.salesforce.com, https://test.salesforce.com or the org's My Domain URL."
  },
  {
    name: 'access-token',
    default: '',
    description:
      'An access token (session id) to use as is, with instance-url. It cannot be refreshed, so a deploy outliving it must be reported later by id.'
  },
  {
    name: 'instance-url',
    default: '',
    description: 'Org URL for access-token, e.g. https://acme.my.salesforce.com.'
  },
  {
    name: 'allow-custom-instance-host',
    default: 'false',
    description:
      "Accept an org or login host outside Salesforce's domains (*.salesforce.com, *.force.com, ...). Plain http is only ever accepted for 127.0.0.1 and localhost."
  },
  {
    name: 'project-dir',
    default: '.',
    description: 'Folder of the SFDX project (holds sfdx-project.json), relative to the workspace.'
  },
  {
    name: 'source-dir',
    default: '',
    description:
      'Package directories or folders to deploy, separated by commas or newlines, relative to project-dir. Empty deploys every packageDirectory of sfdx-project.json.'
  },
  {
    name: 'metadata-dir',
    default: '',
    description:
      'A metadata-format folder with package.xml at its root, or a .zip of one, to deploy as is instead of converting source.'
  },
  {
    name: 'manifest',
    default: '',
    description: 'A package.xml listing exactly what to deploy from the source folders.'
  },
  {
    name: 'pre-destructive-changes',
    default: '',
    description:
      'A destructiveChangesPre.xml (package.xml format) of components to delete before the deploy.'
  },
  {
    name: 'post-destructive-changes',
    default: '',
    description:
      'A destructiveChangesPost.xml (package.xml format) of components to delete after the deploy.'
  },
  {
    name: 'ignore-unknown',
    default: 'false',
    description: 'Warn about files of unknown metadata types instead of failing.'
  },
  {
    name: 'allow-empty-deploy',
    default: 'false',
    description:
      'Submit a full (non-delta) package that holds no component and no deletion. By default such a package stops the run before any call, since the org would report success for deploying nothing (usually a .forceignore or manifest that drops everything). An empty delta is always a success with no call.'
  },
  {
    name: 'test-level',
    default: '',
    description:
      'Apex tests to run: NoTestRun, RunSpecifiedTests, RunLocalTests, RunAllTestsInOrg or RunRelevantTests (API 66.0+). Empty uses the org default (none outside production).'
  },
  {
    name: 'run-tests',
    default: '',
    description:
      'Test classes for RunSpecifiedTests, separated by commas, spaces or newlines, or auto to choose the tests of the Apex classes and triggers changed in the delta (see missing-tests).'
  },
  {
    name: 'ignore-warnings',
    default: 'false',
    description: 'Let warnings (e.g. deleting a component that does not exist) not fail the deploy.'
  },
  {
    name: 'rollback-on-error',
    default: 'true',
    description: 'All or nothing. false allows a partial deploy (never in production).'
  },
  {
    name: 'purge-on-delete',
    default: 'false',
    description: 'Deleted components skip the Recycle Bin (sandboxes and Developer Edition only).'
  },
  {
    name: 'api',
    default: 'rest',
    description:
      'Metadata API transport for deploys: rest or soap. SOAP packages over 39 MB switch to REST.'
  },
  {
    name: 'api-version',
    default: '',
    description:
      "Metadata API version, e.g. 62.0. Empty uses the project's sourceApiVersion, capped at the org's maximum."
  },
  {
    name: 'wait',
    default: '60',
    description:
      'Minutes to wait for the deploy. Past it the step fails with the deploy id, and the deploy keeps running (report on it later with mode: report). 0 submits the deploy (validation, quick deploy, cancellation) and ends the step at once with success and its deploy-id, like sf --async; mode: sync refuses 0. mode: push-upgrade: minutes to follow the push; past it the push keeps running and the step ends with the counts so far and a warning; 0 only schedules it.'
  },
  {
    name: 'poll-interval-max',
    default: '10',
    description:
      'Longest pause between status checks, in seconds (polls start at 1 s and back off).'
  },
  {
    name: 'validation-id',
    default: '',
    description:
      'Id (0Af...) of a successful validation to quick-deploy (mode: quick-deploy). Empty: build the package and quick-deploy the validation of the same contents recorded by an earlier validate run (needs actions: read).'
  },
  {
    name: 'deploy-id',
    default: '',
    description: 'Id (0Af...) of a deploy to report on or cancel (mode: report or cancel).'
  },
  {
    name: 'cancel-on-timeout',
    default: 'false',
    description:
      'Cancel the deploy in the org when the wait limit is reached, instead of leaving it running.'
  },
  {
    name: 'cancel-on-job-cancel',
    default: 'true',
    description:
      'When the workflow job is cancelled, cancel the running deploy in the org (post step); in mode: push-upgrade, abort the push request if it has not started.'
  },
  {
    name: 'coverage-threshold',
    default: '',
    description:
      "Fail when org-wide coverage or any deployed class or trigger is below this percentage. Empty checks nothing beyond the org's own rules."
  },
  {
    name: 'coverage-formats',
    default: 'junit,cobertura,lcov,json',
    description:
      'Report files to write to results-dir: any of junit, cobertura, lcov, json, separated by commas.'
  },
  {
    name: 'results-dir',
    default: 'sf-deploy-results',
    description: 'Folder for the report files, relative to the workspace.'
  },
  {
    name: 'upload-artifact',
    default: 'true',
    description: 'Upload the report files as one workflow artifact.'
  },
  {
    name: 'artifact-name',
    default: 'salesforce-deploy-results',
    description: 'Name of the report artifact.'
  },
  {
    name: 'check-run',
    default: 'true',
    description:
      'Publish annotations and the summary as a check run (needs permissions: checks: write; skipped with a notice otherwise).'
  },
  {
    name: 'pr-comment',
    default: 'false',
    description:
      'Post or update one sticky comment with the result on the pull request (needs pull-requests: write).'
  },
  {
    name: 'github-token',
    default: '${{ github.token }}',
    description: 'Token for the check run, PR comment and artifacts.'
  },
  {
    name: 'compile-files',
    default: '',
    description:
      "Apex files to compile through the Tooling API (mode: compile): .cls, .trigger, .page or .component paths relative to the workspace, separated by commas or newlines. Empty compiles the ones changed in the git delta (delta-from, or the pull request's base)."
  },
  {
    name: 'check-only',
    default: 'true',
    description:
      'mode: compile only compiles (IsCheckOnly). false also saves the files to the org, which is refused for production orgs.'
  },
  {
    name: 'compile-fallback',
    default: 'deploy',
    description:
      'mode: compile, when the Tooling API cannot compile the files (production org, new or deleted files, other types, Error or Invalidated twice): deploy (a Metadata API deploy of the same files, check-only when check-only is true) or fail.'
  },
  {
    name: 'package-version-id',
    default: '',
    description:
      'mode: push-upgrade: id (04t...) of the released package version to push. Or give package-id with package-version.'
  },
  {
    name: 'package-id',
    default: '',
    description:
      'mode: push-upgrade: id (033...) of the package, used with package-version instead of package-version-id.'
  },
  {
    name: 'package-version',
    default: '',
    description:
      'mode: push-upgrade: version number to push with package-id, e.g. 1.4.2 (1GP) or 1.4.2.7 (2GP); it must match exactly one released version.'
  },
  {
    name: 'orgs',
    default: '',
    description:
      'mode: push-upgrade: subscriber org ids (00D..., 15 or 18 characters) separated by commas, spaces or newlines, or all for every eligible subscriber.'
  },
  {
    name: 'orgs-file',
    default: '',
    description:
      'mode: push-upgrade: file of subscriber org ids, one per line, or a CSV with an OrganizationId column (such as the failures CSV of an earlier push), relative to the workspace.'
  },
  {
    name: 'exclude-orgs',
    default: '',
    description:
      'mode: push-upgrade: org ids never to push, separated by commas, spaces or newlines.'
  },
  {
    name: 'org-types',
    default: 'Production,Sandbox',
    description:
      'mode: push-upgrade: subscriber org types to push: Production, Sandbox, separated by commas.'
  },
  {
    name: 'org-statuses',
    default: 'Active,Demo,Free,Trial',
    description:
      'mode: push-upgrade: subscriber org statuses to push: any of Active, Demo, Free, Trial, separated by commas (Inactive orgs cannot be pushed).'
  },
  {
    name: 'min-version',
    default: '',
    description:
      'mode: push-upgrade: push only orgs whose installed version is at least this number, e.g. 1.2. Empty pushes every lower released version.'
  },
  {
    name: 'start-time',
    default: 'now',
    description:
      'mode: push-upgrade: when the push starts: now, or an ISO-8601 time such as 2026-05-01T06:00:00Z (no zone means UTC). Salesforce starts it at or after that time.'
  },
  {
    name: 'max-orgs',
    default: '1000',
    description:
      'mode: push-upgrade: safety cap. When more orgs are eligible, the step fails before anything is created; raise it deliberately for large pushes.'
  },
  {
    name: 'dry-run',
    default: 'false',
    description:
      'mode: push-upgrade: list the orgs that would be pushed, grouped by installed version and org type, and create nothing.'
  },
  {
    name: 'fail-threshold',
    default: '0',
    description:
      'mode: push-upgrade: fail the step when failed orgs exceed this percentage of finished ones, failed / (succeeded + failed). 0 fails on any failure; 100 never fails.'
  },
  {
    name: 'quick-deploy-fallback',
    default: 'fail',
    description:
      'mode: quick-deploy without validation-id, when no usable validation record matches the package (none, package changed, too old, other org) or the org refuses it: fail (the default) or deploy (a full deploy with tests: test-level when set, else the test level of the validation, else RunLocalTests). The summary says which happened and why.'
  },
  {
    name: 'validation-record',
    default: 'true',
    description:
      'mode: validate: after a successful validation, upload a validation record (id, org, test level, content hash, commit) as an artifact named sf-validation-<org id>-<content hash>, so a later quick deploy of the same package contents finds it. Needs no extra permission; finding it needs actions: read.'
  },
  {
    name: 'validation-record-events',
    default: 'push, pull_request',
    description:
      'mode: quick-deploy without validation-id: trust only validation records uploaded by workflow runs of these events (comma-separated), of this repository and not of a fork. Before quick-deploying, the org is asked which components the validation covered, and they must be those of this package. See docs/security.md for the trust model.'
  },
  {
    name: 'validation-record-branches',
    default: '**',
    description:
      "mode: quick-deploy without validation-id: trust only validation records uploaded by runs on these branches (globs, comma-separated; a pull request's head branch). ** is any branch; restrict it (e.g. main, release/*) so that a branch anyone can push cannot supply records."
  },
  {
    name: 'validation-record-workflows',
    default: '**',
    description:
      'mode: quick-deploy without validation-id: trust only validation records uploaded by these workflow files (globs, comma-separated, e.g. .github/workflows/validate.yml). ** is any workflow of this repository.'
  },
  {
    name: 'delta-from',
    default: '',
    description:
      "Deploy only what changed since this commit, tag or branch (a delta): changed components go to package.xml, deleted ones to a destructive manifest. In a pull_request workflow it defaults to the pull request's base (with a single-commit checkout that default falls back to the whole package, with a warning); none deploys everything. A delta needs the history: set fetch-depth: 0 on actions/checkout. Validations meant for a quick deploy by content should use none, since the merge deploy hashes the whole package."
  },
  {
    name: 'delta-to',
    default: 'HEAD',
    description: 'Commit the delta ends at. HEAD uses the checked-out workspace.'
  },
  {
    name: 'delta-base',
    default: 'merge-base',
    description:
      'merge-base diffs from the merge-base of delta-from and delta-to, so commits that landed on the target branch meanwhile are not deployed as deletions; exact diffs from delta-from itself.'
  },
  {
    name: 'destructive-timing',
    default: 'post',
    description:
      'When components deleted in the delta are deleted: post (after the deploy, destructiveChangesPost.xml) or pre (before it, destructiveChangesPre.xml).'
  },
  {
    name: 'missing-tests',
    default: 'run-local',
    description:
      'run-tests: auto, when a changed Apex class or trigger has no test class: run-local runs RunLocalTests instead, fail fails the step. Either way the class is named.'
  },
  {
    name: 'backup',
    default: 'auto',
    description:
      "mode: deploy, validate and quick-deploy: before deploying, retrieve the org's current version of every component in the package, write it as a rollback package (results-dir/rollback, deployable unchanged with metadata-dir; new components go to its destructiveChangesPost.xml), upload it as the artifact <artifact-name>-rollback, and add what the deploy changes (new, changed, unchanged, deleted, with diffs) to the summary. auto backs up production orgs only; true or false always or never."
  },
  {
    name: 'retrieve-manifest',
    default: '',
    description:
      "mode: retrieve: a package.xml naming what to retrieve (* expands to the org's components through listMetadata). Without it, retrieve takes the package source-dir, manifest or metadata-dir would deploy, and also reports what deploying it would change."
  },
  {
    name: 'drift',
    default: 'auto',
    description:
      'mode: deploy, validate and quick-deploy: before deploying, compare every component the package touches with the newest deploy receipt of the org; a component the org changed since that deploy (someone edited it in Setup or deployed it outside this pipeline) is drift, listed in the summary with who changed it, when, a short diff, and whether this deploy would overwrite it. warn reports it, fail stops the run before anything is deployed, off skips the check; auto warns in production orgs and is off elsewhere. Reading receipt artifacts needs permissions: actions: read (docs/drift-guard.md).'
  },
  {
    name: 'drift-baseline',
    default: '',
    description:
      'mode: deploy, validate and quick-deploy: path (inside the workspace) of the deploy receipt to compare the org with, e.g. one fetched by actions/download-artifact; empty = the newest sf-receipt-<org id> artifact of this repository.'
  },
  {
    name: 'attest',
    default: 'false',
    description:
      'mode: deploy and quick-deploy: attest the deploy receipt as build provenance with @actions/attest (Sigstore-signed SLSA provenance of its sha256, stored with the repository attestations), so an auditor can verify which workflow run wrote it. Needs permissions: id-token: write and attestations: write (docs/receipts.md); a failed attestation is a warning.'
  },
  {
    name: 'on-no-tests',
    default: 'fail',
    description:
      "test-level RunRelevantTests or run-tests: auto, when the org ran no test although the package changes Apex, or a changed class or trigger ends below the coverage threshold (coverage-threshold, else the org's 75%): fail fails the step and says why; rerun-local validates again at RunLocalTests and reports that run (docs/test-truth.md)."
  },
  {
    name: 'test-retries',
    default: '0',
    description:
      'mode: deploy and validate: when the run fails only on Apex test failures that look transient (UNABLE_TO_LOCK_ROW, "the class is being modified", or a test listed in flaky-tests), re-run just those tests through the Tooling API up to this many times, and label each one flaky (passed on retry) or real. 0 never re-runs (docs/test-truth.md).'
  },
  {
    name: 'retry-validation',
    default: 'false',
    description:
      'With test-retries: when every failed test turned out flaky, submit the validation (or the rolled-back deploy) again, up to test-retries times, and report that run. Tests of classes the package changes can only be re-run this way.'
  },
  {
    name: 'flaky-tests',
    default: '',
    description:
      'Tests whose failures count as transient for test-retries, as Class.method or Class, separated by commas, spaces or newlines.'
  },
  {
    name: 'patch-coverage-threshold',
    default: '',
    description:
      "Percent of the Apex lines changed since delta-from (or the pull request's base) that tests must cover; below it the step fails. The summary always shows patch coverage per file when a diff base is known, and each uncovered changed line is annotated. Covered lines come from the org at API 68.0 and later only (docs/test-truth.md)."
  },
  {
    name: 'flow-coverage-threshold',
    default: '',
    description:
      "Percent of each flow's elements the Apex tests must reach (the deploy result's flowCoverage); below it the step fails. Flow coverage is always shown in the summary and written to results-dir/flow-coverage.xml when the org reports it (docs/test-truth.md)."
  }
]
