import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkOrgUrl,
  isLoopbackHost
} from "./chunk-ROJ5W54P.js";

// src/cli/action-inputs.ts
var ACTION_INPUTS = [
  {
    name: "mode",
    default: "deploy",
    description: "What to do: deploy, validate (checkOnly), quick-deploy (a validated id), report (attach to a deploy by id), cancel (a deploy by id) or build (write the package only, no org needed) or compile (fast Apex compile check through the Tooling API) or push-upgrade (push a package version to subscriber orgs) or retrieve (the org's current version of a package.xml or of the package, into results-dir/retrieve and a zip) or sync (bring a sandbox, scratch or Developer Edition org up to the git delta in seconds: Apex through the Tooling API, other metadata through the Metadata API CRUD calls, the rest through one deploy; production is refused) or plan (deploys nothing: writes the job summary and keeps one sticky PR comment telling what merging and deploying the package would do: new, changed and deleted components with diffs against the org, the tests, drift since the last deploy receipt, whether a quick deploy on merge will be possible and until when, whether a rollback package will be ready; docs/release-plan.md)."
  },
  {
    name: "auth-url",
    default: "",
    description: "SFDX auth URL (force://clientId:clientSecret:refreshToken@host), e.g. from `sf org display --verbose`. Keep it in a secret."
  },
  {
    name: "jwt-key",
    default: "",
    description: "RSA private key for the JWT bearer flow: PEM text (from a secret) or the path of a PEM file. Needs client-id and username."
  },
  {
    name: "client-id",
    default: "",
    description: "Consumer key of the connected app (JWT bearer flow)."
  },
  {
    name: "username",
    default: "",
    description: "Salesforce username to sign in as (JWT bearer flow)."
  },
  {
    name: "login-url",
    default: "https://login.salesforce.com",
    description: "Login URL for the JWT bearer flow: https://login.salesforce.com, https://test.salesforce.com or the org's My Domain URL."
  },
  {
    name: "access-token",
    default: "",
    description: "An access token (session id) to use as is, with instance-url. It cannot be refreshed, so a deploy outliving it must be reported later by id."
  },
  {
    name: "instance-url",
    default: "",
    description: "Org URL for access-token, e.g. https://acme.my.salesforce.com."
  },
  {
    name: "allow-custom-instance-host",
    default: "false",
    description: "Accept an org or login host outside Salesforce's domains (*.salesforce.com, *.force.com, ...). Plain http is only ever accepted for 127.0.0.1 and localhost."
  },
  {
    name: "project-dir",
    default: ".",
    description: "Folder of the SFDX project (holds sfdx-project.json), relative to the workspace."
  },
  {
    name: "source-dir",
    default: "",
    description: "Package directories or folders to deploy, separated by commas or newlines, relative to project-dir. Empty deploys every packageDirectory of sfdx-project.json."
  },
  {
    name: "metadata-dir",
    default: "",
    description: "A metadata-format folder with package.xml at its root, or a .zip of one, to deploy as is instead of converting source."
  },
  {
    name: "manifest",
    default: "",
    description: "A package.xml listing exactly what to deploy from the source folders."
  },
  {
    name: "pre-destructive-changes",
    default: "",
    description: "A destructiveChangesPre.xml (package.xml format) of components to delete before the deploy."
  },
  {
    name: "post-destructive-changes",
    default: "",
    description: "A destructiveChangesPost.xml (package.xml format) of components to delete after the deploy."
  },
  {
    name: "ignore-unknown",
    default: "false",
    description: "Warn about files of unknown metadata types instead of failing."
  },
  {
    name: "allow-empty-deploy",
    default: "false",
    description: "Submit a full (non-delta) package that holds no component and no deletion. By default such a package stops the run before any call, since the org would report success for deploying nothing (usually a .forceignore or manifest that drops everything). An empty delta is always a success with no call."
  },
  {
    name: "test-level",
    default: "",
    description: "Apex tests to run: NoTestRun, RunSpecifiedTests, RunLocalTests, RunAllTestsInOrg or RunRelevantTests (API 66.0+). Empty uses the org default (none outside production)."
  },
  {
    name: "run-tests",
    default: "",
    description: "Test classes for RunSpecifiedTests, separated by commas, spaces or newlines, or auto to choose the tests of the Apex classes and triggers changed in the delta (see missing-tests)."
  },
  {
    name: "ignore-warnings",
    default: "false",
    description: "Let warnings (e.g. deleting a component that does not exist) not fail the deploy."
  },
  {
    name: "rollback-on-error",
    default: "true",
    description: "All or nothing. false allows a partial deploy (never in production)."
  },
  {
    name: "purge-on-delete",
    default: "false",
    description: "Deleted components skip the Recycle Bin (sandboxes and Developer Edition only)."
  },
  {
    name: "api",
    default: "rest",
    description: "Metadata API transport for deploys: rest or soap. SOAP packages over 39 MB switch to REST."
  },
  {
    name: "api-version",
    default: "",
    description: "Metadata API version, e.g. 62.0. Empty uses the project's sourceApiVersion, capped at the org's maximum."
  },
  {
    name: "wait",
    default: "60",
    description: "Minutes to wait for the deploy. Past it the step fails with the deploy id, and the deploy keeps running (report on it later with mode: report). 0 submits the deploy (validation, quick deploy, cancellation) and ends the step at once with success and its deploy-id, like sf --async; mode: sync refuses 0. mode: push-upgrade: minutes to follow the push; past it the push keeps running and the step ends with the counts so far and a warning; 0 only schedules it."
  },
  {
    name: "poll-interval-max",
    default: "10",
    description: "Longest pause between status checks, in seconds (polls start at 1 s and back off)."
  },
  {
    name: "validation-id",
    default: "",
    description: "Id (0Af...) of a successful validation to quick-deploy (mode: quick-deploy). Empty: build the package and quick-deploy the validation of the same contents recorded by an earlier validate run (needs actions: read)."
  },
  {
    name: "deploy-id",
    default: "",
    description: "Id (0Af...) of a deploy to report on or cancel (mode: report or cancel)."
  },
  {
    name: "cancel-on-timeout",
    default: "false",
    description: "Cancel the deploy in the org when the wait limit is reached, instead of leaving it running."
  },
  {
    name: "cancel-on-job-cancel",
    default: "true",
    description: "When the workflow job is cancelled, cancel the running deploy in the org (post step); in mode: push-upgrade, abort the push request if it has not started."
  },
  {
    name: "coverage-threshold",
    default: "",
    description: "Fail when org-wide coverage or any deployed class or trigger is below this percentage. Empty checks nothing beyond the org's own rules."
  },
  {
    name: "coverage-formats",
    default: "junit,cobertura,lcov,json",
    description: "Report files to write to results-dir: any of junit, cobertura, lcov, json, separated by commas."
  },
  {
    name: "results-dir",
    default: "sf-deploy-results",
    description: "Folder for the report files, relative to the workspace."
  },
  {
    name: "upload-artifact",
    default: "true",
    description: "Upload the report files as one workflow artifact."
  },
  {
    name: "artifact-name",
    default: "salesforce-deploy-results",
    description: "Name of the report artifact."
  },
  {
    name: "check-run",
    default: "true",
    description: "Publish annotations and the summary as a check run (needs permissions: checks: write; skipped with a notice otherwise)."
  },
  {
    name: "pr-comment",
    default: "false",
    description: "Post or update one sticky comment with the result on the pull request (needs pull-requests: write)."
  },
  {
    name: "github-token",
    default: "${{ github.token }}",
    description: "Token for the check run, PR comment and artifacts."
  },
  {
    name: "compile-files",
    default: "",
    description: "Apex files to compile through the Tooling API (mode: compile): .cls, .trigger, .page or .component paths relative to the workspace, separated by commas or newlines. Empty compiles the ones changed in the git delta (delta-from, or the pull request's base)."
  },
  {
    name: "check-only",
    default: "true",
    description: "mode: compile only compiles (IsCheckOnly). false also saves the files to the org, which is refused for production orgs."
  },
  {
    name: "compile-fallback",
    default: "deploy",
    description: "mode: compile, when the Tooling API cannot compile the files (production org, new or deleted files, other types, Error or Invalidated twice): deploy (a Metadata API deploy of the same files, check-only when check-only is true) or fail."
  },
  {
    name: "package-version-id",
    default: "",
    description: "mode: push-upgrade: id (04t...) of the released package version to push. Or give package-id with package-version."
  },
  {
    name: "package-id",
    default: "",
    description: "mode: push-upgrade: id (033...) of the package, used with package-version instead of package-version-id."
  },
  {
    name: "package-version",
    default: "",
    description: "mode: push-upgrade: version number to push with package-id, e.g. 1.4.2 (1GP) or 1.4.2.7 (2GP); it must match exactly one released version."
  },
  {
    name: "orgs",
    default: "",
    description: "mode: push-upgrade: subscriber org ids (00D..., 15 or 18 characters) separated by commas, spaces or newlines, or all for every eligible subscriber."
  },
  {
    name: "orgs-file",
    default: "",
    description: "mode: push-upgrade: file of subscriber org ids, one per line, or a CSV with an OrganizationId column (such as the failures CSV of an earlier push), relative to the workspace."
  },
  {
    name: "exclude-orgs",
    default: "",
    description: "mode: push-upgrade: org ids never to push, separated by commas, spaces or newlines."
  },
  {
    name: "org-types",
    default: "Production,Sandbox",
    description: "mode: push-upgrade: subscriber org types to push: Production, Sandbox, separated by commas."
  },
  {
    name: "org-statuses",
    default: "Active,Demo,Free,Trial",
    description: "mode: push-upgrade: subscriber org statuses to push: any of Active, Demo, Free, Trial, separated by commas (Inactive orgs cannot be pushed)."
  },
  {
    name: "min-version",
    default: "",
    description: "mode: push-upgrade: push only orgs whose installed version is at least this number, e.g. 1.2. Empty pushes every lower released version."
  },
  {
    name: "start-time",
    default: "now",
    description: "mode: push-upgrade: when the push starts: now, or an ISO-8601 time such as 2026-05-01T06:00:00Z (no zone means UTC). Salesforce starts it at or after that time."
  },
  {
    name: "max-orgs",
    default: "1000",
    description: "mode: push-upgrade: safety cap. When more orgs are eligible, the step fails before anything is created; raise it deliberately for large pushes."
  },
  {
    name: "dry-run",
    default: "false",
    description: "mode: push-upgrade: list the orgs that would be pushed, grouped by installed version and org type, and create nothing."
  },
  {
    name: "fail-threshold",
    default: "0",
    description: "mode: push-upgrade: fail the step when failed orgs exceed this percentage of finished ones, failed / (succeeded + failed). 0 fails on any failure; 100 never fails."
  },
  {
    name: "quick-deploy-fallback",
    default: "fail",
    description: "mode: quick-deploy without validation-id, when no usable validation record matches the package (none, package changed, too old, other org) or the org refuses it: fail (the default) or deploy (a full deploy with tests: test-level when set, else the test level of the validation, else RunLocalTests). The summary says which happened and why."
  },
  {
    name: "validation-record",
    default: "true",
    description: "mode: validate: after a successful validation, upload a validation record (id, org, test level, content hash, commit) as an artifact named sf-validation-<org id>-<content hash>, so a later quick deploy of the same package contents finds it. Needs no extra permission; finding it needs actions: read."
  },
  {
    name: "validation-record-events",
    default: "push, pull_request",
    description: "mode: quick-deploy without validation-id: trust only validation records uploaded by workflow runs of these events (comma-separated), of this repository and not of a fork. Before quick-deploying, the org is asked which components the validation covered, and they must be those of this package. See docs/security.md for the trust model."
  },
  {
    name: "validation-record-branches",
    default: "**",
    description: "mode: quick-deploy without validation-id: trust only validation records uploaded by runs on these branches (globs, comma-separated; a pull request's head branch). ** is any branch; restrict it (e.g. main, release/*) so that a branch anyone can push cannot supply records."
  },
  {
    name: "validation-record-workflows",
    default: "**",
    description: "mode: quick-deploy without validation-id: trust only validation records uploaded by these workflow files (globs, comma-separated, e.g. .github/workflows/validate.yml). ** is any workflow of this repository."
  },
  {
    name: "delta-from",
    default: "",
    description: "Deploy only what changed since this commit, tag or branch (a delta): changed components go to package.xml, deleted ones to a destructive manifest. In a pull_request workflow it defaults to the pull request's base (with a single-commit checkout that default falls back to the whole package, with a warning); none deploys everything. A delta needs the history: set fetch-depth: 0 on actions/checkout. Validations meant for a quick deploy by content should use none, since the merge deploy hashes the whole package."
  },
  {
    name: "delta-to",
    default: "HEAD",
    description: "Commit the delta ends at. HEAD uses the checked-out workspace."
  },
  {
    name: "delta-base",
    default: "merge-base",
    description: "merge-base diffs from the merge-base of delta-from and delta-to, so commits that landed on the target branch meanwhile are not deployed as deletions; exact diffs from delta-from itself."
  },
  {
    name: "destructive-timing",
    default: "post",
    description: "When components deleted in the delta are deleted: post (after the deploy, destructiveChangesPost.xml) or pre (before it, destructiveChangesPre.xml)."
  },
  {
    name: "missing-tests",
    default: "run-local",
    description: "run-tests: auto, when a changed Apex class or trigger has no test class: run-local runs RunLocalTests instead, fail fails the step. Either way the class is named."
  },
  {
    name: "backup",
    default: "auto",
    description: "mode: deploy, validate and quick-deploy: before deploying, retrieve the org's current version of every component in the package, write it as a rollback package (results-dir/rollback, deployable unchanged with metadata-dir; new components go to its destructiveChangesPost.xml), upload it as the artifact <artifact-name>-rollback, and add what the deploy changes (new, changed, unchanged, deleted, with diffs) to the summary. auto backs up production orgs only; true or false always or never."
  },
  {
    name: "retrieve-manifest",
    default: "",
    description: "mode: retrieve: a package.xml naming what to retrieve (* expands to the org's components through listMetadata). Without it, retrieve takes the package source-dir, manifest or metadata-dir would deploy, and also reports what deploying it would change."
  },
  {
    name: "drift",
    default: "auto",
    description: "mode: deploy, validate and quick-deploy: before deploying, compare every component the package touches with the newest deploy receipt of the org; a component the org changed since that deploy (someone edited it in Setup or deployed it outside this pipeline) is drift, listed in the summary with who changed it, when, a short diff, and whether this deploy would overwrite it. warn reports it, fail stops the run before anything is deployed, off skips the check; auto warns in production orgs and is off elsewhere. Reading receipt artifacts needs permissions: actions: read (docs/drift-guard.md)."
  },
  {
    name: "drift-baseline",
    default: "",
    description: "mode: deploy, validate and quick-deploy: path (inside the workspace) of the deploy receipt to compare the org with, e.g. one fetched by actions/download-artifact; empty = the newest sf-receipt-<org id> artifact of this repository."
  },
  {
    name: "attest",
    default: "false",
    description: "mode: deploy and quick-deploy: attest the deploy receipt as build provenance with @actions/attest (Sigstore-signed SLSA provenance of its sha256, stored with the repository attestations), so an auditor can verify which workflow run wrote it. Needs permissions: id-token: write and attestations: write (docs/receipts.md); a failed attestation is a warning."
  },
  {
    name: "on-no-tests",
    default: "fail",
    description: "test-level RunRelevantTests or run-tests: auto, when the org ran no test although the package changes Apex, or a changed class or trigger ends below the coverage threshold (coverage-threshold, else the org's 75%): fail fails the step and says why; rerun-local validates again at RunLocalTests and reports that run (docs/test-truth.md)."
  },
  {
    name: "test-retries",
    default: "0",
    description: 'mode: deploy and validate: when the run fails only on Apex test failures that look transient (UNABLE_TO_LOCK_ROW, "the class is being modified", or a test listed in flaky-tests), re-run just those tests through the Tooling API up to this many times, and label each one flaky (passed on retry) or real. 0 never re-runs (docs/test-truth.md).'
  },
  {
    name: "retry-validation",
    default: "false",
    description: "With test-retries: when every failed test turned out flaky, submit the validation (or the rolled-back deploy) again, up to test-retries times, and report that run. Tests of classes the package changes can only be re-run this way."
  },
  {
    name: "flaky-tests",
    default: "",
    description: "Tests whose failures count as transient for test-retries, as Class.method or Class, separated by commas, spaces or newlines."
  },
  {
    name: "patch-coverage-threshold",
    default: "",
    description: "Percent of the Apex lines changed since delta-from (or the pull request's base) that tests must cover; below it the step fails. The summary always shows patch coverage per file when a diff base is known, and each uncovered changed line is annotated. Covered lines come from the org at API 68.0 and later only (docs/test-truth.md)."
  },
  {
    name: "flow-coverage-threshold",
    default: "",
    description: "Percent of each flow's elements the Apex tests must reach (the deploy result's flowCoverage); below it the step fails. Flow coverage is always shown in the summary and written to results-dir/flow-coverage.xml when the org reports it (docs/test-truth.md)."
  }
];

// src/shared/log-escape.ts
var LEADING = /^[\s\u0085\u0000-\u001f\u007f]*/;
function escapeLogText(text) {
  return text.split(/\r\n|\r|\n/).map(escapeLogLine).join("\n");
}
function escapeLogLine(line) {
  const out = line.replaceAll("##[", "##%5B");
  const lead = LEADING.exec(out)?.[0].length ?? 0;
  if (!out.startsWith("::", lead)) return out;
  return `${out.slice(0, lead)}%3A%3A${out.slice(lead + 2)}`;
}

// src/shared/redact.ts
var REDACTED = "***";
var MIN_SECRET_LENGTH = 6;
var SHAPES = [
  // The `!` of a session id is %21 once form- or query-encoded.
  [/00D[A-Za-z0-9]{12,15}(?:!|%21)(?:\\?[A-Za-z0-9._]){20,}/g, REDACTED],
  [/5Aep861(?:\\?[A-Za-z0-9._]){20,}/g, REDACTED],
  [/eyJ(?:\\?[A-Za-z0-9_-]){8,}\.eyJ(?:\\?[A-Za-z0-9_-]){8,}\.(?:\\?[A-Za-z0-9_-]){8,}/g, REDACTED],
  [/force:\/\/[^\s:@<>"']+:[^\s:@<>"']*:[^\s@<>"']+@/g, `force://${REDACTED}@`],
  [
    /-----BEGIN [A-Z ]*PRIVATE KEY-----(?:[A-Za-z0-9+/=\s]|<br>)*(?:-----END [A-Z ]*PRIVATE KEY-----)?/g,
    REDACTED
  ],
  [/\b(?:gh[pousr]\\?_[A-Za-z0-9]{30,}|github\\?_pat\\?_(?:\\?[A-Za-z0-9_]){30,})/g, REDACTED]
];
function secretForms(value) {
  const v = value.trim();
  const html = v.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
  const forms = [
    v,
    ...v.split(/\r\n|\r|\n/).map((line) => line.trim()),
    encodeURIComponent(v),
    new URLSearchParams({ v }).toString().slice("v=".length),
    JSON.stringify(v).slice(1, -1),
    html,
    html.replace(/([\\`*_[\]])/g, "\\$1")
  ];
  return [...new Set(forms)].filter((f) => f.length >= MIN_SECRET_LENGTH);
}
function createRedactor(secrets2) {
  const forms = [...new Set([...secrets2].flatMap(secretForms))];
  forms.sort((a, b) => b.length - a.length);
  const known = forms.length > 0 ? new RegExp(forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g") : void 0;
  return (text) => {
    let out = known ? text.replace(known, REDACTED) : text;
    for (const [shape, replacement] of SHAPES) out = out.replace(shape, replacement);
    return out;
  };
}
function redactDeep(value, redact2) {
  return walk(value, redact2);
}
function walk(value, redact2) {
  if (typeof value === "string") return redact2(value);
  if (Array.isArray(value)) return value.map((item) => walk(item, redact2));
  if (value === null || typeof value !== "object") return value;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out = {};
  for (const [key, item] of Object.entries(value)) out[key] = walk(item, redact2);
  return out;
}
var SecretRegistry = class {
  values = /* @__PURE__ */ new Set();
  mask;
  redactor;
  /** Remembers a secret and hands each of its forms to the mask. */
  add(value) {
    if (value === void 0 || value.trim().length < MIN_SECRET_LENGTH) return;
    const v = value.trim();
    if (this.values.has(v)) return;
    this.values.add(v);
    this.redactor = void 0;
    for (const form of secretForms(v)) this.mask?.(form);
  }
  /**
   * Sets what masks each form of a secret (the shell gives the runner's add-mask), and applies it
   * to the secrets known already. One mask at a time: setting it again replaces it.
   */
  maskWith(mask) {
    if (this.mask === mask) return;
    this.mask = mask;
    for (const value of this.values) for (const form of secretForms(value)) mask(form);
  }
  /** The text with every known secret and credential shape replaced by `***`. */
  redact(text) {
    this.redactor ??= createRedactor(this.values);
    return this.redactor(text);
  }
  /** Whether `text` holds one of the known secrets (in any of its forms); shapes do not count. */
  knows(text) {
    for (const value of this.values)
      for (const form of secretForms(value)) if (text.includes(form)) return true;
    return false;
  }
  /** `redactDeep` with the known secrets. */
  redactDeep(value) {
    return redactDeep(value, (text) => this.redact(text));
  }
};
var secrets = new SecretRegistry();
function redact(text) {
  return secrets.redact(text);
}

// src/auth/credentials.ts
import { createPrivateKey } from "node:crypto";
var AUTH_URL = /^force:\/\/([A-Za-z0-9._-]+={0,2}):([A-Za-z0-9._-]*={0,2}):([A-Za-z0-9._-]+={0,2})@([A-Za-z0-9:._-]+)([/?#].*)?$/;
function parseSfdxAuthUrl(value) {
  const match = AUTH_URL.exec(value.trim());
  if (!match) {
    return {
      error: "is not an SFDX auth URL; expected force://<clientId>:<clientSecret>:<refreshToken>@<host> (the host has no https://; the secret may be empty), as printed by `sf org display --verbose --json` (sfdxAuthUrl)"
    };
  }
  const [, clientId = "", clientSecret = "", refreshToken = "", host = ""] = match;
  const hostname = host.replace(/:\d+$/, "");
  const scheme = isLoopbackHost(hostname) ? "http" : "https";
  return { clientId, clientSecret, refreshToken, loginUrl: `${scheme}://${host}` };
}
var PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
function readPrivateKey(value) {
  const text = value.replace(/\\r\\n|\\n|\\r/g, "\n");
  if (!text.includes("-----BEGIN")) {
    return { error: "is neither PEM text (-----BEGIN PRIVATE KEY-----) nor a readable file" };
  }
  const blocks = [...text.matchAll(PEM_BLOCK)].map(([, label = "", body = ""]) => ({ label, body }));
  const key = blocks.find((block) => block.label.endsWith("PRIVATE KEY"));
  if (!key) return { error: notAPrivateKey(blocks.map((block) => block.label)) };
  if (key.label === "ENCRYPTED PRIVATE KEY" || /Proc-Type:\s*4,ENCRYPTED/.test(key.body)) {
    return {
      error: "is encrypted with a passphrase, which the JWT bearer flow cannot use; store it without one (openssl rsa -in server.key -out server-nopass.key)"
    };
  }
  const pem = rebuildPem(key.label, key.body);
  try {
    const parsed = createPrivateKey(pem);
    if (parsed.asymmetricKeyType !== "rsa") {
      return {
        error: `is ${keyKind(parsed.asymmetricKeyType)}; Salesforce's JWT bearer flow needs an RSA key (RS256)`
      };
    }
    return { pem };
  } catch {
    return {
      error: "is not a valid PEM private key (check that the secret holds the whole key, its line breaks and the BEGIN/END lines)"
    };
  }
}
function notAPrivateKey(labels) {
  if (labels.includes("CERTIFICATE")) {
    return "is a certificate, not the private key: the certificate (server.crt) is uploaded to the connected app, and jwt-key takes the private key it was made with (server.key, -----BEGIN PRIVATE KEY-----)";
  }
  if (labels.some((label) => label.endsWith("PUBLIC KEY"))) {
    return "is a public key; jwt-key takes the private key (-----BEGIN PRIVATE KEY-----) whose certificate the connected app holds";
  }
  return "is not a valid PEM private key (check that the secret holds the whole key, its line breaks and the BEGIN/END lines)";
}
function rebuildPem(label, body) {
  const base64 = body.replace(/\s+/g, "");
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----
${lines.join("\n")}
-----END ${label}-----
`;
}
var KEY_KINDS = {
  ec: "an EC key",
  dsa: "a DSA key",
  dh: "a DH key",
  ed25519: "an Ed25519 key",
  ed448: "an Ed448 key",
  x25519: "an X25519 key",
  x448: "an X448 key",
  "rsa-pss": "an RSA-PSS key"
};
function keyKind(type) {
  if (type === void 0) return "a non-RSA key";
  return KEY_KINDS[type] ?? `a ${type} key`;
}

// src/source/fs-contained-path.ts
import { lstatSync, readlinkSync, realpathSync } from "node:fs";
import path from "node:path";
var MAX_LINKS = 40;
function escapeFromProject(root, target) {
  const realRoot = realLocation(path.resolve(root));
  const real = realLocation(path.resolve(target));
  const relative = path.relative(realRoot, real);
  if (relative.startsWith("..") || path.isAbsolute(relative))
    return `leads outside the project, to ${real}`;
  if (relative.split(path.sep).includes(".git")) return `leads into .git (${relative})`;
  return void 0;
}
function realLocation(p, links = 0) {
  try {
    return realpathSync.native(p);
  } catch (error) {
    if (!isMissing(error) || links > MAX_LINKS) return p;
  }
  const parent = path.dirname(p);
  if (parent === p) return p;
  const base = path.join(realLocation(parent, links), path.basename(p));
  try {
    if (lstatSync(base).isSymbolicLink())
      return realLocation(path.resolve(path.dirname(base), readlinkSync(base)), links + 1);
  } catch {
  }
  return base;
}
function isMissing(error) {
  const code = error?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}

// src/settings/parse-values.ts
var TRUE = /* @__PURE__ */ new Set(["true", "True", "TRUE"]);
var FALSE = /* @__PURE__ */ new Set(["false", "False", "FALSE"]);
function readBoolean(name, value, problems) {
  if (TRUE.has(value.trim())) return true;
  if (FALSE.has(value.trim())) return false;
  problems.push(`${name}: got "${value}", expected true or false.`);
  return false;
}
function readChoice(name, value, choices, problems) {
  const trimmed = value.trim();
  if (choices.includes(trimmed)) return trimmed;
  const hint = choices.find((c) => c.toLowerCase() === trimmed.toLowerCase());
  problems.push(
    `${name}: got "${value}", expected one of ${choices.join(", ")}` + (hint ? ` (did you mean ${hint}?)` : "") + "."
  );
  return void 0;
}
function readNumber(name, value, bounds, problems) {
  const n = Number(value.trim());
  if (value.trim() === "" || !Number.isFinite(n) || n < bounds.min || n > bounds.max) {
    problems.push(`${name}: got "${value}", expected a number from ${bounds.min} to ${bounds.max}.`);
    return void 0;
  }
  return n;
}
function readInteger(name, value, bounds, problems) {
  const n = readNumber(name, value, bounds, problems);
  if (n === void 0 || Number.isInteger(n)) return n;
  problems.push(
    `${name}: got "${value}", expected a whole number from ${bounds.min} to ${bounds.max}.`
  );
  return void 0;
}
function splitList(value) {
  return value.split(/[\s,]+/).map((s) => s.trim()).filter((s) => s.length > 0);
}
function splitPaths(value) {
  return value.split(/[\n,]+/).map((s) => s.trim()).filter((s) => s.length > 0);
}
function optional(value) {
  const trimmed = value.trim();
  return trimmed === "" ? void 0 : trimmed;
}

// src/settings/parse-auth.ts
var HOW = "give exactly one of: auth-url; jwt-key + client-id + username (+ login-url); access-token + instance-url";
function parseAuth(raw, allowCustomHost, problems) {
  const v = raw.values;
  const methods = [
    optional(v["auth-url"]) && "auth-url",
    (optional(v["jwt-key"]) ?? raw.jwtKeyFile) && "jwt-key",
    optional(v["access-token"]) && "access-token"
  ].filter((m) => typeof m === "string");
  if (methods.length === 0) {
    problems.push(`authentication: no credentials given; ${HOW}.`);
    return void 0;
  }
  if (methods.length > 1) {
    problems.push(`authentication: ${methods.join(" and ")} are both set; ${HOW}.`);
    return void 0;
  }
  checkUnused(raw, methods[0] ?? "", problems);
  if (methods[0] === "auth-url") return parseAuthUrlInput(v["auth-url"], allowCustomHost, problems);
  if (methods[0] === "jwt-key") return parseJwt(raw, allowCustomHost, problems);
  return parseAccessToken(raw, allowCustomHost, problems);
}
var SIGN_IN_READS = {
  "auth-url": [],
  "jwt-key": ["client-id", "username", "login-url"],
  "access-token": ["instance-url"]
};
var SIGN_IN_PARTS = ["client-id", "username", "login-url", "instance-url"];
var LOGIN_URL_DEFAULT = "https://login.salesforce.com";
function checkUnused(raw, method, problems) {
  const reads = SIGN_IN_READS[method] ?? [];
  for (const name of SIGN_IN_PARTS) {
    const value = optional(raw.values[name]);
    if (value === void 0 || reads.includes(name)) continue;
    if (name === "login-url" && value.replace(/\/+$/, "") === LOGIN_URL_DEFAULT) continue;
    problems.push(
      `${name}: not used when signing in with ${method}, so "${value}" would be ignored; remove it (${HOW}).`
    );
  }
}
function parseAuthUrlInput(value, allowCustomHost, problems) {
  const parsed = parseSfdxAuthUrl(value);
  if ("error" in parsed) {
    problems.push(`auth-url: the value (hidden) ${parsed.error}.`);
    return void 0;
  }
  const urlProblem = checkOrgUrl(parsed.loginUrl, allowCustomHost);
  if (urlProblem)
    problems.push(`auth-url: the host ${urlProblem.replace(/^"[^"]*"/, `${parsed.loginUrl}`)}.`);
  return { kind: "sfdx-url", ...parsed };
}
function parseJwt(raw, allowCustomHost, problems) {
  const v = raw.values;
  const before = problems.length;
  const clientId = optional(v["client-id"]);
  const username = optional(v.username);
  if (!clientId)
    problems.push("client-id: required with jwt-key; give the connected app's consumer key.");
  if (!username)
    problems.push("username: required with jwt-key; give the Salesforce username to sign in as.");
  const loginUrl = (optional(v["login-url"]) ?? "").replace(/\/+$/, "");
  const urlProblem = checkSignInUrl(loginUrl, allowCustomHost);
  if (urlProblem) problems.push(`login-url: ${urlProblem}.`);
  const pem = readPem(raw, problems);
  if (problems.length > before || !clientId || !username || pem === void 0) return void 0;
  return { kind: "jwt", clientId, username, privateKeyPem: pem, loginUrl };
}
function readPem(raw, problems) {
  const file = raw.jwtKeyFile;
  if (file?.error) {
    problems.push(
      `jwt-key: the file ${file.path} could not be read (${file.error}); give PEM text or a readable file path.`
    );
    return void 0;
  }
  const key = readPrivateKey(file?.text ?? raw.values["jwt-key"]);
  if ("error" in key) {
    problems.push(`jwt-key: the value (hidden) ${key.error}.`);
    return void 0;
  }
  return key.pem;
}
function parseAccessToken(raw, allowCustomHost, problems) {
  const accessToken = raw.values["access-token"].trim();
  const instanceUrl = (optional(raw.values["instance-url"]) ?? "").replace(/\/+$/, "");
  if (!instanceUrl) {
    problems.push(
      "instance-url: required with access-token; give the org URL, e.g. https://acme.my.salesforce.com."
    );
    return void 0;
  }
  const urlProblem = checkSignInUrl(instanceUrl, allowCustomHost);
  if (urlProblem) {
    problems.push(`instance-url: ${urlProblem}.`);
    return void 0;
  }
  return { kind: "access-token", accessToken, instanceUrl };
}
function checkSignInUrl(url, allowCustomHost) {
  const problem = checkOrgUrl(url, allowCustomHost);
  if (problem) return problem;
  const parsed = new URL(url);
  const myDomain = /^(.+)\.(?:lightning\.force\.com|my\.salesforce-setup\.com)$/.exec(
    parsed.hostname.toLowerCase()
  )?.[1];
  if (myDomain) {
    return `"${url}" is the org's Lightning Experience or Setup address, which serves the browser, not the API; give its My Domain URL, https://${myDomain}.my.salesforce.com`;
  }
  if (parsed.pathname !== "/" || parsed.search || parsed.hash) {
    return `"${url}" has a path; give the org URL alone, ${parsed.origin}`;
  }
  return void 0;
}

// src/source/glob.ts
function globToRegExp(glob) {
  let re = "";
  let i = 0;
  let braces = 0;
  while (i < glob.length) {
    const c = glob[i] ?? "";
    if (c === "*") {
      if (glob[i + 1] === "*") {
        const slashAfter = glob[i + 2] === "/";
        re += slashAfter ? "(?:.*/)?" : ".*";
        i += slashAfter ? 3 : 2;
        continue;
      }
      re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end === -1) re += "\\[";
      else {
        const body = glob.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\");
        re += `[${body}]`;
        i = end;
      }
    } else if (c === "{") {
      braces++;
      re += "(?:";
    } else if (c === "}" && braces > 0) {
      braces--;
      re += ")";
    } else if (c === "," && braces > 0) re += "|";
    else re += c.replace(/[.+^$()|\\]/g, "\\$&");
    i++;
  }
  return new RegExp(`^${re}$`);
}
function invalidPatternReason(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(message.lastIndexOf(": ") + 1).trim();
}

export {
  secrets,
  redact,
  globToRegExp,
  invalidPatternReason,
  escapeFromProject,
  readBoolean,
  readChoice,
  readNumber,
  readInteger,
  splitList,
  splitPaths,
  optional,
  parseSfdxAuthUrl,
  parseAuth,
  SIGN_IN_READS,
  SIGN_IN_PARTS,
  ACTION_INPUTS,
  escapeLogText
};
