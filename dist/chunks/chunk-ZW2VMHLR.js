import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ActionError,
  ApiError,
  ContainerNameTaken,
  InputError,
  MAX_RECORDS_PER_COLLECTION,
  MIN_PUSH_API_VERSION,
  ORG_REFUSAL_HINT,
  PUSH_STATUSES,
  QUICK_DEPLOY_WINDOW_MS,
  STATE,
  STATUS_LABEL,
  TEST_LEVELS,
  TransientError,
  bool,
  chunk,
  compareVersions,
  connectForRun,
  coreLogger,
  createContainerClient,
  createPushClient,
  createSalesforceRest,
  createUndiciTransport,
  date,
  describeError,
  emptyCounts,
  ensureArray,
  escapeXml as escapeXml2,
  isCleanSuccess,
  isNoSuchDeploy,
  isOrgId,
  isTerminal,
  nonEmpty,
  olderThan,
  orgKey15,
  parseInputs,
  parseVersionNumber,
  parseXml as parseXml2,
  quickDeployProblems,
  readInputs,
  sameOrg,
  selectRecord,
  soapCaller,
  systemClock,
  text,
  to18,
  toOrgFacts,
  usableUntil,
  versionMatches
} from "./chunk-TTJR5RRO.js";
import {
  BuildError,
  FsSourceTree,
  GitDeltaError,
  PROJECT_FILE,
  PackageFiles,
  activateProjectReplacements,
  applyReplacements,
  buildDelta,
  buildPackage,
  buildPackageXml,
  changedFiles,
  childText,
  decideTestRun,
  decodeUtf8,
  defaultRegistry,
  encodeUtf8,
  escapeXml,
  git,
  joinTreePath,
  normalizeTreePath,
  openRepo,
  parseJson,
  parsePackageXml,
  parseXml,
  readMetadataDir,
  readMetadataZip,
  readProjectConfig,
  resolveRange,
  resolveSource,
  textContent,
  unzipEntries,
  writeXml,
  zipPackage
} from "./chunk-ZOERTNQW.js";
import {
  redact,
  secrets
} from "./chunk-3NUZRSFU.js";
import {
  core_exports,
  info,
  saveState,
  setFailed,
  setOutput
} from "./chunk-FEMCCB6V.js";

// src/shared/logger.ts
var MemoryLogger = class {
  lines = [];
  info(message) {
    this.lines.push(message);
  }
  warning(message) {
    this.lines.push(`warning: ${message}`);
  }
  debug(message) {
    this.lines.push(`debug: ${message}`);
  }
};

// src/delta/action-delta.ts
import path from "node:path";

// src/github/run-context.ts
import { readFileSync } from "node:fs";
var MERGE_BRANCH_EVENTS = /* @__PURE__ */ new Set([
  "pull_request",
  "pull_request_review",
  "pull_request_review_comment"
]);
function readRunContext(env, event, sha) {
  const repository = env.GITHUB_REPOSITORY;
  const [owner, repo] = repository?.split("/") ?? [];
  if (!owner || !repo) return void 0;
  const pr = event.pull_request;
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const isPrEvent = MERGE_BRANCH_EVENTS.has(eventName) || eventName === "pull_request_target";
  const headSha = sha || isPrEvent && pr?.head?.sha || event.workflow_run?.head_sha || env.GITHUB_SHA || "";
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  const readOnlyReason = readOnlyReasonOf(env, pr, repository);
  return {
    owner,
    repo,
    headSha,
    ...pr?.number ? { prNumber: pr.number } : {},
    ...env.GITHUB_RUN_ID ? { runUrl: `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` } : {},
    ...headSha ? { blobBaseUrl: `${server}/${repository}/blob/${headSha}` } : {},
    readOnly: readOnlyReason !== void 0,
    ...readOnlyReason ? { readOnlyReason } : {}
  };
}
function readOnlyReasonOf(env, pr, repository) {
  if (env.GITHUB_ACTOR === "dependabot[bot]") return "Dependabot runs get a read-only token";
  if (MERGE_BRANCH_EVENTS.has(env.GITHUB_EVENT_NAME ?? "") && pr) {
    const head = pr.head?.repo?.full_name;
    if (!head || head !== repository) return "pull requests from forks get a read-only token";
  }
  return void 0;
}
var PAYLOADS = /* @__PURE__ */ new WeakMap();
function readEventPayload(env) {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return {};
  const known = PAYLOADS.get(env);
  if (known?.file === file) return known.payload;
  let payload;
  try {
    payload = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    payload = {};
  }
  PAYLOADS.set(env, { file, payload });
  return payload;
}
function runContextOf(env) {
  return readRunContext(env, readEventPayload(env));
}

// src/report/escape.ts
function escapeHtml(text2) {
  return text2.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}
function escapeTableCell(text2) {
  return neutraliseMentions(escapeHtml(text2)).replace(/([\\`*[\]~])/g, "\\$1").replaceAll("|", "\\|").replace(/\r\n|\r|\n/g, "<br>");
}
function escapeInline(text2) {
  const flat = escapeMarkdown(neutraliseMentions(escapeHtml(text2))).replace(/\r\n|\r|\n/g, " ");
  return flat.replace(
    LEADING_BLOCK_MARKER,
    (_, indent, marker = "", digits = "", delimiter = "") => `${indent}${marker ? `\\${marker}` : `${digits}\\${delimiter}`}`
  );
}
function escapeMarkdown(text2) {
  return text2.replace(/([\\`*_[\]~])/g, "\\$1");
}
var LEADING_BLOCK_MARKER = /^( {0,3})(?:([#>+=|-])(?=[\s#=|-]|$)|(\d{1,9})([.)])(?=\s|$))/;
function neutraliseMentions(text2) {
  return text2.replace(/@(?=[A-Za-z0-9])|#(?=\d)|\bGH-(?=\d)/gi, (c) => `${c}${ZERO_WIDTH_SPACE}`);
}
var ZERO_WIDTH_SPACE = "&#8203;";
function codeSpan(text2) {
  const single = text2.replace(/\r\n|\r|\n/g, " ");
  const fence = "`".repeat(longestRun(single, "`") + 1);
  const pad = single.startsWith("`") || single.endsWith("`") ? " " : "";
  return `${fence}${pad}${single}${pad}${fence}`;
}
function codeSpanInCell(text2) {
  return codeSpan(text2).replaceAll("|", "\\|");
}
function fencedBlock(text2) {
  const fence = "`".repeat(Math.max(3, longestRun(text2, "`") + 1));
  const body2 = text2.replace(/\r\n|\r/g, "\n").replace(/\n+$/, "");
  return `${fence}text
${body2}
${fence}`;
}
function encodePath(path21) {
  return path21.split("/").map(
    (segment) => encodeURIComponent(segment).replace(
      /[()]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
    )
  ).join("/");
}
var XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
function escapeXml3(text2) {
  return text2.replace(XML_ILLEGAL, "").replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&apos;");
}
function longestRun(text2, char) {
  let longest = 0;
  let current = 0;
  for (const c of text2) {
    current = c === char ? current + 1 : 0;
    longest = Math.max(longest, current);
  }
  return longest;
}
function cutAt(text2, length) {
  if (length <= 0) return "";
  const last = text2.charCodeAt(length - 1);
  return text2.slice(0, last >= 55296 && last <= 56319 ? length - 1 : length);
}

// src/report/markdown.ts
function table(headers, rows) {
  if (rows.length === 0) return [];
  return [
    `| ${headers.join(" | ")} |`,
    `|${headers.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`)
  ];
}
function details(summary, body2) {
  return [`<details><summary>${summary}</summary>`, "", ...body2, "", "</details>", ""];
}
function fileLink(path21, line, blobBase) {
  const label2 = escapeTableCell(line ? `${path21}:${line}` : path21);
  if (!blobBase) return label2;
  return `[${label2}](${blobBase.replace(/\/+$/, "")}/${encodePath(path21)}${line ? `#L${line}` : ""})`;
}
function lineRanges(lines, maxRanges = 20) {
  const ranges = [];
  let start;
  let prev;
  const flush = () => {
    if (start === void 0 || prev === void 0) return;
    ranges.push(start === prev ? `${start}` : `${start}\u2013${prev}`);
  };
  for (const line of lines) {
    if (prev !== void 0 && line === prev + 1) {
      prev = line;
      continue;
    }
    flush();
    start = line;
    prev = line;
  }
  flush();
  return ranges.length > maxRanges ? `${ranges.slice(0, maxRanges).join(", ")}, \u2026` : ranges.join(", ");
}
function formatDuration(ms) {
  const seconds3 = Math.round(ms / 1e3);
  if (seconds3 < 60) return `${seconds3} s`;
  const minutes = Math.floor(seconds3 / 60);
  if (minutes < 60) return `${minutes} min ${String(seconds3 % 60).padStart(2, "0")} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}
function formatSeconds(ms) {
  return `${(ms / 1e3).toFixed(3)} s`;
}
function formatPercent(percent) {
  return percent === void 0 ? "n/a" : `${Number(percent.toFixed(2))}\xA0%`;
}
function formatUtc(date2) {
  return `${date2.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
var BAR_CELLS = 10;
function coverageBar(percent, threshold) {
  if (percent === void 0) return "";
  const filled = Math.round(percent / 100 * BAR_CELLS);
  const cells = "\u2588".repeat(filled) + "\u2591".repeat(BAR_CELLS - filled);
  const mark = Math.min(BAR_CELLS, Math.max(0, Math.round(threshold / 100 * BAR_CELLS)));
  return `${cells.slice(0, mark)}\u2506${cells.slice(mark)}`;
}

// src/shared/plural.ts
function plural(n, noun, nouns = `${noun}s`) {
  return `${n} ${n === 1 ? noun : nouns}`;
}

// src/report/delta-summary.ts
var short = (sha) => sha.slice(0, 12);
function range(input) {
  const from = input.fromRef === input.base ? codeSpan(short(input.base)) : `${codeSpan(input.fromRef)} (${codeSpan(short(input.base))})`;
  const to = input.toRef === input.to ? codeSpan(short(input.to)) : `${codeSpan(input.toRef)} (${codeSpan(short(input.to))})`;
  return `${from} \u2192 ${to}`;
}
function countsByType(entries) {
  const byType2 = /* @__PURE__ */ new Map();
  for (const e of entries) {
    const row = byType2.get(e.type) ?? { added: 0, changed: 0, deleted: 0 };
    row[e.change]++;
    byType2.set(e.type, row);
  }
  return [...byType2.keys()].sort().map((type) => {
    const r = byType2.get(type) ?? { added: 0, changed: 0, deleted: 0 };
    return [escapeTableCell(type), String(r.added), String(r.changed), String(r.deleted)];
  });
}
function renderDeltaSummary(input) {
  const lines = [`### Delta ${range(input)}`, ""];
  if (input.empty) {
    lines.push(
      `**Nothing to deploy:** no metadata changes between ${codeSpan(input.fromRef)} and ${codeSpan(input.toRef)}. No deploy was made.`,
      ""
    );
  } else {
    const deployed = input.entries.filter((e) => e.change !== "deleted").length;
    const deleted = input.entries.length - deployed;
    lines.push(
      `${deployed} component${deployed === 1 ? "" : "s"} to deploy, ${deleted} to delete${deleted > 0 ? ` (${codeSpan(input.destructiveFile)})` : ""}.`,
      "",
      ...table(["Type", "Added", "Changed", "Deleted"], countsByType(input.entries)),
      "",
      ...details(
        "Components",
        table(
          ["Change", "Type", "Name"],
          input.entries.map((e) => [e.change, escapeTableCell(e.type), codeSpanInCell(e.fullName)])
        )
      )
    );
  }
  if (input.skipped.length > 0) {
    lines.push(
      "**Deletions left out:**",
      ...input.skipped.map(
        (s) => `- ${escapeInline(`${s.type} ${s.fullName}`)}: ${escapeInline(s.reason)}`
      ),
      ""
    );
  }
  if (input.ignoredFiles > 0)
    lines.push(
      `${plural(input.ignoredFiles, "changed file")} ignored (.forceignore, or not metadata, such as Jest tests).`,
      ""
    );
  const one = input.shadowedFiles === 1;
  if (input.shadowedFiles > 0)
    lines.push(
      `${plural(input.shadowedFiles, "changed file")} of a component kept in more than one place deploy${one ? "s" : ""} nothing: another copy of the same component overrides ${one ? "it" : "them"}, so what the org gets is unchanged.`,
      ""
    );
  for (const w of input.warnings) lines.push(`> [!WARNING]
> ${escapeInline(w)}
`);
  if (input.tests) lines.push(...renderTests(input.tests));
  return lines;
}
function renderTests(tests) {
  const lines = ["#### Tests chosen (run-tests: auto)", "", escapeInline(tests.note), ""];
  if (tests.chosen.length > 0)
    lines.push(
      ...table(
        ["Test class", "Why"],
        tests.chosen.map((t) => [
          codeSpanInCell(t.testClass),
          escapeTableCell(t.reasons.join("; "))
        ])
      ),
      ""
    );
  return lines;
}

// src/delta/action-delta.ts
function pullRequestBase(env) {
  if (env.GITHUB_ACTIONS !== "true") return void 0;
  if (env.GITHUB_EVENT_NAME !== "pull_request" && env.GITHUB_EVENT_NAME !== "pull_request_target")
    return void 0;
  const sha = readEventPayload(env).pull_request?.base?.sha;
  if (sha) return sha;
  return env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : void 0;
}
async function deltaForSettings(settings, logger, env) {
  const source = settings.packageSource;
  if (!settings.delta || source?.kind !== "source") return void 0;
  const from = settings.delta.from ?? pullRequestBase(env);
  if (from === void 0) {
    if (settings.testSelection)
      throw new ActionError(
        "run-tests: auto needs a delta to choose tests from: set delta-from (a commit, tag or branch), or run on a pull request, where it defaults to the base."
      );
    return void 0;
  }
  const rel = (abs) => path.relative(settings.workspace, abs).split(path.sep).join("/");
  let build;
  try {
    build = await buildDelta({
      root: settings.workspace,
      projectDir: rel(source.projectDir),
      sourceDirs: source.sourceDirs,
      from,
      to: settings.delta.to,
      base: settings.delta.base,
      destructiveTiming: settings.delta.destructiveTiming,
      ...settings.preDestructiveChanges ? { preDestructiveFile: rel(settings.preDestructiveChanges) } : {},
      ...settings.postDestructiveChanges ? { postDestructiveFile: rel(settings.postDestructiveChanges) } : {},
      ...settings.apiVersion ? { apiVersion: settings.apiVersion } : {},
      ignoreUnknown: source.ignoreUnknown,
      env,
      selectTests: settings.testSelection !== void 0
    });
  } catch (error) {
    if (error instanceof GitDeltaError && error.shallow && settings.delta.from === void 0) {
      logger.warning(`No delta: ${error.message} Deploying the whole package instead.`);
      if (settings.testSelection)
        throw new ActionError(`run-tests: auto needs a delta. ${error.message}`);
      return void 0;
    }
    if (error instanceof BuildError || error instanceof GitDeltaError)
      throw new ActionError(error.message, { cause: error });
    throw error;
  }
  const delta = finishDelta(build, settings);
  logDelta(build, delta, logger);
  return {
    ...delta,
    outputs: deltaOutputs(build, delta),
    section: deltaSection(build, delta, settings)
  };
}
function finishDelta(build, settings) {
  const notes = [];
  let tests;
  if (settings.testSelection && build.tests && !build.empty) {
    const choice = decideTestRun(build.tests, settings.testSelection.missingTests);
    if ("error" in choice) throw new ActionError(choice.error);
    tests = choice;
    notes.push(choice.note);
  }
  const nothingToDeploy = build.empty ? `Nothing to deploy: no metadata changes between ${build.range.fromRef} and ${build.range.toRef}; no deploy was made.` : void 0;
  return {
    build,
    ...tests ? { tests } : {},
    ...nothingToDeploy ? { nothingToDeploy } : {},
    notes
  };
}
function logDelta(build, delta, logger) {
  const { range: range2 } = build;
  logger.info(
    `Delta ${range2.fromRef}..${range2.toRef} (from ${range2.base.slice(0, 12)}): ${build.built.components.length} members to deploy, ${build.deletions.length} to delete.`
  );
  if (delta.nothingToDeploy) logger.info(delta.nothingToDeploy);
  for (const note of delta.notes) logger.info(note);
}
function deltaOutputs(build, delta) {
  return {
    "has-changes": String(!build.empty),
    "delta-components": String(build.built.components.length),
    "delta-deletions": String(build.deletions.length),
    ...delta.tests ? { "selected-tests": delta.tests.runTests.join(",") } : {}
  };
}
function deltaSection(build, delta, settings) {
  const { plan, range: range2 } = build;
  const timing2 = settings.delta?.destructiveTiming === "pre" ? "destructiveChangesPre.xml" : "destructiveChangesPost.xml";
  return renderDeltaSummary({
    fromRef: range2.fromRef,
    toRef: range2.toRef,
    base: range2.base,
    to: range2.to,
    entries: plan.entries,
    destructiveFile: timing2,
    skipped: plan.skipped,
    ignoredFiles: plan.ignoredFiles.length,
    shadowedFiles: plan.shadowedFiles.length,
    warnings: plan.warnings,
    ...delta.tests && build.tests ? { tests: { chosen: build.tests.tests, note: delta.tests.note } } : {},
    empty: build.empty
  }).join("\n");
}

// src/runner/package-builder.ts
import { readFile } from "node:fs/promises";
import path2 from "node:path";

// src/runner/inline-files-tree.ts
var InlineFilesTree = class {
  base;
  files;
  constructor(base, files) {
    this.base = base;
    this.files = files;
  }
  listFiles(dir) {
    return this.base.listFiles(dir);
  }
  readFile(path21) {
    const bytes = this.files.get(path21);
    return bytes ? Promise.resolve(bytes) : this.base.readFile(path21);
  }
  exists(path21) {
    return this.files.has(path21) ? Promise.resolve(true) : this.base.exists(path21);
  }
};

// src/validation-record/content-hash.ts
import { createHash } from "node:crypto";
function contentHash(files) {
  const outer = createHash("sha256");
  for (const path21 of [...files.keys()].sort()) {
    const inner = createHash("sha256").update(files.get(path21) ?? new Uint8Array()).digest("hex");
    outer.update(`${path21}\0${inner}
`, "utf8");
  }
  return outer.digest("hex");
}
function isContentHash(value) {
  return typeof value === "string" && /^[0-9a-f]{64}$/.test(value);
}

// src/runner/package-builder.ts
async function buildDeployPackage(settings, deps) {
  const delta = await deltaForSettings(settings, deps.logger, deps.env);
  if (delta) return deltaDeployPackage(delta);
  const built = await buildFromSettings(settings, deps.env);
  refuseEmpty(built, settings);
  const zip = await zipPackage(built.files);
  return toDeployPackage(built, zip);
}
function refuseEmpty(built, settings) {
  if (settings.allowEmptyDeploy) return;
  if (built.components.length > 0 || destructiveMembers(built).length > 0) return;
  const source = settings.packageSource;
  const where = source?.kind === "source" ? source.manifest ? "the manifest names no component" : "every file of the package directories is ignored or none holds metadata; check source-dir and .forceignore (a line such as ** ignores everything)" : "metadata-dir holds no component";
  throw new ActionError(
    `The package is empty: ${where}. Nothing would be deployed, yet the org would report success, so the run stops (allow-empty-deploy: true submits it anyway).`
  );
}
async function buildFromSettings(settings, env) {
  const source = settings.packageSource;
  if (!source)
    throw new ActionError(
      `mode ${settings.mode} needs a package: set source-dir, manifest or metadata-dir.`
    );
  const relative = (abs) => path2.relative(settings.workspace, abs).split(path2.sep).join("/");
  const disk = new FsSourceTree(settings.workspace);
  try {
    if (source.kind === "metadata-zip") return await readMetadataZip(await readFile(source.path));
    if (source.kind === "metadata-dir") return await readMetadataDir(disk, relative(source.path));
    const projectDir = relative(source.projectDir);
    const inline = inlineManifests(projectDir, source.inline);
    return await buildPackage(inline ? new InlineFilesTree(disk, inline.files) : disk, {
      projectDir,
      sourceDirs: source.sourceDirs,
      ...inline?.manifest ? { manifest: inline.manifest } : source.manifest ? { manifest: relative(source.manifest) } : {},
      ...settings.preDestructiveChanges ? { preDestructiveChanges: relative(settings.preDestructiveChanges) } : {},
      ...inline?.postDestructiveChanges ? { postDestructiveChanges: inline.postDestructiveChanges } : settings.postDestructiveChanges ? { postDestructiveChanges: relative(settings.postDestructiveChanges) } : {},
      ...settings.apiVersion ? { apiVersion: settings.apiVersion } : {},
      ignoreUnknown: source.ignoreUnknown,
      env
    });
  } catch (error) {
    if (error instanceof BuildError) throw new ActionError(error.message, { cause: error });
    if (error.code === "ENOENT") {
      throw new ActionError(
        `metadata-dir: ${error.path ?? "the file"} does not exist.`
      );
    }
    throw error;
  }
}
var INLINE_DIR = ".sf-deploy-action-inline";
function inlineManifests(projectDir, inline) {
  if (!inline?.manifest && !inline?.postDestructiveChanges) return void 0;
  const files = /* @__PURE__ */ new Map();
  const add = (name, xml) => {
    if (xml === void 0) return void 0;
    const file = `${INLINE_DIR}/${name}`;
    files.set(joinTreePath(projectDir, file), new TextEncoder().encode(xml));
    return file;
  };
  const manifest = add("package.xml", inline.manifest);
  const post = add("destructiveChangesPost.xml", inline.postDestructiveChanges);
  return {
    files,
    ...manifest ? { manifest } : {},
    ...post ? { postDestructiveChanges: post } : {}
  };
}
async function deltaDeployPackage(delta) {
  const pkg = toDeployPackage(delta.build.built, await zipPackage(delta.build.built.files));
  return {
    ...pkg,
    ...delta.tests ? { tests: delta.tests } : {},
    ...delta.nothingToDeploy ? { nothingToDeploy: delta.nothingToDeploy } : {},
    // The test choice is told once, in the delta's section (and the verdict's test level).
    notes: [...pkg.notes ?? [], ...delta.notes.filter((note) => note !== delta.tests?.note)],
    outputs: delta.outputs,
    sections: [delta.section]
  };
}
function toDeployPackage(built, zip) {
  let unzippedBytes = 0;
  const files = built.files;
  if (files instanceof PackageFiles)
    for (const name of files.keys()) unzippedBytes += files.byteLength(name);
  else for (const bytes of files.values()) unzippedBytes += bytes.byteLength;
  const map = built.sourceMap;
  return {
    zip,
    fileCount: built.files.size,
    unzippedBytes,
    packageXml: built.packageXml,
    components: built.components,
    deletions: destructiveMembers(built).length,
    apiVersion: built.apiVersion,
    resolveSource: (q) => resolveSource(map, q),
    resolveApexSource: (type, name) => resolveSource(map, {
      fileName: type === "Class" ? `classes/${name}.cls` : `triggers/${name}.trigger`
    })?.path,
    warnings: built.warnings,
    // What the builder left out on purpose (files that are not metadata), for the summary.
    ...built.notes && built.notes.length > 0 ? { notes: built.notes } : {},
    contentHash: contentHash(built.files)
  };
}
var DESTRUCTIVE = [
  "destructiveChangesPre.xml",
  "destructiveChanges.xml",
  "destructiveChangesPost.xml"
];
function destructiveMembers(built) {
  return DESTRUCTIVE.flatMap((file) => {
    const bytes = built.files.get(file);
    if (!bytes) return [];
    return parsePackageXml(decodeUtf8(bytes), file).members.map((m) => ({
      type: m.type,
      fullName: m.fullName,
      file
    }));
  });
}
async function workspaceSourceLookups(workspace, env) {
  const tree = new FsSourceTree(workspace);
  if (!await tree.exists("sfdx-project.json")) return void 0;
  try {
    const built = await buildPackage(tree, {
      projectDir: "",
      sourceDirs: [],
      ignoreUnknown: true,
      env
    });
    const { resolveSource: resolveSource2, resolveApexSource } = toDeployPackage(built, new Uint8Array());
    return {
      ...resolveSource2 ? { resolveSource: resolveSource2 } : {},
      ...resolveApexSource ? { resolveApexSource } : {}
    };
  } catch {
    return void 0;
  }
}

// src/action/package-problems.ts
var BUILDING_MODES = /* @__PURE__ */ new Set(["deploy", "validate", "build"]);
async function packageProblems(parts, env) {
  if (!BUILDING_MODES.has(parts.mode) || parts.packageSource?.kind !== "source") return [];
  try {
    const delta = await deltaForSettings(parts, new MemoryLogger(), env);
    if (!delta) await buildFromSettings(parts, env);
    return [];
  } catch (error) {
    if (!(error instanceof Error)) return [];
    if (error.cause instanceof BuildError) return error.cause.problems;
    if (error.cause instanceof GitDeltaError) return [error.message];
    return [];
  }
}

// src/action/ports.ts
import { randomInt } from "node:crypto";

// src/validation-record/artifact-store.ts
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path3 from "node:path";

// src/github/artifact-zip.ts
var ARTIFACT_TEXT_MAX_BYTES = 64 * 2 ** 20;
function readArtifactText(zip, name) {
  return Promise.resolve().then(() => {
    const files = unzipEntries(zip, "artifact", {
      keep: (entry) => entry === name,
      maxEntryBytes: ARTIFACT_TEXT_MAX_BYTES
    });
    const bytes = files.get(name);
    return bytes === void 0 ? void 0 : decodeUtf8(bytes);
  });
}

// src/github/github-errors.ts
function statusOf(error) {
  const status = error?.status;
  return typeof status === "number" ? status : void 0;
}
function describeGitHubError(error) {
  const status = statusOf(error);
  const message = error instanceof Error ? error.message.split("\n", 1)[0] : String(error);
  return status ? `HTTP ${status}: ${message}` : message ?? "unknown error";
}

// src/github/repo-artifacts.ts
var NEWEST_READ = 10;
async function repoArtifacts(options) {
  const { owner, repo } = options;
  const client = await options.octokit(options.token);
  const listed2 = async (name) => {
    const all = await client.paginate(client.rest.actions.listArtifactsForRepo, { owner, repo, name, per_page: 100 }).catch((error) => {
      const status = statusOf(error);
      if (status === 403 || status === 404)
        throw new ActionError(options.refused(describeGitHubError(error)));
      throw error;
    });
    return all.filter((a) => a.name === name).sort(byNewest);
  };
  return {
    listed: listed2,
    async run(id) {
      return (await client.rest.actions.getWorkflowRun({ owner, repo, run_id: id })).data;
    },
    async download(id) {
      const response = await client.rest.actions.downloadArtifact({
        owner,
        repo,
        artifact_id: id,
        archive_format: "zip"
      });
      return new Uint8Array(response.data);
    }
  };
}
function byNewest(a, b) {
  return Date.parse(b.created_at ?? "") - Date.parse(a.created_at ?? "") || b.id - a.id;
}

// src/validation-record/record.ts
var RECORD_KIND = "salesforce-validation-record";
var RECORD_VERSION = 1;
var RECORD_FILE = "validation-record.json";
var PREFIX = "sf-validation-";
function recordArtifactName(contentHash2, orgId) {
  return `${PREFIX}${to18(orgId)}-${contentHash2.slice(0, 32)}`;
}
function serializeRecord(record) {
  const { testLevel, run: run2, ...rest } = record;
  return `${JSON.stringify({ kind: RECORD_KIND, version: RECORD_VERSION, ...rest, testLevel: testLevel ?? null, ...run2 ? { run: run2 } : {} }, null, 2)}
`;
}
function parseRecord(text2, source) {
  let value;
  try {
    value = JSON.parse(text2);
  } catch (error) {
    return { problems: [`${source}: not JSON (${error.message}).`] };
  }
  if (!value || typeof value !== "object" || Array.isArray(value))
    return { problems: [`${source}: expected a JSON object.`] };
  const o = value;
  if (o.kind !== RECORD_KIND)
    return {
      problems: [`${source}: kind is ${JSON.stringify(o.kind)}, expected "${RECORD_KIND}".`]
    };
  if (o.version !== RECORD_VERSION) {
    return {
      problems: [
        `${source}: record version ${JSON.stringify(o.version)} is not supported (this action reads version ${RECORD_VERSION}); validate again with this version of the action.`
      ]
    };
  }
  const problems = fieldProblems(o).map((p) => `${source}: ${p}`);
  if (problems.length > 0) return { problems };
  return { record: toRecord(o) };
}
function fieldProblems(o) {
  const problems = [];
  const expect = (ok, field, what) => {
    if (!ok)
      problems.push(`${field} is ${JSON.stringify(o[field]) ?? "missing"}, expected ${what}.`);
  };
  expect(
    typeof o.validationId === "string" && /^0Af[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$/.test(o.validationId),
    "validationId",
    "a deploy request id (0Af...)"
  );
  expect(isOrgId(o.orgId), "orgId", "an org id (00D...)");
  expect(
    typeof o.instanceUrl === "string" && /^https?:\/\//.test(o.instanceUrl),
    "instanceUrl",
    "a URL"
  );
  expect(
    typeof o.apiVersion === "string" && /^\d{2,3}\.0$/.test(o.apiVersion),
    "apiVersion",
    "an API version such as 62.0"
  );
  expect(
    o.testLevel === null || TEST_LEVELS.includes(o.testLevel),
    "testLevel",
    `null or one of ${TEST_LEVELS.join(", ")}`
  );
  expect(
    Array.isArray(o.runTests) && o.runTests.every((t) => typeof t === "string"),
    "runTests",
    "a list of class names"
  );
  expect(Number.isInteger(o.testsRun) && o.testsRun >= 0, "testsRun", "a count");
  expect(typeof o.status === "string" && o.status !== "", "status", "a deploy status");
  expect(isContentHash(o.contentHash), "contentHash", "a sha256 hex digest");
  expect(typeof o.commitSha === "string", "commitSha", "a commit SHA");
  expect(
    typeof o.validatedAt === "string" && !Number.isNaN(Date.parse(o.validatedAt)),
    "validatedAt",
    "an ISO 8601 time"
  );
  expect(o.run === void 0 || isRun(o.run), "run", "an object with repository, id and attempt");
  return problems;
}
function isRun(value) {
  const r = value;
  return !!r && typeof r === "object" && ["repository", "id", "attempt"].every((k) => typeof r[k] === "string");
}
function toRecord(o) {
  return {
    validationId: o.validationId,
    orgId: to18(o.orgId),
    instanceUrl: o.instanceUrl,
    apiVersion: o.apiVersion,
    ...o.testLevel ? { testLevel: o.testLevel } : {},
    runTests: o.runTests,
    testsRun: o.testsRun,
    status: o.status,
    contentHash: o.contentHash,
    commitSha: o.commitSha,
    validatedAt: new Date(o.validatedAt).toISOString(),
    ...o.run ? { run: o.run } : {}
  };
}

// src/validation-record/artifact-store.ts
function createArtifactRecordUploader(uploader, tempRoot = tmpdir()) {
  return {
    async upload(name, record) {
      const dir = await mkdtemp(path3.join(tempRoot, "sf-validation-"));
      const file = path3.join(dir, RECORD_FILE);
      await writeFile(file, serializeRecord(record), "utf8");
      const response = await uploader().upload(name, [file], dir);
      return response.id !== void 0 ? { id: response.id } : {};
    }
  };
}
function createRestRecordFinder(options) {
  return {
    async find(name) {
      const [owner, repo] = options.repository?.split("/") ?? [];
      if (!owner || !repo)
        throw new ActionError(
          "Finding a validation record needs GITHUB_REPOSITORY (owner/name); run the action inside a GitHub workflow."
        );
      if (!options.token)
        throw new ActionError(
          "Finding a validation record needs github-token (the default ${{ github.token }} works with permissions: actions: read)."
        );
      const artifacts = await repoArtifacts({
        octokit: options.octokit,
        token: options.token,
        owner,
        repo,
        refused: refusedListing
      });
      const newest = toScreen(await artifacts.listed(name));
      const runs = /* @__PURE__ */ new Map();
      const runOf = (id) => {
        const known = runs.get(id) ?? readRun(() => artifacts.run(id));
        runs.set(id, known);
        return known;
      };
      return Promise.all(
        newest.map(async (artifact) => {
          const found = await readOne(artifact, (id) => artifacts.download(id));
          const runId = found.source.runId;
          if (!found.record || runId === void 0) return found;
          const run2 = await runOf(runId);
          return typeof run2 === "string" ? { ...found, source: { ...found.source, runProblem: run2 } } : { ...found, source: { ...found.source, run: run2 } };
        })
      );
    }
  };
}
async function readRun(get) {
  try {
    const run2 = await get();
    return {
      event: run2.event ?? "",
      branch: run2.head_branch ?? "",
      workflow: run2.path ?? "",
      headSha: run2.head_sha ?? "",
      repository: run2.repository?.full_name ?? "",
      headRepository: run2.head_repository?.full_name ?? ""
    };
  } catch (error) {
    return `its workflow run could not be read (${describeGitHubError(error)})`;
  }
}
function toScreen(listed2) {
  const usable = listed2.filter((a) => {
    const source = sourceOf(a);
    return !source.fromFork && !source.expired;
  }).slice(0, NEWEST_READ);
  const named = /* @__PURE__ */ new Set([...listed2.slice(0, NEWEST_READ), ...usable]);
  return listed2.filter((a) => named.has(a));
}
function sourceOf(artifact) {
  const run2 = artifact.workflow_run;
  const fromFork = run2?.head_repository_id !== void 0 && run2.repository_id !== void 0 && run2.head_repository_id !== run2.repository_id;
  return {
    artifactId: artifact.id,
    artifactName: artifact.name,
    ...run2?.id !== void 0 ? { runId: run2.id } : {},
    fromFork,
    expired: artifact.expired
  };
}
async function readOne(artifact, download) {
  const source = sourceOf(artifact);
  if (source.expired || source.fromFork) return { source };
  const label2 = `artifact ${artifact.name} (id ${artifact.id})`;
  try {
    const text2 = await readArtifactText(await download(artifact.id), RECORD_FILE);
    if (text2 === void 0) return { source, problem: `${label2} holds no ${RECORD_FILE}` };
    const parsed2 = parseRecord(text2, label2);
    return parsed2.record ? { source, record: parsed2.record } : { source, problem: parsed2.problems.join(" ") };
  } catch (error) {
    return {
      source,
      problem: `${label2} could not be downloaded or read: ${describeGitHubError(error)}`
    };
  }
}
function refusedListing(described) {
  return `Listing the repository's artifacts was refused (${described}). Quick deploy by package content reads validation records from artifacts of earlier runs: give the job permissions: actions: read, or pass validation-id.`;
}

// src/action/github/quiet-stdout.ts
var NOISE = /* @__PURE__ */ new Set(["Artifact name is valid!", "Root directory input is valid!"]);
async function withoutArtifactNoise(work) {
  const original = process.stdout.write;
  const filtered = function(chunk2, ...rest) {
    if (typeof chunk2 === "string" && NOISE.has(chunk2.replace(/\r?\n$/, ""))) return true;
    return original.call(this, chunk2, ...rest);
  };
  process.stdout.write = filtered;
  try {
    return await work();
  } finally {
    if (process.stdout.write === filtered) process.stdout.write = original;
  }
}

// src/action/github/artifact-uploader.ts
function createArtifactUploader() {
  let client;
  return {
    async upload(name, files, rootDirectory) {
      client ??= new (await import("./artifact-IGAY45RS.js")).DefaultArtifactClient();
      const uploader = client;
      const response = await withoutArtifactNoise(
        () => uploader.uploadArtifact(name, files, rootDirectory)
      );
      return {
        ...response.id !== void 0 ? { id: response.id } : {},
        ...response.size !== void 0 ? { size: response.size } : {}
      };
    }
  };
}

// src/action/github/attestation.ts
function createFileAttester(token, env = process.env) {
  return {
    async attest(subject) {
      if (!token)
        throw new Error("attest needs github-token (with permissions: attestations: write)");
      const { attestProvenance } = await import("./lib-F42OCGFY.js");
      const attestation = await attestProvenance({
        subjects: [{ name: subject.name, digest: { sha256: subject.sha256 } }],
        token
      });
      const id = attestation.attestationID;
      const server = env.GITHUB_SERVER_URL || "https://github.com";
      return {
        ...id ? { id } : {},
        ...id && env.GITHUB_REPOSITORY ? { url: `${server}/${env.GITHUB_REPOSITORY}/attestations/${id}` } : {}
      };
    }
  };
}

// src/action/ports.ts
function defaultDeps(env = process.env) {
  return {
    clock: systemClock,
    http: createUndiciTransport(),
    random: () => randomInt(0, 1e6) / 1e6,
    logger: coreLogger,
    // A snapshot: the run reads the environment it started with, in one place.
    env: { ...env },
    state: { save: (key2, value) => saveState(key2, value) },
    onJobCancel: (listener) => onJobCancel(listener),
    // Loaded on first use: @actions/github and Octokit need not be parsed before the first request.
    octokit: async (token) => (await import("./octokit-PLIFINXK.js")).createOctokit(token, env),
    recordUploader: createArtifactRecordUploader(
      createArtifactUploader,
      env.RUNNER_TEMP || void 0
    ),
    artifactUploader: createArtifactUploader,
    attester: (token) => createFileAttester(token, env)
  };
}
var CANCEL_SIGNALS = ["SIGINT", "SIGTERM"];
function onJobCancel(listener) {
  for (const signal of CANCEL_SIGNALS) process.once(signal, listener);
  return () => {
    for (const signal of CANCEL_SIGNALS) process.off(signal, listener);
  };
}
function recordCancellationSignals() {
  for (const signal of CANCEL_SIGNALS) {
    process.once(signal, () => {
      saveState(STATE.jobCancelled, signal);
      process.kill(process.pid, signal);
    });
  }
}

// src/modes/build/run-build-mode.ts
import { mkdir, writeFile as writeFile2 } from "node:fs/promises";
import path4 from "node:path";

// src/modes/build/build-summary.ts
function renderBuildSummary(input) {
  const kib = Math.max(1, Math.round(input.zipBytes / 1024));
  return [
    `## \u{1F4E6} Package built \u2014 ${plural(input.components.length, "component")} to deploy, ${plural(input.deletions.length, "deletion")}`,
    "",
    `API v${escapeInline(input.apiVersion)} \xB7 ${plural(input.fileCount, "file")} \xB7 ${kib} KiB \xB7 ${codeSpan(input.zipPath)} \xB7 nothing was sent to an org.`,
    "",
    ...input.warnings.map((w) => `> \u26A0\uFE0F ${escapeInline(w)}`),
    ...input.warnings.length > 0 ? [""] : [],
    ...byType("To deploy", input.components),
    ...byType("To delete", input.deletions),
    ...input.sections,
    ""
  ].join("\n");
}
function byType(title, members) {
  if (members.length === 0) return [];
  const groups = /* @__PURE__ */ new Map();
  for (const m of members) groups.set(m.type, [...groups.get(m.type) ?? [], m.fullName]);
  const rows = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([type, names]) => [escapeTableCell(type), String(names.length), namesCell(names)]);
  return [
    `### ${title} (${members.length})`,
    "",
    ...details("By type", table(["Type", "Count", "Names"], rows)),
    ""
  ];
}
var NAMES_PER_TYPE = 50;
function namesCell(names) {
  const sorted = [...names].sort();
  const shown = sorted.slice(0, NAMES_PER_TYPE).map(codeSpanInCell).join(", ");
  const more2 = sorted.length - NAMES_PER_TYPE;
  return more2 > 0 ? `${shown}, \u2026 and ${more2} more` : shown;
}

// src/modes/build/run-build-mode.ts
async function runBuildMode(settings, deps) {
  const { logger } = deps;
  const delta = await deltaForSettings(settings, logger, deps.env);
  const built = delta?.build.built ?? await buildFromSettings(settings, deps.env);
  const outDir = path4.join(settings.report.resultsDir, "package");
  for (const [name, bytes] of built.files) {
    const target = path4.join(outDir, name);
    await mkdir(path4.dirname(target), { recursive: true });
    await writeFile2(target, bytes);
  }
  const zipPath = path4.join(settings.report.resultsDir, "package.zip");
  const zip = await zipPackage(built.files);
  await writeFile2(zipPath, zip);
  for (const warning of built.warnings) logger.warning(warning);
  for (const note of built.notes ?? []) logger.info(note);
  const deletions = destructiveMembers(built);
  logger.info(
    `Built ${built.components.length} components and ${deletions.length} deletions (${built.files.size} files) into ${outDir} and ${zipPath}`
  );
  return {
    verdict: { success: true },
    outputs: {
      ...delta?.outputs ?? {},
      "package-path": zipPath,
      "package-xml-path": path4.join(outDir, "package.xml")
    },
    summary: [
      renderBuildSummary({
        components: built.components,
        deletions,
        fileCount: built.files.size,
        zipBytes: zip.byteLength,
        apiVersion: built.apiVersion,
        zipPath: path4.relative(settings.workspace, zipPath).split(path4.sep).join("/"),
        warnings: built.warnings,
        sections: delta ? [delta.section] : []
      })
    ]
  };
}

// src/model/component-counts.ts
var DESTRUCTIVE_FILE = /(^|\/)destructiveChanges(Pre|Post)?\.xml$/;
function isDeletion(m) {
  return m.deleted || m.componentType !== "" && DESTRUCTIVE_FILE.test(m.fileName);
}
function componentCounts(result2) {
  const successes = result2.details?.componentSuccesses ?? [];
  const failures = result2.details?.componentFailures ?? [];
  const key2 = (m) => `${m.componentType}\0${m.fullName}\0${m.problem ?? ""}`;
  const deletedOk = new Set(successes.filter(isDeletion).map(key2));
  const deletedFailed = new Set(failures.filter(isDeletion).map(key2));
  const deletions = (/* @__PURE__ */ new Set([...deletedOk, ...deletedFailed])).size;
  return {
    total: Math.max(0, result2.numberComponentsTotal - deletions),
    deployed: Math.max(0, result2.numberComponentsDeployed - deletedOk.size),
    deletions
  };
}

// src/report/report-components.ts
var EMBEDDED_LOCATION = /\[Line: (\d+), Col: (\d+)\]/;
var NOT_FOUND = /^No (\S+) named: (.+) found$/;
function buildComponentSection(result2, resolvers) {
  const failures = result2.details?.componentFailures ?? [];
  const ignoredWarnings = (result2.details?.componentSuccesses ?? []).filter(
    (m) => m.problemType === "Warning" && (m.problem ?? "").trim() !== ""
  );
  const issues = dedupeIssues([...failures, ...ignoredWarnings].map((m) => toIssue(m, resolvers)));
  const failed = new Set(failures.map(componentKey));
  const rows = (result2.details?.componentSuccesses ?? []).filter((m) => !isManifest(m) && !failed.has(componentKey(m))).map(toRow);
  const successes = rows.filter((r) => r.state !== "Deleted");
  const deleted = rows.filter((r) => r.state === "Deleted");
  const ordered = [...issues].sort(byFileAndLine);
  return {
    errors: ordered.filter((i) => i.severity === "error"),
    warnings: ordered.filter((i) => i.severity === "warning"),
    successes,
    deleted,
    ...componentCounts(result2),
    byState: countStates(rows),
    byType: countTypes(rows)
  };
}
function isManifest(m) {
  const base = m.fileName.split("/").pop() ?? "";
  return m.componentType === "" || base === "package.xml" || /^destructiveChanges(Pre|Post)?\.xml$/.test(base);
}
function componentKey(m) {
  return `${m.componentType}\0${m.fullName}`;
}
function toIssue(m, resolvers) {
  const severity = m.problemType === "Warning" || m.problemType === "Info" ? "warning" : "error";
  const problem = m.problem?.trim() || (severity === "error" ? "No problem text from Salesforce." : "");
  const embedded = EMBEDDED_LOCATION.exec(problem);
  const line = m.lineNumber ?? (embedded ? Number(embedded[1]) : void 0);
  const column = m.columnNumber ?? (embedded ? Number(embedded[2]) : void 0);
  const manifest = isManifest(m);
  const source = manifest ? void 0 : resolveComponent(m, line, resolvers);
  const finalLine = source?.line ?? line;
  return {
    severity,
    componentType: m.componentType,
    // A destructive manifest's message names the manifest as its component; the problem text
    // names the component ("No ApexClass named: Foo found").
    fullName: (manifest ? NOT_FOUND.exec(problem)?.[2] : void 0) ?? m.fullName,
    fileName: m.fileName,
    problem,
    ...finalLine !== void 0 && finalLine >= 1 ? { line: finalLine } : {},
    ...column !== void 0 && column >= 1 ? { column } : {},
    ...source ? { path: source.path } : {},
    manifest
  };
}
function resolveComponent(m, line, { resolveSource: resolveSource2, resolveApexSource }) {
  const found = resolveSource2?.({
    fileName: m.fileName,
    componentType: m.componentType,
    fullName: m.fullName,
    ...line !== void 0 ? { lineNumber: line } : {}
  });
  if (found) return found;
  const apexType = m.componentType === "ApexClass" ? "Class" : m.componentType === "ApexTrigger" ? "Trigger" : void 0;
  const path21 = apexType ? resolveApexSource?.(apexType, m.fullName) : void 0;
  return path21 ? { path: path21 } : void 0;
}
function dedupeIssues(issues) {
  const seen = /* @__PURE__ */ new Set();
  return issues.filter((i) => {
    const key2 = [i.severity, i.componentType, i.fullName, i.problem, i.line, i.column].join(
      "\0"
    );
    if (seen.has(key2)) return false;
    seen.add(key2);
    return true;
  });
}
function toRow(m) {
  const state = m.created ? "Created" : m.deleted ? "Deleted" : m.changed ? "Changed" : "Unchanged";
  return { componentType: m.componentType, fullName: m.fullName, fileName: m.fileName, state };
}
function countStates(rows) {
  const counts = {
    Created: 0,
    Changed: 0,
    Unchanged: 0,
    Deleted: 0
  };
  for (const r of rows) counts[r.state] += 1;
  return counts;
}
function countTypes(rows) {
  const counts = /* @__PURE__ */ new Map();
  for (const r of rows) counts.set(r.componentType, (counts.get(r.componentType) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
}
function byFileAndLine(a, b) {
  return (a.path ?? a.fileName).localeCompare(b.path ?? b.fileName) || (a.line ?? 0) - (b.line ?? 0);
}

// src/report/report-coverage.ts
var SALESFORCE_COVERAGE_PERCENT = 75;
function buildCoverageSection(result2, resolveApex, threshold) {
  const run2 = result2.details?.runTestResult;
  const deployed = deployedApex(result2);
  const flagAt = threshold ?? SALESFORCE_COVERAGE_PERCENT;
  const entries = (run2?.coverage ?? []).map((c) => toEntry(c, resolveApex, deployed, flagAt)).sort(worstFirst);
  const aggregate = aggregateOf(entries);
  const warnings = (run2?.coverageWarnings ?? []).map((w) => ({ ...w }));
  const orgWide = warnings.find((w) => w.name === void 0);
  const hint = orgWide ? /is (\d+(?:\.\d+)?)%/.exec(orgWide.message)?.[1] : void 0;
  return {
    entries,
    ...aggregate ? { aggregate } : {},
    ...hint !== void 0 ? { orgWidePercentHint: Number(hint) } : {},
    warnings,
    exactLines: entries.length > 0 && entries.every((e) => e.linesCovered !== void 0),
    ...threshold !== void 0 ? { threshold: evaluateThreshold(entries, aggregate, threshold) } : {}
  };
}
function percentOf(covered, total) {
  return Math.round(covered / total * 1e4) / 100;
}
function isBelow(covered, total, threshold) {
  return total > 0 && covered * 100 < threshold * total;
}
function evaluateThreshold(entries, aggregate, threshold) {
  if (!aggregate) {
    return {
      threshold,
      evaluated: false,
      passed: true,
      aggregateBelow: false,
      classesBelow: [],
      reason: "no coverage data in this result"
    };
  }
  const classesBelow = entries.filter(
    (e) => e.deployed && isBelow(e.covered, e.numLocations, threshold)
  );
  const aggregateBelow = isBelow(aggregate.covered, aggregate.total, threshold);
  return {
    threshold,
    evaluated: true,
    passed: !aggregateBelow && classesBelow.length === 0,
    aggregateBelow,
    classesBelow
  };
}
function toEntry(c, resolveApex, deployed, flagAt) {
  const covered = Math.max(0, c.numLocations - c.numLocationsNotCovered);
  const percent = c.numLocations > 0 ? percentOf(covered, c.numLocations) : void 0;
  const path21 = resolveApex?.(c.type, c.name);
  return {
    name: c.name,
    ...c.namespace ? { namespace: c.namespace } : {},
    type: c.type,
    ...path21 ? { path: path21 } : {},
    numLocations: c.numLocations,
    covered,
    ...percent !== void 0 ? { percent } : {},
    linesNotCovered: uniqueSorted(c.linesNotCovered),
    ...c.linesCovered ? { linesCovered: uniqueSorted(c.linesCovered) } : {},
    deployed: deployed.has(`${c.type}:${c.name}`),
    belowThreshold: isBelow(covered, c.numLocations, flagAt)
  };
}
function deployedApex(result2) {
  const names = /* @__PURE__ */ new Set();
  const messages = [
    ...result2.details?.componentSuccesses ?? [],
    ...result2.details?.componentFailures ?? []
  ];
  for (const m of messages) {
    if (m.componentType === "ApexClass") names.add(`Class:${m.fullName}`);
    if (m.componentType === "ApexTrigger") names.add(`Trigger:${m.fullName}`);
  }
  return names;
}
function aggregateOf(entries) {
  const measured = entries.filter((e) => e.numLocations > 0);
  if (measured.length === 0) return void 0;
  const total = measured.reduce((sum, e) => sum + e.numLocations, 0);
  const covered = measured.reduce((sum, e) => sum + e.covered, 0);
  return { covered, total, percent: percentOf(covered, total) };
}
function worstFirst(a, b) {
  if (a.percent === void 0 || b.percent === void 0) {
    if (a.percent !== b.percent) return a.percent === void 0 ? 1 : -1;
  } else if (a.percent !== b.percent) {
    return a.percent - b.percent;
  }
  return b.numLocations - b.covered - (a.numLocations - a.covered) || a.name.localeCompare(b.name);
}
function uniqueSorted(lines) {
  return [...new Set(lines.filter((l) => Number.isInteger(l) && l >= 1))].sort((a, b) => a - b);
}

// src/report/stack-trace.ts
var FRAME = /^(?:(Class|Trigger)\.)?([\w.<>$]+?)(?:\.<init>|\.<clinit>)?: line (\d+)(?:, column (\d+))?\s*$/;
function parseStackTrace(stackTrace) {
  if (!stackTrace) return [];
  const frames = [];
  for (const raw of stackTrace.split(/\r?\n/)) {
    const text2 = raw.trim();
    const match = FRAME.exec(text2);
    if (!match) continue;
    const [, kind, names, line, column] = match;
    const lineNumber = Number(line);
    if (!names || !(lineNumber >= 1)) continue;
    frames.push({
      kind: kind === "Class" || kind === "Trigger" ? kind : "Other",
      segments: names.split("."),
      line: lineNumber,
      ...column !== void 0 && Number(column) >= 1 ? { column: Number(column) } : {},
      text: text2
    });
  }
  return frames;
}
function frameCandidates(frame) {
  const [first, second] = frame.segments;
  if (frame.kind === "Trigger") {
    if (frame.segments.length >= 2 && second)
      return [
        { type: "Trigger", name: second, namespace: first },
        ...first ? [{ type: "Trigger", name: first }] : []
      ];
    return first ? [{ type: "Trigger", name: first }] : [];
  }
  if (frame.kind !== "Class" || !first) return [];
  const candidates2 = [
    { type: "Class", name: first }
  ];
  if (frame.segments.length >= 3 && second)
    candidates2.push({ type: "Class", name: second, namespace: first });
  return candidates2;
}
function frameIsInClass(frame, className, namespace) {
  if (frame.kind !== "Class") return false;
  const [first, second] = frame.segments;
  if (namespace && first === namespace && second === className) return true;
  return first === className;
}

// src/report/report-tests.ts
var SLOWEST_TESTS = 10;
function buildTestSection(result2, resolveApex) {
  const run2 = result2.details?.runTestResult;
  const rows = (run2?.tests ?? []).map((t) => toRow2(t, resolveApex));
  const failures = rows.filter((r) => r.outcome === "Fail");
  const passes = rows.filter((r) => r.outcome === "Pass");
  const slowest = [...rows].sort((a, b) => b.timeMs - a.timeMs || testName(a).localeCompare(testName(b))).slice(0, SLOWEST_TESTS);
  const total = rows.length > 0 ? rows.length : Math.max(run2?.numTestsRun ?? 0, result2.numberTestsTotal);
  const failed = rows.length > 0 ? failures.length : Math.max(run2?.numFailures ?? 0, result2.numberTestErrors);
  return {
    ran: total > 0,
    total,
    passed: rows.length > 0 ? passes.length : result2.numberTestsCompleted,
    failed,
    totalTimeMs: run2?.totalTimeMs ?? 0,
    failures,
    passes,
    slowest
  };
}
function testName(t) {
  return t.methodName ? `${t.qualifiedClass}.${t.methodName}` : `${t.qualifiedClass} (class-level)`;
}
function toRow2(t, resolveApex) {
  const path21 = resolveApex?.("Class", t.className);
  const location2 = t.outcome === "Fail" ? locateFailure(t, path21, resolveApex) : void 0;
  const exceptionType = t.message ? exceptionTypeOf(t.message) : void 0;
  return {
    className: t.className,
    ...t.namespace ? { namespace: t.namespace } : {},
    qualifiedClass: t.namespace ? `${t.namespace}.${t.className}` : t.className,
    ...t.methodName ? { methodName: t.methodName } : {},
    outcome: t.outcome,
    timeMs: t.timeMs,
    ...t.message !== void 0 ? { message: t.message } : {},
    ...t.stackTrace ? { stackTrace: t.stackTrace } : {},
    ...exceptionType ? { exceptionType } : {},
    ...path21 ? { path: path21 } : {},
    ...location2 ? { location: location2 } : {},
    ...t.retryNote ? { retryNote: t.retryNote } : {},
    ...t.flakyFailure ? { flakyFailure: t.flakyFailure } : {}
  };
}
function locateFailure(t, testPath, resolveApex) {
  const frames = parseStackTrace(t.stackTrace);
  const own2 = frames.find((f) => frameIsInClass(f, t.className, t.namespace));
  if (own2 && testPath)
    return { path: testPath, line: own2.line, ...own2.column ? { column: own2.column } : {} };
  for (const frame of frames) {
    for (const candidate of frameCandidates(frame)) {
      const path21 = resolveApex?.(candidate.type, candidate.name);
      if (path21) return { path: path21, line: frame.line, ...frame.column ? { column: frame.column } : {} };
    }
  }
  return void 0;
}
function exceptionTypeOf(message) {
  const head = message.split(":", 1)[0]?.trim() ?? "";
  return /^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*(Exception|Error)$/.test(head) ? head : void 0;
}

// src/report/report-model.ts
function buildReport(input) {
  const { result: result2 } = input;
  const components2 = buildComponentSection(result2, input);
  const tests = buildTestSection(result2, input.resolveApexSource);
  const coverage = buildCoverageSection(result2, input.resolveApexSource, input.coverageThreshold);
  const verdict = buildVerdict(input);
  const thresholdFailed = coverage.threshold?.passed === false;
  const extraFailed = (input.extraFailures?.length ?? 0) > 0;
  const deployPassed = input.mode === "cancel" ? verdict.outcome === "canceled" : verdict.outcome === "succeeded" || verdict.outcome === "partial" && input.acceptPartial === true;
  const notes = [...input.notes ?? [], ...thresholdNotes(coverage)];
  return {
    verdict,
    ...result2.errorMessage ? {
      deployError: {
        ...result2.errorStatusCode ? { statusCode: result2.errorStatusCode } : {},
        message: result2.errorMessage
      }
    } : {},
    reasons: [
      ...explainFailure(result2, verdict, components2, tests, coverage),
      ...thresholdReasons(coverage),
      ...input.extraFailures ?? []
    ],
    components: components2,
    tests,
    coverage,
    notes,
    ...input.extraSections ? { extraSections: input.extraSections } : {},
    ...input.blobBaseUrl ? { blobBaseUrl: input.blobBaseUrl } : {},
    ...input.testLevel ? { testLevel: input.testLevel } : {},
    conclusion: verdict.nothingCanceled ? "failure" : (thresholdFailed || extraFailed) && deployPassed ? "failure" : conclusionOf(verdict.outcome, input.acceptPartial === true),
    passed: deployPassed && !thresholdFailed && !extraFailed,
    result: result2
  };
}
function deployStatusUrl(instanceUrl, id) {
  const base = instanceUrl.replace(/\/+$/, "");
  return `${base}/lightning/setup/DeployStatus/page?address=%2Fchangemgmt%2FmonitorDeploymentsDetails.apexp%3FasyncId%3D${encodeURIComponent(id)}%26retURL%3D%252Fchangemgmt%252FmonitorDeployment.apexp`;
}
function outcomeOf(result2) {
  if (!result2.done) return "running";
  if (result2.status === "Canceled") return "canceled";
  if (result2.status === "SucceededPartial") return "partial";
  return isCleanSuccess(result2) ? "succeeded" : "failed";
}
function committed(verdict) {
  return verdict.outcome === "succeeded" || verdict.outcome === "partial";
}
function conclusionOf(outcome, acceptPartial) {
  switch (outcome) {
    case "succeeded":
      return "success";
    case "partial":
      return acceptPartial ? "neutral" : "failure";
    case "canceled":
      return "cancelled";
    case "running":
      return "timed_out";
    default:
      return "failure";
  }
}
var OPERATIONS = {
  deploy: "Deploy",
  validate: "Validation",
  "quick-deploy": "Quick deploy",
  report: "Deploy",
  cancel: "Deploy"
};
function buildVerdict(input) {
  const { result: result2 } = input;
  const outcome = outcomeOf(result2);
  const byId = input.mode === "report" || input.mode === "cancel";
  const operation = byId && result2.checkOnly ? "Validation" : OPERATIONS[input.mode];
  const expires = result2.checkOnly && outcome === "succeeded" && result2.completedDate ? new Date(result2.completedDate.getTime() + QUICK_DEPLOY_WINDOW_MS) : void 0;
  return {
    mode: input.mode,
    operation,
    outcome,
    status: result2.status,
    success: result2.success,
    done: result2.done,
    checkOnly: result2.checkOnly,
    deployId: result2.id,
    ...input.validationId ? { validationId: input.validationId } : {},
    orgLabel: input.orgLabel,
    apiVersion: input.apiVersion,
    deployUrl: deployStatusUrl(input.instanceUrl, result2.id),
    ...result2.createdDate ? { createdDate: result2.createdDate } : {},
    ...result2.startDate ? { startDate: result2.startDate } : {},
    ...result2.completedDate ? { completedDate: result2.completedDate } : {},
    ...msBetween("queuedMs", result2.createdDate, result2.startDate),
    ...msBetween("runMs", result2.startDate, result2.completedDate),
    ...expires ? { validationExpiresAt: expires } : {},
    ...input.mode === "cancel" && outcome !== "canceled" && outcome !== "running" ? { nothingCanceled: true } : {},
    ...input.keptDeploy && !committed({ outcome }) ? { keptDeploy: input.keptDeploy } : {}
  };
}
function msBetween(key2, from, to) {
  if (!from || !to) return {};
  return { [key2]: Math.max(0, to.getTime() - from.getTime()) };
}
function explainFailure(result2, verdict, components2, tests, coverage) {
  if (verdict.outcome === "succeeded") return [];
  if (verdict.outcome === "running") {
    return [
      `The deploy is still running in the org (status ${result2.status}). Report on it later by id ${result2.id}.`
    ];
  }
  if (verdict.outcome === "canceled") {
    return [
      `The deploy was canceled${result2.canceledByName ? ` by ${result2.canceledByName}` : ""}.`
    ];
  }
  const reasons = [];
  if (result2.errorMessage)
    reasons.push(
      `Deploy error${result2.errorStatusCode ? ` ${result2.errorStatusCode}` : ""}: ${result2.errorMessage}`
    );
  if (components2.errors.length > 0)
    reasons.push(`${plural(components2.errors.length, "component error")}.`);
  if (tests.failed > 0) {
    const first = tests.failures[0];
    reasons.push(
      `${plural(tests.failed, "test failure")}${first ? `, first: ${testName(first)}` : ""}.`
    );
  }
  if (coverage.warnings.length > 0) reasons.push("Code coverage below the required level.");
  if (components2.warnings.length > 0 && !result2.ignoreWarnings && result2.status === "Failed") {
    reasons.push(
      `${plural(components2.warnings.length, "component warning")} failed the deploy because ignoreWarnings is false.`
    );
  }
  if (reasons.length === 0) {
    reasons.push(
      `Salesforce reported ${result2.status} without details (success=${String(result2.success)}, done=${String(result2.done)}, component errors ${result2.numberComponentErrors}, test errors ${result2.numberTestErrors}).`
    );
  }
  return reasons;
}
var THRESHOLD_REASON = "Coverage below the configured threshold of";
function thresholdReasons(coverage) {
  const t = coverage.threshold;
  if (!t || t.passed) return [];
  const parts = [];
  if (t.aggregateBelow && coverage.aggregate)
    parts.push(`aggregate ${coverage.aggregate.percent} %`);
  const names = t.classesBelow.map((e) => `${e.name} ${e.percent ?? 0} %`);
  if (names.length > 0)
    parts.push(
      `deployed classes and triggers below it (${names.length}): ${names.slice(0, 20).join(", ")}${names.length > 20 ? ", \u2026" : ""}`
    );
  return [`${THRESHOLD_REASON} ${t.threshold} %: ${parts.join("; ")}.`];
}
function thresholdNotes(coverage) {
  const t = coverage.threshold;
  if (!t || t.evaluated) return [];
  return [`Coverage threshold ${t.threshold} % not evaluated: ${t.reason ?? "no data"}.`];
}

// src/deploy/outcome-outputs.ts
function outcomeOutputs(outcome, verdict) {
  const result2 = outcome.result ?? outcome.timedOut?.last;
  const tests = result2?.details?.runTestResult;
  const out = {
    status: outcome.nothingToDeploy ? "NothingToDeploy" : outcome.submitted ? "Submitted" : result2?.status ?? "Unknown",
    success: String(verdict.success)
  };
  if (outcome.deployId) out["deploy-id"] = outcome.deployId;
  if (result2) {
    const counts = componentCounts(result2);
    out["components-total"] = String(counts.total);
    out["components-deleted"] = String(counts.deletions);
    const kept = result2.done && committed({ outcome: outcomeOf(result2) });
    out["components-deployed"] = kept ? String(counts.deployed) : String(outcome.keptDeploy?.deployed ?? 0);
    out["component-errors"] = String(result2.numberComponentErrors);
    out["tests-run"] = String(
      tests?.numTestsRun ?? result2.numberTestsCompleted + result2.numberTestErrors
    );
    out["tests-failed"] = String(tests?.numFailures ?? result2.numberTestErrors);
  }
  if (outcome.mode === "validate" && verdict.success && outcome.deployId)
    out["validated-id"] = outcome.deployId;
  if (outcome.mode === "quick-deploy" && outcome.deployId) out["quick-deploy-id"] = outcome.deployId;
  return out;
}

// src/source/fs-project-api-version.ts
import { readFile as readFile2 } from "node:fs/promises";
import path5 from "node:path";
async function readProjectApiVersion(projectDir) {
  let text2;
  try {
    text2 = await readFile2(path5.join(projectDir, "sfdx-project.json"), "utf8");
  } catch (error) {
    const code = error.code;
    return {
      missing: code === "ENOENT" || code === "ENOTDIR" ? "the workspace has no sfdx-project.json" : `sfdx-project.json could not be read (${code ?? String(error)})`
    };
  }
  let json;
  try {
    json = parseJson(text2, "sfdx-project.json");
  } catch {
    return { missing: "sfdx-project.json is not valid JSON" };
  }
  const version = json?.sourceApiVersion;
  if (typeof version === "string" && /^\d{2,3}\.0$/.test(version)) return { version };
  return { missing: "sfdx-project.json sets no sourceApiVersion" };
}

// src/deploy/follow-api-version.ts
function chooseFollowVersion(input, project) {
  if (input) return { wanted: input, source: "input" };
  if (project?.version) return { wanted: project.version, source: "project" };
  return {
    source: "org-max",
    missing: project?.missing ?? "no SFDX project (sfdx-project.json) to take it from"
  };
}
async function followVersion(settings) {
  if (settings.apiVersion) return chooseFollowVersion(settings.apiVersion, void 0);
  const source = settings.packageSource;
  const project = source?.kind === "source" ? await readProjectApiVersion(source.projectDir) : void 0;
  return chooseFollowVersion(void 0, project);
}
function followVersionNote(subject, used, choice) {
  const unrecorded = "the org does not record which API version a deploy was made with";
  if (choice.source === "input" && choice.wanted === used) return void 0;
  if (choice.source === "project" && choice.wanted === used)
    return `${subject} at API ${used}, the project's sourceApiVersion; ${unrecorded}.`;
  const why = choice.source === "org-max" ? choice.missing ?? "" : `${choice.wanted ?? ""} is newer than the org supports`;
  return `${subject} at API ${used}, the org's maximum (${why}); ${unrecorded}, so it may have been made at another version.`;
}

// src/deploy/request-cancel.ts
async function requestCancel(cancel) {
  try {
    const result2 = await cancel();
    return { done: result2.done };
  } catch (error) {
    if (error instanceof ApiError && /INVALID_ID_FIELD/.test(error.code))
      return { done: false, refused: error.message };
    throw error;
  }
}

// src/deploy/poll-schedule.ts
var FIRST_POLL_MS = 1e3;
var AFTER_CHANGE_MS = 2e3;
var GROWTH = 1.5;
var JITTER = 0.1;
function nextPollDelay(previousMs, statusChanged, maxMs, random) {
  const base = previousMs === void 0 ? FIRST_POLL_MS : statusChanged ? AFTER_CHANGE_MS : Math.min(maxMs, previousMs * GROWTH);
  const jitter = 1 + (random() * 2 - 1) * JITTER;
  return Math.round(Math.min(maxMs, base) * jitter);
}
function transientRetryDelay(consecutiveErrors) {
  return Math.min(3e4, 1e3 * 2 ** Math.max(0, consecutiveErrors - 1));
}

// src/deploy/progress.ts
function formatProgress(result2) {
  const parts = [result2.status || "Unknown"];
  const verb = result2.checkOnly ? "validated" : "deployed";
  if (result2.numberComponentsTotal > 0) {
    const counts = result2.details ? componentCounts(result2) : void 0;
    const errors = result2.numberComponentErrors > 0 ? ` (${plural(result2.numberComponentErrors, "error")})` : "";
    const deletions = counts && counts.deletions > 0 ? `, ${plural(counts.deletions, "deletion")}` : "";
    const ratio = `${counts?.deployed ?? result2.numberComponentsDeployed}/${counts?.total ?? result2.numberComponentsTotal}`;
    parts.push(
      finishedUncommitted(result2) ? (
        // The org's counter says how many it processed; none of them was kept.
        `components ${result2.checkOnly ? "not validated" : "rolled back, nothing deployed"} (${ratio} processed${deletions}${errors})`
      ) : `components ${ratio} ${verb}${deletions}${errors}`
    );
  }
  if (result2.numberTestsTotal > 0) {
    const done = result2.numberTestsCompleted + result2.numberTestErrors;
    const failed = result2.numberTestErrors > 0 ? ` (${result2.numberTestErrors} failed)` : "";
    parts.push(`tests ${done}/${result2.numberTestsTotal}${failed}`);
  }
  if (result2.stateDetail && !result2.done) parts.push(result2.stateDetail);
  return parts.join(" \xB7 ");
}
function finishedUncommitted(result2) {
  return result2.done && !committed({ outcome: outcomeOf(result2) });
}

// src/deploy/wait-for-deploy.ts
var DETAILS_MIN_INTERVAL_MS = 3e4;
var HEARTBEAT_MS = 6e4;
async function waitForDeploy(id, ports, options) {
  const started = ports.clock.now();
  const poller = new Poller(id, ports, options);
  let delay;
  let last;
  let polled = false;
  for (; ; ) {
    const changed = last !== void 0 && poller.statusChanged;
    delay = nextPollDelay(delay, changed, options.maxIntervalMs, options.random);
    const remaining = started + options.waitMs - ports.clock.now();
    if (remaining <= 0 && polled) {
      if (last === void 0) throw unreadStatus(id, poller.lastError, options);
      return { kind: "timed-out", last };
    }
    await ports.clock.sleep(Math.max(0, Math.min(delay, remaining)));
    polled = true;
    const status = await poller.poll(started + options.waitMs);
    if (status === void 0) continue;
    last = status;
    if (status.done) {
      const final = await readFinal(id, ports, options);
      if (final.done) {
        poller.logFinal(final);
        return { kind: "done", result: final };
      }
      poller.noteNotDoneYet(status, final);
      last = final;
      continue;
    }
    await poller.reportNewFailures(status);
  }
}
async function readFinal(id, ports, options) {
  let result2 = await withRetries(() => ports.api.checkDeployStatus(id, true), ports, options);
  for (let attempt = 1; attempt <= 3 && coverageLinesMissing(result2); attempt++) {
    ports.logger.debug(`coverage lines not ready yet; reading details again (${attempt}/3)`);
    await ports.clock.sleep(3e3);
    result2 = await withRetries(() => ports.api.checkDeployStatus(id, true), ports, options);
  }
  return result2;
}
function coverageLinesMissing(result2) {
  const coverage = result2.details?.runTestResult?.coverage ?? [];
  return coverage.some((c) => c.numLocationsNotCovered > 0 && c.linesNotCovered.length === 0);
}
async function withRetries(call, ports, options, what) {
  const started = ports.clock.now();
  const named = (text2) => what ? `${what}: ${text2}` : text2;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof TransientError)) throw error;
      if (ports.clock.now() - started >= options.maxErrorStreakMs) {
        if (!what) throw streakError(error, options);
        const minutes = Math.round(options.maxErrorStreakMs / 6e4);
        throw new ActionError(
          named(`the org kept failing for ${minutes} minutes (${error.message}).`)
        );
      }
      if (attempt === 1) ports.logger.warning(named(`${error.message}; retrying`));
      const left = options.maxErrorStreakMs - (ports.clock.now() - started);
      await ports.clock.sleep(
        Math.max(0, Math.min(Math.max(transientRetryDelay(attempt), error.retryAfterMs ?? 0), left))
      );
    }
  }
}
function unreadStatus(id, error, options) {
  const limit = Math.round(options.waitMs / 6e4);
  return new ActionError(
    `The status of deploy ${id} could not be read before the ${limit}-minute wait limit ended${error ? ` (${error.message})` : ""}.`
  );
}
function streakError(error, options) {
  const minutes = Math.round(options.maxErrorStreakMs / 6e4);
  return new ActionError(
    `The org kept failing for ${minutes} minutes (${error.message}); giving up polling.`
  );
}
var Poller = class {
  lastLine = "";
  lastLineAt = 0;
  lastStatus = "";
  statusChanged = false;
  errorStreakStart;
  errorsSeen = 0;
  lastDetailsAt = -Infinity;
  /** The last transient error of a status read, for the message when no read succeeded. */
  lastError;
  id;
  ports;
  options;
  constructor(id, ports, options) {
    this.id = id;
    this.ports = ports;
    this.options = options;
  }
  /** One light status call; undefined after a transient error that is retried later. */
  async poll(deadline) {
    try {
      const status = await this.ports.api.checkDeployStatus(this.id, false);
      this.endStreak();
      this.statusChanged = status.status !== this.lastStatus;
      this.lastStatus = status.status;
      if (!status.done) this.logProgress(status);
      return status;
    } catch (error) {
      if (!(error instanceof TransientError)) throw error;
      this.lastError = error;
      await this.onTransient(error, deadline);
      return void 0;
    }
  }
  async onTransient(error, deadline) {
    const now = this.ports.clock.now();
    if (this.errorStreakStart === void 0) {
      this.errorStreakStart = now;
      this.ports.logger.warning(`${error.message}; will keep polling`);
    }
    this.errorsSeen++;
    if (now - this.errorStreakStart >= this.options.maxErrorStreakMs)
      throw streakError(error, this.options);
    const pause = Math.max(transientRetryDelay(this.errorsSeen), error.retryAfterMs ?? 0);
    await this.ports.clock.sleep(Math.max(0, Math.min(pause, deadline - now)));
  }
  flipLogged = false;
  /** Logs (once) that the light poll said done but the detailed read did not; polling goes on. */
  noteNotDoneYet(light, detailed) {
    this.lastStatus = detailed.status;
    if (this.flipLogged) return;
    this.flipLogged = true;
    this.ports.logger.info(
      `The status poll says ${light.status} but the detailed read still says ${detailed.status}; polling on.`
    );
  }
  endStreak() {
    if (this.errorStreakStart !== void 0) this.ports.logger.info("The org answers again.");
    this.errorStreakStart = void 0;
    this.errorsSeen = 0;
  }
  /** The closing progress line, from the detailed final result. */
  logFinal(result2) {
    this.ports.logger.info(formatProgress(result2));
  }
  logProgress(status) {
    const line = formatProgress(status);
    const now = this.ports.clock.now();
    if (line !== this.lastLine || now - this.lastLineAt >= HEARTBEAT_MS) {
      this.ports.logger.info(line);
      this.lastLine = line;
      this.lastLineAt = now;
    }
  }
  errorCount = 0;
  loggedFailures = 0;
  /** When the error counters grow, one detailed call logs the new failures early. */
  async reportNewFailures(status) {
    const count = status.numberComponentErrors + status.numberTestErrors;
    const now = this.ports.clock.now();
    if (count <= this.errorCount || now - this.lastDetailsAt < DETAILS_MIN_INTERVAL_MS) return;
    this.lastDetailsAt = now;
    try {
      const detailed = await this.ports.api.checkDeployStatus(this.id, true);
      const failures = detailed.details?.componentFailures ?? [];
      for (const f of failures.slice(this.loggedFailures)) {
        this.ports.logger.info(`  \u2717 ${f.componentType} ${f.fullName}: ${f.problem ?? "failed"}`);
      }
      this.loggedFailures = Math.max(this.loggedFailures, failures.length);
      this.errorCount = count;
    } catch (error) {
      if (!(error instanceof TransientError)) throw error;
    }
  }
};

// src/deploy/wait-options.ts
var MAX_ERROR_STREAK_MS = 10 * 6e4;
function waitOptionsFrom(settings, random) {
  return {
    waitMs: settings.waitMinutes * 6e4,
    maxIntervalMs: settings.pollIntervalMaxSeconds * 1e3,
    maxErrorStreakMs: MAX_ERROR_STREAK_MS,
    random
  };
}

// src/deploy/follow-deploy.ts
async function followDeploy(id, session, settings, ports, base) {
  if (settings.waitMinutes === 0 && settings.mode !== "report" && !base.cancel?.refused)
    return { ...base, deployId: id, submitted: true };
  const options = waitOptionsFrom(settings, ports.random);
  const polling = { api: session.api, clock: ports.clock, logger: ports.logger };
  const wait = await waitForDeploy(id, polling, options);
  if (wait.kind === "done") return { ...base, deployId: id, result: wait.result };
  if (!settings.cancelOnTimeout || base.cancel)
    return { ...base, deployId: id, timedOut: { ...wait.last ? { last: wait.last } : {} } };
  return cancelAtWaitLimit(id, polling, options, base, wait.last);
}
async function cancelAtWaitLimit(id, polling, options, base, last) {
  const answer = await requestCancel(
    () => withRetries(() => polling.api.cancelDeploy(id), polling, options)
  );
  const now = await waitForDeploy(id, polling, { ...options, waitMs: 0 });
  const outcome = {
    ...base,
    deployId: id,
    cancel: answer.refused ? { refused: answer.refused } : {},
    notes: [
      ...base.notes,
      waitLimitCancelNote(answer, now.kind === "done" ? now.result : void 0)
    ]
  };
  if (now.kind === "done") return { ...outcome, result: now.result };
  const seen = now.last ?? last;
  return { ...outcome, timedOut: seen ? { last: seen } : {} };
}
function waitLimitCancelNote(answer, ended) {
  if (ended?.status === "Canceled")
    return "The wait limit was reached; cancel-on-timeout canceled the deploy.";
  if (ended)
    return `The wait limit was reached as the deploy ended (${ended.status}): it was not canceled${answer.refused ? ` (${answer.refused})` : ""}.`;
  return answer.refused ? `The wait limit was reached; the org refused cancel-on-timeout's cancellation (${answer.refused}), so the deploy continues in the org.` : "The wait limit was reached; cancel-on-timeout asked the org to cancel the deploy, and the org is canceling it.";
}
function sessionBase(settings, session, notes) {
  return {
    mode: settings.mode,
    notes: [...notes, ...session.notes],
    instanceUrl: session.connection.instanceUrl,
    ...session.connection.orgId ? { orgId: session.connection.orgId } : {},
    apiVersion: session.apiVersion
  };
}

// src/deploy/submit.ts
var MAX_SUBMIT_ATTEMPTS = 4;
function submitStep(what, error, attempt, check) {
  if (!error.safeToRepeat) {
    if (!error.mayHaveCreated) return { kind: "stop", message: unsureMessage(what, error.message) };
    if (!check) return { kind: "check" };
    if ("failed" in check)
      return {
        kind: "stop",
        message: unsureMessage(
          what,
          `${error.message}; asking the org which deploys it created failed: ${check.failed}`
        )
      };
    if (check.found.length > 0)
      return { kind: "stop", message: candidatesMessage(what, error.message, check.found) };
  }
  if (attempt >= MAX_SUBMIT_ATTEMPTS) {
    const hint = error.code === "REQUEST_LIMIT_EXCEEDED" ? " The org has used up its API request limit; run again later." : " Run again later.";
    return { kind: "stop", message: `${what} failed ${attempt} times: ${error.message}.${hint}` };
  }
  return { kind: "repeat" };
}
function unsureMessage(what, reason) {
  return `${what} may or may not have reached the org (${reason}). Check Setup > Deployment Status before running again, so the deploy is not started twice.`;
}
function candidatesMessage(what, reason, found) {
  const listed2 = found.map((d) => `${d.id} (${d.status}, created ${d.createdDate})`).join(", ");
  const first = found[0];
  if (found.length === 1 && first)
    return `${what} failed (${reason}), and the org holds a deploy created since it was sent: ${listed2}. It was not sent again, so nothing is deployed twice. It may be this run's deploy, or one that another job signed in as the same user started: follow it with mode: report and deploy-id: ${first.id} (CLI: report --deploy-id ${first.id}), or check Setup > Deployment Status.`;
  return `${what} failed (${reason}), and the org holds ${found.length} deploys created since it was sent: ${listed2}. It was not sent again, so nothing is deployed twice. One may be this run's deploy, the others started by another job signed in as the same user: check Setup > Deployment Status, and follow the right one with mode: report and deploy-id: <id> (CLI: report --deploy-id <id>).`;
}
async function submitOnce(what, call, ports, findCreated) {
  const startedAt = ports.clock.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof TransientError)) throw error;
      let step = submitStep(what, error, attempt);
      if (step.kind === "check") {
        await ports.clock.sleep(transientRetryDelay(attempt + 1));
        step = submitStep(what, error, attempt, await askOrg(findCreated, startedAt));
        if (step.kind === "repeat") {
          ports.logger.warning(
            `${what}: ${error.message}; the org holds no deploy from it, trying again`
          );
          continue;
        }
      }
      if (step.kind === "stop") throw new ActionError(step.message);
      ports.logger.warning(`${what}: ${error.message}; trying again`);
      await ports.clock.sleep(transientRetryDelay(attempt + 1));
    }
  }
}
async function askOrg(findCreated, sinceMs) {
  if (!findCreated) return { failed: "no Tooling API access in this session" };
  try {
    return { found: await findCreated(sinceMs) };
  } catch (error) {
    return { failed: error instanceof Error ? error.message : String(error) };
  }
}

// src/deploy/created-deploys.ts
var CLOCK_SKEW_MARGIN_MS = 6e4;
var SALESFORCE_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
function createdDeploysQuery(input) {
  const since = new Date(Math.floor((input.sinceMs - CLOCK_SKEW_MARGIN_MS) / 1e3) * 1e3).toISOString().replace(".000Z", "Z");
  const filters = [
    ...input.userId && SALESFORCE_ID.test(input.userId) ? [`CreatedById = '${input.userId}'`] : [],
    `CheckOnly = ${String(input.checkOnly)}`,
    `CreatedDate >= ${since}`
  ];
  return `SELECT Id, Status, CreatedDate FROM DeployRequest WHERE ${filters.join(" AND ")} ORDER BY CreatedDate DESC`;
}
function toCreatedDeploys(rows) {
  return rows.filter((row) => typeof row.Id === "string").map((row) => ({
    id: row.Id,
    status: typeof row.Status === "string" ? row.Status : "unknown",
    createdDate: typeof row.CreatedDate === "string" ? row.CreatedDate : ""
  }));
}
function createdDeploysLookup(session, checkOnly, known = /* @__PURE__ */ new Set()) {
  const caller = session.caller;
  if (!caller) return void 0;
  return async (sinceMs) => {
    const rest = createSalesforceRest(caller, session.apiVersion);
    const soql = createdDeploysQuery({ sinceMs, checkOnly, userId: caller.connection.userId });
    const found = toCreatedDeploys(await rest.queryAll(soql, { tooling: true }));
    return withoutKnown(found, known);
  };
}
function withoutKnown(found, known) {
  if (known.size === 0) return found;
  const ours = new Set([...known].map((id) => id.slice(0, 15)));
  return found.filter((d) => !ours.has(d.id.slice(0, 15)));
}

// src/deploy/quick-deploy.ts
var QuickDeployRefusedError = class extends ActionError {
  name = "QuickDeployRefusedError";
};
async function quickDeployOperation(settings, ports) {
  const id = settings.validationId ?? "";
  const version = await followVersion(settings);
  const session = await ports.connect(settings.api, version.wanted);
  const note = followVersionNote(`Validation ${id} is quick-deployed`, session.apiVersion, version);
  if (note) ports.logger.info(note);
  const pkg = await packageForBackup(settings, ports);
  return quickDeployValidation(id, session, settings, ports, note ? [note] : [], pkg);
}
async function packageForBackup(settings, ports) {
  if (!ports.backup || !settings.packageSource || settings.retrieve.backup === "off")
    return void 0;
  try {
    return await ports.buildPackage(settings);
  } catch (error) {
    ports.logger.warning(
      `No backup before the quick deploy: the workspace package could not be built (${error instanceof Error ? error.message.split("\n")[0] : String(error)}).`
    );
    return void 0;
  }
}
async function quickDeployValidation(validationId, session, settings, ports, notes, pkg) {
  const polling = { api: session.api, clock: ports.clock, logger: ports.logger };
  const validation = await withRetries(
    () => session.api.checkDeployStatus(validationId, false),
    polling,
    waitOptionsFrom(settings, ports.random)
  ).catch((error) => {
    throw explainLookup(error, validationId);
  });
  const problems = quickDeployProblems(validation, ports.clock.now());
  if (problems.length > 0) {
    throw new QuickDeployRefusedError(
      `Validation ${validationId} cannot be quick-deployed: ${problems.join("; ")}.`
    );
  }
  if (validation.numberTestsTotal === 0) {
    ports.logger.warning(
      `Validation ${validationId} ran no tests; production orgs refuse to quick-deploy such validations.`
    );
  }
  const backup = pkg ? await ports.backup?.(pkg, session) : void 0;
  const id = await submitOnce(
    "The quick deploy request",
    () => session.api.deployRecentValidation(validationId),
    ports,
    // A quick deploy is a deploy (CheckOnly false) of its own, with a new id.
    createdDeploysLookup(session, false)
  ).catch((error) => {
    throw explainRefusal(error, validationId);
  });
  ports.onDeployId(id);
  ports.logger.info(`Quick deploy of validation ${validationId} started: ${id}`);
  const base = sessionBase(settings, session, [...notes, ...backup?.notes ?? []]);
  return followDeploy(id, session, settings, ports, {
    ...base,
    validationId,
    // The package matched by content: the deploy receipt hashes its components.
    ...pkg ? { package: pkg } : {},
    ...backup ? { extraSections: backup.sections } : {}
  });
}
function explainLookup(error, id) {
  if (isNoSuchDeploy(error)) {
    return new QuickDeployRefusedError(
      `Validation ${id} was not found in this org (${error.code}). Check validation-id and that the credentials are for the org that ran it.`
    );
  }
  return error;
}
function explainRefusal(error, id) {
  if (error instanceof ApiError && (/INVALID_ID_FIELD/.test(error.code) || error.status === 404)) {
    return new QuickDeployRefusedError(
      `Quick deploy of ${id} refused: ${error.message}. ${ORG_REFUSAL_HINT}`
    );
  }
  return error;
}

// src/drift/drift-step.ts
import path6 from "node:path";

// src/metadata-api/soap/crud-envelopes.ts
var METADATA_NS = "http://soap.sforce.com/2006/04/metadata";
var el = (name, value) => `<met:${name}>${escapeXml2(value)}</met:${name}>`;
function recordElement(name, record) {
  return `<met:${name} xmlns="${METADATA_NS}" xsi:type="${escapeXml2(record.type)}">${record.innerXml}</met:${name}>`;
}
function upsertMetadataBody(records) {
  return `<met:upsertMetadata>${records.map((r) => recordElement("metadata", r)).join("")}</met:upsertMetadata>`;
}
function deleteMetadataBody(type, fullNames) {
  return `<met:deleteMetadata>${el("type", type)}${fullNames.map((n) => el("fullNames", n)).join("")}</met:deleteMetadata>`;
}
function readMetadataBody(type, fullNames) {
  return `<met:readMetadata>${el("type", type)}${fullNames.map((n) => el("fullNames", n)).join("")}</met:readMetadata>`;
}
function renameMetadataBody(type, oldFullName, newFullName) {
  return `<met:renameMetadata>${el("type", type)}${el("oldFullName", oldFullName)}${el("newFullName", newFullName)}</met:renameMetadata>`;
}

// src/metadata-api/soap/crud-client.ts
var CRUD_BATCH_LIMIT = 10;
function createSoapCrudApi(caller, apiVersion) {
  const call = soapCaller(caller, apiVersion);
  return {
    async upsert(records) {
      return listOf(await call("upsertMetadata", upsertMetadataBody(records))).map(
        (r) => crudResult(r, true)
      );
    },
    async delete(type, fullNames) {
      return listOf(
        await call("deleteMetadata", deleteMetadataBody(type, fullNames))
      ).map((r) => crudResult(r, false));
    },
    async rename(type, oldFullName, newFullName) {
      const results = listOf(
        await call("renameMetadata", renameMetadataBody(type, oldFullName, newFullName))
      );
      return crudResult(results[0], false);
    },
    async read(type, fullNames) {
      const result2 = await call("readMetadata", readMetadataBody(type, fullNames));
      const records = listOf(result2?.records);
      return records.flatMap((r) => readRecord(r, type));
    }
  };
}
function listOf(value) {
  if (value === void 0 || value === null || value === "") return [];
  return Array.isArray(value) ? value : [value];
}
function crudResult(value, upsert) {
  const r = value ?? {};
  return {
    fullName: text(r.fullName) ?? "",
    success: bool(r.success),
    ...upsert ? { created: bool(r.created) } : {},
    errors: listOf(r.errors).map((e) => {
      const error = e ?? {};
      return {
        statusCode: text(error.statusCode) ?? "UNKNOWN",
        message: text(error.message) ?? "",
        fields: listOf(error.fields).map((f) => text(f) ?? "")
      };
    })
  };
}
function readRecord(value, type) {
  if (!value || typeof value !== "object") return [];
  const fields = withoutAttributes(value);
  const fullName = typeof fields.fullName === "string" ? fields.fullName : void 0;
  if (!fullName) return [];
  const declared = value["@_type"];
  return [
    { type: typeof declared === "string" ? declared.replace(/^\w+:/, "") : type, fullName, fields }
  ];
}
function withoutAttributes(value) {
  if (Array.isArray(value)) return value.map(withoutAttributes);
  if (value && typeof value === "object") {
    const out = {};
    for (const [key2, item] of Object.entries(value)) {
      if (key2.startsWith("@_")) continue;
      out[key2] = withoutAttributes(item);
    }
    const keys = Object.keys(out);
    if (keys.length === 1 && keys[0] === "#text") return out["#text"];
    return out;
  }
  return typeof value === "string" ? value.trim() : value;
}

// src/metadata-api/normalize-retrieve.ts
var STATUSES = ["Pending", "InProgress", "Succeeded", "Failed"];
var NO_ID = /^0{15}(A{3})?$/;
function normalizeRetrieveResult(raw) {
  const r = raw && typeof raw === "object" ? raw : {};
  const status = normalizeStatus(text(r.status));
  const zipText = nonEmpty(r.zipFile);
  const errorMessage = nonEmpty(r.errorMessage);
  const errorStatusCode = nonEmpty(r.errorStatusCode);
  return {
    id: text(r.id) ?? "",
    done: bool(r.done, status === "Succeeded" || status === "Failed"),
    status,
    success: bool(r.success),
    ...errorMessage ? { errorMessage } : {},
    ...errorStatusCode ? { errorStatusCode } : {},
    fileProperties: ensureArray(r.fileProperties).map(normalizeFileProperties),
    messages: ensureArray(r.messages).map((m) => ({
      fileName: text(m.fileName) ?? "",
      problem: text(m.problem) ?? ""
    })),
    ...zipText ? { zip: new Uint8Array(Buffer.from(zipText.replace(/\s+/g, ""), "base64")) } : {}
  };
}
function normalizeStatus(value) {
  const squeezed = (value ?? "").replace(/\s+/g, "");
  return STATUSES.find((s) => s.toLowerCase() === squeezed.toLowerCase()) ?? "Pending";
}
function normalizeFileProperties(raw) {
  const id = nonEmpty(raw.id);
  const manageableState = nonEmpty(raw.manageableState);
  const namespacePrefix = nonEmpty(raw.namespacePrefix);
  const lastModifiedByName = nonEmpty(raw.lastModifiedByName);
  const lastModifiedDate = date(raw.lastModifiedDate);
  return {
    type: text(raw.type) ?? "",
    fullName: text(raw.fullName) ?? "",
    fileName: text(raw.fileName) ?? "",
    ...id && !NO_ID.test(id) ? { id } : {},
    ...manageableState ? { manageableState } : {},
    ...namespacePrefix ? { namespacePrefix } : {},
    ...lastModifiedByName ? { lastModifiedByName } : {},
    ...lastModifiedDate ? { lastModifiedDate } : {}
  };
}
function normalizeListMetadata(raw) {
  return ensureArray(raw).filter((item) => typeof item === "object").map(normalizeFileProperties);
}

// src/metadata-api/soap/retrieve-envelopes.ts
var el2 = (name, value) => `<met:${name}>${typeof value === "boolean" ? String(value) : escapeXml2(value)}</met:${name}>`;
var byCodeUnit = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function retrieveBody(request) {
  const types = [...request.types.keys()].sort(byCodeUnit).map((name) => {
    const members = [...new Set(request.types.get(name) ?? [])].sort(byCodeUnit);
    return `<met:types>${members.map((m) => el2("members", m)).join("")}${el2("name", name)}</met:types>`;
  });
  return "<met:retrieve><met:retrieveRequest>" + el2("apiVersion", request.apiVersion) + el2("singlePackage", false) + `<met:unpackaged>${types.join("")}${el2("version", request.apiVersion)}</met:unpackaged></met:retrieveRequest></met:retrieve>`;
}
function checkRetrieveStatusBody(id, includeZip) {
  return `<met:checkRetrieveStatus>${el2("asyncProcessId", id)}${el2("includeZip", includeZip)}</met:checkRetrieveStatus>`;
}
function listMetadataBody(query, asOfVersion) {
  return "<met:listMetadata><met:queries>" + (query.folder !== void 0 ? el2("folder", query.folder) : "") + el2("type", query.type) + `</met:queries>${el2("asOfVersion", asOfVersion)}</met:listMetadata>`;
}

// src/metadata-api/soap/retrieve-client.ts
function createSoapRetrieveApi(caller, apiVersion) {
  const call = soapCaller(caller, apiVersion);
  return {
    async retrieve(request) {
      const result2 = await call("retrieve", retrieveBody(request));
      const id = text(result2?.id);
      if (!id) throw new TransientError("retrieve: the response carried no id");
      return id;
    },
    async checkRetrieveStatus(id, includeZip) {
      const result2 = await call(
        "checkRetrieveStatus",
        checkRetrieveStatusBody(id, includeZip)
      );
      return normalizeRetrieveResult(result2);
    },
    async listMetadata(query) {
      return normalizeListMetadata(
        await call("listMetadata", listMetadataBody(query, apiVersion))
      );
    }
  };
}

// src/tooling/fallback-policy.ts
var MAX_TOOLING_FILES = 20;
function isProduction(org) {
  return !org.isSandbox && !org.trialExpirationDate && !/developer edition/i.test(org.organizationType);
}
function describeOrg(org) {
  if (org.isSandbox) return "sandbox";
  if (/developer edition/i.test(org.organizationType)) return "Developer Edition";
  if (org.trialExpirationDate) return "scratch or trial org";
  return `production (${org.organizationType || "unknown edition"})`;
}
function chooseRoute(org, files, checkOnly) {
  if (!checkOnly && isProduction(org)) {
    return {
      api: "refused",
      reason: `check-only: false would save Apex to a ${describeOrg(org)} org, which the Tooling API refuses (Can't alter metadata in an active org). Deploy to production with mode: deploy, or set check-only: true.`
    };
  }
  const reasons = [];
  if (isProduction(org))
    reasons.push(
      `the org is ${describeOrg(org)}; Tooling API compiles are for sandboxes, scratch and Developer Edition orgs`
    );
  const members = files.flatMap(
    (f) => f.kind === "member" ? [{ path: f.path, type: f.type, name: f.name }] : []
  );
  const memberPaths = new Set(members.map((m) => m.path));
  const others = files.filter((f) => f.kind === "other").map((f) => f.path);
  if (others.length > 0)
    reasons.push(
      `${list(others)} ${others.length === 1 ? "is not" : "are not"} an Apex class, trigger, page or component`
    );
  const deleted = files.filter((f) => f.kind === "deleted").map((f) => f.path);
  if (deleted.length > 0)
    reasons.push(
      `${list(deleted)} ${deleted.length === 1 ? "was" : "were"} deleted; containers cannot delete`
    );
  const metaOnly = files.filter(
    (f) => f.kind === "meta-only" && !memberPaths.has(f.path.slice(0, -"-meta.xml".length))
  );
  if (metaOnly.length > 0)
    reasons.push(`only the metadata file changed for ${list(metaOnly.map((f) => f.path))}`);
  if (members.length > MAX_TOOLING_FILES)
    reasons.push(
      `${members.length} files are more than ${MAX_TOOLING_FILES}; a container saves no time there`
    );
  if (members.length === 0 && reasons.length === 0)
    reasons.push("no Apex class, trigger, page or component to compile");
  return reasons.length > 0 ? { api: "metadata-api", reasons } : { api: "tooling", members };
}
function matchEntities(members, entities, namespace) {
  const matched = /* @__PURE__ */ new Map();
  const missing = [];
  for (const m of members) {
    const entity = entities.find(
      (e) => e.type === m.type && e.name.toLowerCase() === m.name.toLowerCase() && (e.namespacePrefix ?? null) === namespace
    );
    if (entity) matched.set(m.path, entity);
    else missing.push(`${m.type} ${m.name}`);
  }
  const reasons = missing.length > 0 ? [
    `${list(missing)} ${missing.length === 1 ? "is" : "are"} new to the org; containers only update existing components`
  ] : [];
  return { matched, reasons };
}
function reasonAfterRequest(status, retried) {
  if (status.state === "Error" && retried)
    return `the Tooling API answered Error twice (${status.errorMsg ?? "no message"})`;
  if (status.state === "Invalidated" && retried)
    return "the Tooling API invalidated the request twice (the container changed or a newer request superseded it)";
  const scheduled = status.failures.find(
    (f) => /schedulable class has jobs pending or in progress/i.test(f.problem)
  );
  if (scheduled)
    return `${scheduled.componentType} ${scheduled.fullName} has scheduled jobs, which block Tooling API saves`;
  return void 0;
}
function shouldRetry(status, retried) {
  return !retried && (status.state === "Error" || status.state === "Invalidated");
}
function list(items) {
  const shown = items.slice(0, 5).join(", ");
  return items.length > 5 ? `${shown} and ${items.length - 5} more` : shown;
}

// src/retrieve/org-kind-client.ts
async function queryIsProduction(caller, apiVersion) {
  const rows = await createSalesforceRest(caller, apiVersion).queryAll(
    "SELECT IsSandbox, OrganizationType, TrialExpirationDate, NamespacePrefix FROM Organization"
  );
  const row = rows[0];
  return row ? isProduction(toOrgFacts(row)) : true;
}

// src/receipt/component-hashes.ts
import { createHash as createHash2 } from "node:crypto";

// src/retrieve/line-diff.ts
function diffLines(a, b, maxEdits = 2e3) {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middle = myers(a.slice(start, endA), b.slice(start, endB), maxEdits);
  if (!middle) return void 0;
  return [
    ...a.slice(0, start).map((text2) => ({ op: " ", text: text2 })),
    ...middle,
    ...a.slice(endA).map((text2) => ({ op: " ", text: text2 }))
  ];
}
function myers(a, b, maxEdits) {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0);
      let x = down ? v[offset + k + 1] ?? 0 : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, offset, d);
    }
  }
  return void 0;
}
function backtrack(trace, a, b, offset, last) {
  const out = [];
  let x = a.length;
  let y = b.length;
  for (let d = last; d > 0; d--) {
    const v = trace[d];
    const k = x - y;
    const down = k === -d || k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0);
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK] ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      out.push({ op: " ", text: a[--x] ?? "" });
      y--;
    }
    if (down) out.push({ op: "+", text: b[--y] ?? "" });
    else out.push({ op: "-", text: a[--x] ?? "" });
  }
  while (x > 0 && y > 0) {
    out.push({ op: " ", text: a[--x] ?? "" });
    y--;
  }
  return out.reverse();
}
function unifiedDiff(before, after, options = {}) {
  const script = diffLines(before, after, options.maxEdits);
  if (!script) return void 0;
  const context = options.context ?? 2;
  const changed = script.map((line, i2) => line.op === " " ? -1 : i2).filter((i2) => i2 >= 0);
  if (changed.length === 0) return [];
  const out = [];
  let i = 0;
  while (i < changed.length) {
    const first = changed[i];
    let last = first;
    while (i + 1 < changed.length && changed[i + 1] - last <= 2 * context + 1)
      last = changed[++i];
    i++;
    const from = Math.max(0, first - context);
    const to = Math.min(script.length - 1, last + context);
    out.push(
      hunkHeader(script, from, to),
      ...script.slice(from, to + 1).map((l) => `${l.op}${l.text}`)
    );
  }
  return out;
}
function hunkHeader(script, from, to) {
  let oldLine = 1;
  let newLine = 1;
  for (const line of script.slice(0, from)) {
    if (line.op !== "+") oldLine++;
    if (line.op !== "-") newLine++;
  }
  const slice = script.slice(from, to + 1);
  const oldCount = slice.filter((l) => l.op !== "+").length;
  const newCount = slice.filter((l) => l.op !== "-").length;
  return `@@ -${oldLine},${oldCount} +${newLine},${newCount} @@`;
}

// src/retrieve/metadata-paths.ts
var BUNDLES = /* @__PURE__ */ new Set(["bundle", "experienceBundle", "digitalExperience"]);
var META = "-meta.xml";
function refKey(ref) {
  return `${ref.type}:${ref.fullName.replace(/\/$/, "")}`;
}
function heldOnlyForChildren(parent, children, listed2) {
  return listed2.size > 0 && !listed2.has(refKey(parent)) && children.some((c) => listed2.has(refKey(c)));
}
function typesByDirectory(registry) {
  const byDir = /* @__PURE__ */ new Map();
  for (const type of registry.types.values()) {
    byDir.set(type.directoryName, [...byDir.get(type.directoryName) ?? [], type]);
  }
  return byDir;
}
var cached;
function directoryIndex(registry) {
  if (cached?.registry !== registry) cached = { registry, byDir: typesByDirectory(registry) };
  return cached.byDir;
}
function componentOfPath(path21, known = /* @__PURE__ */ new Set(), registry = defaultRegistry()) {
  const parts = path21.split("/");
  const dir = parts[0] ?? "";
  const rest = parts.slice(1);
  if (rest.length === 0) return void 0;
  const candidates2 = (directoryIndex(registry).get(dir) ?? []).map((type) => componentFor(type, dir, rest)).filter((c) => c !== void 0);
  return candidates2.find((c) => known.has(refKey(c))) ?? candidates2[0];
}
function componentFor(type, dir, rest) {
  const last = rest[rest.length - 1] ?? "";
  const bare = last.endsWith(META) ? last.slice(0, -META.length) : last;
  if (BUNDLES.has(type.strategy)) {
    const name2 = rest[0] ?? "";
    const fullName = rest.length === 1 ? stripSuffix(bare, type.metaSuffix ?? type.suffix) ?? bare : name2;
    return { type: type.name, fullName, mainFile: `${dir}/${fullName}` };
  }
  if (type.inFolder || type.strategy === "document") {
    const folder = rest.slice(0, -1);
    if (folder.length === 0) {
      if (!last.endsWith(META)) return void 0;
      return { type: type.name, fullName: bare, mainFile: `${dir}/${bare}` };
    }
    const item = type.strategy === "document" ? bare : stripSuffix(bare, type.suffix);
    if (item === void 0) return void 0;
    return {
      type: type.name,
      fullName: [...folder, item].join("/"),
      mainFile: `${dir}/${[...folder, bare].join("/")}`
    };
  }
  if (rest.length !== 1) return void 0;
  const name = stripSuffix(bare, type.suffix);
  if (name === void 0) return void 0;
  return { type: type.name, fullName: name, mainFile: `${dir}/${bare}` };
}
function stripSuffix(name, suffix) {
  if (!suffix) return name.replace(/\.[^.]*$/, "");
  return name.endsWith(`.${suffix}`) ? name.slice(0, -(suffix.length + 1)) : void 0;
}
function groupByComponent(paths, known = /* @__PURE__ */ new Set()) {
  const components2 = /* @__PURE__ */ new Map();
  const unowned = [];
  for (const path21 of paths) {
    if (isManifestPath(path21)) continue;
    const component = componentOfPath(path21, known);
    if (!component) {
      unowned.push(path21);
      continue;
    }
    const key2 = refKey(component);
    const entry = components2.get(key2) ?? { ...component, files: [] };
    entry.files.push(path21);
    components2.set(key2, entry);
  }
  return { components: components2, unowned };
}
function isManifestPath(path21) {
  return /^(package|destructiveChanges(Pre|Post)?)\.xml$/.test(path21);
}
function childTypesOf(typeName, registry = defaultRegistry()) {
  return (registry.types.get(typeName)?.children ?? []).filter((c) => c.addressable).map((c) => ({
    tag: c.tag,
    type: c.name,
    key: c.uniqueIdElement,
    prefixed: !c.ignoreParentName
  }));
}
function parentTypeOf(typeName, registry = defaultRegistry()) {
  return registry.children.get(typeName)?.parent;
}
function folderTypeOf(typeName, registry = defaultRegistry()) {
  return registry.types.get(typeName)?.inFolder?.folderType;
}

// src/retrieve/xml-canonical.ts
var INDENT = "  ";
var KEY_ELEMENTS = [
  "fullName",
  "name",
  "apexClass",
  "field",
  "object",
  "layout",
  "tab",
  "application",
  "recordType"
];
var ORDERED_ROOT_ENTRIES = /* @__PURE__ */ new Set(["customValue", "standardValue"]);
function canonicalXml(text2, without = /* @__PURE__ */ new Set()) {
  const root = tryParseXml(text2);
  if (!root) return void 0;
  const kept = without.size === 0 ? root : {
    ...root,
    children: root.children.filter((n) => n.kind !== "element" || !without.has(n.name))
  };
  const out = [];
  writeElement(kept, 0, true, out);
  return out;
}
function tryParseXml(text2) {
  try {
    return parseXml(text2, "file");
  } catch {
    return void 0;
  }
}
function canonicalElement(el3) {
  const out = [];
  writeElement(el3, 0, false, out);
  return out;
}
function writeElement(el3, level, isRoot, out) {
  const indent = INDENT.repeat(level);
  const attrs2 = el3.attrs.filter((a) => !(isRoot && a.name.startsWith("xmlns"))).map((a) => ` ${a.name}="${a.value}"`).sort().join("");
  const children = el3.children.filter((n) => n.kind === "element");
  const text2 = textContent(el3.children);
  if (children.length === 0) {
    out.push(`${indent}<${el3.name}${attrs2}>${text2}</${el3.name}>`);
    return;
  }
  out.push(`${indent}<${el3.name}${attrs2}>`);
  if (text2 !== "") out.push(`${indent}${INDENT}${text2}`);
  for (const child of orderChildren(children, isRoot)) writeElement(child, level + 1, false, out);
  out.push(`${indent}</${el3.name}>`);
}
function orderChildren(children, isRoot) {
  const indexed = children.map((el3, index) => ({
    el: el3,
    index,
    key: isRoot && !ORDERED_ROOT_ENTRIES.has(el3.name) ? entryKey(el3) : ""
  }));
  indexed.sort(
    (a, b) => compare(a.el.name, b.el.name) || compare(a.key, b.key) || a.index - b.index
  );
  return indexed.map((i) => i.el);
}
function entryKey(el3, keyElements = KEY_ELEMENTS) {
  for (const name of keyElements) {
    const child = el3.children.find((n) => n.kind === "element" && n.name === name);
    if (child) return textContent(child.children);
  }
  return "";
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/retrieve/compare.ts
var CONTEXT = 2;
function compareWithOrg(input) {
  const known = new Set([...input.members, ...input.deletions ?? []].map(refKey));
  const pkg = groupByComponent(input.packageFiles.keys(), known).components;
  const org = groupByComponent(input.orgFiles.keys(), known).components;
  const changes2 = [];
  for (const component of pkg.values()) {
    const before = org.get(refKey(component));
    changes2.push(...compareComponent(component, before, input, known));
  }
  for (const deletion of input.deletions ?? []) {
    if (input.existing && !input.existing.has(refKey(deletion))) continue;
    changes2.push({ type: deletion.type, fullName: deletion.fullName, state: "deleted", diffs: [] });
  }
  return changes2.sort(byRef);
}
function compareComponent(component, before, input, known) {
  const ref = { type: component.type, fullName: component.fullName };
  const childTypes = childTypesOf(component.type);
  const childTags = new Set(childTypes.map((c) => c.tag));
  const children = childTypes.length > 0 ? compareChildren(component, before !== void 0, input) : [];
  if (heldOnlyForChildren(ref, children, known)) return children;
  if (!before) return [{ ...ref, state: "new", diffs: [] }, ...children];
  const paths = [.../* @__PURE__ */ new Set([...component.files, ...before.files])].sort();
  const diffs2 = [];
  for (const path21 of paths) {
    const diff = compareFile(
      path21,
      input.orgFiles.get(path21),
      input.packageFiles.get(path21),
      path21 === component.mainFile ? childTags : /* @__PURE__ */ new Set()
    );
    if (diff) diffs2.push(diff);
  }
  return [{ ...ref, state: diffs2.length > 0 ? "changed" : "unchanged", diffs: diffs2 }, ...children];
}
function compareChildren(component, parentExists, input) {
  const parentRef = { type: component.type, fullName: component.fullName };
  const after = entriesOf(component, input.packageFiles.get(component.mainFile));
  const before = parentExists ? entriesOf(component, input.orgFiles.get(component.mainFile)) : /* @__PURE__ */ new Map();
  const changes2 = [];
  for (const [key2, entry] of after) {
    const old = before.get(key2);
    const base = { type: entry.type, fullName: entry.fullName, parent: parentRef };
    if (!old) {
      changes2.push({ ...base, state: "new", diffs: [] });
      continue;
    }
    const lines = diffOf(canonicalElement(old.element), canonicalElement(entry.element));
    changes2.push({
      ...base,
      state: lines.kind === "same" ? "unchanged" : "changed",
      diffs: lines.kind === "same" ? [] : [{ path: component.mainFile, ...lines.diff }]
    });
  }
  return changes2;
}
function entriesOf(component, bytes) {
  const entries = /* @__PURE__ */ new Map();
  const root = bytes ? tryParseXml(decodeUtf8(bytes)) : void 0;
  if (!root) return entries;
  for (const child of childTypesOf(component.type)) {
    for (const node of root.children) {
      if (node.kind !== "element" || node.name !== child.tag) continue;
      const name = entryKey(node, [child.key]);
      if (name === "") continue;
      const fullName = child.prefixed ? `${component.fullName}.${name}` : name;
      entries.set(refKey({ type: child.type, fullName }), {
        type: child.type,
        fullName,
        element: node
      });
    }
  }
  return entries;
}
function compareFile(path21, before, after, childTags = /* @__PURE__ */ new Set()) {
  if (isBinary(before) || isBinary(after)) {
    if (before && after && Buffer.compare(Buffer.from(before), Buffer.from(after)) === 0)
      return void 0;
    return {
      path: path21,
      binary: {
        ...before ? { before: before.byteLength } : {},
        ...after ? { after: after.byteLength } : {}
      }
    };
  }
  const result2 = diffOf(linesOf(before, childTags), linesOf(after, childTags));
  return result2.kind === "same" ? void 0 : { path: path21, ...result2.diff };
}
function diffOf(before, after) {
  if (before.length === after.length && before.every((line, i) => line === after[i]))
    return { kind: "same" };
  const lines = unifiedDiff(before, after, { context: CONTEXT });
  return { kind: "diff", diff: lines ? { lines } : { tooLarge: true } };
}
function linesOf(bytes, childTags = /* @__PURE__ */ new Set()) {
  if (!bytes) return [];
  const text2 = decodeUtf8(bytes);
  if (text2.trimStart().startsWith("<")) {
    const xml = canonicalXml(text2, childTags);
    if (xml) return xml;
  }
  return text2.replace(/\r\n?/g, "\n").replace(/[ \t]+$/gm, "").replace(/\n+$/, "").split("\n");
}
function isBinary(bytes) {
  if (!bytes) return false;
  const head = bytes.subarray(0, 8e3);
  if (head.includes(0)) return true;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return false;
  } catch {
    return true;
  }
}
function byRef(a, b) {
  const x = `${a.type}\0${a.fullName}`;
  const y = `${b.type}\0${b.fullName}`;
  return x < y ? -1 : x > y ? 1 : 0;
}
function countChanges(changes2) {
  const counts = { new: 0, changed: 0, unchanged: 0, deleted: 0 };
  for (const c of changes2) counts[c.state]++;
  return counts;
}

// src/receipt/component-hashes.ts
function hashComponents(files, members = []) {
  const known = new Set(members.map(refKey));
  const out = [];
  for (const component of groupByComponent(files.keys(), known).components.values()) {
    const childTags = new Set(childTypesOf(component.type).map((c) => c.tag));
    const fileLines = [...component.files].sort().map((path21) => ({
      path: path21,
      body: normalisedBody(files.get(path21), path21 === component.mainFile ? childTags : /* @__PURE__ */ new Set())
    }));
    const children = hashChildren(component, files.get(component.mainFile));
    if (!heldOnlyForChildren(component, children, known))
      out.push({ type: component.type, fullName: component.fullName, hash: hashFiles(fileLines) });
    out.push(...children);
  }
  return out.sort(byRef);
}
function hashChildren(component, bytes) {
  const childTypes = childTypesOf(component.type);
  if (childTypes.length === 0 || !bytes || isBinary(bytes)) return [];
  const root = tryParseXml(decodeUtf8(bytes));
  if (!root) return [];
  const parent = { type: component.type, fullName: component.fullName };
  const out = [];
  for (const child of childTypes) {
    for (const node of root.children) {
      if (node.kind !== "element" || node.name !== child.tag) continue;
      const name = entryKey(node, [child.key]);
      if (name === "") continue;
      out.push({
        type: child.type,
        fullName: child.prefixed ? `${component.fullName}.${name}` : name,
        hash: sha256(canonicalElement(node).join("\n")),
        parent
      });
    }
  }
  return out;
}
function normalisedBody(bytes, childTags) {
  if (!bytes) return "";
  if (isBinary(bytes)) return bytes;
  return linesOf(bytes, childTags).join("\n");
}
function hashFiles(files) {
  const outer = createHash2("sha256");
  for (const file of files) outer.update(`${file.path}\0${sha256(file.body)}
`, "utf8");
  return outer.digest("hex");
}
function sha256(body2) {
  return createHash2("sha256").update(body2).digest("hex");
}

// src/retrieve/plan-chunks.ts
var MAX_RETRIEVE_FILES = 1e4;
var MAX_RETRIEVE_BYTES = 39e6;
var MAX_RETRIEVE_CUSTOM_FIELDS = 40499;
var RETRIEVE_LIMITS = {
  maxFiles: MAX_RETRIEVE_FILES,
  maxBytes: MAX_RETRIEVE_BYTES,
  maxCustomFields: MAX_RETRIEVE_CUSTOM_FIELDS
};
var BUNDLE_FILES = {
  LightningComponentBundle: 5,
  AuraDefinitionBundle: 6,
  ExperienceBundle: 40,
  WaveTemplateBundle: 10
};
function defaultEstimate(ref) {
  return {
    files: BUNDLE_FILES[ref.type] ?? 2,
    bytes: 0,
    ...ref.type === "CustomField" ? { customFields: 1 } : {}
  };
}
function planChunks(members, estimate = defaultEstimate, limits = RETRIEVE_LIMITS) {
  const chunks = [];
  let current = [];
  const manifestFiles = 1;
  let files = manifestFiles;
  let bytes = 0;
  let fields = 0;
  const maxFields = limits.maxCustomFields ?? Number.POSITIVE_INFINITY;
  for (const member of members) {
    const size2 = estimate(member);
    const memberFields = size2.customFields ?? 0;
    if (current.length > 0 && (files + size2.files > limits.maxFiles || bytes + size2.bytes > limits.maxBytes || fields + memberFields > maxFields)) {
      chunks.push(current);
      current = [];
      files = manifestFiles;
      bytes = 0;
      fields = 0;
    }
    current.push(member);
    files += size2.files;
    bytes += size2.bytes;
    fields += memberFields;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
function halve(chunk2) {
  const middle = Math.ceil(chunk2.length / 2);
  return [chunk2.slice(0, middle), chunk2.slice(middle)];
}

// src/retrieve/package-members.ts
var DESTRUCTIVE2 = [
  "destructiveChangesPre.xml",
  "destructiveChanges.xml",
  "destructiveChangesPost.xml"
];
function packageMembers(files) {
  const manifest = files.get("package.xml");
  const parsed2 = manifest ? parsePackageXml(decodeUtf8(manifest), "package.xml") : { members: [] };
  const deletions = DESTRUCTIVE2.flatMap((name) => {
    const bytes = files.get(name);
    return bytes ? parsePackageXml(decodeUtf8(bytes), name).members : [];
  });
  return {
    members: parsed2.members,
    deletions,
    ...parsed2.version ? { version: parsed2.version } : {}
  };
}
function estimateFromPackage(files, members) {
  const known = new Set(members.map(refKey));
  const sizes = /* @__PURE__ */ new Map();
  for (const [key2, component] of groupByComponent(files.keys(), known).components) {
    const bytes = component.files.reduce((sum, path21) => sum + (files.get(path21)?.byteLength ?? 0), 0);
    const customFields = component.files.reduce(
      (sum, path21) => sum + (/\.object$/.test(path21) ? fieldsIn(files.get(path21)) : 0),
      0
    );
    sizes.set(key2, {
      files: component.files.length,
      bytes,
      ...customFields ? { customFields } : {}
    });
  }
  const fieldOutsideItsObject = (ref) => ref.type === "CustomField" && !sizes.has(refKey({ type: "CustomObject", fullName: ref.fullName.split(".")[0] ?? "" }));
  return (ref) => sizes.get(refKey(ref)) ?? (parentTypeOf(ref.type) ? { files: 1, bytes: 0, ...fieldOutsideItsObject(ref) ? { customFields: 1 } : {} } : defaultEstimate(ref));
}
function fieldsIn(bytes) {
  if (!bytes) return 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8").split("<fields>").length - 1;
}

// src/retrieve/expand-wildcards.ts
var INSTALLED = /* @__PURE__ */ new Set(["installed", "installedEditable", "deprecated", "deprecatedEditable"]);
async function expandWildcards(members, list2, logger) {
  const wildcardTypes = [...new Set(members.filter((m) => m.fullName === "*").map((m) => m.type))];
  const out = new Map(members.filter((m) => m.fullName !== "*").map((m) => [refKey(m), m]));
  const notes = [];
  for (const type of wildcardTypes) {
    const listed2 = await listType(type, list2).catch((error) => {
      if (!(error instanceof ApiError)) throw error;
      notes.push(`${type}: * kept as it is; listMetadata refused the type (${error.message}).`);
      return void 0;
    });
    if (!listed2) {
      out.set(refKey({ type, fullName: "*" }), { type, fullName: "*" });
      continue;
    }
    for (const ref of listed2) out.set(refKey(ref), ref);
    notes.push(
      `${type}: * is ${listed2.length} component${listed2.length === 1 ? "" : "s"} in the org.`
    );
    logger.info(`${type}: * expands to ${listed2.length} components`);
  }
  return { members: [...out.values()], notes };
}
async function listType(type, list2) {
  const folderType = folderTypeOf(type);
  if (!folderType) return own(await list2({ type })).map((p) => ({ type, fullName: p.fullName }));
  const folders = own(await list2({ type: folderType })).map((p) => p.fullName);
  const refs = folders.map((folder) => ({ type, fullName: folder }));
  for (const folder of folders) {
    for (const item of own(await list2({ type, folder })))
      refs.push({ type, fullName: item.fullName });
  }
  return refs;
}
function own(listed2) {
  return listed2.filter((p) => p.fullName !== "" && !INSTALLED.has(p.manageableState ?? "")).sort((a, b) => a.fullName < b.fullName ? -1 : a.fullName > b.fullName ? 1 : 0);
}

// src/retrieve/merge-parent-file.ts
function mergeParentFile(path21, earlier, later) {
  const component = componentOfPath(path21);
  if (!component || component.mainFile !== path21) return later;
  const keys = new Map(childTypesOf(component.type).map((c) => [c.tag, c.key]));
  if (keys.size === 0) return later;
  const a = tryParseXml(decodeUtf8(earlier));
  const b = tryParseXml(decodeUtf8(later));
  if (!a || !b || a.name !== b.name) return later;
  const entryOf = (node) => {
    const key2 = keys.get(node.name);
    return key2 === void 0 ? void 0 : `${node.name}:${entryKey(node, [key2])}`;
  };
  const hasOwn = (root) => root.children.some((n) => n.kind === "element" && entryOf(n) === void 0);
  const [base, other] = hasOwn(b) && !hasOwn(a) ? [b, a] : [a, b];
  const present = new Set(base.children.flatMap((n) => n.kind === "element" ? [entryOf(n)] : []));
  const added = other.children.filter((n) => {
    if (n.kind !== "element") return false;
    const entry = entryOf(n);
    return entry !== void 0 && !present.has(entry);
  });
  if (added.length === 0) return base === a ? earlier : later;
  return encodeUtf8(writeXml({ ...base, children: [...base.children, ...added] }).text);
}

// src/retrieve/wait-for-retrieve.ts
async function waitForRetrieve(id, ports, options) {
  const deadline = ports.clock.now() + options.waitMs;
  let delay;
  let lastStatus = "";
  let changed = false;
  for (; ; ) {
    const remaining = deadline - ports.clock.now();
    if (remaining <= 0) {
      throw new ActionError(
        `Retrieve ${id} did not finish within ${Math.round(options.waitMs / 6e4)} minutes (the wait input); it was left running in the org.`
      );
    }
    delay = nextPollDelay(delay, changed, options.maxIntervalMs, options.random);
    await ports.clock.sleep(Math.min(delay, remaining));
    const status = await withRetries(() => ports.api.checkRetrieveStatus(id, false), ports, options);
    changed = lastStatus !== "" && status.status !== lastStatus;
    if (status.status !== lastStatus) ports.logger.info(`Retrieve ${id}: ${status.status}`);
    lastStatus = status.status;
    if (!status.done) continue;
    if (status.status !== "Succeeded") return status;
    return withRetries(() => ports.api.checkRetrieveStatus(id, true), ports, options);
  }
}

// src/retrieve/retrieve-components.ts
var MAX_SUBMISSIONS = 3;
var MISSING = /^Entity of type '([^']+)' named '(.+)' cannot be found$/;
var FOLDER_TYPES = {
  ReportFolder: "Report",
  DashboardFolder: "Dashboard",
  DocumentFolder: "Document",
  EmailFolder: "EmailTemplate",
  EmailTemplateFolder: "EmailTemplate"
};
async function retrieveComponents(requested, ports, options) {
  const expanded = await expandWildcards(
    requested,
    (q) => withRetries(() => ports.api.listMetadata(q), ports, options.wait),
    ports.logger
  );
  const out = {
    members: expanded.members,
    files: /* @__PURE__ */ new Map(),
    existing: /* @__PURE__ */ new Set(),
    missing: [],
    fileProperties: [],
    messages: [],
    retrieveIds: [],
    notes: expanded.notes
  };
  const limits = options.limits ?? RETRIEVE_LIMITS;
  const queue = planChunks(expanded.members, options.estimate, limits);
  if (queue.length > 1)
    out.notes.push(
      `Retrieved in ${queue.length} requests to stay within the retrieve limits (${describeLimits(limits)}).`
    );
  for (let chunk2 = queue.shift(); chunk2; chunk2 = queue.shift()) {
    if (chunk2.length === 0) continue;
    const result2 = await retrieveChunk(chunk2, ports, options);
    if (result2.kind === "too-large") {
      if (chunk2.length === 1)
        throw new ActionError(
          `${chunk2[0]?.type} ${chunk2[0]?.fullName} alone exceeds the retrieve limits: ${result2.message}`
        );
      const [first, second] = halve(chunk2);
      ports.logger.info(
        `The org refused a retrieve of ${chunk2.length} components as too large; splitting it in two.`
      );
      out.notes.push(
        `A request of ${chunk2.length} components exceeded the limits (${result2.message}) and was split.`
      );
      queue.unshift(first, second);
      continue;
    }
    merge(out, result2.result, result2.files);
  }
  out.missing = expanded.members.filter((m) => m.fullName !== "*" && !out.existing.has(refKey(m)));
  return out;
}
function describeLimits(limits) {
  return `${limits.maxFiles.toLocaleString("en-US")} files, ${limits.maxBytes / 1e6} MB`;
}
async function retrieveChunk(chunk2, ports, options) {
  const types = /* @__PURE__ */ new Map();
  for (const ref of chunk2) types.set(ref.type, [...types.get(ref.type) ?? [], ref.fullName]);
  for (let submission = 1; submission <= MAX_SUBMISSIONS; submission++) {
    const id = await withRetries(
      () => ports.api.retrieve({ apiVersion: options.apiVersion, types }),
      ports,
      options.wait
    );
    ports.logger.info(`Retrieving ${chunk2.length} components: ${id}`);
    const result2 = await waitForRetrieve(id, ports, options.wait);
    if (result2.status === "Failed") {
      const message = result2.errorMessage ?? result2.errorStatusCode ?? "no message";
      if (result2.errorStatusCode === "LIMIT_EXCEEDED" || /LIMIT_EXCEEDED/.test(message))
        return { kind: "too-large", message };
      throw new ActionError(`Retrieve ${id} failed: ${message}`);
    }
    if (result2.zip) return { kind: "done", result: result2, files: unpack(result2.zip, id) };
    ports.logger.warning(
      `Retrieve ${id} finished but its zip was not delivered; submitting it again.`
    );
  }
  throw new ActionError(
    `The org finished the retrieve ${MAX_SUBMISSIONS} times without delivering its zip.`
  );
}
function unpack(zip, id) {
  const files = /* @__PURE__ */ new Map();
  let entries;
  try {
    entries = unzipEntries(zip, `retrieve ${id}`);
  } catch (error) {
    throw new ActionError(
      `The zip of retrieve ${id} could not be read: ${error instanceof Error ? error.message : String(error)}`
    );
  }
  for (const [path21, bytes] of entries) {
    const bare = path21.startsWith("unpackaged/") ? path21.slice("unpackaged/".length) : path21;
    if (bare === "package.xml") continue;
    files.set(bare, bytes);
  }
  return files;
}
function merge(out, result2, files) {
  out.retrieveIds.push(result2.id);
  for (const [path21, bytes] of files) {
    const earlier = out.files.get(path21);
    out.files.set(path21, earlier ? mergeParentFile(path21, earlier, bytes) : bytes);
  }
  for (const p of result2.fileProperties) {
    if (p.type === "Package") continue;
    out.fileProperties.push(p);
    out.existing.add(refKey({ type: FOLDER_TYPES[p.type] ?? p.type, fullName: p.fullName }));
  }
  for (const message of result2.messages) {
    if (MISSING.test(message.problem)) continue;
    out.messages.push(message);
  }
}

// src/sync/crud-form.ts
function crudSourceOf(type, fullName, registry) {
  const top = registry.types.get(type);
  if (top) {
    if (!top.suffix) return void 0;
    return { kind: "top", path: `${top.directoryName}/${fullName}.${top.suffix}`, type: top };
  }
  const child = registry.children.get(type);
  const parent = child ? registry.types.get(child.parent) : void 0;
  if (!child || !parent?.suffix) return void 0;
  if (child.ignoreParentName) {
    return {
      kind: "child",
      path: `${parent.directoryName}/${parent.name}.${parent.suffix}`,
      child,
      parent,
      name: fullName
    };
  }
  const dot = fullName.indexOf(".");
  if (dot <= 0) return void 0;
  return {
    kind: "child",
    path: `${parent.directoryName}/${fullName.slice(0, dot)}.${parent.suffix}`,
    child,
    parent,
    name: fullName.slice(dot + 1)
  };
}
function toCrudRecord(type, fullName, xml, source) {
  const inner = rootInner(xml);
  if (inner === void 0) return { error: `${source.path} has no root element` };
  const name = `<fullName>${escapeXml2(fullName)}</fullName>`;
  if (/<\?|<!DOCTYPE|<!ENTITY/i.test(inner))
    return {
      error: `${source.path} holds a processing instruction or a declaration inside its root element`
    };
  const root = parsed(xml, source.path);
  if (root === void 0) return { error: `${source.path} is not well-formed XML` };
  if (source.kind === "top") {
    const children = new Set(source.type.children.map((c) => c.tag));
    const own3 = root.children.filter((n) => !isElement(n, "fullName") && !isChildOf(n, children));
    return { type, innerXml: name + compactXml(own3) };
  }
  const { tag, uniqueIdElement } = source.child;
  const block = root.children.find(
    (n) => isElement(n, tag) && childText(n, uniqueIdElement) === source.name
  );
  if (block === void 0) return { error: `${source.path} has no <${tag}> named ${source.name}` };
  const own2 = uniqueIdElement === "fullName" ? block.children.filter((n) => !isElement(n, "fullName")) : block.children;
  return { type, innerXml: name + compactXml(own2) };
}
function parsed(xml, path21) {
  try {
    return parseXml(xml, path21);
  } catch {
    return void 0;
  }
}
function isElement(node, name) {
  return node.kind === "element" && node.name === name;
}
function isChildOf(node, tags) {
  return node.kind === "element" && tags.has(node.name);
}
function compactXml(nodes) {
  let out = "";
  for (const node of nodes) {
    if (node.kind === "text") {
      if (node.value.trim() !== "") out += escapeXml(node.value);
    } else if (node.kind === "cdata") out += `<![CDATA[${node.value}]]>`;
    else if (node.kind === "element") {
      const attrs2 = node.attrs.map((a) => ` ${a.name}="${escapeXml(a.value)}"`).join("");
      out += `<${node.name}${attrs2}>${compactXml(node.children)}</${node.name}>`;
    }
  }
  return out;
}
function rootInner(xml) {
  const start = /<([A-Za-z_][\w.-]*)(\s[^>]*)?>/.exec(xml.replace(/<\?xml[^>]*\?>/, ""));
  if (!start) return void 0;
  const body2 = xml.replace(/<\?xml[^>]*\?>/, "");
  const open = body2.indexOf(start[0]) + start[0].length;
  const close = body2.lastIndexOf(`</${start[1]}>`);
  return close < open ? void 0 : body2.slice(open, close);
}
function recordToMetadataXml(type, fields) {
  const { fullName: _name, ...rest } = fields;
  const body2 = Object.entries(rest).map(([name, value]) => elementXml(name, value)).join("");
  return `<?xml version="1.0" encoding="UTF-8"?><${type} xmlns="http://soap.sforce.com/2006/04/metadata">${body2}</${type}>`;
}
function elementXml(name, value) {
  if (value === void 0 || value === null) return "";
  if (Array.isArray(value)) return value.map((item) => elementXml(name, item)).join("");
  if (typeof value === "object")
    return `<${name}>${Object.entries(value).map(([child, item]) => elementXml(child, item)).join("")}</${name}>`;
  return `<${name}>${escapeXml2(String(value))}</${name}>`;
}
function recordAsMetadataXml(record) {
  return `<?xml version="1.0" encoding="UTF-8"?><${record.type} xmlns="http://soap.sforce.com/2006/04/metadata">${record.innerXml.replace(/^<fullName>[^<]*<\/fullName>/, "")}</${record.type}>`;
}

// src/sync/sync-types.ts
var CRUD_TYPE_RANK = {
  CustomObject: 0,
  GlobalValueSet: 0,
  CustomPermission: 0,
  CustomLabel: 0,
  CustomField: 1,
  BusinessProcess: 2,
  RecordType: 3,
  ValidationRule: 3,
  WebLink: 3,
  ListView: 3,
  FieldSet: 3,
  CompactLayout: 3,
  QuickAction: 4,
  Layout: 5,
  CustomTab: 5,
  CustomApplication: 6,
  PermissionSet: 7
};
var TOOLING_TYPES = /* @__PURE__ */ new Set([
  "ApexClass",
  "ApexTrigger",
  "ApexPage",
  "ApexComponent"
]);
function isCrudType(type) {
  return type in CRUD_TYPE_RANK;
}
function rankOf(type) {
  return CRUD_TYPE_RANK[type] ?? 99;
}

// src/drift/read-org-files.ts
function readPlan(refs, registry) {
  if (refs.length === 0 || refs.length > CRUD_BATCH_LIMIT) return void 0;
  const out = [];
  for (const ref of refs) {
    if (!isCrudType(ref.type)) return void 0;
    const source = crudSourceOf(ref.type, ref.fullName, registry);
    if (!source) return void 0;
    out.push({ ref, source });
  }
  return out;
}
async function readOrgFiles(targets, read) {
  const byType2 = /* @__PURE__ */ new Map();
  for (const t of targets) byType2.set(t.ref.type, [...byType2.get(t.ref.type) ?? [], t]);
  const records = /* @__PURE__ */ new Map();
  let calls = 0;
  for (const [type, group] of byType2) {
    calls++;
    const answer = await read(
      type,
      group.map((t) => t.ref.fullName)
    );
    for (const r of answer) records.set(`${type}:${r.fullName}`, r);
  }
  return { files: filesOf(targets, records), calls };
}
function filesOf(targets, records) {
  const parts = /* @__PURE__ */ new Map();
  for (const { ref, source } of targets) {
    const record = records.get(`${ref.type}:${ref.fullName}`);
    if (!record) continue;
    const root = source.kind === "top" ? source.type.name : source.parent.name;
    const file = parts.get(source.path) ?? { root, inner: [] };
    file.inner.push(source.kind === "top" ? topInner(record) : childElement(record, source));
    parts.set(source.path, file);
  }
  const out = /* @__PURE__ */ new Map();
  for (const [path21, { root, inner }] of parts) {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><${root} xmlns="http://soap.sforce.com/2006/04/metadata">${inner.join("")}</${root}>`;
    out.set(path21, new TextEncoder().encode(xml));
  }
  return out;
}
function topInner(record) {
  const tags = new Set(childTypesOf(record.type).map((c) => c.tag));
  const own2 = Object.fromEntries(Object.entries(record.fields).filter(([k]) => !tags.has(k)));
  return rootInner(recordToMetadataXml(record.type, own2)) ?? "";
}
function childElement(record, source) {
  const id = source.child.uniqueIdElement;
  const { fullName: _prefixed, ...rest } = record.fields;
  const fields = id === "fullName" ? { fullName: source.name, ...rest } : rest;
  const body2 = Object.keys(fields).length > 0 ? elementsOf(source.child.tag, fields) : "";
  return `<${source.child.tag}>${body2}</${source.child.tag}>`;
}
function elementsOf(tag, fields) {
  const { fullName, ...rest } = fields;
  const head = typeof fullName === "string" ? `<fullName>${escapeXml2(fullName)}</fullName>` : "";
  return head + (rootInner(recordToMetadataXml(tag, rest)) ?? "");
}

// src/drift/detect-drift.ts
async function detectDrift(input, ports) {
  const manifest = packageMembers(input.packageFiles);
  const repo = byKey(hashComponents(input.packageFiles, manifest.members));
  const touched = new Map(repo);
  for (const d of manifest.deletions) touched.set(refKey(d), d);
  const recorded = byKey(input.receipt.components);
  const since = Date.parse(input.receipt.deployedAt);
  const listing = await listTouched([...touched.values()], input.wait, ports);
  const modified = [...touched.values()].filter((ref) => {
    const props = listing.props.get(refKey(ref));
    return props?.lastModifiedDate !== void 0 && props.lastModifiedDate.getTime() > since;
  });
  const vanished = [...touched.values()].filter(
    (ref) => (!ref.parent || listsEveryMember(ref)) && recorded.get(refKey(ref))?.hash && listing.listedTypes.has(ref.type) && !listing.props.has(refKey(ref))
  );
  const fetched = await fetchOrgFiles(modified, input, ports);
  const { retrieved, orgFiles } = fetched;
  const org = byKey(hashComponents(orgFiles, modified));
  const changes2 = new Map(
    // Swapped sides: the diff reads from the repository's version to what the org holds now.
    compareWithOrg({ packageFiles: orgFiles, orgFiles: input.packageFiles, members: modified }).map(
      (c) => [refKey(c), c]
    )
  );
  const drifted = [];
  for (const ref of modified) {
    const key2 = refKey(ref);
    const before = recorded.get(key2);
    const now = org.get(key2)?.hash ?? void 0;
    if (before?.hash && now === before.hash) continue;
    const props = listing.props.get(key2);
    const inRepo = repo.get(key2)?.hash ?? void 0;
    drifted.push({
      type: ref.type,
      fullName: ref.fullName,
      ...ref.parent ? { parent: ref.parent } : {},
      ...props?.lastModifiedByName ? { changedBy: props.lastModifiedByName } : {},
      ...props?.lastModifiedDate ? { changedAt: props.lastModifiedDate.toISOString() } : {},
      kind: before?.hash ? "changed" : "unrecorded",
      overwrites: inRepo === void 0 ? now !== void 0 : inRepo !== now,
      packageIsReceipt: before?.hash !== void 0 && before.hash === inRepo,
      diffs: changes2.get(key2)?.diffs ?? []
    });
  }
  for (const ref of vanished)
    drifted.push({
      type: ref.type,
      fullName: ref.fullName,
      kind: "deleted",
      overwrites: repo.has(refKey(ref)),
      packageIsReceipt: recorded.get(refKey(ref))?.hash === repo.get(refKey(ref))?.hash,
      diffs: []
    });
  return {
    drifted: drifted.sort(byRef2),
    checked: touched.size,
    retrieved: modified.length,
    listCalls: listing.calls,
    retrieveIds: retrieved?.retrieveIds ?? [],
    readCalls: fetched.readCalls,
    retrievedBytes: [...orgFiles.values()].reduce((sum, b) => sum + b.byteLength, 0),
    notes: [...listing.notes, ...fetched.notes, ...retrieved?.notes ?? []]
  };
}
async function fetchOrgFiles(modified, input, ports) {
  if (modified.length === 0) return { orgFiles: /* @__PURE__ */ new Map(), readCalls: 0, notes: [] };
  const plan = ports.read ? readPlan(modified, defaultRegistry()) : void 0;
  const notes = [];
  let readCalls = 0;
  if (plan && ports.read) {
    const read = ports.read;
    const counted = (type, names) => {
      readCalls++;
      return withRetries(() => read(type, names), ports, input.wait);
    };
    try {
      return { orgFiles: (await readOrgFiles(plan, counted)).files, readCalls, notes };
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      notes.push(`readMetadata refused the check (${error.message}); retrieved instead.`);
    }
  }
  const retrieved = await retrieveComponents(modified, ports, {
    apiVersion: input.apiVersion,
    wait: input.wait
  });
  return { orgFiles: retrieved.files, retrieved, readCalls, notes };
}
async function listTouched(refs, wait, ports) {
  const queries = /* @__PURE__ */ new Map();
  for (const ref of refs) {
    const folderType = folderTypeOf(ref.type);
    const slash = ref.fullName.lastIndexOf("/");
    const query = !folderType ? { type: ref.type } : slash < 0 ? { type: folderType } : { type: ref.type, folder: ref.fullName.slice(0, slash) };
    queries.set(`${query.type}/${query.folder ?? ""}`, { query, contentType: ref.type });
  }
  const out = { props: /* @__PURE__ */ new Map(), listedTypes: /* @__PURE__ */ new Set(), calls: 0, notes: [] };
  for (const { query, contentType } of queries.values()) {
    out.calls++;
    const listed2 = await withRetries(() => ports.api.listMetadata(query), ports, wait).catch(
      (error) => {
        if (!(error instanceof ApiError)) throw error;
        out.notes.push(
          `${query.type}: not checked for drift; listMetadata refused it (${error.message}).`
        );
        return void 0;
      }
    );
    if (!listed2) continue;
    if (!query.folder) out.listedTypes.add(contentType);
    for (const p of listed2) out.props.set(refKey({ type: contentType, fullName: p.fullName }), p);
  }
  return out;
}
var LISTED_CHILDREN = /* @__PURE__ */ new Set([
  "ValidationRule",
  "RecordType",
  "FieldSet",
  "WebLink",
  "BusinessProcess",
  "CustomLabel"
]);
function listsEveryMember(ref) {
  if (ref.type === "CustomField") return ref.fullName.endsWith("__c");
  return LISTED_CHILDREN.has(ref.type);
}
function overwrittenDrift(drifted) {
  return drifted.filter((d) => d.overwrites);
}
function byKey(list2) {
  return new Map(list2.map((c) => [refKey(c), c]));
}
function byRef2(a, b) {
  const x = `${a.type}\0${a.fullName}`;
  const y = `${b.type}\0${b.fullName}`;
  return x < y ? -1 : x > y ? 1 : 0;
}

// src/drift/find-receipt.ts
import { readFile as readFile3 } from "node:fs/promises";

// src/receipt/build-receipt.ts
var RECEIPT_KIND = "salesforce-deploy-receipt";
var RECEIPT_VERSION = 1;
var RECEIPT_FILE = "deploy-receipt.json";
var ARTIFACT_PREFIX = "sf-receipt-";
function receiptArtifactName(orgId) {
  return `${ARTIFACT_PREFIX}${to18(orgId)}`;
}
function buildReceipt(input) {
  const { result: result2, run: run2 } = input;
  return {
    kind: RECEIPT_KIND,
    version: RECEIPT_VERSION,
    orgId: to18(input.orgId),
    instanceUrl: input.instanceUrl ?? "",
    apiVersion: input.apiVersion ?? null,
    mode: input.mode,
    commitSha: run2.commitSha,
    run: run2.repository && run2.runId ? { repository: run2.repository, id: run2.runId, attempt: run2.runAttempt ?? "1" } : null,
    contentHash: input.contentHash ?? null,
    validationId: input.validationId ?? null,
    deployId: result2.id,
    status: result2.status,
    deployedAt: result2.completedDate?.toISOString() ?? input.now,
    deployedBy: result2.createdByName ?? null,
    testLevel: input.testLevel ?? null,
    tests: testsOf(result2),
    coverage: coverageOf(result2),
    ...componentsOf(input)
  };
}
function serializeReceipt(receipt) {
  return `${JSON.stringify(receipt, null, 2)}
`;
}
function testsOf(result2) {
  const run2 = result2.details?.runTestResult;
  const methods = (run2?.tests ?? []).map((t) => ({
    className: t.className,
    ...t.namespace ? { namespace: t.namespace } : {},
    ...t.methodName ? { methodName: t.methodName } : {},
    outcome: t.outcome
  }));
  const count = run2?.numTestsRun ?? result2.numberTestsCompleted + result2.numberTestErrors;
  const failures = run2?.numFailures ?? result2.numberTestErrors;
  return {
    run: count,
    failures,
    outcome: count === 0 ? "NotRun" : failures > 0 ? "Fail" : "Pass",
    methods
  };
}
function coverageOf(result2) {
  const measured = (result2.details?.runTestResult?.coverage ?? []).filter((c) => c.numLocations > 0);
  if (measured.length === 0) return null;
  const classes = measured.map((c) => ({
    name: c.namespace ? `${c.namespace}.${c.name}` : c.name,
    type: c.type,
    covered: c.numLocations - c.numLocationsNotCovered,
    total: c.numLocations
  })).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const covered = classes.reduce((sum, c) => sum + c.covered, 0);
  const total = classes.reduce((sum, c) => sum + c.total, 0);
  return { percent: percentOf(covered, total), covered, total, classes };
}
function componentsOf(input) {
  if (input.packageFiles) {
    const manifest = packageMembers(input.packageFiles);
    return {
      components: hashComponents(input.packageFiles, manifest.members),
      deleted: manifest.deletions.map((d) => ({ type: d.type, fullName: d.fullName }))
    };
  }
  const successes = input.result.details?.componentSuccesses ?? [];
  const seen = /* @__PURE__ */ new Map();
  const deleted = [];
  for (const c of successes) {
    if (c.componentType === "") continue;
    const ref = { type: c.componentType, fullName: c.fullName };
    if (c.deleted) deleted.push(ref);
    else seen.set(`${ref.type}:${ref.fullName}`, { ...ref, hash: null });
  }
  return {
    components: [...seen.values()].sort(
      (a, b) => `${a.type}\0${a.fullName}` < `${b.type}\0${b.fullName}` ? -1 : 1
    ),
    deleted
  };
}

// src/receipt/parse-receipt.ts
var HASH = /^[0-9a-f]{64}$/;
var TEXT_FIELDS = [
  ["deployId", false],
  ["commitSha", false],
  ["deployedBy", true]
];
function parseReceipt(text2, label2) {
  let data;
  try {
    data = JSON.parse(text2);
  } catch {
    return { problem: `${label2} is not JSON.` };
  }
  if (!isObject(data) || data.kind !== RECEIPT_KIND)
    return { problem: `${label2} is not a deploy receipt (kind is not ${RECEIPT_KIND}).` };
  if (data.version !== RECEIPT_VERSION)
    return {
      problem: `${label2} has receipt version ${String(data.version)}; this action reads version ${RECEIPT_VERSION}.`
    };
  if (typeof data.orgId !== "string" || !/^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(data.orgId))
    return { problem: `${label2} names no valid org id.` };
  if (typeof data.deployedAt !== "string" || Number.isNaN(Date.parse(data.deployedAt)))
    return { problem: `${label2} has no valid deployedAt time.` };
  if (!Array.isArray(data.components) || !data.components.every(isComponent))
    return { problem: `${label2} has a malformed components list.` };
  const field = TEXT_FIELDS.find(([name, optional]) => !isText(data[name], optional));
  if (field) return { problem: `${label2} has no valid ${field[0]}.` };
  const receipt = data;
  return { receipt: { ...receipt, orgId: to18(receipt.orgId) } };
}
function isComponent(value) {
  return isObject(value) && typeof value.type === "string" && typeof value.fullName === "string" && (value.hash === null || typeof value.hash === "string" && HASH.test(value.hash));
}
function isText(value, nullable) {
  return typeof value === "string" || nullable && value === null;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/drift/find-receipt.ts
function fileReceiptFinder(file, label2) {
  return {
    async newest(orgId) {
      const text2 = await readFile3(file, "utf8").catch((error) => {
        throw new ActionError(
          `drift-baseline: ${label2} could not be read (${error instanceof Error ? error.message : String(error)}).`
        );
      });
      const parsed2 = parseReceipt(text2, `drift-baseline ${label2}`);
      if ("problem" in parsed2) throw new ActionError(parsed2.problem);
      if (parsed2.receipt.orgId !== to18(orgId))
        throw new ActionError(
          `drift-baseline: ${label2} is the receipt of org ${parsed2.receipt.orgId}, but the signed-in org is ${to18(orgId)}.`
        );
      return { receipt: parsed2.receipt, source: `file ${label2}`, passedOver: [] };
    }
  };
}
function artifactReceiptFinder(options) {
  return {
    async newest(orgId) {
      const [owner, repo] = options.repository?.split("/") ?? [];
      if (!owner || !repo || !options.token)
        return {
          passedOver: [
            "No receipt artifacts were searched: that needs GITHUB_REPOSITORY and github-token (run inside a GitHub workflow, or give drift-baseline)."
          ]
        };
      const artifacts = await repoArtifacts({
        octokit: options.octokit,
        token: options.token,
        owner,
        repo,
        refused: refusedListing2
      });
      const listed2 = await artifacts.listed(receiptArtifactName(orgId));
      const candidates2 = await Promise.all(
        toScreen(listed2).map(
          (artifact) => readCandidate(artifact, to18(orgId), options.repository ?? "", {
            run: async (id) => await artifacts.run(id),
            download: (id) => artifacts.download(id)
          })
        )
      );
      return pickNewest(candidates2);
    }
  };
}
function pickNewest(candidates2) {
  const passedOver = candidates2.flatMap((c) => "problem" in c ? [c.problem] : []);
  const trusted = candidates2.flatMap((c) => "receipt" in c ? [c] : []);
  trusted.sort((a, b) => Date.parse(b.receipt.deployedAt) - Date.parse(a.receipt.deployedAt));
  const best = trusted[0];
  return best ? { receipt: best.receipt, source: best.source, passedOver } : { passedOver };
}
async function readCandidate(artifact, orgId, repository, io) {
  const source = sourceOf(artifact);
  const label2 = `artifact ${artifact.name} (id ${artifact.id})`;
  if (source.expired) return { problem: `${label2} has expired.` };
  if (source.fromFork)
    return { problem: `${label2} was uploaded by a run for a fork, which is not trusted.` };
  if (source.runId === void 0) return { problem: `${label2} names no workflow run.` };
  const run2 = await io.run(source.runId).catch((error) => describeGitHubError(error));
  if (typeof run2 === "string")
    return {
      problem: `${label2}: its workflow run could not be read (${run2}), so it is not trusted.`
    };
  const repos = [run2.repository?.full_name ?? "", run2.head_repository?.full_name ?? ""];
  if (repos.some((r) => r !== repository))
    return {
      problem: `${label2} was uploaded by a run of ${repos.find((r) => r !== repository) || "an unknown repository"}, not ${repository}.`
    };
  try {
    const text2 = await readArtifactText(await io.download(artifact.id), RECEIPT_FILE);
    if (text2 === void 0) return { problem: `${label2} holds no ${RECEIPT_FILE}.` };
    const parsed2 = parseReceipt(text2, label2);
    if ("problem" in parsed2) return parsed2;
    if (parsed2.receipt.orgId !== orgId)
      return { problem: `${label2} is the receipt of org ${parsed2.receipt.orgId}.` };
    if (parsed2.receipt.run && parsed2.receipt.run.id !== String(source.runId))
      return {
        problem: `${label2} says it was written by run ${parsed2.receipt.run.id}, but run ${source.runId} uploaded it.`
      };
    return { receipt: parsed2.receipt, source: `${label2} of run ${source.runId}` };
  } catch (error) {
    return { problem: `${label2} could not be downloaded or read: ${describeGitHubError(error)}` };
  }
}
function refusedListing2(described) {
  return `Listing the repository's artifacts for the newest deploy receipt was refused (${described}). The drift guard reads receipts of earlier runs: give the job permissions: actions: read, pass drift-baseline, or set drift: off.`;
}

// src/drift/render-drift.ts
var DIFF_LINES = 40;
var DIFF_CAP = 25;
function renderDriftSection(input) {
  const { report, receipt } = input;
  const n = report.drifted.length;
  const baseline = `Baseline: deploy ${codeSpan(receipt.deployId)} of ${escapeInline(receipt.deployedAt)}${receipt.deployedBy ? ` by ${escapeInline(receipt.deployedBy)}` : ""}, commit ${codeSpan(receipt.commitSha.slice(0, 12) || "unknown")} (${escapeInline(input.source)}).`;
  const lines = [
    `### ${n === 0 ? "\u2705 No drift" : `\u26A0\uFE0F Drift: ${n} component${n === 1 ? "" : "s"} changed in the org since the last deploy`}`,
    "",
    baseline,
    "",
    costLine(report),
    ""
  ];
  if (n > 0)
    lines.push(...driftTable(report.drifted), "", ...diffs(report.drifted), ...advice(input));
  for (const note of [...report.notes, ...(input.passedOver ?? []).map((p) => `Passed over: ${p}`)])
    lines.push(`> ${escapeInline(note)}`);
  return `${lines.join("\n")}
`;
}
function costLine(report) {
  const plural2 = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
  const read = report.readCalls > 0 && report.retrieveIds.length === 0;
  return `Checked ${plural2(report.checked, "component")}; ${report.retrieved} modified after that deploy were ${read ? "read" : "retrieved"} (${plural2(report.listCalls, "listMetadata call")}, ${read ? plural2(report.readCalls, "readMetadata call") : plural2(report.retrieveIds.length, "retrieve")}).`;
}
function describeDrift(drifted) {
  const names = drifted.slice(0, 10).map((d) => `${d.type} ${d.fullName}`);
  const more2 = drifted.length > 10 ? `, and ${drifted.length - 10} more` : "";
  return `${names.join(", ")}${more2}`;
}
function driftTable(drifted) {
  return table(
    ["Component", "Changed by", "When", "What", "This deploy"],
    drifted.map((d) => [
      `${escapeTableCell(d.type)} ${codeSpanInCell(d.fullName)}`,
      escapeTableCell(d.changedBy ?? "unknown"),
      escapeTableCell(d.changedAt ?? "unknown"),
      d.kind === "deleted" ? "deleted in the org" : d.kind === "unrecorded" ? "modified (not in the receipt)" : "content changed",
      d.overwrites ? "**overwrites it**" : "keeps it (the repository has the same version)"
    ])
  );
}
function diffs(drifted) {
  const withDiffs = drifted.filter((d) => d.diffs.length > 0);
  const shown = withDiffs.slice(0, DIFF_CAP).flatMap(
    (d) => details(
      `${escapeHtml(d.type)} <code>${escapeHtml(d.fullName)}</code>: ${d.packageIsReceipt ? "the org's change against the receipt's version" : "the org's version against the repository's"}`,
      d.diffs.flatMap(fileDiff)
    )
  );
  const more2 = withDiffs.length > DIFF_CAP ? [`\u2026 and ${withDiffs.length - DIFF_CAP} more diffs`, ""] : [];
  return [...shown, ...more2];
}
function fileDiff(diff) {
  const title = codeSpan(diff.path);
  if (diff.binary) return [`${title}: binary content differs`, ""];
  if (diff.tooLarge || !diff.lines) return [`${title}: too many differences to show`, ""];
  const body2 = diff.lines.slice(0, DIFF_LINES);
  const cut = diff.lines.length > DIFF_LINES ? [`\u2026 ${diff.lines.length - DIFF_LINES} more diff lines`] : [];
  const text2 = [...body2, ...cut].join("\n");
  const longest = Math.max(0, ...[...text2.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return [title, "", `${fence}diff
${text2}
${fence}`, ""];
}
function advice(input) {
  const overwritten = overwrittenDrift(input.report.drifted);
  const accept = overwritten.filter((d) => d.kind !== "deleted");
  const types = /* @__PURE__ */ new Map();
  for (const d of accept) types.set(d.type, [...types.get(d.type) ?? [], d.fullName]);
  const manifest = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Package xmlns="http://soap.sforce.com/2006/04/metadata">',
    ...[...types].flatMap(([type, names]) => [
      "    <types>",
      ...names.map((n) => `        <members>${escapeXml3(n)}</members>`),
      `        <name>${escapeXml3(type)}</name>`,
      "    </types>"
    ]),
    "</Package>"
  ];
  const verdict = input.level === "fail" ? overwritten.length > 0 ? ["**drift: fail** stopped the run before anything was deployed.", ""] : [
    "**drift: fail**: the repository holds the org's version of each of these, so this deploy keeps them and the run goes on.",
    ""
  ] : input.level === "warn" ? ["**drift: warn**: the run goes on.", ""] : [];
  if (accept.length === 0) return verdict;
  return [
    ...verdict,
    "To keep the org's versions instead, accept them into the repository with `mode: retrieve` and a `retrieve-manifest` naming these components, then commit the result:",
    "",
    ...fenced("xml", manifest),
    ""
  ];
}
function fenced(lang, lines) {
  const text2 = lines.join("\n");
  const longest = Math.max(0, ...[...text2.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return [`${fence}${lang}`, text2, fence];
}

// src/drift/drift-step.ts
var DriftError = class extends ActionError {
  name = "DriftError";
};
async function runDriftGuard(settings, deps, pkg, session) {
  const choice = settings.drift?.choice ?? "off";
  if (choice === "off") return void 0;
  const caller = session.caller;
  const orgId = session.connection.orgId;
  if (!caller || !orgId) {
    deps.logger.warning("Drift guard skipped: the sign-in did not tell the org id.");
    return void 0;
  }
  const level = await decideLevel(choice, () => queryIsProduction(caller, session.apiVersion));
  deps.logger.info(
    `Drift guard ${level ?? "off"} (drift: ${choice}${choice === "auto" ? `, ${level ? "a" : "not a"} production org` : ""}).`
  );
  if (!level) return void 0;
  const found = await findBaseline(settings, deps, orgId, level);
  if (!found) return void 0;
  if (!found.receipt) return noBaseline(found.passedOver, deps.logger);
  const report = await detectDrift(
    {
      receipt: found.receipt,
      packageFiles: unzipEntries(pkg.zip, "deploy package"),
      apiVersion: session.apiVersion,
      wait: waitOptionsFrom(settings, deps.random)
    },
    {
      api: createSoapRetrieveApi(caller, session.apiVersion),
      read: createSoapCrudApi(caller, session.apiVersion).read,
      clock: deps.clock,
      logger: deps.logger
    }
  );
  deps.parts.output("drifted-components", String(report.drifted.length));
  const section = renderDriftSection({
    report,
    receipt: found.receipt,
    source: found.source ?? "receipt",
    level,
    passedOver: found.passedOver
  });
  if (report.drifted.length === 0) {
    deps.logger.info(
      `Drift guard: no component changed in the org since deploy ${found.receipt.deployId}.`
    );
    return { sections: [section], notes: [] };
  }
  const message = `${report.drifted.length} component(s) changed in the org since deploy ${found.receipt.deployId} (${found.receipt.deployedAt}): ${describeDrift(report.drifted)}.`;
  const overwritten = overwrittenDrift(report.drifted);
  if (level === "fail" && overwritten.length > 0) {
    deps.parts.section(redact(section));
    throw new DriftError(
      `${message} This deploy would overwrite ${overwritten.length === report.drifted.length ? "them" : `${overwritten.length}: ${describeDrift(overwritten)}`}. drift: fail stops the run before anything is deployed; see the summary for the diffs, accept the changes with mode: retrieve, or set drift: warn to deploy over them.`
    );
  }
  deps.logger.warning(
    `Drift: ${message}${overwritten.length === 0 ? " The repository holds the org's version of each, so this deploy keeps them." : ""} See the summary.`
  );
  return { sections: [section], notes: [] };
}
function noBaseline(passedOver, logger) {
  const lines = [
    "### Drift",
    "",
    passedOver.length === 0 ? "No deploy receipt of this org was found, so drift could not be checked; this deploy's receipt will be the baseline of the next run." : "No usable deploy receipt of this org was found, so drift could not be checked; this deploy's receipt will be the baseline of the next run.",
    "",
    ...passedOver.map((p) => `> Passed over: ${escapeInline(p)}`)
  ];
  if (passedOver.length === 0)
    logger.info("Drift guard: no deploy receipt of this org to compare with.");
  else
    logger.warning(
      `Drift guard: no usable deploy receipt of this org, so drift was not checked (${passedOver.join(" ")}).`
    );
  return { sections: [`${lines.join("\n")}
`], notes: [] };
}
async function decideLevel(choice, isProduction2) {
  if (choice !== "auto") return choice;
  return await isProduction2() ? "warn" : void 0;
}
async function findBaseline(settings, deps, orgId, level) {
  const env = deps.env;
  const baseline = settings.drift?.baseline;
  const finder = baseline ? fileReceiptFinder(baseline, path6.relative(settings.workspace, baseline)) : artifactReceiptFinder({
    ...settings.report.githubToken ? { token: settings.report.githubToken } : {},
    ...env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {},
    octokit: deps.octokit
  });
  try {
    return await finder.newest(orgId);
  } catch (error) {
    if (level === "fail" || baseline) throw error;
    deps.logger.warning(`Drift guard skipped: ${describeError(error)}`);
    return void 0;
  }
}
async function guardThenBackup(guard, backup) {
  const drift = await guard();
  const saved = await backup();
  if (!drift) return saved;
  if (!saved) return drift;
  return {
    sections: [...drift.sections, ...saved.sections],
    notes: [...drift.notes, ...saved.notes]
  };
}

// src/receipt/write-receipt.ts
import { createHash as createHash3 } from "node:crypto";
import { mkdir as mkdir3, writeFile as writeFile4 } from "node:fs/promises";
import path8 from "node:path";

// src/github/report-files.ts
import { mkdir as mkdir2, writeFile as writeFile3 } from "node:fs/promises";
import path7 from "node:path";

// src/report/coverage-files.ts
function coverageFiles(report) {
  return report.coverage.entries.filter((e) => e.path !== void 0).map((e) => ({
    path: e.path,
    name: e.name,
    total: e.numLocations,
    covered: e.covered,
    lines: knownLines(e)
  })).sort((a, b) => a.path.localeCompare(b.path));
}
function totalsOf(files) {
  const total = files.reduce((sum, f) => sum + f.total, 0);
  const covered = files.reduce((sum, f) => sum + f.covered, 0);
  return {
    total,
    covered,
    rate: total === 0 ? 1 : covered / total,
    percent: total === 0 ? 100 : percentOf(covered, total)
  };
}
function rate(covered, total) {
  return (total === 0 ? 1 : covered / total).toFixed(4);
}
function knownLines(e) {
  const lines = /* @__PURE__ */ new Map();
  for (const line of e.linesCovered ?? []) lines.set(line, 1);
  for (const line of e.linesNotCovered) lines.set(line, 0);
  return [...lines.entries()].sort(([a], [b]) => a - b);
}

// src/report/cobertura.ts
function toCoberturaXml(report) {
  const files = coverageFiles(report);
  const totals = totalsOf(files);
  const timestamp = (report.verdict.completedDate ?? report.verdict.startDate)?.getTime() ?? 0;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<coverage line-rate="${rate(totals.covered, totals.total)}" branch-rate="0" lines-covered="${totals.covered}" lines-valid="${totals.total}" branches-covered="0" branches-valid="0" complexity="0" version="1" timestamp="${timestamp}">`,
    "  <sources>",
    "    <source>.</source>",
    "  </sources>",
    "  <packages>"
  ];
  for (const [name, group] of packages(files)) {
    const t = totalsOf(group);
    lines.push(
      `    <package name="${escapeXml3(name)}" line-rate="${rate(t.covered, t.total)}" branch-rate="0" complexity="0">`,
      "      <classes>"
    );
    for (const file of group) lines.push(...classElement(file));
    lines.push("      </classes>", "    </package>");
  }
  lines.push("  </packages>", "</coverage>", "");
  return lines.join("\n");
}
function classElement(f) {
  const head = `        <class name="${escapeXml3(f.name)}" filename="${escapeXml3(f.path)}" line-rate="${rate(f.covered, f.total)}" branch-rate="0" complexity="0">`;
  const lineTags = f.lines.map(
    ([n, hits]) => `            <line number="${n}" hits="${hits}" branch="false"/>`
  );
  return [
    head,
    "          <methods/>",
    "          <lines>",
    ...lineTags,
    "          </lines>",
    "        </class>"
  ];
}
function packages(files) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of files) {
    const name = f.path.includes("/") ? f.path.split("/")[0] ?? "." : ".";
    groups.set(name, [...groups.get(name) ?? [], f]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

// src/report/json-summary.ts
function toJsonSummary(report) {
  const files = coverageFiles(report);
  const summary = {
    total: metrics(totalsOf(files).total, totalsOf(files).covered)
  };
  for (const f of files) summary[f.path] = metrics(f.total, f.covered);
  return `${JSON.stringify(summary, null, 2)}
`;
}
function metrics(total, covered) {
  const lines = {
    total,
    covered,
    skipped: 0,
    pct: total === 0 ? 100 : Math.round(covered / total * 1e4) / 100
  };
  const none = { total: 0, covered: 0, skipped: 0, pct: 100 };
  return { lines, statements: { ...lines }, functions: { ...none }, branches: { ...none } };
}

// src/report/junit.ts
var JUNIT_MESSAGE_MAX = 1e3;
function toJUnitXml(report) {
  const { tests, verdict } = report;
  const timestamp = isoSeconds(verdict.startDate ?? verdict.createdDate);
  const rows = [...tests.failures, ...tests.passes];
  const suites = groupBySuite(rows);
  const rootAttrs = attrs({
    name: `Apex tests ${verdict.deployId}`,
    tests: rows.length,
    failures: tests.failures.length,
    errors: 0,
    skipped: 0,
    time: seconds(tests.totalTimeMs),
    timestamp
  });
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  if (rows.length === 0) {
    lines.push(`<testsuites${rootAttrs}/>`, "");
    return lines.join("\n");
  }
  lines.push(`<testsuites${rootAttrs}>`);
  for (const [name, cases] of suites) lines.push(...suite(name, cases, report, timestamp));
  lines.push("</testsuites>", "");
  return lines.join("\n");
}
function suite(name, cases, report, timestamp) {
  const path21 = cases.find((c) => c.path)?.path;
  const suiteAttrs = attrs({
    name,
    tests: cases.length,
    failures: cases.filter((c) => c.outcome === "Fail").length,
    errors: 0,
    skipped: 0,
    time: seconds(cases.reduce((sum, c) => sum + c.timeMs, 0)),
    timestamp,
    file: path21
  });
  return [
    `  <testsuite${suiteAttrs}>`,
    ...properties(report, "    "),
    ...cases.map(testcase),
    "  </testsuite>"
  ];
}
function testcase(t) {
  const line = t.location && t.location.path === t.path ? t.location.line : void 0;
  const caseAttrs = attrs({
    classname: t.qualifiedClass,
    name: t.methodName ?? "(class)",
    time: seconds(t.timeMs),
    file: t.path,
    line
  });
  const flaky = t.flakyFailure ? flakyFailure(t.flakyFailure) : "";
  const retry = `${flaky}${t.retryNote ? `
      <system-out>${escapeXml3(t.retryNote)}</system-out>` : ""}`;
  if (t.outcome === "Pass")
    return retry ? `    <testcase${caseAttrs}>${retry}
    </testcase>` : `    <testcase${caseAttrs}/>`;
  const message = t.message ?? "";
  const failureAttrs = attrs({ type: t.exceptionType, message: messageAttr(message) });
  const body2 = [message, t.stackTrace].filter(Boolean).join("\n");
  return `    <testcase${caseAttrs}>
      <failure${failureAttrs}>${escapeXml3(body2)}</failure>${retry}
    </testcase>`;
}
function flakyFailure(message) {
  const type = exceptionTypeOf(message);
  return `
      <flakyFailure${attrs({ type, message: messageAttr(message) })}>${escapeXml3(message)}</flakyFailure>`;
}
function messageAttr(message) {
  const firstLine = message.split(/\r?\n/, 1)[0] ?? "";
  return firstLine.length > JUNIT_MESSAGE_MAX ? `${cutAt(firstLine, JUNIT_MESSAGE_MAX - 1)}\u2026` : firstLine;
}
function properties(report, indent) {
  const props = [
    ["deployId", report.verdict.deployId],
    ["org", report.verdict.orgLabel],
    ["apiVersion", report.verdict.apiVersion],
    ["testLevel", report.testLevel],
    ["validationId", report.verdict.validationId]
  ];
  const present = props.filter((p) => Boolean(p[1]));
  return [
    `${indent}<properties>`,
    ...present.map(([name, value]) => `${indent}  <property${attrs({ name, value })}/>`),
    `${indent}</properties>`
  ];
}
function groupBySuite(rows) {
  const suites = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const list2 = suites.get(row.qualifiedClass) ?? [];
    list2.push(row);
    suites.set(row.qualifiedClass, list2);
  }
  return [...suites.entries()].sort(([a], [b]) => a.localeCompare(b));
}
function attrs(values) {
  return Object.entries(values).filter(([, v]) => v !== void 0 && v !== "").map(([k, v]) => ` ${k}="${escapeXml3(String(v))}"`).join("");
}
function seconds(ms) {
  return (ms / 1e3).toFixed(3);
}
function isoSeconds(date2) {
  return date2 ? `${date2.toISOString().slice(0, 19)}Z` : void 0;
}

// src/report/lcov.ts
function toLcov(report) {
  const out = [];
  for (const f of coverageFiles(report)) {
    out.push("TN:", `SF:${f.path}`);
    for (const [line, hits] of f.lines) out.push(`DA:${line},${hits}`);
    out.push(`LF:${f.total}`, `LH:${f.covered}`, "end_of_record");
  }
  return out.length > 0 ? `${out.join("\n")}
` : "";
}

// src/report/result-json.ts
function toResultJson(report) {
  const result2 = { ...report.result };
  for (const key2 of ["createdBy", "createdByName", "canceledBy", "canceledByName"])
    delete result2[key2];
  const { verdict, components: components2, tests, coverage } = report;
  const body2 = {
    operation: verdict.operation,
    mode: verdict.mode,
    outcome: verdict.outcome,
    passed: report.passed,
    conclusion: report.conclusion,
    org: verdict.orgLabel,
    apiVersion: verdict.apiVersion,
    ...report.testLevel ? { testLevel: report.testLevel } : {},
    deployUrl: verdict.deployUrl,
    ...verdict.validationId ? { validationId: verdict.validationId } : {},
    ...verdict.validationExpiresAt ? { validationExpiresAt: verdict.validationExpiresAt.toISOString() } : {},
    timing: { queuedMs: verdict.queuedMs ?? null, runMs: verdict.runMs ?? null },
    counts: {
      componentsTotal: components2.total,
      componentsDeployed: components2.deployed,
      componentErrors: components2.errors.length,
      componentWarnings: components2.warnings.length,
      testsTotal: tests.total,
      testsPassed: tests.passed,
      testsFailed: tests.failed,
      coveragePercent: coverage.aggregate?.percent ?? null
    },
    reasons: report.reasons,
    result: result2
  };
  return `${JSON.stringify(body2, null, 2)}
`;
}

// src/report/size-budget.ts
var JOB_SUMMARY_BUDGET_BYTES = 1e6;
function byteLength(text2) {
  return Buffer.byteLength(text2, "utf8");
}
function cutAtBytes(text2, maxBytes) {
  let bytes = 0;
  let end = 0;
  while (end < text2.length) {
    const code = text2.charCodeAt(end);
    const pair = code >= 55296 && code <= 56319 && end + 1 < text2.length;
    const size2 = pair ? 4 : code < 128 ? 1 : code < 2048 ? 2 : 3;
    if (bytes + size2 > maxBytes) break;
    bytes += size2;
    end += pair ? 2 : 1;
  }
  return text2.slice(0, end);
}
function hardCut(text2, budget, notice, measure) {
  const reserve = measure(`

${notice}
`);
  const state = { openDetails: 0 };
  const kept = [];
  let used = 0;
  for (const line of text2.split("\n")) {
    const next = advance(state, line);
    const size2 = measure(line) + 1;
    if (used + size2 + reserve + measure(closers(next).join("\n")) + 1 > budget) break;
    kept.push(line);
    used += size2;
    state.fence = next.fence;
    state.openDetails = next.openDetails;
  }
  return [...kept, ...closers(state), "", notice, ""].join("\n");
}
function advance(state, line) {
  const match = /^\s*(`{3,})/.exec(line);
  if (state.fence) {
    const closes = match?.[1] !== void 0 && match[1].length >= state.fence.length && line.trim() === match[1];
    return closes ? { openDetails: state.openDetails } : { ...state };
  }
  if (match?.[1]) return { fence: match[1], openDetails: state.openDetails };
  const opened = (line.match(/<details>/g) ?? []).length;
  const closed = (line.match(/<\/details>/g) ?? []).length;
  return { openDetails: Math.max(0, state.openDetails + opened - closed) };
}
function closers(state) {
  const out = [];
  if (state.fence) out.push(state.fence);
  for (let i = 0; i < state.openDetails; i++) out.push("", "</details>");
  return out;
}

// src/report/summary-sections.ts
function renderComponentIssues(report, o) {
  const { errors, warnings } = report.components;
  return [
    ...issueTable("Component errors", errors, report, o),
    ...issueTable("Component warnings", warnings, report, o)
  ];
}
function issueTable(title, issues, report, o) {
  if (issues.length === 0) return [];
  const shown = capped(issues, o.failureCap);
  const rows = shown.map((i) => [
    escapeTableCell(i.componentType || "manifest"),
    codeSpanInCell(i.fullName),
    i.path ? fileLink(i.path, i.line, report.blobBaseUrl) : `${escapeTableCell(i.fileName)}${i.manifest ? "" : " (not mapped)"}`,
    i.line ? `${i.line}${i.column ? `:${i.column}` : ""}` : "",
    escapeTableCell(trimText(i.problem, o.messageChars))
  ]);
  return [
    `### ${title} (${issues.length})`,
    "",
    ...table(["Type", "Name", "File", "Line:Col", "Problem"], rows),
    ...moreLine(issues.length, shown.length),
    ""
  ];
}
function renderTests2(report, o) {
  const { tests } = report;
  if (!tests.ran) return [];
  const lines = [];
  if (tests.failures.length > 0) {
    lines.push(`### Test failures (${tests.failures.length})`, "");
    const shown = capped(tests.failures, o.failureCap);
    for (const t of shown) lines.push(...renderFailure(t, report, o));
    lines.push(...moreLine(tests.failures.length, shown.length), "");
  }
  if (tests.total > SLOWEST_TESTS && !o.hideSlowest) {
    lines.push(`### Slowest tests`, "");
    lines.push(
      ...table(
        ["Test", "Time", "Outcome"],
        tests.slowest.map((t) => [
          codeSpanInCell(testName(t)),
          formatSeconds(t.timeMs),
          t.outcome === "Pass" ? "\u2705" : "\u274C"
        ])
      )
    );
  }
  lines.push("");
  if (o.passingTests && tests.passes.length > 0) {
    const sorted = [...tests.passes].sort((a, b) => testName(a).localeCompare(testName(b)));
    const rows = sorted.map((t) => [codeSpanInCell(testName(t)), formatSeconds(t.timeMs)]);
    lines.push(...details(`Passing tests (${tests.passes.length})`, table(["Test", "Time"], rows)));
  }
  return lines;
}
function renderFailure(t, report, o) {
  const where = t.location ? fileLink(t.location.path, t.location.line, report.blobBaseUrl) : t.path ? fileLink(t.path, void 0, report.blobBaseUrl) : "not in repository";
  const message = trimText(t.message ?? "No message from Salesforce.", o.messageChars);
  const lines = [
    `#### \u274C ${codeSpan(testName(t))}`,
    "",
    `${where} \xB7 ${formatSeconds(t.timeMs)}`,
    "",
    fencedBlock(message),
    ""
  ];
  if (t.stackTrace) {
    lines.push(...details("Stack trace", [fencedBlock(trimLines(t.stackTrace, o.traceLines))]));
  }
  return lines;
}
function renderCoverage(report, o) {
  const { coverage } = report;
  if (coverage.entries.length === 0) return [];
  const threshold = coverage.threshold?.threshold ?? SALESFORCE_COVERAGE_PERCENT;
  const lines = [
    `### Coverage (${plural(coverage.entries.length, "class or trigger", "classes and triggers")})`,
    ""
  ];
  if (coverage.aggregate) {
    const a = coverage.aggregate;
    lines.push(
      `Coverage of the classes reported by this run: **${formatPercent(a.percent)}** (${a.covered}/${a.total} lines) \xB7 threshold ${threshold} % ${coverage.threshold ? "(configured)" : "(Salesforce)"}`,
      ""
    );
  }
  if (coverage.orgWidePercentHint !== void 0)
    lines.push(`Org-wide coverage reported by Salesforce: ${coverage.orgWidePercentHint} %`, "");
  if (!coverage.exactLines)
    lines.push(
      "Covered line numbers are not in this result (API < 68.0): files list uncovered lines with exact totals.",
      ""
    );
  lines.push(...thresholdLines(report));
  const shown = o.coverageLowest === void 0 ? coverage.entries : trimCoverage(coverage.entries, o.coverageLowest);
  const rows = shown.map((e) => coverageRow(e, threshold, report));
  lines.push(
    ...table(["Class", "File", "Covered", "%", `Bar (\u2506 ${threshold} %)`, "Uncovered lines"], rows)
  );
  if (shown.length < coverage.entries.length) {
    const rest = coverage.entries.length - shown.length;
    lines.push(
      "",
      `\u2026 ${rest} more classes and triggers at or above ${formatPercent(shown.at(-1)?.percent)} are left out; see the coverage files.`
    );
  }
  lines.push("");
  return lines;
}
function thresholdLines(report) {
  const t = report.coverage.threshold;
  if (!t?.evaluated || t.passed) return [];
  const lines = [`**Below the configured threshold of ${t.threshold} %:**`];
  if (t.aggregateBelow)
    lines.push(`- aggregate coverage ${formatPercent(report.coverage.aggregate?.percent)}`);
  for (const e of t.classesBelow)
    lines.push(`- ${codeSpan(e.name)} (${e.type}) ${formatPercent(e.percent)}`);
  return [...lines, ""];
}
function coverageRow(e, threshold, report) {
  const flag = e.belowThreshold ? " \u26A0" : "";
  return [
    `${codeSpanInCell(e.name)} (${e.type})${flag}`,
    e.path ? fileLink(e.path, e.linesNotCovered[0], report.blobBaseUrl) : "not in repository",
    e.numLocations > 0 ? `${e.covered}/${e.numLocations}` : "0/0",
    formatPercent(e.percent),
    coverageBar(e.percent, threshold),
    lineRanges(e.linesNotCovered)
  ];
}
function trimCoverage(entries, lowest) {
  return entries.filter((e, index) => index < lowest || e.belowThreshold);
}
function renderComponentSuccesses(report, o) {
  const { components: components2, verdict } = report;
  const verb = verdict.checkOnly ? "Validated" : "Deployed";
  const lines = [];
  if (!committed(verdict)) return lines;
  if (components2.successes.length > 0) {
    const s = components2.byState;
    lines.push(
      `### ${verb} components (${components2.successes.length})`,
      "",
      `Created ${s.Created} \xB7 Changed ${s.Changed} \xB7 Unchanged ${s.Unchanged} \xB7 Deleted ${s.Deleted}`,
      ""
    );
    lines.push(
      ...details(
        "By type",
        table(
          ["Type", "Count"],
          components2.byType.map(([type, n]) => [escapeTableCell(type), String(n)])
        )
      )
    );
    if (o.successList) {
      const rows = components2.successes.map((c) => [
        escapeTableCell(c.componentType),
        codeSpanInCell(c.fullName),
        c.state
      ]);
      lines.push(...details(`${verb} components`, table(["Type", "Name", "State"], rows)));
    }
  }
  if (components2.deleted.length > 0) {
    lines.push(`### Deleted components (${components2.deleted.length})`, "");
    lines.push(
      ...table(
        ["Name", "Type"],
        components2.deleted.map((c) => [
          codeSpanInCell(c.fullName),
          escapeTableCell(c.componentType)
        ])
      ),
      ""
    );
  }
  return lines;
}
function capped(items, cap) {
  return cap === void 0 ? items : items.slice(0, cap);
}
function moreLine(total, shown) {
  return total > shown ? ["", `\u2026 and ${total - shown} more, see the summary file or the artifact.`] : [];
}
function trimText(text2, max) {
  return max === void 0 || text2.length <= max ? text2 : `${cutAt(text2, max)}\u2026 (${text2.length - max} more characters)`;
}
function trimLines(text2, max) {
  const lines = text2.split(/\r?\n/);
  return max === void 0 || lines.length <= max ? text2 : [...lines.slice(0, max), `\u2026 ${lines.length - max} more lines`].join("\n");
}

// src/report/summary-verdict.ts
var ICONS = {
  succeeded: "\u2705",
  partial: "\u26A0\uFE0F",
  failed: "\u274C",
  canceled: "\u{1F6AB}",
  running: "\u23F3"
};
var WORDS = {
  succeeded: "succeeded",
  partial: "partially succeeded",
  failed: "failed",
  canceled: "canceled",
  running: "still running"
};
function headline(report) {
  const { verdict } = report;
  if (verdict.nothingCanceled)
    return `\u26A0\uFE0F Nothing to cancel \u2014 ${verdict.operation} had already ${WORDS[verdict.outcome]}`;
  if (verdict.outcome === "succeeded" && !report.passed)
    return report.coverage.threshold?.passed === false ? `\u274C ${verdict.operation} failed the coverage threshold` : `\u274C ${verdict.operation} failed the test checks`;
  return `${ICONS[verdict.outcome]} ${verdict.operation} ${WORDS[verdict.outcome]}`;
}
function renderVerdict(report) {
  const { verdict } = report;
  const id = `[${codeSpan(verdict.deployId)}](${verdict.deployUrl})`;
  return [
    `## ${headline(report)} \xB7 ${escapeInline(verdict.orgLabel)} \xB7 ${id}`,
    "",
    ...table(
      ["Status", "Mode", "Components", "Tests", "Coverage", "Duration"],
      [countsRow(report)]
    ),
    "",
    factsLine(report),
    ""
  ];
}
function rolledBack(verdict) {
  if (verdict.checkOnly) return "Not validated";
  const kept = verdict.keptDeploy;
  return kept ? `Rolled back; the org keeps ${kept.deployed} deployed by ${codeSpan(kept.deployId)}` : "Rolled back \u2014 nothing was deployed";
}
function countsRow(report) {
  const { verdict, components: components2, tests, coverage } = report;
  const errors = plural(components2.errors.length, "error");
  const deletions = components2.deletions > 0 ? `, ${plural(components2.deletions, "deletion")}` : "";
  const componentCell = committed(verdict) ? `${components2.deployed}/${components2.total} ${verdict.checkOnly ? "validated" : "deployed"}${deletions}, ${errors}` : verdict.outcome === "running" ? `${components2.deployed}/${components2.total} so far, ${errors}` : `${rolledBack(verdict)}, ${errors}`;
  const testCell = tests.ran ? `${tests.passed} passed, ${tests.failed} failed` : "none ran";
  const flag = coverage.threshold?.aggregateBelow ? " \u26A0" : "";
  const coverageCell = coverage.aggregate ? `${formatPercent(coverage.aggregate.percent)}${flag}` : "n/a";
  return [
    codeSpan(verdict.status),
    escapeTableCell(verdict.operation),
    componentCell,
    testCell,
    coverageCell,
    durationCell(report)
  ];
}
function durationCell(report) {
  const { queuedMs, runMs } = report.verdict;
  if (runMs === void 0 && queuedMs === void 0) return "n/a";
  const parts = [
    runMs !== void 0 ? `running ${formatDuration(runMs)}` : "",
    queuedMs !== void 0 ? `queued ${formatDuration(queuedMs)}` : ""
  ].filter(Boolean);
  return parts.join(", ");
}
function factsLine(report) {
  const { verdict, tests } = report;
  const facts2 = [`API v${escapeInline(verdict.apiVersion)}`];
  if (report.testLevel) facts2.push(`test level ${codeSpan(report.testLevel)}`);
  if (tests.ran) facts2.push(`test time ${formatDuration(tests.totalTimeMs)}`);
  if (verdict.completedDate) facts2.push(`completed ${formatUtc(verdict.completedDate)}`);
  if (verdict.validationId) facts2.push(`from validation ${codeSpan(verdict.validationId)}`);
  return facts2.join(" \xB7 ");
}
function renderExplanation(report, extraNotes) {
  const lines = [];
  if (report.deployError) {
    const code = report.deployError.statusCode ? `${codeSpan(report.deployError.statusCode)}: ` : "";
    lines.push(`**Deploy error:** ${code}${escapeInline(report.deployError.message)}`, "");
  }
  if (report.reasons.length > 0) {
    lines.push("**Why:**", ...report.reasons.map((r) => `- ${escapeInline(r)}`), "");
  }
  if (report.coverage.warnings.length > 0) {
    lines.push(
      ...report.coverage.warnings.map(
        (w) => `> ${w.name ? `${codeSpan(w.name)}: ` : ""}${escapeInline(w.message)}`
      ),
      ""
    );
  }
  lines.push(...quickDeployHandle(report));
  const notes = [...report.notes, ...extraNotes];
  if (notes.length > 0) lines.push(...notes.map((n) => `> [!NOTE]
> ${escapeInline(n)}
`));
  return lines;
}
function quickDeployHandle(report) {
  const { verdict } = report;
  if (!verdict.validationExpiresAt) return [];
  return [
    `**Quick deploy:** validation ${codeSpan(verdict.deployId)} can be quick-deployed until ${formatUtc(verdict.validationExpiresAt)}; pass this id as the validation id of a quick deploy.`,
    ""
  ];
}

// src/report/summary.ts
var FULL = { successList: true, passingTests: true };
var SHRINK_STAGES = [
  { options: FULL, omitted: [] },
  {
    options: { ...FULL, successList: false },
    omitted: ["the list of successful components (counts kept)"]
  },
  {
    options: { successList: false, passingTests: false },
    omitted: [
      "the list of successful components (counts kept)",
      "the list of passing tests (counts and slowest kept)"
    ]
  },
  {
    options: { successList: false, passingTests: false, coverageLowest: 20 },
    omitted: [
      "the list of successful components (counts kept)",
      "the list of passing tests (counts and slowest kept)",
      "coverage rows at or above the threshold beyond the 20 lowest"
    ]
  },
  {
    options: {
      successList: false,
      passingTests: false,
      coverageLowest: 20,
      traceLines: 15,
      messageChars: 2e3
    },
    omitted: [
      "the list of successful components (counts kept)",
      "the list of passing tests (counts and slowest kept)",
      "coverage rows at or above the threshold beyond the 20 lowest",
      "stack trace lines beyond 15 and message text beyond 2,000 characters"
    ]
  },
  {
    options: {
      successList: false,
      passingTests: false,
      coverageLowest: 20,
      traceLines: 15,
      messageChars: 2e3,
      failureCap: 100
    },
    omitted: [
      "the list of successful components (counts kept)",
      "the list of passing tests (counts and slowest kept)",
      "coverage rows at or above the threshold beyond the 20 lowest",
      "stack trace lines beyond 15 and message text beyond 2,000 characters",
      "failures beyond 100 per category"
    ]
  }
];
function renderSummary(report, budgetBytes = JOB_SUMMARY_BUDGET_BYTES) {
  return renderWithinBudget(report, { budget: budgetBytes });
}
function renderFullSummary(report) {
  return renderStage(report, FULL, []);
}
function renderWithinBudget(report, options) {
  const budget = options.budget ?? JOB_SUMMARY_BUDGET_BYTES;
  const measure = options.measure ?? byteLength;
  let previousSections;
  const omitted = [];
  for (const stage of SHRINK_STAGES) {
    const body2 = sections(report, stage.options);
    const text2 = body2.join("\n");
    if (previousSections !== void 0 && text2 !== previousSections) omitted.push(newCut(stage));
    previousSections = text2;
    const rendered = withHead(report, body2, omitted);
    if (measure(rendered) <= budget) return rendered;
  }
  const notice = options.truncationNotice ?? "**Report truncated to fit GitHub's 1 MiB step summary limit.** The full report is in the summary file and the artifact.";
  const smallest = SHRINK_STAGES[SHRINK_STAGES.length - 1]?.options ?? FULL;
  const failuresFirst = withHead(report, sections(report, smallest, true), omitted);
  return hardCut(failuresFirst, budget, notice, measure);
}
function newCut(stage) {
  return stage.omitted[stage.omitted.length - 1] ?? "";
}
function renderStage(report, options, omitted) {
  return withHead(report, sections(report, options), omitted);
}
function withHead(report, body2, omitted) {
  const shrinkNote = omitted.length > 0 ? [
    `Shortened to fit the size limit; left out: ${omitted.join("; ")}. The full report is in the summary file and the artifact.`
  ] : [];
  return [...renderVerdict(report), ...renderExplanation(report, shrinkNote), ...body2].join("\n");
}
function sections(report, options, extraLast = false) {
  const extra = report.extraSections ?? [];
  return [
    ...extraLast ? [] : extra,
    ...renderComponentIssues(report, options),
    ...renderTests2(report, options),
    ...renderCoverage(report, options),
    ...renderComponentSuccesses(report, options),
    ...extraLast ? extra : []
  ];
}

// src/github/report-files.ts
var REPORT_FILE_NAMES = {
  summary: "summary.md",
  result: "deploy-result.json",
  junit: "junit.xml",
  cobertura: "coverage/cobertura.xml",
  lcov: "coverage/lcov.info",
  json: "coverage/coverage-summary.json"
};
var nodeFileSystem = {
  mkdir: async (dir) => {
    await mkdir2(dir, { recursive: true });
  },
  writeFile: (file, content) => writeFile3(file, redact(content), "utf8")
};
function resolveResultsDir(workspace, resultsDir) {
  const root = path7.resolve(workspace);
  const dir = path7.resolve(root, resultsDir);
  const relative = path7.relative(root, dir);
  if (relative.startsWith("..") || path7.isAbsolute(relative)) {
    throw new Error(
      `results-dir: "${resultsDir}" resolves to ${dir}, outside the workspace ${root}. Use a folder inside the workspace, e.g. sf-deploy-results.`
    );
  }
  return dir;
}
async function writeReportFiles(report, settings, fs = nodeFileSystem) {
  const dir = resolveResultsDir(settings.workspace, settings.resultsDir);
  const renderers = {
    summary: renderFullSummary,
    result: toResultJson,
    junit: toJUnitXml,
    cobertura: toCoberturaXml,
    lcov: toLcov,
    json: toJsonSummary
  };
  const keys = ["summary", "result", ...new Set(settings.formats)];
  const written = {};
  for (const key2 of keys) {
    const file = path7.join(dir, REPORT_FILE_NAMES[key2]);
    await fs.mkdir(path7.dirname(file));
    await fs.writeFile(file, renderers[key2](report));
    written[key2] = file;
  }
  return written;
}

// src/receipt/write-receipt.ts
async function writeReceipt(outcome, paths, deps) {
  try {
    return await writeAndUpload(outcome, paths, deps);
  } catch (error) {
    deps.logger.warning(`The deploy receipt could not be written (${describeError(error)}).`);
    return void 0;
  }
}
async function writeAndUpload(outcome, paths, deps) {
  const input = receiptInputOf(outcome, deps.env, deps.clock);
  if (!input) return void 0;
  const dir = resolveResultsDir(paths.workspace, paths.resultsDir);
  const file = path8.join(dir, RECEIPT_FILE);
  await mkdir3(dir, { recursive: true });
  const text2 = serializeReceipt(buildReceipt(input));
  await writeFile4(file, text2, "utf8");
  const name = receiptArtifactName(input.orgId);
  const attestation = paths.attest ? await attestReceipt(text2, deps) : void 0;
  const written = { path: file, ...attestation ? { attestation } : {} };
  try {
    const uploaded = await deps.artifactUploader().upload(name, [file], dir);
    deps.logger.info(
      `Deploy receipt written to ${file} and stored as artifact ${name}${uploaded.id !== void 0 ? ` (id ${uploaded.id})` : ""}.`
    );
    return { ...written, artifactName: name };
  } catch (error) {
    deps.logger.warning(
      `The deploy receipt was written to ${file} but could not be uploaded as artifact ${name} (${describeError(error)}).`
    );
    return written;
  }
}
async function attestReceipt(text2, deps) {
  if (!deps.attester) {
    deps.logger.warning("attest: true, but no attester was given; the receipt is not attested.");
    return void 0;
  }
  const sha2562 = createHash3("sha256").update(text2, "utf8").digest("hex");
  try {
    const attested = await deps.attester().attest({ name: RECEIPT_FILE, sha256: sha2562 });
    deps.logger.info(
      `Deploy receipt attested as build provenance (sha256 ${sha2562}${attested.url ? `, ${attested.url}` : ""}).`
    );
    return attested;
  } catch (error) {
    deps.logger.warning(
      `The deploy receipt could not be attested (${describeError(error)}). Attestation needs permissions: id-token: write and attestations: write.`
    );
    return void 0;
  }
}
function receiptInputOf(outcome, env, clock) {
  const result2 = outcome.result;
  if (outcome.mode !== "deploy" && outcome.mode !== "quick-deploy") return void 0;
  if (!result2 || !result2.done || result2.checkOnly || !isCleanSuccess(result2)) return void 0;
  if (!outcome.orgId) return void 0;
  const context = runContextOf(env);
  const testLevel = outcome.testLevel ?? outcome.package?.tests?.testLevel;
  return {
    mode: outcome.mode,
    result: result2,
    orgId: outcome.orgId,
    ...outcome.instanceUrl ? { instanceUrl: outcome.instanceUrl } : {},
    ...outcome.apiVersion ? { apiVersion: outcome.apiVersion } : {},
    ...testLevel ? { testLevel } : {},
    ...outcome.validationId ? { validationId: outcome.validationId } : {},
    ...outcome.package?.contentHash ? { contentHash: outcome.package.contentHash } : {},
    ...outcome.package ? { packageFiles: unzipEntries(outcome.package.zip, "deploy package") } : {},
    run: {
      commitSha: context?.headSha || env.GITHUB_SHA || "",
      ...env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {},
      ...env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {},
      ...env.GITHUB_RUN_ATTEMPT ? { runAttempt: env.GITHUB_RUN_ATTEMPT } : {}
    },
    now: new Date(clock.now()).toISOString()
  };
}

// src/retrieve/backup-step.ts
import path10 from "node:path";

// src/retrieve/change-summary.ts
var CHANGE_SUMMARY_BUDGET_BYTES = 3e4;
var STAGES = [
  { diffLines: 60, listCap: 500 },
  { diffLines: 20, listCap: 500, omitted: "diff lines beyond 20 per file" },
  {
    diffLines: 6,
    listCap: 200,
    omitted: "diff lines beyond 6 per file; names beyond 200 per list"
  },
  { diffLines: 0, listCap: 100, omitted: "all diffs; names beyond 100 per list" },
  { diffLines: 0, listCap: 20, omitted: "all diffs; names beyond 20 per list" }
];
function renderChangeSummary(input, budgetBytes = CHANGE_SUMMARY_BUDGET_BYTES) {
  let text2 = "";
  for (const stage of STAGES) {
    text2 = renderStage2(input, stage);
    if (byteLength(text2) <= budgetBytes) return text2;
  }
  return text2;
}
function renderStage2(input, stage) {
  const h = input.heading ?? "###";
  const by = (state) => input.changes.filter((c) => c.state === state);
  const lines = [
    `${h} What this deploy changes`,
    "",
    ...table(
      ["New", "Changed", "Unchanged", "Deleted"],
      [
        [by("new").length, by("changed").length, by("unchanged").length, by("deleted").length].map(
          String
        )
      ]
    ),
    "",
    ...input.changes.length === 0 && (input.absentDeletions ?? []).length === 0 ? ["The package holds no components.", ""] : [],
    ...nameList("New in the org", by("new"), stage.listCap),
    ...changedList(by("changed"), stage),
    ...deletionList(by("deleted"), input.absentDeletions ?? [], stage.listCap),
    ...collapsedList("Unchanged", by("unchanged"), stage.listCap),
    ...(input.notes ?? []).map((n) => `> ${escapeInline(n)}`),
    ...(input.notes ?? []).length > 0 ? [""] : [],
    ...stage.omitted ? [
      `_Shortened to fit the summary; left out: ${stage.omitted}. The rollback artifact holds the org's full versions._`,
      ""
    ] : [],
    ...input.rollback ? rollbackSection(input.rollback, h) : []
  ];
  return `${lines.join("\n")}
`;
}
function label(c) {
  return `${escapeInline(c.type)} ${codeSpan(c.fullName)}`;
}
function nameList(title, items, cap) {
  if (items.length === 0) return [];
  const shown = items.slice(0, cap).map((c) => `- ${label(c)}`);
  const more2 = items.length > cap ? [`- \u2026 and ${items.length - cap} more`] : [];
  return [`**${title}** (${items.length})`, "", ...shown, ...more2, ""];
}
function deletionList(deleted, absent, cap) {
  const inOrg = new Set(deleted.map(refKey));
  const items = [...deleted, ...absent].sort(byRef);
  if (items.length === 0) return [];
  const shown = items.slice(0, cap).map(
    (d) => `- ${escapeInline(d.type)} ${codeSpan(d.fullName)}: ${inOrg.has(refKey(d)) ? "in the org" : "not in the org, nothing to delete"}`
  );
  const more2 = items.length > cap ? [`- \u2026 and ${items.length - cap} more`] : [];
  const warns = absent.length > 0 ? [
    "_The deploy gets a warning for each component not in the org, and fails on them unless ignore-warnings is true._",
    ""
  ] : [];
  return [`**To be deleted** (${items.length})`, "", ...shown, ...more2, "", ...warns];
}
function collapsedList(title, items, cap) {
  if (items.length === 0) return [];
  const shown = items.slice(0, cap).map((c) => `- ${label(c)}`);
  const more2 = items.length > cap ? [`- \u2026 and ${items.length - cap} more`] : [];
  return details(`${title} (${items.length})`, [...shown, ...more2]);
}
function changedList(items, stage) {
  if (items.length === 0) return [];
  const head = [`**Changed** (${items.length})`, ""];
  if (stage.diffLines === 0) return nameList("Changed", items, stage.listCap);
  const shown = items.slice(0, stage.listCap).flatMap(
    (c) => details(
      `${escapeHtml(c.type)} <code>${escapeHtml(c.fullName)}</code>`,
      c.diffs.flatMap((d) => fileDiff2(d, stage.diffLines))
    )
  );
  const more2 = items.length > stage.listCap ? [`- \u2026 and ${items.length - stage.listCap} more`, ""] : [];
  return [...head, ...shown, ...more2];
}
function fileDiff2(diff, maxLines) {
  const title = `${codeSpan(diff.path)}`;
  if (diff.binary)
    return [
      `${title}: binary content differs (${size(diff.binary.before)} in the org, ${size(diff.binary.after)} in the package)`,
      ""
    ];
  if (diff.tooLarge || !diff.lines) return [`${title}: too many differences to show`, ""];
  const body2 = diff.lines.slice(0, maxLines);
  const cut = diff.lines.length > maxLines ? [`\u2026 ${diff.lines.length - maxLines} more diff lines`] : [];
  return [title, "", diffBlock([...body2, ...cut]), ""];
}
function size(bytes) {
  return bytes === void 0 ? "absent" : `${bytes.toLocaleString("en-US")} bytes`;
}
function diffBlock(lines) {
  const text2 = lines.join("\n");
  const longest = Math.max(0, ...[...text2.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}diff
${text2}
${fence}`;
}
function rollbackSection(rollback, h) {
  const where = rollback.artifactName ? `artifact ${codeSpan(rollback.artifactName)} (also written to ${codeSpan(rollback.dir)})` : `${codeSpan(rollback.dir)} (not uploaded: ${escapeInline(rollback.artifactProblem ?? "upload-artifact is false")})`;
  const counts = `It restores ${rollback.restores} component${rollback.restores === 1 ? "" : "s"} to the org's version before this deploy` + (rollback.removes > 0 ? ` and deletes the ${rollback.removes} new one${rollback.removes === 1 ? "" : "s"} (destructiveChangesPost.xml).` : ".");
  return [
    `${h}# Rollback`,
    "",
    `The org's versions from before this deploy are in ${where}. ${counts}`,
    "",
    ...details("Workflow steps to roll back", ["```yaml", ...rollbackSnippet(rollback), "```"])
  ];
}
function rollbackSnippet(rollback) {
  const download = rollback.artifactName ? [
    "- uses: actions/download-artifact@v4",
    "  with:",
    `    name: ${rollback.artifactName}`,
    "    path: rollback",
    "    # from another run: add run-id and github-token"
  ] : [];
  return [
    ...download,
    `- uses: ${rollback.actionRef}`,
    "  with:",
    "    mode: deploy",
    `    metadata-dir: ${rollback.artifactName ? "rollback" : rollback.dir}`,
    "    auth-url: ${{ secrets.SFDX_AUTH_URL }}",
    "    test-level: RunLocalTests",
    "    backup: false"
  ];
}

// src/retrieve/retrieve-package.ts
async function retrievePackageInOrg(packageFiles, ports, options) {
  const manifest = packageMembers(packageFiles);
  const requested = retrieveRequest(manifest);
  const retrieved = await retrieveComponents(requested.members, ports, {
    ...options,
    estimate: estimateFromPackage(packageFiles, requested.members)
  });
  const changes2 = compareWithOrg({
    packageFiles,
    orgFiles: retrieved.files,
    members: retrieved.members,
    deletions: manifest.deletions,
    existing: retrieved.existing
  });
  return {
    manifest,
    retrieved: { ...retrieved, notes: [...retrieved.notes, ...requested.notes] },
    changes: changes2,
    absentDeletions: manifest.deletions.filter((d) => !retrieved.existing.has(refKey(d)))
  };
}
function retrieveRequest(manifest) {
  const wildcards = manifest.deletions.filter((d) => d.fullName === "*");
  const named = manifest.deletions.filter((d) => d.fullName !== "*");
  return {
    members: [...manifest.members, ...named],
    notes: wildcards.map(
      (d) => `${d.type}: * in a destructive manifest was not retrieved; destructive manifests take no wildcards.`
    )
  };
}

// src/retrieve/rollback-package.ts
var DESTRUCTIVE_FILE2 = "destructiveChangesPost.xml";
function buildRollbackPackage(input) {
  const restores = heldMembers(input.members, input.existing);
  const removes = removals(input.changes);
  const files = restoredFiles(restores, input.orgFiles);
  files.set("package.xml", encodeUtf8(buildPackageXml(restores, input.apiVersion)));
  if (removes.length > 0)
    files.set(DESTRUCTIVE_FILE2, encodeUtf8(buildPackageXml(removes, input.apiVersion)));
  return {
    files: new Map([...files].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)),
    restores,
    removes
  };
}
function heldMembers(members, existing) {
  const wildcards = new Set(members.filter((m) => m.fullName === "*").map((m) => m.type));
  const held = members.filter((m) => existing.has(refKey(m)));
  for (const key2 of existing) {
    const colon = key2.indexOf(":");
    const type = key2.slice(0, colon);
    if (wildcards.has(type)) held.push({ type, fullName: key2.slice(colon + 1) });
  }
  return uniqueRefs(held);
}
function removals(changes2) {
  const newKeys = new Set(changes2.filter((c) => c.state === "new").map(refKey));
  return changes2.filter((c) => c.state === "new" && !(c.parent && newKeys.has(refKey(c.parent)))).map((c) => ({ type: c.type, fullName: c.fullName }));
}
function restoredFiles(restores, orgFiles) {
  const wanted = new Set(restores.map(refKey));
  const groups = groupByComponent(orgFiles.keys(), wanted).components;
  const files = /* @__PURE__ */ new Map();
  const childrenByParent = /* @__PURE__ */ new Map();
  for (const ref of restores) {
    const parentType = parentTypeOf(ref.type);
    if (!parentType) continue;
    const parent = childParentName(ref);
    const key2 = refKey({ type: parentType, fullName: parent });
    childrenByParent.set(key2, /* @__PURE__ */ new Set([...childrenByParent.get(key2) ?? [], refKey(ref)]));
  }
  for (const [key2, group] of groups) {
    const whole = wanted.has(key2);
    const children = childrenByParent.get(key2);
    if (!whole && !children) continue;
    for (const path21 of group.files) {
      const bytes = orgFiles.get(path21);
      files.set(
        path21,
        !whole && path21 === group.mainFile && children ? keepChildren(group, bytes, children) : bytes
      );
    }
  }
  return files;
}
function childParentName(ref) {
  const parentType = parentTypeOf(ref.type);
  const child = childTypesOf(parentType ?? "").find((c) => c.type === ref.type);
  if (child && !child.prefixed) return parentType === "CustomLabels" ? "CustomLabels" : ref.fullName;
  const dot = ref.fullName.indexOf(".");
  return dot === -1 ? ref.fullName : ref.fullName.slice(0, dot);
}
function keepChildren(parent, bytes, keep) {
  const root = tryParseXml(decodeUtf8(bytes));
  if (!root) return bytes;
  const childTypes = childTypesOf(parent.type);
  const byTag = new Map(childTypes.map((c) => [c.tag, c]));
  const children = root.children.filter((node) => {
    if (node.kind !== "element") return true;
    const child = byTag.get(node.name);
    if (!child) return true;
    const name = entryKey(node, [child.key]);
    return keep.has(
      refKey({ type: child.type, fullName: child.prefixed ? `${parent.fullName}.${name}` : name })
    );
  });
  return encodeUtf8(writeXml({ ...root, children }).text);
}
function uniqueRefs(refs) {
  const seen = /* @__PURE__ */ new Map();
  for (const ref of refs) seen.set(refKey(ref), { type: ref.type, fullName: ref.fullName });
  return [...seen.values()];
}

// src/retrieve/backup.ts
async function decideBackup(choice, isProduction2) {
  if (choice === "on") return { on: true, reason: "backup: true" };
  if (choice === "off") return { on: false, reason: "backup: false" };
  const production = await isProduction2();
  return production ? { on: true, reason: "backup: auto, and the org is a production org" } : { on: false, reason: "backup: auto, and the org is not a production org" };
}
async function backupBeforeDeploy(files, options, ports) {
  const decision = await decideBackup(options.choice, () => ports.isProduction());
  ports.logger.info(`Backup ${decision.on ? "on" : "off"} (${decision.reason}).`);
  if (!decision.on) return void 0;
  const packageFiles = typeof files === "function" ? files() : files;
  const { retrieved, changes: changes2, absentDeletions } = await retrievePackageInOrg(packageFiles, ports, {
    apiVersion: options.apiVersion,
    wait: options.wait
  });
  const rollback = buildRollbackPackage({
    members: retrieved.members,
    changes: changes2,
    orgFiles: retrieved.files,
    existing: retrieved.existing,
    // The version its files were retrieved in: the package's may be newer than the org's.
    apiVersion: options.apiVersion
  });
  const dir = await ports.store.write(rollback.files);
  const artifact = await ports.store.upload();
  const counts = countChanges(changes2);
  ports.logger.info(
    `Backup: ${counts.new} new, ${counts.changed} changed, ${counts.unchanged} unchanged, ${counts.deleted} deleted; rollback package in ${dir}${"name" in artifact ? ` (artifact ${artifact.name})` : ""}.`
  );
  const notes = [
    ...retrieved.notes,
    ...retrieved.messages.map((m) => `${m.fileName}: ${m.problem}`)
  ];
  return {
    changes: changes2,
    absentDeletions,
    rollback,
    dir,
    artifact,
    notes,
    retrieveIds: retrieved.retrieveIds
  };
}

// src/retrieve/fs-package-folder.ts
import { mkdir as mkdir4, rm, writeFile as writeFile5 } from "node:fs/promises";
import path9 from "node:path";
async function writePackageFolder(dir, files) {
  await rm(dir, { recursive: true, force: true });
  const written = [];
  for (const [name, bytes] of files) {
    const target = path9.join(dir, ...name.split("/"));
    if (!target.startsWith(dir + path9.sep))
      throw new Error(`refusing to write ${name} outside ${dir}`);
    await mkdir4(path9.dirname(target), { recursive: true });
    await writeFile5(target, bytes);
    written.push(target);
  }
  return written;
}
function createFolderStore(options) {
  let written = [];
  return {
    async write(files) {
      written = await writePackageFolder(options.dir, files);
      return path9.relative(options.workspace, options.dir).split(path9.sep).join("/") || ".";
    },
    async upload() {
      if (!options.artifactName) return { problem: "upload-artifact is false" };
      try {
        await options.uploader().upload(options.artifactName, written, options.dir);
        return { name: options.artifactName };
      } catch (error) {
        return {
          problem: `the upload failed: ${error instanceof Error ? error.message : String(error)}`
        };
      }
    }
  };
}

// src/retrieve/backup-step.ts
async function runBackupStep(settings, deps, pkg, session) {
  if (settings.retrieve.backup === "off") return void 0;
  const caller = session.caller;
  if (!caller)
    throw new ActionError(
      "backup needs a signed-in session with its caller; this is a bug in the action."
    );
  const dir = path10.join(settings.report.resultsDir, "rollback");
  const artifactName = settings.report.uploadArtifact ? `${settings.report.artifactName}-rollback` : void 0;
  let result2;
  try {
    result2 = await backupBeforeDeploy(
      // Unzipped only when backup is on: with backup: auto, a sandbox never pays for it.
      () => unzipEntries(pkg.zip, "deploy package"),
      {
        choice: settings.retrieve.backup,
        apiVersion: session.apiVersion,
        wait: waitOptionsFrom(settings, deps.random)
      },
      {
        api: createSoapRetrieveApi(caller, session.apiVersion),
        clock: deps.clock,
        logger: deps.logger,
        isProduction: () => queryIsProduction(caller, session.apiVersion),
        store: createFolderStore({
          dir,
          workspace: settings.workspace,
          ...artifactName ? { artifactName } : {},
          uploader: deps.artifactUploader
        })
      }
    );
  } catch (error) {
    throw backupFailed(error, settings.mode);
  }
  if (!result2) return void 0;
  setBackupOutputs(result2, deps.parts);
  return {
    sections: [
      renderChangeSummary({
        changes: result2.changes,
        absentDeletions: result2.absentDeletions,
        rollback: rollbackInfo(result2, deps.env),
        notes: result2.notes
      })
    ],
    notes: []
  };
}
function backupFailed(error, mode) {
  if (error instanceof InputError) return error;
  const what = BACKED_UP[mode] ?? "deploy";
  return new ActionError(
    `The backup before the ${what} failed, so nothing was sent to the org: ${describeError(error)}
Fix the cause and run again, or set backup: false to run the ${what} without a rollback package.`
  );
}
var BACKED_UP = {
  deploy: "deploy",
  validate: "validation",
  "quick-deploy": "quick deploy",
  sync: "sync"
};
function rollbackInfo(result2, env) {
  return {
    ..."name" in result2.artifact ? { artifactName: result2.artifact.name } : { artifactProblem: result2.artifact.problem },
    dir: result2.dir,
    actionRef: actionRef(env),
    removes: result2.rollback.removes.length,
    restores: result2.rollback.restores.length
  };
}
function actionRef(env) {
  const repo = env.GITHUB_ACTION_REPOSITORY;
  const ref = env.GITHUB_ACTION_REF;
  return repo && ref ? `${repo}@${ref}` : "your-org/salesforce-deploy-action@v1";
}
function setBackupOutputs(result2, parts) {
  const counts = countChanges(result2.changes);
  parts.merge({
    "rollback-dir": result2.dir,
    ..."name" in result2.artifact ? { "rollback-artifact": result2.artifact.name } : {},
    "changes-new": String(counts.new),
    "changes-changed": String(counts.changed),
    "changes-unchanged": String(counts.unchanged),
    "changes-deleted": String(counts.deleted)
  });
}

// src/runner/outcome-report.ts
async function outcomeReport(settings, outcome, env) {
  const result2 = outcome.result ?? outcome.timedOut?.last;
  const mode = reportModeOf(settings.mode);
  if (!result2 || !mode) return void 0;
  const context = runContextOf(env);
  const report = await withLookups(
    settings,
    outcome,
    env,
    (lookups) => reportOf(settings, mode, outcome, result2, lookups, context?.blobBaseUrl)
  );
  return {
    report,
    publish: {
      resultsDir: settings.report.resultsDir,
      coverageFormats: settings.report.coverageFormats,
      uploadArtifact: settings.report.uploadArtifact,
      artifactName: settings.report.artifactName,
      checkRun: settings.report.checkRun,
      prComment: settings.report.prComment,
      ...settings.report.githubToken ? { githubToken: settings.report.githubToken } : {},
      workspace: settings.workspace,
      ...context ? { github: context } : {}
    },
    // The zero-test guard's failures (src/test-run/) fail the run like a threshold miss.
    failures: [...thresholdFailures(report), ...outcome.testCheck?.failures ?? []],
    outputs: outcome.testCheck?.outputs ?? {}
  };
}
async function withLookups(settings, outcome, env, render) {
  const pkg = outcome.package;
  if (pkg && !settings.delta) return render(pkg);
  let missed = false;
  const first = render(noticingMisses(pkg, () => missed = true));
  if (!missed) return first;
  const workspace = await workspaceSourceLookups(settings.workspace, env);
  if (!workspace) return first;
  return render(
    pkg ? {
      resolveSource: (q) => pkg.resolveSource?.(q) ?? workspace.resolveSource?.(q),
      resolveApexSource: (type, name) => pkg.resolveApexSource?.(type, name) ?? workspace.resolveApexSource?.(type, name)
    } : workspace
  );
}
function noticingMisses(pkg, onMiss) {
  const missing = (found) => {
    if (found === void 0) onMiss();
    return found;
  };
  return {
    resolveSource: (q) => missing(pkg?.resolveSource?.(q)),
    resolveApexSource: (type, name) => missing(pkg?.resolveApexSource?.(type, name))
  };
}
var REPORT_MODES = [
  "deploy",
  "validate",
  "quick-deploy",
  "report",
  "cancel"
];
function reportModeOf(mode) {
  return REPORT_MODES.find((m) => m === mode);
}
function reportOf(settings, mode, outcome, result2, lookups, blobBaseUrl) {
  return buildReport({
    result: result2,
    mode,
    orgLabel: outcome.instanceUrl ? new URL(outcome.instanceUrl).host : "",
    instanceUrl: outcome.instanceUrl ?? "",
    apiVersion: outcome.apiVersion ?? "",
    ...settings.report.coverageThreshold === void 0 ? {} : { coverageThreshold: settings.report.coverageThreshold },
    ...outcome.validationId ? { validationId: outcome.validationId } : {},
    notes: outcome.notes,
    ...outcome.extraSections ? { extraSections: outcome.extraSections } : {},
    ...outcome.testCheck?.failures.length ? { extraFailures: outcome.testCheck.failures } : {},
    ...outcome.keptDeploy ? { keptDeploy: outcome.keptDeploy } : {},
    ...blobBaseUrl ? { blobBaseUrl } : {},
    ...testLevelOf(settings, outcome),
    ...lookups?.resolveSource ? { resolveSource: lookups.resolveSource } : {},
    ...lookups?.resolveApexSource ? { resolveApexSource: lookups.resolveApexSource } : {}
  });
}
function testLevelOf(settings, outcome) {
  const level = outcome.testLevel ?? settings.deployOptions?.testLevel;
  return level ? { testLevel: level } : {};
}
function thresholdFailures(report) {
  const threshold = report.coverage.threshold;
  if (!threshold?.evaluated || threshold.passed) return [];
  return report.reasons.filter((r) => r.startsWith(THRESHOLD_REASON));
}
function withReportVerdict(base, report, fallbackMessage) {
  const success = base.success && (report?.report.passed ?? true);
  if (success) return { success };
  const message = [base.success ? "" : base.message, ...report?.failures ?? []].filter(Boolean).join("\n");
  return { success, message: message || fallbackMessage };
}

// src/runner/run-result.ts
var ResultParts = class {
  outputs = {};
  summary = [];
  annotations = [];
  output(name, value) {
    this.outputs[name] = value;
  }
  merge(values) {
    Object.assign(this.outputs, values);
  }
  section(markdown) {
    this.summary.push(markdown);
  }
  annotate(annotation) {
    this.annotations.push(annotation);
  }
};
var PARTS = /* @__PURE__ */ Symbol("result parts");
function withParts(error, parts) {
  if (error !== null && typeof error === "object") Object.assign(error, { [PARTS]: parts });
  return error;
}
function partsOf(error) {
  const parts = error?.[PARTS];
  return parts instanceof ResultParts ? parts : new ResultParts();
}

// src/deploy/limits.ts
var MAX_FILES = 1e4;
var MAX_SOAP_ZIP_BYTES = 39e6;
var MAX_UNZIPPED_BYTES = 629145600;
var DEPLOY_LIMITS = {
  maxFiles: MAX_FILES,
  maxSoapZipBytes: MAX_SOAP_ZIP_BYTES,
  maxUnzippedBytes: MAX_UNZIPPED_BYTES
};
function checkPackageLimits(pkg, transport, limits = DEPLOY_LIMITS) {
  const problems = [];
  const notes = [];
  if (pkg.fileCount > limits.maxFiles) {
    problems.push(
      `The package has ${pkg.fileCount} files; the Metadata API accepts at most ${limits.maxFiles} per deploy. Split it (source-dir or manifest) or deploy a delta.`
    );
  }
  if (pkg.unzippedBytes > limits.maxUnzippedBytes) {
    problems.push(
      `The package is ${mb(pkg.unzippedBytes)} uncompressed; the Metadata API accepts at most ${mb(limits.maxUnzippedBytes)}. Split it.`
    );
  }
  let chosen = transport;
  if (transport === "soap" && pkg.zip.byteLength > limits.maxSoapZipBytes) {
    chosen = "rest";
    notes.push(
      `The zip is ${mb(pkg.zip.byteLength)}, over SOAP's ${mb(limits.maxSoapZipBytes)} limit; deploying through REST instead.`
    );
  }
  return { transport: chosen, problems, notes };
}
function mb(bytes) {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

// src/test-run/check-tests.ts
import { readFileSync as readFileSync4 } from "node:fs";
import path14 from "node:path";

// src/test-run/flaky-report.ts
import { mkdirSync, readFileSync as readFileSync2, writeFileSync } from "node:fs";
import path11 from "node:path";
var NOT_RERUN = {
  inPackage: "its class is in the package; retry-validation re-runs it",
  classLevel: "a failure of the whole class; retry-validation re-runs it",
  refused: "the Tooling re-run could not be made",
  noSession: "no REST session to re-run it"
};
var FLAKE_HISTORY_FILE = "flaky-tests.json";
function labelText(label2) {
  if (label2.verdict === "flaky")
    return `flaky: passed on retry ${label2.attempts}${label2.via === "resubmission" ? " (resubmitted)" : ""}`;
  if (label2.verdict === "real")
    return `real: failed ${label2.attempts} re-run${label2.attempts === 1 ? "" : "s"}`;
  return `not re-run (${label2.reason ?? NOT_RERUN.inPackage})`;
}
function retrySection(report) {
  const rows = report.labels.map(
    (l) => `| ${escapeTableCell(l.test)} | ${escapeTableCell(labelText(l))} | ${escapeTableCell(l.message.split("\n")[0] ?? "")} |`
  );
  const resubmitted = report.resubmissions.length > 0 ? [`Resubmitted: ${report.resubmissions.join(", ")}.`, ""] : [];
  const failed = report.resubmitFailed ? [`${escapeInline(report.resubmitFailed)} This report is of the run before it.`, ""] : [];
  return [
    "### Flaky-test retries",
    "",
    "| Test | Verdict | First failure |",
    "| --- | --- | --- |",
    ...rows,
    "",
    ...resubmitted,
    ...failed,
    `Retries cost ${report.apiCalls} extra API call${report.apiCalls === 1 ? "" : "s"}.`,
    ""
  ].join("\n");
}
function appendFlakeHistory(resultsDir, entry) {
  const file = path11.join(resultsDir, FLAKE_HISTORY_FILE);
  let history = { runs: [] };
  try {
    const parsed2 = JSON.parse(readFileSync2(file, "utf8"));
    if (Array.isArray(parsed2.runs)) history = { runs: parsed2.runs };
  } catch {
  }
  history.runs.push({
    at: entry.at.toISOString(),
    ...entry.deployId ? { deployId: entry.deployId } : {},
    // Org texts can echo anything the tests saw: the file goes into an artifact, so it is redacted.
    tests: entry.labels.map((l) => ({ ...l, message: redact(l.message) }))
  });
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(history, null, 2)}
`);
  return file;
}

// src/test-run/patch-coverage.ts
function parseChangedLines(diff) {
  const out = /* @__PURE__ */ new Map();
  let file;
  let oldLeft = 0;
  let newLeft = 0;
  for (const line of diff.split("\n")) {
    if (oldLeft > 0 || newLeft > 0) {
      const kind = line[0];
      if (kind === "-" || kind === " ") oldLeft--;
      if (kind === "+" || kind === " ") newLeft--;
      continue;
    }
    if (line.startsWith("+++ ")) {
      const target = line.slice(4).trim();
      file = target === "/dev/null" ? void 0 : target.replace(/^b\//, "");
      continue;
    }
    const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (!hunk) continue;
    oldLeft = hunk[1] === void 0 ? 1 : Number(hunk[1]);
    const start = Number(hunk[2]);
    const count = hunk[3] === void 0 ? 1 : Number(hunk[3]);
    newLeft = count;
    if (!file) continue;
    const lines = out.get(file) ?? [];
    for (let n = start; n < start + count; n++) lines.push(n);
    out.set(file, lines);
  }
  return out;
}
function patchCoverage(changed, coverage, pathOf2) {
  const files = [];
  for (const entry of coverage) {
    const file = pathOf2(entry.type, entry.name);
    const lines = file ? changed.get(file) : void 0;
    if (!file || !lines || entry.numLocations === 0) continue;
    const notCovered = new Set(entry.linesNotCovered);
    const covered2 = entry.linesCovered ? new Set(entry.linesCovered) : void 0;
    const patch = {
      path: file,
      name: entry.name,
      covered: covered2 ? lines.filter((l) => covered2.has(l)) : [],
      uncovered: lines.filter((l) => notCovered.has(l)),
      known: covered2 !== void 0
    };
    if (patch.covered.length + patch.uncovered.length > 0 || !patch.known) files.push(patch);
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  const known = files.length > 0 && files.every((f) => f.known);
  const covered = files.reduce((n, f) => n + f.covered.length, 0);
  const total = covered + files.reduce((n, f) => n + f.uncovered.length, 0);
  return { files, ...known && total > 0 ? { percent: covered / total * 100 } : {} };
}
var pct = (n) => `${Math.floor(n * 100) / 100}%`;
function filePercent(f) {
  if (!f.known) return "n/a";
  const total = f.covered.length + f.uncovered.length;
  return total === 0 ? "n/a" : pct(f.covered.length / total * 100);
}
function lineRanges2(lines) {
  const ranges = [];
  for (const line of [...lines].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && line === last[1] + 1) last[1] = line;
    else ranges.push([line, line]);
  }
  return ranges;
}
function patchSection(patch, threshold) {
  const overall = patch.percent === void 0 ? "Patch coverage: n/a (the org reports covered lines from API 68.0 only; uncovered changed lines are listed)." : `Patch coverage: **${pct(patch.percent)}**${threshold === void 0 ? "" : ` (threshold ${threshold}%)`}.`;
  const rows = patch.files.map((f) => {
    const ranges = lineRanges2(f.uncovered).map(([a, b]) => a === b ? `${a}` : `${a}-${b}`).join(", ");
    return `| ${codeSpanInCell(f.path)} | ${filePercent(f)} | ${f.known ? f.covered.length : "n/a"} | ${f.uncovered.length} | ${escapeTableCell(ranges)} |`;
  });
  return [
    "### Patch coverage",
    "",
    overall,
    "",
    ...rows.length > 0 ? [
      "| File | Patch | Covered | Not covered | Uncovered changed lines |",
      "| --- | --- | --- | --- | --- |",
      ...rows,
      ""
    ] : ["No changed executable Apex line.", ""]
  ].join("\n");
}
function patchFailures(patch, threshold) {
  if (threshold === void 0) return [];
  if (patch.files.length === 0) return [];
  if (patch.percent === void 0)
    return [
      `patch-coverage-threshold: ${threshold}% cannot be checked: the org reports covered lines (locationsCovered) from API 68.0 only; set api-version: 68.0 or remove the threshold.`
    ];
  if (patch.percent >= threshold) return [];
  return [`Patch coverage ${pct(patch.percent)} is below patch-coverage-threshold ${threshold}%.`];
}

// src/test-run/flow-coverage.ts
import { mkdirSync as mkdirSync2, writeFileSync as writeFileSync2 } from "node:fs";
import path12 from "node:path";
var FLOW_COVERAGE_FILE = "flow-coverage.xml";
function flowPercent(f) {
  return f.numElements === 0 ? 100 : (f.numElements - f.numElementsNotCovered) / f.numElements * 100;
}
var pct2 = (n) => `${Math.floor(n * 100) / 100}%`;
function flowSection(flows, warnings, pathOf2, threshold) {
  const covered = flows.reduce((n, f) => n + f.numElements - f.numElementsNotCovered, 0);
  const total = flows.reduce((n, f) => n + f.numElements, 0);
  const rows = flows.map((f) => {
    const file = pathOf2(f.flowName);
    return `| ${escapeTableCell(f.flowName)} | ${file ? codeSpanInCell(file) : ""} | ${escapeTableCell(f.processType ?? "")} | ${f.numElements - f.numElementsNotCovered}/${f.numElements} | ${pct2(flowPercent(f))} | ${escapeTableCell(f.elementsNotCovered.join(", "))} |`;
  });
  return [
    `### Flow coverage (${flows.length} flow${flows.length === 1 ? "" : "s"})`,
    "",
    `Elements covered: **${total === 0 ? "n/a" : pct2(covered / total * 100)}** (${covered}/${total})${threshold === void 0 ? "" : ` \xB7 threshold ${threshold}%`}`,
    "",
    "| Flow | File | Type | Covered | % | Not covered |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    ...warnings.map(
      (w) => `- \u26A0 ${escapeInline(w.flowName ? `${w.flowName}: ${w.message}` : w.message)}`
    ),
    ...warnings.length > 0 ? [""] : []
  ].join("\n");
}
function flowFailures(flows, threshold) {
  if (threshold === void 0) return [];
  const low = flows.filter(
    (f) => isBelow(f.numElements - f.numElementsNotCovered, f.numElements, threshold)
  );
  if (low.length === 0) return [];
  return [
    `Flow coverage below flow-coverage-threshold ${threshold}%: ${low.map((f) => `${f.flowName} (${pct2(flowPercent(f))})`).join(", ")}.`
  ];
}
var rate2 = (covered, total) => (total === 0 ? 1 : covered / total).toFixed(4);
function flowCobertura(flows, pathOf2, at) {
  const covered = flows.reduce((n, f) => n + f.numElements - f.numElementsNotCovered, 0);
  const total = flows.reduce((n, f) => n + f.numElements, 0);
  const classes = flows.map((f) => {
    const own2 = f.numElements - f.numElementsNotCovered;
    const methods = f.elementsNotCovered.map(
      (e) => `            <method name="${escapeXml3(e)}" signature="" line-rate="0" branch-rate="0"><lines/></method>`
    );
    return [
      `        <class name="${escapeXml3(f.flowName)}" filename="${escapeXml3(pathOf2(f.flowName) ?? `flows/${f.flowName}.flow`)}" line-rate="${rate2(own2, f.numElements)}" branch-rate="0" complexity="0" elements-covered="${own2}" elements-valid="${f.numElements}">`,
      methods.length > 0 ? `          <methods>
${methods.join("\n")}
          </methods>` : "          <methods/>",
      "          <lines/>",
      "        </class>"
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<coverage line-rate="${rate2(covered, total)}" branch-rate="0" lines-covered="${covered}" lines-valid="${total}" branches-covered="0" branches-valid="0" complexity="0" version="flow" timestamp="${at.getTime()}">`,
    "  <sources><source>.</source></sources>",
    "  <packages>",
    `    <package name="flows" line-rate="${rate2(covered, total)}" branch-rate="0" complexity="0">`,
    "      <classes>",
    ...classes,
    "      </classes>",
    "    </package>",
    "  </packages>",
    "</coverage>",
    ""
  ].join("\n");
}
function writeFlowCobertura(resultsDir, xml) {
  mkdirSync2(resultsDir, { recursive: true });
  const file = path12.join(resultsDir, FLOW_COVERAGE_FILE);
  writeFileSync2(file, xml);
  return file;
}

// src/test-run/suites.ts
import { lstatSync, readdirSync, readFileSync as readFileSync3 } from "node:fs";
import path13 from "node:path";
var SKIP = /* @__PURE__ */ new Set(["node_modules", ".git", ".sfdx", ".sf", "dist", "coverage"]);
var MAX_DEPTH = 8;
var SUITE_FILE = /^(.+)\.testSuite(-meta\.xml)?$/;
function suiteFileClasses(xml, file) {
  let root;
  try {
    root = parseXml(xml, file);
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    throw new ActionError(
      `run-tests: ${error.problems.join(" ")} Fix the suite file, or name a suite the org holds.`
    );
  }
  const classes = [];
  for (const node of root.children) {
    if (node.kind !== "element" || node.name !== "testClassName") continue;
    const name = textContent(node.children);
    if (name !== "") classes.push(name);
  }
  return classes;
}
function findSuiteFiles(root) {
  const found = /* @__PURE__ */ new Map();
  const walk = (dir, depth) => {
    if (depth > MAX_DEPTH) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory() && !SKIP.has(entry.name)) walk(path13.join(dir, entry.name), depth + 1);
      if (!entry.isFile() || path13.basename(dir) !== "testSuites") continue;
      const name = SUITE_FILE.exec(entry.name)?.[1];
      if (name && !found.has(name.toLowerCase()))
        found.set(name.toLowerCase(), path13.join(dir, entry.name));
    }
  };
  if (lstatSync(root, { throwIfNoEntry: false })?.isDirectory()) walk(root, 0);
  return found;
}
var RECORD_ID = /^[A-Za-z0-9]{15}([A-Za-z0-9]{3})?$/;
var quoted = (values) => values.map((v) => `'${v}'`).join(", ");
async function orgSuites(rest, names) {
  if (names.length === 0) return [];
  const suites = await rest.queryAll(
    `SELECT Id, TestSuiteName FROM ApexTestSuite WHERE TestSuiteName IN (${quoted(names)})`,
    { tooling: true }
  );
  const ids = suites.map((s) => s.Id).filter((id) => RECORD_ID.test(id));
  const members = ids.length === 0 ? [] : await rest.queryAll(
    `SELECT ApexTestSuiteId, ApexClassId FROM TestSuiteMembership WHERE ApexTestSuiteId IN (${quoted(ids)})`,
    { tooling: true }
  );
  const classIds = [...new Set(members.map((m) => m.ApexClassId))].filter(
    (id) => RECORD_ID.test(id)
  );
  const classes = classIds.length === 0 ? [] : await rest.queryAll(
    `SELECT Id, Name, NamespacePrefix FROM ApexClass WHERE Id IN (${quoted(classIds)})`,
    { tooling: true }
  );
  const nameOf = new Map(
    classes.map((c) => [c.Id, c.NamespacePrefix ? `${c.NamespacePrefix}.${c.Name}` : c.Name])
  );
  return suites.map((suite2) => ({
    name: suite2.TestSuiteName,
    from: "org",
    classes: members.filter((m) => m.ApexTestSuiteId === suite2.Id).map((m) => nameOf.get(m.ApexClassId)).filter((n) => n !== void 0)
  }));
}
async function resolveSuites(names, root, org) {
  const files = findSuiteFiles(root);
  const resolved = [];
  const missing = [];
  for (const name of names) {
    const file = files.get(name.toLowerCase());
    if (!file) {
      missing.push(name);
      continue;
    }
    const relative = path13.relative(root, file).split(path13.sep).join("/");
    resolved.push({
      name,
      from: "repository",
      classes: suiteFileClasses(readFileSync3(file, "utf8"), relative),
      path: relative
    });
  }
  const rest = missing.length > 0 ? org() : void 0;
  if (missing.length > 0 && !rest)
    throw new ActionError(`run-tests: no test suite named ${missing.join(", ")} in the repository.`);
  const fromOrg = rest ? await orgSuites(rest, missing) : [];
  const unknown = missing.filter(
    (name) => !fromOrg.some((s) => s.name.toLowerCase() === name.toLowerCase())
  );
  if (unknown.length > 0)
    throw new ActionError(
      `run-tests: no test suite named ${unknown.map((n) => `suite:${n}`).join(", ")} in the repository (testSuites/*.testSuite-meta.xml) or the org (ApexTestSuite).`
    );
  const all = [...resolved, ...fromOrg];
  const empty = all.filter((s) => s.classes.length === 0);
  if (empty.length > 0)
    throw new ActionError(
      `run-tests: test suite ${empty.map((s) => `${s.name} (${s.from})`).join(", ")} holds no test class; the deploy would run fewer tests than asked.`
    );
  return all;
}
function classResult(name, tests) {
  const short2 = (name.split(".").pop() ?? name).toLowerCase();
  const own2 = tests.filter((t) => t.className.toLowerCase() === short2);
  if (own2.length === 0) return "not run";
  const failed = own2.filter((t) => t.outcome === "Fail").length;
  return `${own2.length - failed} passed${failed > 0 ? `, ${failed} failed` : ""}`;
}
function suiteSection(suites, tests = []) {
  const rows = suites.map((s) => {
    const from = s.from === "repository" ? `repository ${codeSpanInCell(s.path ?? "")}` : "org (ApexTestSuite)";
    const results = s.classes.map((c) => `${c}: ${classResult(c, tests)}`).join("; ");
    return `| ${escapeTableCell(s.name)} | ${from} | ${escapeTableCell(s.classes.join(", "))} | ${escapeTableCell(results)} |`;
  });
  return [
    "### Test suites",
    "",
    "| Suite | From | Test classes | Results |",
    "| --- | --- | --- | --- |",
    ...rows,
    ""
  ].join("\n");
}

// src/test-run/tooling-runner.ts
var TERMINAL = /* @__PURE__ */ new Set(["Completed", "Failed", "Aborted"]);
var POLL_MS = 2e3;
var JOB_ID = /^707[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$/;
function body(tests) {
  const byClass = /* @__PURE__ */ new Map();
  for (const t of tests)
    byClass.set(t.className, [...byClass.get(t.className) ?? [], t.methodName]);
  return {
    tests: [...byClass].map(([className, testMethods]) => ({ className, testMethods }))
  };
}
async function rerunTests(rest, tests, clock, maxWaitMs) {
  const jobId = await rest.post(`${rest.base(true)}/runTestsAsynchronous`, body(tests));
  if (typeof jobId !== "string" || !JOB_ID.test(jobId))
    throw new ActionError(
      `The Tooling test runner answered without a job id (${JSON.stringify(jobId).slice(0, 80)}).`
    );
  const deadline = clock.now() + maxWaitMs;
  for (; ; ) {
    const [run2] = await rest.queryAll(
      `SELECT Status FROM ApexTestRunResult WHERE AsyncApexJobId = '${jobId}'`,
      { tooling: true }
    );
    if (run2 && TERMINAL.has(run2.Status)) break;
    if (clock.now() >= deadline)
      throw new ActionError(`The test re-run ${jobId} did not finish within the wait limit.`);
    await clock.sleep(POLL_MS);
  }
  const rows = await rest.queryAll(
    `SELECT ApexClassId, MethodName, Outcome, Message FROM ApexTestResult WHERE AsyncApexJobId = '${jobId}'`,
    { tooling: true }
  );
  const classIds = [...new Set(rows.map((r) => r.ApexClassId))].filter(
    (id) => /^[A-Za-z0-9]{15,18}$/.test(id)
  );
  const classes = classIds.length === 0 ? [] : await rest.queryAll(
    `SELECT Id, Name FROM ApexClass WHERE Id IN (${classIds.map((id) => `'${id}'`).join(", ")})`,
    { tooling: true }
  );
  const nameOf = new Map(classes.map((c) => [c.Id, c.Name.toLowerCase()]));
  return tests.map((t) => {
    const short2 = (t.className.split(".").pop() ?? t.className).toLowerCase();
    const row = rows.find(
      (r) => nameOf.get(r.ApexClassId) === short2 && r.MethodName.toLowerCase() === t.methodName.toLowerCase()
    );
    if (!row) return { ...t, outcome: "Missing" };
    return { ...t, outcome: row.Outcome, ...row.Message ? { message: row.Message } : {} };
  });
}

// src/test-run/transient.ts
var TRANSIENT_PATTERNS = [
  /\bUNABLE_TO_LOCK_ROW\b/,
  /Could not run tests on class\b[\s\S]*\bbecause the class is being modified/i
];
function testKey(test) {
  const cls = test.namespace ? `${test.namespace}.${test.className}` : test.className;
  return test.methodName ? `${cls}.${test.methodName}` : cls;
}
function isTransient(test, listed2) {
  const text2 = `${test.message ?? ""}
${test.stackTrace ?? ""}`;
  if (TRANSIENT_PATTERNS.some((pattern) => pattern.test(text2))) return true;
  const key2 = testKey(test).toLowerCase();
  const cls = (test.namespace ? `${test.namespace}.${test.className}` : test.className).toLowerCase();
  return listed2.includes(key2) || listed2.includes(cls) || listed2.includes(test.className.toLowerCase());
}
function transientOnlyFailures(result2, listed2) {
  if (!result2.done || result2.success) return void 0;
  const details3 = result2.details;
  if (!details3 || details3.componentFailures.length > 0 || result2.numberComponentErrors > 0)
    return void 0;
  if (result2.errorMessage && result2.numberTestErrors === 0) return void 0;
  const failures = (details3.runTestResult?.tests ?? []).filter((t) => t.outcome === "Fail");
  if (failures.length === 0) return void 0;
  return failures.every((t) => isTransient(t, listed2)) ? failures : void 0;
}

// src/test-run/zero-tests.ts
var ORG_CLASS_MINIMUM = 75;
function guardApplies(testLevel, autoSelected) {
  return testLevel === "RunRelevantTests" || autoSelected;
}
function zeroTestProblems(input) {
  const { result: result2 } = input;
  if (!result2.done || stoppedBeforeTests(result2)) return [];
  if (!guardApplies(input.testLevel, input.autoSelected)) return [];
  const code = input.changedApex.filter(
    (c) => c.type === "ApexTrigger" || !input.isTestClass(c.name)
  );
  if (code.length === 0) return [];
  const how = input.autoSelected ? "run-tests: auto" : `test-level ${input.testLevel ?? ""}`;
  const run2 = result2.details?.runTestResult;
  const ran = run2?.numTestsRun ?? result2.numberTestsCompleted + result2.numberTestErrors;
  if (ran === 0) {
    const names = code.map((c) => c.name).join(", ");
    return [
      `The org ran no Apex tests (${how}) although this package changes ${code.length} Apex ${code.length === 1 ? "class or trigger" : "classes and triggers"} (${names}); a deploy that runs no test proves nothing. Add tests that reference them, list test classes with RunSpecifiedTests, or set on-no-tests: rerun-local.`
    ];
  }
  const minimum = input.threshold ?? ORG_CLASS_MINIMUM;
  const coverage = run2?.coverage ?? [];
  const low = [];
  for (const changed of code) {
    const kind = changed.type === "ApexClass" ? "Class" : "Trigger";
    const entry = coverage.find(
      (c) => c.type === kind && c.name.toLowerCase() === changed.name.toLowerCase()
    );
    if (!entry) {
      low.push(`${changed.name} (no test that ran covers it)`);
      continue;
    }
    if (entry.numLocations === 0) continue;
    const covered = entry.numLocations - entry.numLocationsNotCovered;
    const percent = covered / entry.numLocations * 100;
    if (isBelow(covered, entry.numLocations, minimum))
      low.push(`${changed.name} (${Math.floor(percent * 100) / 100}%)`);
  }
  if (low.length === 0) return [];
  return [
    `Changed Apex below ${minimum}% coverage after the tests the org chose (${how}): ${low.join(", ")}.`
  ];
}
function stoppedBeforeTests(result2) {
  if (result2.status === "Canceled") return true;
  const componentErrors = Math.max(
    result2.numberComponentErrors,
    result2.details?.componentFailures.length ?? 0
  );
  return !result2.success && componentErrors > 0;
}

// src/test-run/check-tests.ts
var RERUN_WAIT_MS = 10 * 6e4;
var TEST_CLASS = /@istest\b[^{]*?\bclass\s+\w+/i;
async function checkTests(first, ctx) {
  const run2 = ctx.settings.testRun;
  if (!run2) return first;
  let outcome = first;
  const retry = run2.retries > 0 && first.result ? await retryFlaky(first, ctx, run2.retries) : void 0;
  if (retry) outcome = withRetryNotes(retry.outcome, retry.report.labels);
  const guarded = await guardZeroTests(outcome, ctx);
  outcome = guarded.outcome;
  const patch = await checkPatch(outcome, ctx);
  const flows = checkFlows(outcome, ctx);
  const tests = outcome.result?.details?.runTestResult?.tests ?? [];
  const sections2 = [
    ...ctx.suites ? [suiteSection(ctx.suites, tests)] : [],
    ...retry ? [retrySection(retry.report)] : [],
    ...guarded.section ? [guarded.section] : [],
    ...patch.section ? [patch.section] : [],
    ...flows.section ? [flows.section] : []
  ];
  const flaky = retry?.report.labels.filter((l) => l.verdict === "flaky").map((l) => l.test) ?? [];
  return {
    ...outcome,
    notes: [
      ...outcome.notes,
      ...retry?.notes ?? [],
      ...guarded.notes,
      ...patch.notes,
      ...flows.notes
    ],
    ...sections2.length > 0 ? { extraSections: [...outcome.extraSections ?? [], ...sections2] } : {},
    testCheck: {
      failures: [...guarded.failures, ...patch.failures, ...flows.failures],
      outputs: { ...retry ? { "tests-flaky": flaky.join(",") } : {}, ...patch.outputs },
      ...retry ? { retry: retry.report } : {}
    }
  };
}
function withRetryNotes(outcome, labels) {
  const run2 = outcome.result?.details?.runTestResult;
  if (!outcome.result?.details || !run2) return outcome;
  const byTest = new Map(labels.map((l) => [l.test, l]));
  const tests = run2.tests.map((t) => {
    const label2 = byTest.get(testKey(t));
    if (!label2) return t;
    const flaky = label2.verdict === "flaky" && t.outcome === "Pass" && label2.message !== "";
    return { ...t, retryNote: labelText(label2), ...flaky ? { flakyFailure: label2.message } : {} };
  });
  return {
    ...outcome,
    result: {
      ...outcome.result,
      details: { ...outcome.result.details, runTestResult: { ...run2, tests } }
    }
  };
}
function counting(rest, count) {
  const tick = (p) => {
    count.n += 1;
    return p;
  };
  return {
    ...rest,
    get: (p) => tick(rest.get(p)),
    post: (p, b) => tick(rest.post(p, b)),
    patch: (p, b) => tick(rest.patch(p, b)),
    delete: (p) => tick(rest.delete(p)),
    queryAll: (q, o) => tick(rest.queryAll(q, o))
  };
}
function apexClassesOf(pkg) {
  return new Set(
    pkg.components.filter((c) => c.type === "ApexClass").map((c) => c.fullName.toLowerCase())
  );
}
function canResubmit(settings, options) {
  return options.checkOnly || settings.mode === "deploy" && options.rollbackOnError;
}
async function retryFlaky(first, ctx, retries) {
  const run2 = ctx.settings.testRun;
  const failures = first.result && run2 ? transientOnlyFailures(first.result, run2.flakyTests) : void 0;
  if (!failures || !run2) return void 0;
  const count = { n: 0 };
  const inPackage = apexClassesOf(ctx.pkg);
  const labels = /* @__PURE__ */ new Map();
  const label2 = (t, patch) => {
    const key2 = testKey(t);
    const old = labels.get(key2) ?? {
      test: key2,
      verdict: "not re-run",
      attempts: 0,
      via: "none",
      message: t.message ?? ""
    };
    labels.set(key2, { ...old, ...patch });
  };
  const base = ctx.rest();
  for (const f of failures)
    label2(f, {
      reason: !f.methodName ? NOT_RERUN.classLevel : inPackage.has(f.className.toLowerCase()) ? NOT_RERUN.inPackage : base ? NOT_RERUN.refused : NOT_RERUN.noSession
    });
  const viaOrg = failures.filter((f) => f.methodName && !inPackage.has(f.className.toLowerCase()));
  const notes = [];
  if (viaOrg.length > 0 && base) {
    const rest = counting(base, count);
    let pending = viaOrg;
    for (let attempt = 1; attempt <= retries && pending.length > 0; attempt++) {
      const tests = pending.map((t) => ({
        className: t.namespace ? `${t.namespace}.${t.className}` : t.className,
        methodName: t.methodName ?? ""
      }));
      let results;
      try {
        results = await rerunTests(rest, tests, ctx.clock, RERUN_WAIT_MS);
      } catch (error) {
        notes.push(`The test re-run could not be made: ${describeError(error)}`);
        break;
      }
      const still = [];
      pending.forEach((t, i) => {
        const passed = results[i]?.outcome === "Pass";
        label2(t, { verdict: passed ? "flaky" : "real", attempts: attempt, via: "tooling" });
        if (!passed) still.push(t);
      });
      pending = still;
    }
  }
  const report = { labels: [], resubmissions: [], apiCalls: 0 };
  let outcome = first;
  const anyReal = [...labels.values()].some((l) => l.verdict === "real");
  if (run2.retryValidation && !anyReal && canResubmit(ctx.settings, ctx.options)) {
    for (let attempt = 1; attempt <= retries; attempt++) {
      ctx.logger.info(
        `Every failed test looks flaky; submitting the ${kindOf(ctx.options)} again (${attempt} of ${retries}).`
      );
      const next = await tryResubmit(ctx, ctx.options);
      if ("failed" in next) {
        if (next.failed.deployId) report.resubmissions.push(next.failed.deployId);
        report.resubmitFailed = next.failed.note;
        notes.push(next.failed.note);
        for (const l of labels.values())
          if (l.verdict === "not re-run") labels.set(l.test, { ...l, reason: next.failed.reason });
        break;
      }
      outcome = next.outcome;
      if (outcome.deployId) report.resubmissions.push(outcome.deployId);
      const result2 = outcome.result;
      if (!result2) break;
      const outcomeNow = new Map(
        (result2.details?.runTestResult?.tests ?? []).map((t) => [testKey(t), t.outcome])
      );
      for (const l of labels.values()) {
        if (l.verdict === "flaky" && l.via === "tooling") continue;
        const now = outcomeNow.get(l.test);
        if (now === void 0) continue;
        labels.set(l.test, {
          ...l,
          verdict: now === "Pass" ? "flaky" : "real",
          attempts: attempt,
          via: "resubmission"
        });
      }
      if (isCleanSuccess(result2) || !transientOnlyFailures(result2, run2.flakyTests)) break;
    }
  } else if (!anyReal && labels.size > 0 && !run2.retryValidation) {
    notes.push("Every failed test looks flaky; retry-validation: true would submit the run again.");
  }
  report.labels = [...labels.values()];
  report.apiCalls = count.n;
  for (const l of report.labels) ctx.logger.info(`${l.test}: ${labelText(l)}`);
  try {
    appendFlakeHistory(ctx.settings.report.resultsDir, {
      at: new Date(ctx.clock.now()),
      ...first.deployId ? { deployId: first.deployId } : {},
      labels: report.labels
    });
  } catch (error) {
    notes.push(`The flake history could not be written: ${describeError(error)}`);
  }
  return { outcome, report, notes };
}
async function tryResubmit(ctx, options) {
  let created;
  try {
    return { outcome: await ctx.resubmit(options, (id) => created = id) };
  } catch (error) {
    return { failed: resubmitFailure(error, kindOf(options), created) };
  }
}
function kindOf(options) {
  return options.checkOnly ? "validation" : "deploy";
}
function resubmitFailure(error, kind, created) {
  const why = redact(describeError(error)).replace(/\s+/g, " ").trim();
  if (!created) {
    const reason = `the resubmission could not be made: ${why}`;
    return { note: `The resubmission could not be made: ${why}`, reason };
  }
  return {
    deployId: created,
    note: `The resubmitted ${kind} ${created} could not be followed: ${why}. Follow it with mode: report and deploy-id: ${created} (CLI: report --deploy-id ${created}).`,
    reason: `the resubmitted ${kind} ${created} could not be followed: ${why}`
  };
}
function testClassCheck(pkg, workspace) {
  return (name) => {
    const file = pkg.resolveApexSource?.("Class", name);
    if (!file) return /test$/i.test(name);
    try {
      return TEST_CLASS.test(readFileSync4(path14.resolve(workspace, file), "utf8"));
    } catch {
      return /test$/i.test(name);
    }
  };
}
async function guardZeroTests(outcome, ctx) {
  const run2 = ctx.settings.testRun;
  if (!run2 || !outcome.result) return { outcome, failures: [], notes: [] };
  const changedApex = ctx.pkg.components.filter((c) => c.type === "ApexClass" || c.type === "ApexTrigger").map((c) => ({ type: c.type, name: c.fullName }));
  const testLevel = outcome.testLevel ?? ctx.options.testLevel;
  const input = {
    testLevel,
    // run-tests: auto that fell back to RunLocalTests (missing-tests: run-local) ran every local
    // test: the org chose nothing, and coverage-threshold governs that run as any other.
    autoSelected: ctx.pkg.tests !== void 0 && testLevel === "RunSpecifiedTests",
    changedApex,
    isTestClass: testClassCheck(ctx.pkg, ctx.settings.workspace),
    ...ctx.settings.report.coverageThreshold === void 0 ? {} : { threshold: ctx.settings.report.coverageThreshold }
  };
  const problems = zeroTestProblems({ ...input, result: outcome.result });
  if (problems.length === 0) return { outcome, failures: [], notes: [] };
  if (run2.onNoTests === "fail")
    return { outcome, failures: problems, notes: [], section: guardSection(problems, void 0) };
  const again = ctx.options.checkOnly ? "Validating" : "Deploying";
  ctx.logger.warning(
    `${problems.join(" ")} ${again} again at RunLocalTests (on-no-tests: rerun-local).`
  );
  const next = await tryResubmit(ctx, { ...ctx.options, testLevel: "RunLocalTests", runTests: [] });
  if ("failed" in next) {
    const note = `on-no-tests: rerun-local: ${next.failed.note}`;
    return {
      outcome,
      failures: problems,
      notes: [note],
      section: guardSection(problems, void 0, note)
    };
  }
  const rerun = next.outcome;
  const kept = keptFirstDeploy(outcome.result, rerun, ctx.options);
  return {
    outcome: { ...rerun, testLevel: "RunLocalTests", ...kept ? { keptDeploy: kept } : {} },
    failures: kept ? [
      `Deploy ${kept.deployId} had committed the package before any test ran, and the org keeps it: the run again at RunLocalTests (${rerun.deployId ?? "no id"}) rolled back only itself.`
    ] : [],
    notes: [`Run again at RunLocalTests (${rerun.deployId ?? "no id"}): ${problems.join(" ")}`],
    section: guardSection(problems, rerun.deployId)
  };
}
function keptFirstDeploy(first, rerun, options) {
  if (options.checkOnly || !first.success || rerun.result?.success === true) return void 0;
  return { deployId: first.id, deployed: componentCounts(first).deployed };
}
function guardSection(problems, rerunId, rerunFailed) {
  return [
    "### Zero-test guard",
    "",
    ...problems.map((p) => `- ${escapeInline(p)}`),
    "",
    ...rerunId ? [
      `on-no-tests: rerun-local ran the package again at RunLocalTests as ${rerunId}; this report is that run.`,
      ""
    ] : [],
    ...rerunFailed ? [`${escapeInline(rerunFailed)} This report is of the run before it.`, ""] : []
  ].join("\n");
}
var MAX_PATCH_ANNOTATIONS = 10;
async function checkPatch(outcome, ctx) {
  const threshold = ctx.settings.testRun?.patchCoverageThreshold;
  const none = { failures: [], notes: [], outputs: {} };
  const coverage = outcome.result?.details?.runTestResult?.coverage;
  if (!outcome.result?.done || !coverage) return none;
  let changed;
  try {
    changed = await ctx.changedLines?.();
  } catch (error) {
    const why = `Patch coverage needs the git diff, which failed: ${describeError(error)}`;
    return threshold === void 0 ? { ...none, notes: [why] } : { ...none, failures: [why] };
  }
  if (!changed) {
    return threshold === void 0 ? none : {
      ...none,
      failures: [
        "patch-coverage-threshold: needs a diff base: set delta-from, or run on a pull request."
      ]
    };
  }
  const lookup = ctx.pkg.resolveApexSource;
  const patch = patchCoverage(changed, coverage, (type, name) => lookup?.(type, name));
  let annotated = 0;
  for (const file of patch.files) {
    for (const [startLine, endLine] of lineRanges2(file.uncovered)) {
      if (annotated >= MAX_PATCH_ANNOTATIONS) break;
      annotated++;
      ctx.annotate?.({
        path: file.path,
        startLine,
        endLine,
        message: startLine === endLine ? `Changed line ${startLine} is not covered by the tests that ran.` : `Changed lines ${startLine}-${endLine} are not covered by the tests that ran.`
      });
    }
  }
  return {
    failures: patchFailures(patch, threshold),
    notes: [],
    outputs: patch.percent === void 0 ? {} : { "patch-coverage": patch.percent.toFixed(2) },
    section: patchSection(patch, threshold)
  };
}
function checkFlows(outcome, ctx) {
  const run2 = outcome.result?.details?.runTestResult;
  const flows = run2?.flowCoverage ?? [];
  const warnings = run2?.flowCoverageWarnings ?? [];
  const threshold = ctx.settings.testRun?.flowCoverageThreshold;
  if (flows.length === 0 && warnings.length === 0) return { failures: [], notes: [] };
  const pathOf2 = (name) => ctx.pkg.resolveSource?.({
    fileName: `flows/${name}.flow`,
    componentType: "Flow",
    fullName: name
  })?.path;
  const notes = [];
  try {
    writeFlowCobertura(
      ctx.settings.report.resultsDir,
      flowCobertura(flows, pathOf2, new Date(ctx.clock.now()))
    );
  } catch (error) {
    notes.push(`The flow coverage file could not be written: ${describeError(error)}`);
  }
  return {
    failures: flowFailures(flows, threshold),
    notes,
    section: flowSection(flows, warnings, pathOf2, threshold)
  };
}

// src/test-run/patch-diff.ts
async function changedApexLines(workspace, from, mode) {
  const repo = await openRepo(workspace, [from, "HEAD"]);
  const range2 = await resolveRange(repo, from, "HEAD", mode);
  const diff = await git(repo.cwd, [
    "diff",
    "--unified=0",
    "--no-color",
    "--no-ext-diff",
    "--no-renames",
    "--relative",
    // The paths are read after `b/`: a user's diff.noprefix or diff.mnemonicPrefix would change it.
    "--src-prefix=a/",
    "--dst-prefix=b/",
    range2.base,
    "--",
    "*.cls",
    "*.trigger"
  ]);
  return parseChangedLines(diff);
}

// src/test-run/deploy-hooks.ts
function restOf(session) {
  let rest;
  return () => {
    if (!rest && session.caller) rest = createSalesforceRest(session.caller, session.apiVersion);
    return rest;
  };
}
async function withSuiteTests(options, settings, session, ports) {
  const names = settings.testRun?.suites ?? [];
  if (names.length === 0 || options.testLevel !== "RunSpecifiedTests")
    return { options, suites: [] };
  const suites = await resolveSuites(names, settings.workspace, restOf(session));
  const classes = [.../* @__PURE__ */ new Set([...options.runTests, ...suites.flatMap((s) => s.classes)])];
  for (const s of suites)
    ports.logger.info(`Test suite ${s.name} (${s.from}): ${s.classes.join(", ")}`);
  return { options: { ...options, runTests: classes }, suites };
}
function afterDeploy(outcome, input) {
  const settings = input.settings;
  const wanted = settings.delta !== void 0 || settings.testRun?.patchCoverageThreshold !== void 0;
  const from = wanted ? settings.delta?.from ?? pullRequestBase(input.ports.env) : void 0;
  return checkTests(outcome, {
    settings,
    pkg: input.pkg,
    options: input.options,
    rest: restOf(input.session),
    clock: input.ports.clock,
    logger: input.ports.logger,
    resubmit: input.resubmit,
    ...input.suites?.length ? { suites: input.suites } : {},
    changedLines: async () => from === void 0 ? void 0 : changedApexLines(settings.workspace, from, settings.delta?.base ?? "merge-base"),
    ...input.ports.annotate ? { annotate: input.ports.annotate } : {}
  });
}

// src/deploy/deploy.ts
async function deployOperation(settings, ports) {
  const pkg = await ports.buildPackage(settings);
  for (const warning of pkg.warnings) ports.logger.warning(warning);
  if (pkg.nothingToDeploy)
    return {
      mode: settings.mode,
      notes: [pkg.nothingToDeploy],
      package: pkg,
      nothingToDeploy: pkg.nothingToDeploy
    };
  const limits = checkPackageLimits(pkg, settings.api, ports.limits);
  if (limits.problems.length > 0) throw new ActionError(limits.problems.join("\n"));
  const session = await ports.connect(limits.transport, pkg.apiVersion);
  ports.logger.info(
    `${settings.deployOptions.checkOnly ? "Validating" : "Deploying"} ${plural(pkg.components.length, "component")}${pkg.deletions ? ` and ${plural(pkg.deletions, "deletion")}` : ""} (${pkg.fileCount} files, ${(pkg.zip.byteLength / 1024).toFixed(0)} KiB) to ${session.connection.instanceUrl} through ${session.api.transport.toUpperCase()}, API ${session.apiVersion}`
  );
  const backup = await ports.backup?.(pkg, session);
  const tests = await withSuiteTests(deployOptionsFor(settings, pkg), settings, session, ports);
  const options = tests.options;
  const base = sessionBase(settings, session, [
    ...limits.notes,
    ...pkg.notes ?? [],
    ...backup?.notes ?? []
  ]);
  const submitted = /* @__PURE__ */ new Set();
  const submitAndFollow = async (sent, onSubmitted) => {
    const id = await submitOnce(
      "The deploy request",
      () => session.api.deploy(pkg.zip, sent),
      ports,
      createdDeploysLookup(session, sent.checkOnly, submitted)
    );
    submitted.add(id);
    onSubmitted?.(id);
    ports.onDeployId(id);
    ports.logger.info(`Deploy id: ${id}`);
    return followDeploy(id, session, settings, ports, {
      ...base,
      package: pkg,
      // The level the org received (run-tests: auto may have fallen back to RunLocalTests).
      ...sent.testLevel ? { testLevel: sent.testLevel } : {},
      runTests: sent.runTests,
      ...extraSections([...pkg.sections ?? [], ...backup?.sections ?? []])
    });
  };
  return afterDeploy(await submitAndFollow(options), {
    settings,
    pkg,
    options,
    session,
    ports,
    resubmit: submitAndFollow,
    suites: tests.suites
  });
}
function extraSections(sections2) {
  return sections2.length > 0 ? { extraSections: sections2 } : {};
}
function deployOptionsFor(settings, pkg) {
  if (!pkg.tests) return settings.deployOptions;
  const { testLevel: _inputs, ...rest } = settings.deployOptions;
  return {
    ...rest,
    ...pkg.tests.testLevel ? { testLevel: pkg.tests.testLevel } : {},
    runTests: pkg.tests.runTests
  };
}

// src/validation-record/verify-validation.ts
var DESTRUCTIVE3 = [
  "destructiveChangesPre.xml",
  "destructiveChanges.xml",
  "destructiveChangesPost.xml"
];
function packageComponents(pkg) {
  const entries = unzipEntries(pkg.zip, "package");
  const deletions = DESTRUCTIVE3.flatMap((name) => {
    const bytes = entries.get(name);
    return bytes ? parsePackageXml(decodeUtf8(bytes), name).members : [];
  });
  return {
    members: parsePackageXml(pkg.packageXml, "package.xml").members,
    deletions,
    files: new Set(entries.keys())
  };
}
function key(type, fullName) {
  let name = fullName;
  try {
    name = decodeURIComponent(fullName);
  } catch {
  }
  return `${type.toLowerCase()}\0${name.toLowerCase()}`;
}
var LISTED = 5;
function listed(members) {
  const more2 = members.length - LISTED;
  return members.slice(0, LISTED).join(", ") + (more2 > 0 ? ` and ${more2} more` : "");
}
function validationDifferences(validation, pkg, record) {
  const details3 = validation.details;
  if (!details3) return ["the org returned the validation without its component details"];
  const messages = [...details3.componentSuccesses, ...details3.componentFailures].filter(
    (m) => m.componentType !== ""
  );
  return [...componentDifferences(messages, pkg), ...testDifferences(validation, record)];
}
function componentDifferences(messages, pkg) {
  const validated = new Set(
    messages.filter((m) => !m.deleted).map((m) => key(m.componentType, m.fullName))
  );
  const deleted = new Set(
    messages.filter((m) => m.deleted).map((m) => key(m.componentType, m.fullName))
  );
  const wildcardTypes = new Set(
    pkg.members.filter((m) => m.fullName === "*").map((m) => m.type.toLowerCase())
  );
  const named = pkg.members.filter((m) => m.fullName !== "*");
  const ours = new Set([...named, ...pkg.deletions].map((m) => key(m.type, m.fullName)));
  const parents = new Set(named.map((m) => key(m.type, m.fullName)));
  const out = [];
  const missing = named.filter((m) => !validated.has(key(m.type, m.fullName)));
  if (missing.length > 0)
    out.push(
      `it did not validate ${listed(missing.map((m) => `${m.type} ${m.fullName}`))} of this package`
    );
  const notDeleted = pkg.deletions.filter((m) => !deleted.has(key(m.type, m.fullName)));
  if (notDeleted.length > 0)
    out.push(
      `it did not delete ${listed(notDeleted.map((m) => `${m.type} ${m.fullName}`))}, which this package deletes`
    );
  const foreign = messages.filter(
    (m) => !ours.has(key(m.componentType, m.fullName)) && (m.deleted || !isOfThisPackage(m, pkg.files, wildcardTypes, parents))
  );
  if (foreign.length > 0) {
    const names = foreign.map(
      (m) => `${m.componentType} ${m.fullName}${m.deleted ? " (deleted)" : ""}`
    );
    out.push(`it also validated ${listed(names)}, which this package does not hold`);
  }
  return out;
}
function isOfThisPackage(m, files, wildcardTypes, parents) {
  if (wildcardTypes.has(m.componentType.toLowerCase())) return true;
  const dot = m.fullName.indexOf(".");
  const parentType = parentTypeOf2(m.componentType);
  if (dot > 0 && parentType && parents.has(key(parentType, m.fullName.slice(0, dot)))) return true;
  return files.has(m.fileName) || [...files].some((f) => f.startsWith(`${m.fileName}/`));
}
var parentTypes;
function parentTypeOf2(childType) {
  parentTypes ??= new Map(
    [...defaultRegistry().children.values()].map((c) => [c.name.toLowerCase(), c.parent])
  );
  return parentTypes.get(childType.toLowerCase());
}
function testDifferences(validation, record) {
  const run2 = validation.details?.runTestResult;
  const ran = run2?.numTestsRun ?? validation.numberTestsCompleted + validation.numberTestErrors;
  const out = [];
  if (ran !== record.testsRun) out.push(`it ran ${ran} tests, the record says ${record.testsRun}`);
  const level = record.testLevel;
  if (level && level !== "NoTestRun" && !validation.runTestsEnabled && ran === 0)
    out.push(`it ran no tests, the record says ${level}`);
  if (level === "RunSpecifiedTests" && run2) {
    const classes = new Set(run2.tests.map((t) => t.className.toLowerCase()));
    const named = new Set(record.runTests.map((t) => t.toLowerCase()));
    const differ = classes.size !== named.size || [...classes].some((c) => !named.has(c));
    if (differ)
      out.push(
        `it ran the tests of ${listed([...classes].sort()) || "no class"}, the record names ${listed([...named].sort()) || "none"}`
      );
  }
  return out;
}

// src/validation-record/confirm-record.ts
function detailsReader(session, settings, ports) {
  const polling = { api: session.api, clock: ports.clock, logger: ports.logger };
  return (id) => withRetries(
    () => session.api.checkDeployStatus(id, true),
    polling,
    waitOptionsFrom(settings, ports.random)
  );
}
async function confirmWithOrg(selection, contents, read, warn) {
  const candidates2 = selection.chosen ? [selection.chosen, ...selection.alternatives] : [];
  const components2 = candidates2.length > 0 ? contents() : void 0;
  const disowned = [];
  for (const [i, candidate] of candidates2.entries()) {
    const differences = components2 ? await orgDifferences(candidate.record, components2, read) : [];
    if (differences.length === 0) {
      const older = candidates2.slice(i + 1).map((o) => olderThan(o, candidate));
      return {
        chosen: candidate,
        alternatives: [],
        passedOver: [...disowned, ...older, ...selection.passedOver]
      };
    }
    const reason = `the org's validation ${candidate.record.validationId} is not of this package: ${differences.join("; ")}`;
    warn(`Validation record ${candidate.source.artifactName} not used: ${reason}.`);
    disowned.push({ source: candidate.source, record: candidate.record, reason });
  }
  return { alternatives: [], passedOver: [...disowned, ...selection.passedOver] };
}
async function orgDifferences(record, contents, read) {
  try {
    const validation = await read(record.validationId);
    if (!validation.checkOnly) return ["it is a deploy, not a validation"];
    return validationDifferences(validation, contents, record);
  } catch (error) {
    if (isNoSuchDeploy(error)) return [`the org has no such deploy (${error.code})`];
    throw error;
  }
}

// src/validation-record/match-notes.ts
var MAX_LISTED = 5;
function chosenNote(record, source) {
  return `Quick deploy of validation ${record.validationId}, found by package content ${record.contentHash.slice(0, 12)}\u2026 in artifact ${source.artifactName}${source.runId !== void 0 ? ` of run ${source.runId}` : ""} (commit ${record.commitSha.slice(0, 12) || "unknown"}, validated ${record.validatedAt}, tests: ${record.testLevel ?? "org default"}, ${record.testsRun} run).`;
}
function passedOverNotes(selection) {
  const lines = selection.passedOver.slice(0, MAX_LISTED).map(
    (p) => `Not used: ${p.source.artifactName} (artifact ${p.source.artifactId}): ${p.reason}.`
  );
  const more2 = selection.passedOver.length - MAX_LISTED;
  return more2 > 0 ? [...lines, `\u2026 and ${more2} more records not used.`] : lines;
}
function noMatchReason(selection, artifactName) {
  if (selection.passedOver.length === 0) {
    return `no validation record for this package in this org: no artifact named ${artifactName} (the package changed since the validation, or it was never validated in this org, or the record's artifact was deleted)`;
  }
  const reasons = [...new Set(selection.passedOver.map((p) => p.reason))];
  return `no usable validation record for this package in this org: ${reasons.join("; ")}`;
}
function fallbackTests(input, record) {
  if (input.testLevel)
    return { testLevel: input.testLevel, runTests: input.runTests, from: "the test-level input" };
  if (record?.testLevel && record.testLevel !== "NoTestRun") {
    return {
      testLevel: record.testLevel,
      runTests: record.runTests,
      from: `validation ${record.validationId}`
    };
  }
  return {
    testLevel: "RunLocalTests",
    runTests: [],
    from: "the default for a deploy in place of a quick deploy"
  };
}
function renderNoQuickDeploySummary(input) {
  return [
    "## \u274C No quick deploy",
    "",
    `**Why:** ${escapeInline(input.reason)}.`,
    "",
    `Package content hash ${codeSpan(input.contentHash)}, looked up as artifact ${codeSpan(input.artifactName)}.`,
    "",
    "Nothing was deployed: `quick-deploy-fallback` is `fail`. Validate this commit again (mode: validate) and quick-deploy that, or set `quick-deploy-fallback: deploy` to run a full deploy with tests when no validation can be used.",
    "",
    ...input.notes.map((n) => `- ${escapeInline(n)}`),
    ""
  ].join("\n");
}

// src/validation-record/quick-deploy-match.ts
async function quickDeployByContent(quick, ports, records) {
  const packageSource = quick.packageSource;
  if (!packageSource)
    throw new ActionError(
      "quick-deploy without validation-id matches the package to a validation record: set source-dir or metadata-dir, or give validation-id."
    );
  const settings = { ...quick, packageSource };
  const pkg = await ports.buildPackage(settings);
  for (const warning of pkg.warnings) ports.logger.warning(warning);
  const hash = pkg.contentHash;
  if (!hash)
    throw new ActionError(
      "The package has no content hash; quick deploy by package content needs a package built by this action."
    );
  records.setOutput("content-hash", hash);
  const shared = sharedPorts(ports, pkg);
  const session = await shared.connect(settings.api, pkg.apiVersion);
  const orgId = session.connection.orgId;
  if (!orgId) {
    return fallBack(
      settings,
      shared,
      records,
      { hash, name: "(unknown)", notes: [] },
      "the sign-in did not tell the org id, so no validation record can be matched to this org"
    );
  }
  const name = recordArtifactName(hash, orgId);
  ports.logger.info(
    `Package content hash ${hash}; looking for validation records in artifacts named ${name}.`
  );
  const selection = await confirmWithOrg(
    selectRecord(await records.finder.find(name), {
      contentHash: hash,
      orgId,
      nowMs: ports.clock.now(),
      repository: records.run.repository ?? "",
      trust: settings.quickDeployMatch.trust
    }),
    () => packageComponents(pkg),
    detailsReader(session, settings, shared),
    (message) => shared.logger.warning(message)
  );
  const notes = passedOverNotes(selection);
  const chosen = selection.chosen;
  if (!chosen)
    return fallBack(
      settings,
      shared,
      records,
      { hash, name, notes, record: sameContentRecord(selection, hash, orgId) },
      noMatchReason(selection, name)
    );
  const note = chosenNote(chosen.record, chosen.source);
  ports.logger.info(note);
  try {
    const outcome = await quickDeployValidation(
      chosen.record.validationId,
      session,
      settings,
      shared,
      [note, ...notes],
      pkg
    );
    records.setOutput("validation-record-artifact", chosen.source.artifactName);
    return { outcome, settings };
  } catch (error) {
    if (!(error instanceof QuickDeployRefusedError)) throw error;
    return fallBack(
      settings,
      shared,
      records,
      { hash, name, notes: [note, ...notes], record: chosen.record },
      error.message.replace(/\.$/, "")
    );
  }
}
async function fallBack(settings, ports, records, context, reason) {
  records.setOutput("quick-deploy-fallback-reason", reason);
  if (settings.quickDeployMatch.fallback === "fail") {
    await records.summary.write(
      renderNoQuickDeploySummary({
        reason,
        contentHash: context.hash,
        artifactName: context.name,
        notes: context.notes
      })
    );
    throw new ActionError(
      `No quick deploy: ${reason}. quick-deploy-fallback is fail, so nothing was deployed; validate this commit again, or set quick-deploy-fallback: deploy to run a full deploy with tests instead.`
    );
  }
  const tests = fallbackTests(settings.deployOptions, context.record);
  const explanation = `Full deploy with ${tests.testLevel} (from ${tests.from}) instead of a quick deploy: ${reason}.`;
  ports.logger.warning(explanation);
  const deploySettings = {
    ...settings,
    mode: "deploy",
    deployOptions: {
      ...settings.deployOptions,
      checkOnly: false,
      testLevel: tests.testLevel,
      runTests: tests.runTests
    }
  };
  const outcome = await deployOperation(deploySettings, ports);
  return {
    outcome: { ...outcome, notes: [explanation, ...context.notes, ...outcome.notes] },
    settings: deploySettings
  };
}
function sameContentRecord(selection, hash, orgId) {
  return selection.passedOver.filter((p) => p.trusted).map((p) => p.record).find((r) => !!r && r.contentHash === hash && sameOrg(r.orgId, orgId));
}
function sharedPorts(ports, pkg) {
  const sessions = /* @__PURE__ */ new Map();
  return {
    ...ports,
    // Warnings were logged once already.
    buildPackage: () => Promise.resolve({ ...pkg, warnings: [] }),
    connect: (transport, version) => {
      const key2 = `${transport} ${version ?? ""}`;
      const existing = sessions.get(key2) ?? ports.connect(transport, version);
      sessions.set(key2, existing);
      return existing;
    }
  };
}

// src/validation-record/record-ports.ts
function createRecordPorts(settings, deps, parts) {
  const { env } = deps;
  const context = runContextOf(env);
  return {
    finder: createRestRecordFinder({
      octokit: deps.octokit,
      ...settings.report.githubToken ? { token: settings.report.githubToken } : {},
      ...env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}
    }),
    uploader: deps.recordUploader,
    summary: { write: async (markdown) => parts.section(markdown) },
    setOutput: (name, value) => parts.output(name, value),
    run: {
      commitSha: context?.headSha || env.GITHUB_SHA || "",
      ...env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {},
      ...env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {},
      ...env.GITHUB_RUN_ATTEMPT ? { runAttempt: env.GITHUB_RUN_ATTEMPT } : {}
    }
  };
}

// src/validation-record/record-validation.ts
async function recordValidation(outcome, settings, records, deps, passed) {
  const hash = outcome.package?.contentHash;
  if (hash) records.setOutput("content-hash", hash);
  const record = hash ? recordOf(outcome, settings, hash, records.run, deps.clock) : void 0;
  if (!record || !settings.quickDeployMatch.uploadRecord) return outcome;
  if (!passed) {
    const note = `No validation record was stored: the org accepted validation ${record.validationId}, but the run failed, so a quick deploy must not take it.`;
    deps.logger.info(note);
    return { ...outcome, notes: [...outcome.notes, note] };
  }
  const name = recordArtifactName(hash ?? "", record.orgId);
  records.setOutput("validation-record", JSON.stringify(JSON.parse(serializeRecord(record))));
  records.setOutput("validation-record-artifact", name);
  const expires = new Date(Date.parse(record.validatedAt) + QUICK_DEPLOY_WINDOW_MS).toISOString();
  try {
    const uploaded = await records.uploader.upload(name, record);
    const note = `Validation record stored as artifact ${name}${uploaded.id !== void 0 ? ` (id ${uploaded.id})` : ""}: a quick deploy of the same package contents to this org finds it until ${expires}, minus a one-hour margin.`;
    deps.logger.info(note);
    return { ...outcome, notes: [...outcome.notes, note] };
  } catch (error) {
    const note = `The validation record could not be uploaded as artifact ${name} (${describeError(error)}); a quick deploy by package content will not find this validation. Quick-deploy it with validation-id: ${record.validationId}.`;
    deps.logger.warning(note);
    return { ...outcome, notes: [...outcome.notes, note] };
  }
}
function recordOf(outcome, settings, contentHash2, run2, clock) {
  const result2 = outcome.result;
  if (!result2 || !result2.checkOnly || !result2.done || result2.status !== "Succeeded" || !outcome.orgId)
    return void 0;
  const tests = result2.details?.runTestResult;
  return {
    validationId: result2.id,
    orgId: to18(outcome.orgId),
    instanceUrl: outcome.instanceUrl ?? "",
    apiVersion: outcome.apiVersion ?? "",
    // What the org received: suites resolve to classes, on-no-tests may have re-run at RunLocalTests.
    ...testsSent(outcome, settings),
    testsRun: tests?.numTestsRun ?? result2.numberTestsCompleted + result2.numberTestErrors,
    status: result2.status,
    contentHash: contentHash2,
    commitSha: run2.commitSha,
    validatedAt: (result2.completedDate ?? new Date(clock.now())).toISOString(),
    ...run2.repository && run2.runId ? { run: { repository: run2.repository, id: run2.runId, attempt: run2.runAttempt ?? "1" } } : {}
  };
}
function testsSent(outcome, settings) {
  const level = outcome.testLevel ?? settings.deployOptions.testLevel;
  return {
    ...level ? { testLevel: level } : {},
    runTests: outcome.runTests ?? settings.deployOptions.runTests
  };
}

// src/deploy/verdict.ts
function decideVerdict(outcome, waitMinutes) {
  if (outcome.nothingToDeploy || outcome.submitted) return { success: true };
  const id = outcome.deployId ?? "(unknown id)";
  if (outcome.timedOut) return { success: false, message: timeoutMessage(outcome, id, waitMinutes) };
  const result2 = outcome.result;
  if (!result2) return { success: false, message: `Deploy ${id} ended without a result.` };
  if (outcome.mode === "cancel") return cancelVerdict(result2, id);
  if (isCleanSuccess(result2)) return { success: true };
  if (result2.status === "Canceled" && outcome.cancel && !outcome.cancel.refused)
    return {
      success: false,
      message: `${operationOf(outcome.mode, result2)} ${id} was canceled by cancel-on-timeout: it was still running at the ${waitMinutes}-minute wait limit. Nothing was ${result2.checkOnly ? "validated" : "deployed"}.`
    };
  return { success: false, message: explainFailure2(result2, outcome.mode) };
}
function timeoutMessage(outcome, id, waitMinutes) {
  const status = outcome.timedOut?.last?.status ?? "running";
  const still = `Deploy ${id} was still ${status} after the ${waitMinutes}-minute wait limit`;
  const follow2 = `Follow it later with mode: report and deploy-id: ${id}`;
  if (outcome.cancel?.refused)
    return `${still}, and the org refused to cancel it (${outcome.cancel.refused}); it continues in the org. ${follow2}.`;
  if (outcome.cancel)
    return `${still}; the org accepted the cancellation${outcome.mode === "cancel" ? "" : " (cancel-on-timeout)"} but had not finished canceling. ${follow2} to see how it ends.`;
  return `${still}; it continues in the org. ${follow2}, or stop it with mode: cancel.`;
}
function operationOf(mode, result2) {
  if (mode === "quick-deploy") return "Quick deploy";
  return result2.checkOnly ? "Validation" : "Deploy";
}
function cancelVerdict(result2, id) {
  if (result2.status === "Canceled") return { success: true };
  const what = result2.checkOnly ? "Validation" : "Deploy";
  const ended = isCleanSuccess(result2) ? "succeeded: what it deployed stays in the org" : `ended with status ${result2.status}`;
  return {
    success: false,
    message: `Nothing was canceled: ${what.toLowerCase()} ${id} had already ${ended}. ${explainFailureIfAny(result2, what)}`.trim()
  };
}
function explainFailureIfAny(result2, what) {
  return isCleanSuccess(result2) ? "" : explainFailure2(result2, what === "Validation" ? "validate" : "deploy");
}
function explainFailure2(result2, mode) {
  const what = mode === "quick-deploy" ? "Quick deploy" : mode === "validate" || result2.checkOnly ? "Validation" : "Deploy";
  const head = `${what} ${result2.id} ${describeStatus(result2)}`;
  if (result2.errorMessage) return `${head}: ${result2.errorMessage}`;
  const failures = result2.details?.componentFailures.filter((f) => f.problemType !== "Info") ?? [];
  if (failures.length > 0) {
    const first = failures[0];
    const more2 = failures.length > 1 ? ` (and ${failures.length - 1} more; see the job summary)` : "";
    const where = first?.lineNumber ? ` (line ${first.lineNumber})` : "";
    return `${head}: ${first?.componentType} ${first?.fullName}${where}: ${first?.problem ?? "failed"}${more2}`;
  }
  const tests = result2.details?.runTestResult?.tests.filter((t) => t.outcome === "Fail") ?? [];
  if (tests.length > 0) {
    const first = tests[0];
    const name = `${first?.className}.${first?.methodName ?? "(class-level)"}`;
    return `${head}: ${tests.length} Apex test${tests.length === 1 ? "" : "s"} failed, first ${name}: ${first?.message ?? ""}`;
  }
  const warnings = result2.details?.runTestResult?.coverageWarnings ?? [];
  if (warnings.length > 0)
    return `${head}: code coverage too low: ${warnings.map((w) => w.message).join(" ")}`;
  if (result2.status === "Canceled")
    return `${head}${result2.canceledByName ? ` by ${result2.canceledByName}` : ""}.`;
  return `${head}, and the org gave no reason (no error message, component failure, test failure or coverage warning).`;
}
function describeStatus(result2) {
  if (result2.status === "Succeeded")
    return `reported success with ${result2.numberComponentErrors} component error${result2.numberComponentErrors === 1 ? "" : "s"}`;
  if (result2.status === "SucceededPartial")
    return "succeeded only partly (rollback-on-error was false)";
  if (result2.status === "Canceled") return "was canceled";
  return `failed (status ${result2.status})`;
}

// src/modes/operation/operation-verdict.ts
function operationVerdict(outcome, waitMinutes, report) {
  return withReportVerdict(decideVerdict(outcome, waitMinutes), report, "The run failed.");
}

// src/modes/operation/refusal-summary.ts
function renderRefusal(message) {
  return ["## \u274C Quick deploy refused \u2014 nothing was deployed", "", escapeInline(message), ""].join(
    "\n"
  );
}

// src/modes/operation/submitted-summary.ts
var WHAT = {
  deploy: "Deploy",
  validate: "Validation",
  "quick-deploy": "Quick deploy",
  cancel: "Cancellation"
};
function renderSubmitted(mode, id, instanceHost) {
  const what = WHAT[mode] ?? "Request";
  const stop = mode === "cancel" ? " to see it end" : ", or stop it with `mode: cancel`";
  return [
    `## \u23F3 ${what} submitted \xB7 ${instanceHost} \xB7 ${codeSpan(id)}`,
    "",
    `\`wait\` is 0, so this step did not follow it. Follow it with \`mode: report\` and ${codeSpan(`deploy-id: ${id}`)}${stop}.`,
    ""
  ].join("\n");
}
function renderNothingToDeploy(reason, sections2) {
  return ["## \u2705 Nothing to deploy", "", escapeInline(reason), "", ...sections2, ""].join("\n");
}

// src/deploy/cancel.ts
async function cancelOperation(settings, ports) {
  const id = settings.deployId ?? "";
  const version = await followVersion(settings);
  const session = await ports.connect(settings.api, version.wanted);
  ports.onDeployId(id);
  const answer = await requestCancel(() => session.api.cancelDeploy(id));
  const notes = [
    answer.refused ? (
      // A finished (or finalizing) deploy cannot be canceled; report how it stands instead.
      `Deploy ${id} could not be canceled: ${answer.refused}.`
    ) : answer.done ? `Deploy ${id} had not started; it is canceled.` : `Cancellation of ${id} requested.`
  ];
  ports.logger.info(notes[0] ?? "");
  const note = followVersionNote(`Deploy ${id} is read`, session.apiVersion, version);
  if (note) {
    ports.logger.info(note);
    notes.push(note);
  }
  return followDeploy(id, session, settings, ports, {
    ...sessionBase(settings, session, notes),
    cancel: answer.refused ? { refused: answer.refused } : {}
  });
}

// src/deploy/report.ts
async function reportOperation(settings, ports) {
  const id = settings.deployId ?? "";
  const version = await followVersion(settings);
  const session = await ports.connect(settings.api, version.wanted);
  ports.onDeployId(id);
  ports.logger.info(`Reporting on deploy ${id}`);
  const note = followVersionNote(`Deploy ${id} is read`, session.apiVersion, version);
  if (note) ports.logger.info(note);
  try {
    return await followDeploy(
      id,
      session,
      settings,
      ports,
      sessionBase(settings, session, note ? [note] : [])
    );
  } catch (error) {
    if (error instanceof ApiError && /INVALID_CROSS_REFERENCE_KEY|NOT_FOUND|MALFORMED_ID/.test(error.code)) {
      throw new ActionError(
        `Deploy ${id} was not found in this org (${error.code}); check deploy-id and the credentials.`
      );
    }
    throw error;
  }
}

// src/modes/operation/run-operation.ts
async function runOperation(settings, ports) {
  switch (settings.mode) {
    case "deploy":
    case "validate":
      return deployOperation(settings, ports);
    case "quick-deploy":
      return quickDeployOperation(settings, ports);
    case "report":
      return reportOperation(settings, ports);
    case "cancel":
      return cancelOperation(settings, ports);
  }
}

// src/modes/operation/run-operation-mode.ts
async function runOperationMode(settings, deps) {
  const parts = new ResultParts();
  let deployId;
  const ports = operationPorts(settings, deps, parts, (id) => deployId = id);
  try {
    const outcome = await operate(settings, deps, ports, parts);
    return await finish(outcome.settings, outcome.outcome, deps, parts);
  } catch (error) {
    if (!(error instanceof QuickDeployRefusedError)) {
      throw withParts(error, parts);
    }
    return {
      verdict: { success: false, message: error.message },
      outputs: {
        ...parts.outputs,
        ...deployId ? { "deploy-id": deployId } : {},
        status: "Refused"
      },
      summary: [...parts.summary, renderRefusal(error.message)]
    };
  }
}
async function operate(settings, deps, ports, parts) {
  const records = () => createRecordPorts(settings, deps, parts);
  if (settings.mode === "quick-deploy" && !settings.validationId) {
    const matched = await quickDeployByContent(settings, ports, records());
    deps.state.save(STATE.finished, "true");
    return matched;
  }
  const outcome = await runOperation(settings, ports);
  deps.state.save(STATE.finished, "true");
  return { settings, outcome };
}
function operationPorts(settings, deps, parts, rememberId) {
  const stepDeps = { ...deps, parts };
  const deploying = changesTheOrg(settings) ? settings : void 0;
  return {
    clock: deps.clock,
    logger: deps.logger,
    random: deps.random,
    env: deps.env,
    ...deps.limits ? { limits: deps.limits } : {},
    connect: (transport, packageApiVersion) => connectForRun(settings, deps, transport, packageApiVersion),
    buildPackage: (s) => buildDeployPackage(s, deps),
    ...deploying ? {
      backup: (pkg, session) => guardThenBackup(
        () => runDriftGuard(deploying, stepDeps, pkg, session),
        () => runBackupStep(deploying, stepDeps, pkg, session)
      )
    } : {},
    annotate: (a) => parts.annotate({
      level: "notice",
      title: "Patch coverage",
      path: a.path,
      startLine: a.startLine,
      endLine: a.endLine,
      message: a.message
    }),
    onDeployId: (id) => {
      rememberId(id);
      parts.output("deploy-id", id);
      deps.state.save(STATE.deployId, id);
      deps.state.save(STATE.checkOnly, String(settings.mode === "validate"));
    }
  };
}
function changesTheOrg(settings) {
  return settings.mode !== "report" && settings.mode !== "cancel";
}
async function finish(settings, outcome, deps, parts) {
  const first = await outcomeReport(settings, outcome, deps.env);
  const verdict = operationVerdict(outcome, settings.waitMinutes, first);
  const recorded = settings.mode === "validate" ? await recordValidation(
    outcome,
    settings,
    createRecordPorts(settings, deps, parts),
    deps,
    verdict.success
  ) : outcome;
  const report = withNotes(first, recorded.notes.slice(outcome.notes.length));
  const receipt = verdict.success && (settings.mode === "deploy" || settings.mode === "quick-deploy") ? await writeReceipt(
    outcome,
    {
      workspace: settings.workspace,
      resultsDir: settings.report.resultsDir,
      attest: settings.receipt?.attest ?? false
    },
    { ...deps, attester: () => deps.attester(settings.report.githubToken) }
  ) : void 0;
  if (outcome.submitted && outcome.deployId)
    deps.logger.info(
      `Submitted ${outcome.deployId} (wait: 0); follow it with mode: report and deploy-id: ${outcome.deployId}.`
    );
  return {
    verdict,
    outputs: {
      ...parts.outputs,
      ...outcome.package?.outputs ?? {},
      ...outcomeOutputs(outcome, verdict),
      ...report?.outputs ?? {},
      ...receipt ? { "receipt-path": receipt.path } : {},
      ...receipt?.attestation?.id ? { "receipt-attestation-id": receipt.attestation.id } : {},
      ...receipt?.attestation?.url ? { "receipt-attestation-url": receipt.attestation.url } : {}
    },
    summary: [...parts.summary, ...closingSections(outcome)],
    annotations: parts.annotations,
    ...report ? { report: { report: report.report, publish: report.publish } } : {}
  };
}
function withNotes(report, notes) {
  if (!report || notes.length === 0) return report;
  return { ...report, report: { ...report.report, notes: [...report.report.notes, ...notes] } };
}
function closingSections(outcome) {
  if (outcome.submitted && outcome.deployId) {
    const host = outcome.instanceUrl ? new URL(outcome.instanceUrl).host : "";
    return [renderSubmitted(outcome.mode, outcome.deployId, host)];
  }
  if (outcome.nothingToDeploy)
    return [renderNothingToDeploy(outcome.nothingToDeploy, outcome.package?.sections ?? [])];
  return [];
}

// src/modes/push-upgrade/run-push-upgrade.ts
import path15 from "node:path";

// src/modes/push-upgrade/push-csv.ts
function csvCell(value) {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
function csv(header2, rows) {
  return [header2, ...rows].map((r) => r.join(",")).join("\r\n") + "\r\n";
}
function toFailuresCsv(rows) {
  return csv(
    [
      "OrganizationId",
      "OrgName",
      "OrgType",
      "Instance",
      "InstalledVersion",
      "Outcome",
      "ErrorType",
      "ErrorTitle",
      "ErrorMessage",
      "SupportNumber",
      // Last, so scripts reading the earlier columns by position keep working.
      "ErrorDetails"
    ],
    rows.map((r) => [
      csvCell(r.orgKey),
      csvCell(r.orgName),
      csvCell(r.orgType),
      csvCell(r.instance),
      csvCell(r.installedVersion),
      r.outcome,
      csvCell(r.errorType),
      csvCell(r.errorTitle),
      csvCell(r.message),
      csvCell(r.supportNumber),
      csvCell(r.details)
    ])
  );
}
function toSelectionCsv(selection, versions) {
  const versionText = new Map(versions.map((v) => [orgKey15(v.id), v.numberText]));
  const row = (orgKey, s, decision, reason) => [
    csvCell(orgKey),
    csvCell(s?.orgName ?? ""),
    csvCell(s?.orgType ?? ""),
    csvCell(s?.orgStatus ?? ""),
    csvCell(s?.instanceName ?? ""),
    csvCell(s ? versionText.get(orgKey15(s.versionId)) ?? s.versionId : ""),
    decision,
    csvCell(reason)
  ];
  return csv(
    [
      "OrganizationId",
      "OrgName",
      "OrgType",
      "OrgStatus",
      "Instance",
      "InstalledVersion",
      "Decision",
      "Reason"
    ],
    [
      ...selection.eligible.map((s) => row(s.orgKey, s, "Eligible", "")),
      ...selection.excluded.map((e) => row(e.orgKey, e.subscriber, "Left out", e.reason))
    ]
  );
}

// src/push-upgrade/group-failures.ts
var SAMPLE_ORGS = 5;
var SUPPORT_NUMBER = /\d+-\d+ \(-?\d+\)/;
var RECORD_ID2 = /\b[a-zA-Z0-9]{3}[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?\b/g;
function primaryError(job) {
  const chosen = job.errors.find((e) => e.severity.toLowerCase() === "error") ?? job.errors[0];
  return chosen ?? {
    severity: "Error",
    type: "Unknown",
    title: "No error details",
    message: "The org recorded no PackagePushError for this job.",
    details: ""
  };
}
function supportNumberOf(message) {
  return SUPPORT_NUMBER.exec(message)?.[0] ?? "";
}
function maskMessage(message) {
  return message.replace(new RegExp(SUPPORT_NUMBER.source, "g"), "<support number>").replace(RECORD_ID2, (id) => /\d/.test(id) && /[a-zA-Z]/.test(id) ? "<id>" : id);
}
function groupFailures(jobs, subscribers) {
  const groups = /* @__PURE__ */ new Map();
  for (const job of jobs) {
    const error = primaryError(job);
    const key2 = `${error.type}\0${error.title}`;
    let group = groups.get(key2);
    if (!group) {
      group = {
        type: error.type,
        title: error.title,
        count: 0,
        sampleOrgs: [],
        firstMessage: error.message,
        variants: 0,
        masked: /* @__PURE__ */ new Set()
      };
      groups.set(key2, group);
    }
    group.count++;
    group.masked.add(maskMessage(error.message));
    if (group.sampleOrgs.length < SAMPLE_ORGS)
      group.sampleOrgs.push(subscribers.get(orgKey15(job.orgKey))?.orgName || job.orgKey);
  }
  return [...groups.values()].map(({ masked, ...group }) => ({ ...group, variants: masked.size })).sort(
    (a, b) => b.count - a.count || a.type.localeCompare(b.type) || a.title.localeCompare(b.title)
  );
}
function failedOrgRows(jobs, rejected, subscribers, versions) {
  const versionById = new Map(versions.map((v) => [orgKey15(v.id), v.numberText]));
  const base = (orgKey) => {
    const s = subscribers.get(orgKey15(orgKey));
    return {
      orgKey,
      orgName: s?.orgName ?? "",
      orgType: s?.orgType ?? "",
      instance: s?.instanceName ?? "",
      installedVersion: versionById.get(orgKey15(s?.versionId ?? "")) ?? ""
    };
  };
  const failed = jobs.map((job) => {
    const error = primaryError(job);
    return {
      ...base(job.orgKey),
      outcome: "Failed",
      errorType: error.type,
      errorTitle: error.title,
      message: error.message,
      supportNumber: supportNumberOf(error.message),
      details: error.details
    };
  });
  const refused = rejected.map((r) => ({
    ...base(r.orgKey),
    outcome: "Rejected",
    errorType: r.statusCode,
    errorTitle: "Job not created",
    message: r.message,
    supportNumber: supportNumberOf(r.message),
    details: ""
  }));
  return [...failed, ...refused];
}

// src/push-upgrade/plan.ts
function pickTargetVersion(versions, target) {
  if (target.kind === "version-id") {
    const found = versions.find((v) => orgKey15(v.id) === orgKey15(target.versionId));
    if (!found)
      throw new ActionError(
        `package-version-id: ${target.versionId} is not a version of this package, or this user cannot see it.`
      );
    return requirePushable(found, "package-version-id");
  }
  const matching = versions.filter((v) => versionMatches(v.number, target.versionNumber));
  const released = matching.filter((v) => v.released && !v.deprecated);
  if (released.length === 1 && released[0]) return released[0];
  if (released.length > 1) {
    throw new ActionError(
      `package-version: ${target.versionNumber} matches ${released.length} released versions (${released.map(describe).join(", ")}); give the full number or package-version-id.`
    );
  }
  if (matching.length > 0) {
    throw new ActionError(
      `package-version: ${target.versionNumber} matches no released version, only ${matching.map(describe).join(", ")}; push a released, not deprecated version.`
    );
  }
  const known = [...versions].filter((v) => v.released && !v.deprecated).sort((a, b) => compareVersions(b.number, a.number)).slice(0, 5);
  throw new ActionError(
    `package-version: no version ${target.versionNumber} in package ${target.packageId}${known.length ? `; latest released: ${known.map((v) => v.numberText).join(", ")}` : ""}.`
  );
}
function requirePushable(version, input) {
  if (!version.released)
    throw new ActionError(
      `${input}: ${describe(version)} is a beta version; only released versions can be pushed.`
    );
  if (version.deprecated)
    throw new ActionError(`${input}: ${describe(version)} is deprecated and cannot be pushed.`);
  return version;
}
function describe(v) {
  return `${v.numberText} (${v.id}${v.released ? "" : ", beta"}${v.deprecated ? ", deprecated" : ""})`;
}
function checkStartTime(startTime, now) {
  if (startTime !== void 0 && Date.parse(startTime) < now) {
    throw new InputError([`start-time: ${startTime} is in the past; give a future time, or now.`]);
  }
}
var SAMPLE_SIZE = 3;
function groupEligible(eligible, versions) {
  const byId = new Map(versions.map((v) => [orgKey15(v.id), v]));
  const groups = /* @__PURE__ */ new Map();
  for (const s of eligible) {
    const version = byId.get(orgKey15(s.versionId));
    const versionText = version?.numberText ?? "unknown";
    const key2 = `${versionText}\0${s.orgType}`;
    let group = groups.get(key2);
    if (!group) {
      group = {
        versionText,
        orgType: s.orgType,
        count: 0,
        sample: [],
        order: version?.number ?? [0, 0, 0, 0]
      };
      groups.set(key2, group);
    }
    group.count++;
    if (group.sample.length < SAMPLE_SIZE) group.sample.push(s.orgName || s.orgKey);
  }
  return [...groups.values()].sort((a, b) => compareVersions(b.order, a.order) || a.orgType.localeCompare(b.orgType)).map(({ versionText, orgType, count, sample }) => ({ versionText, orgType, count, sample }));
}
function countExclusions(excluded) {
  const counts = /* @__PURE__ */ new Map();
  for (const e of excluded) counts.set(e.reason, (counts.get(e.reason) ?? 0) + 1);
  return [...counts.entries()].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}
function countByInstance(eligible) {
  const counts = /* @__PURE__ */ new Map();
  for (const s of eligible)
    counts.set(s.instanceName || "unknown", (counts.get(s.instanceName || "unknown") ?? 0) + 1);
  return [...counts.entries()].map(([instance, count]) => ({ instance, count })).sort((a, b) => b.count - a.count || a.instance.localeCompare(b.instance));
}

// src/modes/push-upgrade/push-summary.ts
var MAX_TABLE_ROWS = 50;
var MESSAGE_CHARS = 300;
var ICON = { passed: "\u2705", failed: "\u274C", unfinished: "\u23F3" };
function renderPushSummary(outcome, verdict, failThreshold, files = {}) {
  const subscribers = subscriberIndex(outcome);
  const lines = [
    ...header(outcome, verdict),
    ...countsSection(outcome, verdict, failThreshold),
    ...rejectedSection(outcome, subscribers),
    ...failureGroupsSection(outcome, subscribers),
    ...failedOrgsSection(outcome, subscribers, files),
    ...unfinishedSection(outcome, subscribers),
    ...selectionSection(outcome, files),
    ...nextSteps(outcome, files)
  ];
  const text2 = lines.join("\n") + "\n";
  return byteLength(text2) <= JOB_SUMMARY_BUDGET_BYTES ? text2 : hardCut(
    text2,
    JOB_SUMMARY_BUDGET_BYTES,
    "_The summary was cut to fit the 1 MiB limit; the CSV files have every row._",
    byteLength
  );
}
function subscriberIndex(outcome) {
  const index = /* @__PURE__ */ new Map();
  for (const s of outcome.selection.eligible) index.set(orgKey15(s.orgKey), s);
  for (const e of outcome.selection.excluded)
    if (e.subscriber) index.set(orgKey15(e.orgKey), e.subscriber);
  return index;
}
function header(o, verdict) {
  const r = o.request;
  const rows = [
    [
      "Package",
      `${escapeTableCell(o.package.name)}${o.package.namespacePrefix ? ` (namespace ${codeSpanInCell(o.package.namespacePrefix)})` : ""}`
    ],
    ["Target version", `${escapeTableCell(o.target.numberText)} ${codeSpanInCell(o.target.id)}`],
    ...o.requestId ? [["Push request", codeSpanInCell(o.requestId)]] : [],
    ...o.requestId ? [["Scheduled start", o.startTime ?? "as soon as it is Pending"]] : [],
    // Times as the org sent them: org text, escaped like any other.
    ...r?.startTime ? [["Actual start", escapeTableCell(r.startTime)]] : [],
    ...r?.endTime ? [["End", escapeTableCell(r.endTime)]] : [],
    ...r?.durationSeconds !== void 0 ? [["Duration", `${r.durationSeconds} s`]] : [],
    ...r ? [["Request status", STATUS_LABEL[r.status]]] : [],
    ["API version", escapeTableCell(o.apiVersion)]
  ];
  const title = o.kind === "dry-run" ? "Push upgrade dry run" : o.kind === "scheduled" ? "Push upgrade scheduled" : "Push upgrade";
  const icon = o.kind === "scheduled" ? "\u23F3" : ICON[verdict.result];
  return [
    `## ${icon} ${title}: ${escapeInline(o.package.name)} ${escapeInline(o.target.numberText)}`,
    "",
    escapeInline(verdict.message),
    "",
    ...table(["", ""], rows),
    "",
    ...o.notes.map((n) => `> ${escapeInline(n)}`),
    ...o.notes.length ? [""] : []
  ];
}
function countsSection(o, verdict, failThreshold) {
  const orgs = `Orgs: ${o.selection.eligible.length} eligible \xB7 ${o.scheduledCount} scheduled \xB7 ${o.rejected.length} refused at scheduling \xB7 ${o.selection.excluded.length} left out.`;
  if (!o.requestId || o.kind === "all-rejected" || o.kind === "scheduled") return [orgs, ""];
  const rows = PUSH_STATUSES.map((s) => [STATUS_LABEL[s], String(o.counts[s])]);
  const percent = verdict.failedPercent === void 0 ? "" : `Failed: ${Number(verdict.failedPercent.toFixed(2))} % of finished jobs; fail-threshold ${failThreshold} %.`;
  return [
    "### Jobs by status",
    "",
    ...table(["Status", "Jobs"], rows),
    "",
    orgs,
    ...percent ? ["", percent] : [],
    ""
  ];
}
function rejectedSection(o, subscribers) {
  if (o.rejected.length === 0) return [];
  const rows = o.rejected.slice(0, MAX_TABLE_ROWS).map((r) => [
    codeSpanInCell(r.orgKey),
    escapeTableCell(subscribers.get(orgKey15(r.orgKey))?.orgName ?? ""),
    codeSpanInCell(r.statusCode),
    escapeTableCell(clip(r.message))
  ]);
  return [
    `### Refused at scheduling (${o.rejected.length})`,
    "",
    ...table(["Org", "Name", "Code", "Message"], rows),
    ...more(o.rejected.length),
    ""
  ];
}
function failureGroupsSection(o, subscribers) {
  if (o.failedJobs.length === 0) return [];
  const groups = groupFailures(o.failedJobs, subscribers);
  const rows = groups.map((g) => [
    escapeTableCell(g.type),
    escapeTableCell(g.title),
    String(g.count),
    escapeTableCell(g.sampleOrgs.join(", ")),
    escapeTableCell(clip(g.firstMessage)) + (g.variants > 1 ? ` _(+${g.variants - 1} other messages)_` : "")
  ]);
  return [
    `### Failures by error (${groups.length} groups)`,
    "",
    ...table(["Error type", "Title", "Orgs", "Sample orgs", "First message"], rows),
    ""
  ];
}
function failedOrgsSection(o, subscribers, files) {
  if (o.failedJobs.length === 0) return [];
  const all = failedOrgRows(o.failedJobs, [], subscribers, o.versions);
  const rows = all.slice(0, MAX_TABLE_ROWS).map((r) => [
    codeSpanInCell(r.orgKey),
    escapeTableCell(r.orgName),
    escapeTableCell(r.orgType),
    escapeTableCell(r.instance),
    escapeTableCell(r.installedVersion),
    escapeTableCell(`${r.errorType} / ${r.errorTitle}`),
    escapeTableCell(clip(r.message)),
    r.supportNumber ? codeSpanInCell(r.supportNumber) : ""
  ]);
  const where = files.failures ? ` All of them are in ${codeSpan(files.failures)}.` : "";
  const heading2 = all.length > MAX_TABLE_ROWS ? `### Failed orgs (first ${MAX_TABLE_ROWS} of ${all.length})` : `### Failed orgs (${all.length})`;
  return [
    heading2,
    "",
    ...table(
      ["Org", "Name", "Type", "Instance", "Installed", "Error", "Message", "Support number"],
      rows
    ),
    "",
    ...where ? [where.trim(), ""] : []
  ];
}
function unfinishedSection(o, subscribers) {
  const unfinished = o.unfinished ?? [];
  if (unfinished.length === 0) return [];
  const rows = unfinished.slice(0, MAX_TABLE_ROWS).map((u) => [
    codeSpanInCell(u.orgKey),
    escapeTableCell(subscribers.get(orgKey15(u.orgKey))?.orgName ?? ""),
    u.status === "no-record" ? "no job record listed yet" : STATUS_LABEL[u.status]
  ]);
  return [
    `### Not ended when the wait stopped (${unfinished.length})`,
    "",
    ...table(["Org", "Name", "Job status"], rows),
    ...unfinished.length > MAX_TABLE_ROWS ? ["", `_\u2026and ${unfinished.length - MAX_TABLE_ROWS} more._`] : [],
    ""
  ];
}
function selectionSection(o, files) {
  const groups = groupEligible(o.selection.eligible, o.versions);
  const eligible = table(
    ["Installed version", "Org type", "Orgs", "e.g."],
    groups.map((g) => [
      escapeTableCell(g.versionText),
      escapeTableCell(g.orgType),
      String(g.count),
      escapeTableCell(g.sample.join(", "))
    ])
  );
  const instances = table(
    ["Instance", "Orgs"],
    countByInstance(o.selection.eligible).map((i) => [escapeTableCell(i.instance), String(i.count)])
  );
  const reasons = table(
    ["Reason", "Orgs"],
    countExclusions(o.selection.excluded).map((e) => [escapeTableCell(e.reason), String(e.count)])
  );
  const sample = table(
    ["Org", "Name", "Reason"],
    o.selection.excluded.slice(0, MAX_TABLE_ROWS).map((e) => [
      codeSpanInCell(e.orgKey),
      escapeTableCell(e.subscriber?.orgName ?? ""),
      escapeTableCell(e.reason)
    ])
  );
  const where = files.selection ? [`Every org considered, with its decision: ${codeSpan(files.selection)}.`, ""] : [];
  const body2 = [
    ...eligible.length ? ["**Eligible orgs by installed version and org type**", "", ...eligible, ""] : ["No org is eligible.", ""],
    ...instances.length ? details("Eligible orgs by instance", instances) : [],
    ...reasons.length ? [`**Left out (${o.selection.excluded.length})**`, "", ...reasons, ""] : [],
    ...sample.length ? details(
      `Orgs left out${o.selection.excluded.length > MAX_TABLE_ROWS ? ` (first ${MAX_TABLE_ROWS})` : ""}`,
      sample
    ) : [],
    ...where
  ];
  if (o.kind === "dry-run" || o.kind === "cap-exceeded" || o.kind === "nothing-eligible")
    return ["### Selection", "", ...body2];
  return details("Selection: eligible and left-out orgs", body2);
}
function nextSteps(o, files) {
  const steps = [];
  if (o.kind === "cap-exceeded")
    steps.push(
      `Check the selection above; to push to all ${o.selection.eligible.length} orgs, set max-orgs to at least that number.`
    );
  if (o.kind === "dry-run") steps.push("Run again with dry-run: false to create the push.");
  if (o.kind === "finished" && o.request?.status === "canceled" && o.requestId)
    steps.push(
      `Push ${codeSpan(o.requestId)} was canceled in the org; see who canceled it in Setup > Push Upgrade History, then run again to push.`
    );
  if ((o.kind === "scheduled" || o.kind === "timed-out") && o.requestId)
    steps.push(
      `Push ${codeSpan(o.requestId)} keeps running in the org; follow it in Setup > Push Upgrade History.`
    );
  if (files.failures && (o.failedJobs.length > 0 || o.rejected.length > 0))
    steps.push(
      `To retry only the failed orgs once their problems are fixed, pass ${codeSpan(files.failures)} (from the artifact) as orgs-file.`
    );
  return steps.length ? ["### Next steps", "", ...steps.map((s) => `- ${s}`), ""] : [];
}
function clip(text2) {
  return text2.length > MESSAGE_CHARS ? `${text2.slice(0, MESSAGE_CHARS)}\u2026` : text2;
}
function more(total) {
  return total > MAX_TABLE_ROWS ? ["", `_\u2026and ${total - MAX_TABLE_ROWS} more in the CSV file._`] : [];
}

// src/push-upgrade/push-finished.ts
function jobTotal(counts) {
  return PUSH_STATUSES.reduce((sum, s) => sum + counts[s], 0);
}
function allJobsEnded(counts) {
  return counts.created + counts.pending + counts["in-progress"] === 0;
}
function pushFinished(request, counts, scheduledJobs) {
  return isTerminal(request.status) && allJobsEnded(counts) && jobTotal(counts) >= scheduledJobs;
}
function unfinishedOrgs(scheduledOrgs, jobs) {
  const listed2 = new Set(jobs.map((j) => orgKey15(j.orgKey)));
  const running = jobs.flatMap(
    (j) => j.status === "created" || j.status === "pending" || j.status === "in-progress" ? [{ orgKey: j.orgKey, status: j.status }] : []
  );
  const missing = scheduledOrgs.filter((org) => !listed2.has(orgKey15(org))).map((orgKey) => ({ orgKey, status: "no-record" }));
  return [...running, ...missing];
}
function notEndedCount(counts, unfinished) {
  return unfinished?.length ?? counts.created + counts.pending + counts["in-progress"];
}

// src/push-upgrade/select-subscribers.ts
function selectSubscribers(input) {
  const versionsById = new Map(input.versions.map((v) => [orgKey15(v.id), v]));
  const excludedKeys = new Set(input.filters.exclude.map(orgKey15));
  const byKey2 = /* @__PURE__ */ new Map();
  for (const s of input.subscribers)
    if (!byKey2.has(orgKey15(s.orgKey))) byKey2.set(orgKey15(s.orgKey), s);
  const eligible = [];
  const excluded = [];
  for (const { key: key2, subscriber } of candidates(input.requested, byKey2)) {
    const reason = subscriber ? exclusionReason(subscriber, input, versionsById, excludedKeys) : "not a subscriber of this package";
    if (reason === void 0 && subscriber) eligible.push(subscriber);
    else
      excluded.push({
        orgKey: subscriber?.orgKey ?? key2,
        ...subscriber ? { subscriber } : {},
        reason: reason ?? ""
      });
  }
  return { eligible, excluded };
}
function candidates(requested, byKey2) {
  if (requested === void 0)
    return [...byKey2.entries()].map(([key2, subscriber]) => ({ key: key2, subscriber }));
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const id of requested) {
    const key2 = orgKey15(id);
    if (seen.has(key2)) continue;
    seen.add(key2);
    out.push({ key: id, subscriber: byKey2.get(key2) });
  }
  return out;
}
function exclusionReason(s, input, versionsById, excludedKeys) {
  const { filters, target } = input;
  if (s.installedStatus !== "i") return "the package is not installed (uninstalled)";
  if (s.orgStatus === "Inactive") return "inactive orgs cannot receive push upgrades";
  if (s.blocksPushUpgrades) return "the subscriber blocks push upgrades of this package";
  if (!filters.orgStatuses.includes(s.orgStatus))
    return `org status ${s.orgStatus || "(none)"} is not in org-statuses`;
  if (!filters.orgTypes.includes(s.orgType))
    return `org type ${s.orgType || "(none)"} is not in org-types`;
  const installed = versionsById.get(orgKey15(s.versionId));
  if (!installed || !installed.released)
    return "installed version is a beta or unknown; cannot push";
  if (compareVersions(installed.number, target.number) >= 0) {
    return `already on ${installed.numberText}, at or above ${target.numberText}`;
  }
  if (filters.minVersion && compareVersions(installed.number, filters.minVersion) < 0) {
    return `installed ${installed.numberText} is below min-version`;
  }
  if (excludedKeys.has(orgKey15(s.orgKey))) return "listed in exclude-orgs";
  return void 0;
}

// src/push-upgrade/plan-push.ts
async function planPush(settings, ports) {
  const requested = requestedOrgs(settings);
  const target = await resolveTarget(settings, ports);
  const subscribers = await loadSubscribers(target.pkg.id, requested, ports);
  const selection = select(settings, target, subscribers, requested);
  ports.logger.info(
    `${selection.eligible.length} orgs eligible for ${target.version.numberText}; ${selection.excluded.length} left out.`
  );
  return baseOutcome(settings, target, selection, ports.apiVersion);
}
function requestedOrgs(settings) {
  const selection = settings.selection;
  return selection.kind === "all" ? void 0 : selection.orgs;
}
async function resolveTarget(settings, ports) {
  const t = settings.target;
  const packageId = t.kind === "version-number" ? t.packageId : (await ports.api.readVersion(t.versionId))?.packageId;
  if (!packageId) {
    throw new ActionError(
      `package-version-id: no package version ${t.kind === "version-id" ? t.versionId : ""} is visible; sign in to the packaging org (1GP) or the Dev Hub that owns the package (2GP, unlocked).`
    );
  }
  const pkg = await ports.api.readPackage(packageId);
  if (!pkg)
    throw new ActionError(
      `package-id: no package ${packageId} is visible; sign in to the packaging org (1GP) or the Dev Hub that owns the package (2GP, unlocked).`
    );
  const versions = await ports.api.readVersions(packageId);
  return { pkg, version: pickTargetVersion(versions, t), versions };
}
function loadSubscribers(packageId, requested, ports) {
  return requested === void 0 ? ports.api.readAllSubscribers(packageId) : ports.api.readSubscribers(packageId, requested);
}
function select(settings, target, subscribers, requested) {
  const minVersion = settings.minVersion === void 0 ? void 0 : parseVersionNumber(settings.minVersion);
  return selectSubscribers({
    target: target.version,
    versions: target.versions,
    subscribers,
    ...requested ? { requested } : {},
    filters: {
      orgTypes: settings.orgTypes,
      orgStatuses: settings.orgStatuses,
      exclude: settings.excludeOrgs,
      ...minVersion ? { minVersion } : {}
    }
  });
}
function baseOutcome(settings, target, selection, apiVersion) {
  return {
    package: target.pkg,
    target: target.version,
    versions: target.versions,
    selection,
    maxOrgs: settings.maxOrgs,
    ...settings.startTime ? { startTime: settings.startTime } : {},
    scheduledCount: 0,
    rejected: [],
    counts: emptyCounts(),
    failedJobs: [],
    notes: [],
    apiVersion
  };
}

// src/push-upgrade/retry.ts
var ERROR_STREAK_BUDGET_MS = 5 * 6e4;
function withPushRetries(what, call, ports) {
  return withRetries(call, ports, { maxErrorStreakMs: ERROR_STREAK_BUDGET_MS }, what);
}

// src/push-upgrade/schedule-jobs.ts
var ALREADY_SCHEDULED = "DUPLICATE_VALUE";
var RETRYABLE_RECORD_CODES = /* @__PURE__ */ new Set(["UNABLE_TO_LOCK_ROW", "ALL_OR_NONE_OPERATION_ROLLED_BACK"]);
var MAX_BATCH_ATTEMPTS = 5;
async function scheduleJobs(requestId, orgKeys, ports) {
  const result2 = { scheduled: [], rejected: [], retriedBatches: 0 };
  const batches = chunk(orgKeys, MAX_RECORDS_PER_COLLECTION);
  for (const [index, batch] of batches.entries()) {
    const retried = await scheduleBatch(requestId, batch, ports, result2);
    if (retried) result2.retriedBatches++;
    if ((index + 1) % 10 === 0 || index === batches.length - 1) {
      ports.logger.info(
        `Push jobs: ${result2.scheduled.length} scheduled, ${result2.rejected.length} refused (${index + 1}/${batches.length} batches).`
      );
    }
  }
  return result2;
}
async function scheduleBatch(requestId, batch, ports, result2) {
  let pending = [...batch];
  let attempts2 = 0;
  while (pending.length > 0) {
    attempts2++;
    if (attempts2 > MAX_BATCH_ATTEMPTS) {
      throw new ActionError(
        `Could not create push jobs for ${pending.length} orgs after ${MAX_BATCH_ATTEMPTS} attempts (e.g. ${pending.slice(0, 3).join(", ")}).`
      );
    }
    if (attempts2 > 1) await ports.clock.sleep(transientRetryDelay(attempts2 - 1));
    pending = await sendBatch(requestId, pending, ports, result2);
  }
  return attempts2 > 1;
}
async function sendBatch(requestId, orgs, ports, result2) {
  let answers;
  try {
    answers = await ports.api.createJobs(requestId, orgs);
  } catch (error) {
    if (!(error instanceof TransientError)) throw error;
    ports.logger.warning(
      `Creating ${orgs.length} push jobs: ${error.message}; checking which jobs exist before sending again.`
    );
    const existing = new Set(
      (await withPushRetries(
        "Checking created jobs",
        () => ports.api.findJobOrgs(requestId, orgs),
        ports
      )).map(orgKey15)
    );
    result2.scheduled.push(...orgs.filter((o) => existing.has(orgKey15(o))));
    return orgs.filter((o) => !existing.has(orgKey15(o)));
  }
  const again = [];
  answers.forEach((answer, i) => {
    const org = orgs[i];
    if (answer.ok || answer.code === ALREADY_SCHEDULED) result2.scheduled.push(org);
    else if (RETRYABLE_RECORD_CODES.has(answer.code)) again.push(org);
    else result2.rejected.push({ orgKey: org, statusCode: answer.code, message: answer.message });
  });
  return again;
}

// src/push-upgrade/wait-for-push.ts
var FAST_POLL_MS = 1e4;
var FAST_POLLS = 12;
var SLOW_POLL_MS = 6e4;
var HEARTBEAT_MS2 = 10 * 6e4;
function pollDelay(poll) {
  return poll <= FAST_POLLS ? FAST_POLL_MS : SLOW_POLL_MS;
}
async function waitForPush(requestId, scheduledJobs, waitMs, ports) {
  const deadline = ports.clock.now() + waitMs;
  let lastLine = "";
  let lastLineAt = -Infinity;
  for (let poll = 1; ; poll++) {
    await ports.clock.sleep(Math.max(0, Math.min(pollDelay(poll), deadline - ports.clock.now())));
    const request = await withPushRetries(
      "Reading the push request",
      () => ports.api.readRequest(requestId),
      ports
    );
    const counts = await withPushRetries(
      "Counting push jobs",
      () => ports.api.countJobs(requestId),
      ports
    );
    const line = progressLine(request, counts);
    if (line !== lastLine || ports.clock.now() - lastLineAt >= HEARTBEAT_MS2) {
      ports.logger.info(line);
      lastLine = line;
      lastLineAt = ports.clock.now();
    }
    if (pushFinished(request, counts, scheduledJobs))
      return { request, counts, timedOut: false, polls: poll };
    if (ports.clock.now() >= deadline) return { request, counts, timedOut: true, polls: poll };
  }
}
function progressLine(request, counts) {
  const total = jobTotal(counts);
  const ended = counts.succeeded + counts.failed + counts.canceled;
  const parts = PUSH_STATUSES.filter((s) => counts[s] > 0).map(
    (s) => `${STATUS_LABEL[s]} ${counts[s]}`
  );
  return `Push ${request.id}: ${STATUS_LABEL[request.status]} \xB7 ${ended}/${total} ended \xB7 ${parts.join(" \xB7 ") || "no jobs"}`;
}

// src/push-upgrade/push-upgrade.ts
async function pushUpgrade(settings, waitMs, ports) {
  checkStartTime(settings.startTime, ports.clock.now());
  const planned = await planPush(settings, ports);
  const stop = stopBeforeCreating(planned, settings);
  if (stop) return { ...planned, kind: stop };
  const { outcome: created, scheduledOrgs } = await createPush(planned, settings, ports);
  if (created.scheduledCount === 0) {
    await cancelRequest(created.requestId, "the org refused every job", ports);
    return { ...created, kind: "all-rejected" };
  }
  await startOrCancel(created.requestId, ports);
  return follow(created, scheduledOrgs, waitMs, ports);
}
function stopBeforeCreating(planned, settings) {
  const eligible = planned.selection.eligible.length;
  if (eligible > settings.maxOrgs) return "cap-exceeded";
  if (settings.dryRun) return "dry-run";
  if (eligible === 0) return "nothing-eligible";
  return void 0;
}
async function createPush(planned, settings, ports) {
  const requestId = await ports.api.createRequest(planned.target.id, settings.startTime);
  ports.onRequestId(requestId);
  ports.logger.info(
    `Created push request ${requestId} for ${planned.package.name} ${planned.target.numberText}.`
  );
  const scheduled = await scheduleOrCancel(requestId, planned.selection.eligible, ports);
  const resent = `Job batches sent again: ${scheduled.retriedBatches} (lock errors, or an unknown outcome after a server error).`;
  const outcome = {
    ...planned,
    kind: "scheduled",
    requestId,
    scheduledCount: scheduled.scheduled.length,
    rejected: scheduled.rejected,
    notes: scheduled.retriedBatches > 0 ? [resent] : []
  };
  return { outcome, scheduledOrgs: scheduled.scheduled };
}
async function scheduleOrCancel(requestId, eligible, ports) {
  try {
    return await scheduleJobs(
      requestId,
      eligible.map((s) => s.orgKey),
      ports
    );
  } catch (error) {
    await cancelRequest(requestId, "creating its jobs failed", ports);
    throw new ActionError(
      `Creating push jobs failed: ${describeError(error)} Push request ${requestId} was canceled.`
    );
  }
}
async function startOrCancel(requestId, ports) {
  try {
    await ports.api.setRequestStatus(requestId, "Pending");
  } catch (error) {
    await cancelRequest(requestId, "it could not be started", ports);
    throw new ActionError(
      `Starting push request ${requestId} failed: ${describeError(error)} It was canceled.`
    );
  }
  ports.logger.info(`Push request ${requestId} is Pending.`);
}
async function cancelRequest(requestId, why, ports) {
  try {
    await withPushRetries(
      "Canceling the push request",
      () => ports.api.setRequestStatus(requestId, "Canceled"),
      ports
    );
    ports.logger.info(`Canceled push request ${requestId}: ${why}.`);
  } catch (error) {
    ports.logger.warning(
      `Could not cancel push request ${requestId} (${describeError(error)}); abort it in Setup > Push Upgrade History.`
    );
  }
}
async function follow(outcome, scheduledOrgs, waitMs, ports) {
  const requestId = outcome.requestId;
  const startsIn = outcome.startTime ? Date.parse(outcome.startTime) - ports.clock.now() : 0;
  if (waitMs === 0) return outcome;
  if (startsIn > waitMs)
    return {
      ...outcome,
      notes: [
        ...outcome.notes,
        `The push starts at ${outcome.startTime ?? ""}, after the wait ends; not waiting.`
      ]
    };
  const progress = await waitForPush(requestId, outcome.scheduledCount, waitMs, ports);
  const failedJobs = progress.counts.failed > 0 ? await withPushRetries(
    "Reading failed jobs",
    () => ports.api.readFailedJobs(requestId),
    ports
  ) : [];
  const unfinished = progress.timedOut ? await readUnfinished(requestId, scheduledOrgs, ports) : void 0;
  return {
    ...outcome,
    kind: progress.timedOut ? "timed-out" : "finished",
    request: progress.request,
    counts: progress.counts,
    failedJobs,
    ...unfinished ? { unfinished } : {}
  };
}
async function readUnfinished(requestId, scheduledOrgs, ports) {
  try {
    const jobs = await withPushRetries(
      "Listing the jobs that have not ended",
      () => ports.api.readJobStates(requestId),
      ports
    );
    return unfinishedOrgs(scheduledOrgs, jobs);
  } catch (error) {
    ports.logger.warning(
      `Could not list the orgs whose push has not ended (${describeError(error)}); see Setup > Push Upgrade History.`
    );
    return void 0;
  }
}

// src/modes/push-upgrade/push-verdict.ts
var NAMED_ORGS = 5;
function decidePushVerdict(outcome, failThreshold) {
  switch (outcome.kind) {
    case "cap-exceeded":
      return {
        result: "failed",
        message: `${outcome.selection.eligible.length} orgs are eligible, more than max-orgs (${outcome.maxOrgs}); nothing was created. Check the selection, then raise max-orgs to push to all of them.`
      };
    case "dry-run":
      return {
        result: "passed",
        message: `Dry run: ${outcome.selection.eligible.length} orgs would be pushed; nothing was created.`
      };
    case "nothing-eligible":
      return { result: "passed", message: "No org is eligible for this push; nothing was created." };
    case "all-rejected":
      return {
        result: "failed",
        message: `The org refused the push job of every selected org (${outcome.rejected.length}); the push request ${outcome.requestId ?? ""} was canceled.`
      };
    case "scheduled":
      return {
        result: "passed",
        message: `Push ${outcome.requestId ?? ""} is scheduled for ${outcome.scheduledCount} orgs${outcome.startTime ? ` at ${outcome.startTime}` : ""}; not waiting for it.`
      };
    case "timed-out":
      return { result: "unfinished", message: unfinishedMessage(outcome) };
    case "finished":
      return outcome.request?.status === "canceled" ? canceledVerdict(outcome) : thresholdVerdict(outcome, failThreshold);
  }
}
function canceledVerdict(outcome) {
  const { succeeded: succeeded2, failed, canceled } = outcome.counts;
  const ran = succeeded2 + failed > 0 ? `; ${succeeded2} upgraded and ${failed} failed before that` : "";
  return {
    result: "failed",
    message: `Push request ${outcome.requestId ?? ""} was canceled in the org (Setup > Push Upgrade History, or another client) before it ran: the jobs of ${canceled} orgs were canceled${ran}.`
  };
}
function unfinishedMessage(outcome) {
  const { succeeded: succeeded2, failed } = outcome.counts;
  const notEnded = notEndedCount(outcome.counts, outcome.unfinished);
  const keys = (outcome.unfinished ?? []).map((u) => u.orgKey);
  const named = keys.length === 0 ? "" : `: ${keys.slice(0, NAMED_ORGS).join(", ")}${keys.length > NAMED_ORGS ? ` and ${keys.length - NAMED_ORGS} more` : ""}`;
  const request = outcome.request;
  const early = request && isTerminal(request.status) ? ` The request already reads ${STATUS_LABEL[request.status]}, but its jobs have not all ended.` : "";
  return `The wait ended before push ${outcome.requestId ?? ""} finished; it keeps running in the org (${succeeded2} succeeded, ${failed} failed so far; ${notEnded} not ended${named}).${early}`;
}
function thresholdVerdict(outcome, failThreshold) {
  const { succeeded: succeeded2, failed } = outcome.counts;
  const finished = succeeded2 + failed;
  const failedPercent = finished === 0 ? 0 : failed * 100 / finished;
  const shown = `${Number(failedPercent.toFixed(2))} %`;
  const over = failThreshold === 0 ? failed > 0 : failedPercent > failThreshold;
  const rejected = outcome.rejected.length > 0 ? `; refused at scheduling: ${outcome.rejected.length}` : "";
  if (over) {
    return {
      result: "failed",
      failedPercent,
      message: `${failed} of ${finished} orgs failed (${shown}), above the fail-threshold of ${failThreshold} %${rejected}.`
    };
  }
  return {
    result: "passed",
    failedPercent,
    message: `${succeeded2} of ${finished} orgs upgraded; ${failed} failed (${shown}, fail-threshold ${failThreshold} %)${rejected}.`
  };
}

// src/modes/push-upgrade/run-push-upgrade.ts
var PUSH_FILE_NAMES = {
  failures: "push-failures.csv",
  selection: "push-selection.csv",
  summary: "push-summary.md"
};
async function runPushUpgrade(settings, deps) {
  const push = settings.push;
  const session = await connectForRun(settings, deps, "rest");
  if (Number(session.apiVersion) < MIN_PUSH_API_VERSION) {
    throw new ActionError(
      `Push upgrades need API ${MIN_PUSH_API_VERSION}.0 or later; this run uses ${session.apiVersion}. Set api-version to ${MIN_PUSH_API_VERSION}.0 or later (or leave it empty).`
    );
  }
  const api = createPushClient(createSalesforceRest(session.caller, session.apiVersion));
  const parts = new ResultParts();
  let outcome;
  try {
    outcome = await pushUpgrade(push, settings.waitMinutes * 6e4, {
      api,
      clock: deps.clock,
      logger: deps.logger,
      apiVersion: session.apiVersion,
      onRequestId: (id) => {
        parts.output("push-request-id", id);
        deps.state.save(STATE.pushRequestId, id);
      }
    });
  } catch (error) {
    throw withParts(error, parts);
  } finally {
    deps.state.save(STATE.finished, "true");
  }
  const verdict = decidePushVerdict(outcome, push.failThreshold);
  const files = await writePushFiles(outcome, settings, deps.logger);
  const uploads = [files.failures, files.selection].filter((f) => f !== void 0);
  return {
    verdict: {
      success: verdict.result !== "failed",
      ...verdict.result === "failed" ? { message: verdict.message } : {},
      ...verdict.result === "unfinished" ? { unfinished: true } : {}
    },
    outputs: pushOutputs(outcome, files),
    summary: [
      renderPushSummary(
        outcome,
        verdict,
        push.failThreshold,
        relativeFiles(files, settings.workspace)
      )
    ],
    ...settings.report.uploadArtifact && uploads.length > 0 ? {
      artifact: {
        name: settings.report.artifactName,
        files: uploads,
        rootDirectory: resolveResultsDir(settings.workspace, settings.report.resultsDir)
      }
    } : {},
    ...verdict.result === "failed" ? {} : {
      closing: {
        level: verdict.result === "unfinished" ? "warning" : "info",
        message: verdict.message
      }
    }
  };
}
async function writePushFiles(outcome, settings, logger) {
  try {
    const dir = resolveResultsDir(settings.workspace, settings.report.resultsDir);
    await nodeFileSystem.mkdir(dir);
    const subscribers = new Map([...outcome.selection.eligible].map((s) => [orgKey15(s.orgKey), s]));
    const rows = failedOrgRows(outcome.failedJobs, outcome.rejected, subscribers, outcome.versions);
    const selection = path15.join(dir, PUSH_FILE_NAMES.selection);
    await nodeFileSystem.writeFile(selection, toSelectionCsv(outcome.selection, outcome.versions));
    if (rows.length === 0) return { selection };
    const failures = path15.join(dir, PUSH_FILE_NAMES.failures);
    await nodeFileSystem.writeFile(failures, toFailuresCsv(rows));
    return { selection, failures };
  } catch (error) {
    logger.warning(`Push report files not written: ${describeError(error)}`);
    return {};
  }
}
function relativeFiles(files, workspace) {
  const rel = (file) => file ? path15.relative(workspace, file) : void 0;
  const failures = rel(files.failures);
  const selection = rel(files.selection);
  return { ...failures ? { failures } : {}, ...selection ? { selection } : {} };
}
function pushOutputs(outcome, files) {
  const c = outcome.counts;
  return {
    ...outcome.requestId ? { "push-request-id": outcome.requestId } : {},
    "push-status": outcome.kind === "dry-run" ? "dry-run" : outcome.request ? STATUS_LABEL[outcome.request.status] : outcome.kind === "all-rejected" ? "Canceled" : outcome.requestId ? "Pending" : "none",
    "push-orgs-selected": String(outcome.selection.eligible.length),
    "push-orgs-scheduled": String(outcome.scheduledCount),
    "push-orgs-rejected": String(outcome.rejected.length),
    "push-succeeded": String(c.succeeded),
    "push-failed": String(c.failed),
    "push-canceled": String(c.canceled),
    // Not followed (wait: 0, or a start after the wait): no job was read, and none has ended.
    "push-in-progress": String(
      outcome.kind === "scheduled" ? outcome.scheduledCount : notEndedCount(c, outcome.unfinished)
    ),
    ...files.failures ? { "push-failures-path": files.failures } : {}
  };
}

// src/modes/plan/run-plan.ts
import path16 from "node:path";

// src/modes/plan/quick-deploy-outlook.ts
function judgeOutlook(facts2) {
  const chosen = facts2.selection.chosen;
  if (!chosen) {
    const why = [...new Set(facts2.selection.passedOver.map((p) => p.reason))];
    return {
      kind: "not-eligible",
      reason: why.length > 0 ? `no usable validation record of this package content: ${why.join("; ")}` : "no validation of this package content was recorded in this org; validate it first"
    };
  }
  const { record, source } = chosen;
  const id = record.validationId;
  if (typeof facts2.validation === "string")
    return {
      kind: "unknown",
      reason: `the org could not confirm validation ${id}: ${facts2.validation}`
    };
  const refused = facts2.validation ? quickDeployProblems(facts2.validation, facts2.nowMs) : [];
  if (refused.length > 0)
    return {
      kind: "not-eligible",
      validationId: id,
      reason: `validation ${id}: ${refused.join("; ")}`
    };
  const validatedAt = facts2.validation?.completedDate?.toISOString() ?? record.validatedAt;
  const receipt = facts2.lastReceipt;
  if (receipt && Date.parse(receipt.deployedAt) > Date.parse(validatedAt))
    return {
      kind: "not-eligible",
      validationId: id,
      reason: `deploy ${receipt.deployId} reached the org at ${receipt.deployedAt}, after validation ${id} (${validatedAt}); the org refuses to quick-deploy a validation once another deploy has happened: validate again`
    };
  const drift = facts2.drift;
  if (drift?.choice === "fail" && drift.drifted > 0)
    return {
      kind: "not-eligible",
      validationId: id,
      reason: `${drift.drifted} component${drift.drifted === 1 ? "" : "s"} changed in the org since the last deploy, and drift: fail stops the run before the quick deploy is sent`
    };
  return {
    kind: "eligible",
    validationId: id,
    artifactName: source.artifactName,
    validatedAt,
    usableUntil: new Date(usableUntil(record)).toISOString(),
    expiresAt: new Date(Date.parse(record.validatedAt) + QUICK_DEPLOY_WINDOW_MS).toISOString(),
    caveats: caveatsOf(facts2)
  };
}
function caveatsOf(facts2) {
  const validation = facts2.validation;
  return [
    ...typeof validation === "object" && validation.runTestsEnabled && validation.numberTestsTotal === 0 ? ["the validation ran no tests, and production orgs refuse to quick-deploy such validations"] : [],
    ...facts2.receiptsUnread ? [
      `the deploy receipts could not be read (${facts2.receiptsUnread}), so a deploy since the validation, which the org refuses, may go unseen`
    ] : []
  ];
}

// src/modes/plan/foresee-quick-deploy.ts
async function foreseeQuickDeploy(target, contents, ports, org) {
  const found = await ports.findRecords().catch((error) => describeError(error));
  if (typeof found === "string")
    return { kind: "unknown", reason: `validation records could not be read (${found})` };
  const selected = selectRecord(found, target);
  const selection = await confirmWithOrg(
    selected,
    contents,
    ports.readWithDetails,
    ports.log
  ).catch((error) => describeError(error));
  if (typeof selection === "string")
    return {
      kind: "unknown",
      reason: `the org could not confirm validation ${selected.chosen?.record.validationId ?? ""}: ${selection}`
    };
  const id = selection.chosen?.record.validationId;
  const validation = id ? await ports.readStatus(id).catch((error) => describeError(error)) : void 0;
  return judgeOutlook({
    selection,
    ...validation ? { validation } : {},
    ...org,
    nowMs: target.nowMs
  });
}

// src/modes/plan/render-plan.ts
var COMMENT_LIMIT = 6e4;
function planMarker(key2) {
  return `<!-- salesforce-release-plan:v1 key=${key2.replace(/-->/g, "")} -->`;
}
function renderPlan(input) {
  return [...digest(input), ...details2(input)].join("\n") + "\n";
}
function renderPlanComment(input, key2, runUrl) {
  const head = [planMarker(key2), ...digest(input)].join("\n");
  const full = `${head}
${details2(input).join("\n")}
`;
  if (full.length <= COMMENT_LIMIT) return full;
  const pointer = runUrl ? `[the job summary](${runUrl})` : "the job summary";
  return `${head}

_The details do not fit in a comment; see ${pointer}._
`;
}
function digest(input) {
  const target = input.orgLabel ? codeSpan(input.orgLabel) : "the target org";
  return [
    `## \u{1F4CB} Release plan \xB7 ${input.orgLabel ? escapeInline(input.orgLabel) : "org not checked"}`,
    "",
    `Merging this pull request and deploying it to ${target} would:`,
    "",
    ...table(
      ["", ""],
      [
        ["Components", escapeTableCell(componentsLine(input))],
        ["Tests", escapeTableCell(testsLine(input.tests))],
        ["Drift since the last deploy", escapeTableCell(driftLine(input.drift))],
        ["Quick deploy on merge", escapeTableCell(quickDeployLine(input.quickDeploy))],
        ["Rollback package", escapeTableCell(rollbackLine(input.rollback))]
      ]
    ),
    "",
    `Nothing was deployed${input.contentHash ? `; package content hash ${codeSpan(input.contentHash.slice(0, 12))}` : ""}.`,
    "",
    ...input.unchecked.length > 0 ? ["**Not checked**", "", ...input.unchecked.map((u) => `- ${escapeInline(u)}`), ""] : []
  ];
}
function details2(input) {
  return [
    ...input.changeSection ? [input.changeSection] : [],
    ...input.packageSections,
    ..."section" in input.drift ? [input.drift.section] : []
  ];
}
function componentsLine(input) {
  const total = `${input.components} component${input.components === 1 ? "" : "s"}${input.deletions > 0 ? ` and ${input.deletions} deletion${input.deletions === 1 ? "" : "s"}` : ""}`;
  if (!input.changes) return `${total} (not compared with the org)`;
  const counts = countStates2(input.changes);
  return `${counts.new} new, ${counts.changed} changed, ${counts.deleted} deleted, ${counts.unchanged} unchanged (${total})`;
}
function countStates2(changes2) {
  const counts = { new: 0, changed: 0, unchanged: 0, deleted: 0 };
  for (const c of changes2) counts[c.state]++;
  return counts;
}
function testsLine(tests) {
  if (tests.classes.length === 0) return `${tests.level} (${tests.why})`;
  const shown = tests.classes.slice(0, 20).join(", ");
  const more2 = tests.classes.length > 20 ? `, and ${tests.classes.length - 20} more` : "";
  return `${tests.level}: ${shown}${more2} (${tests.why})`;
}
function driftLine(drift) {
  if ("unchecked" in drift) return `not checked: ${drift.unchecked}`;
  return drift.count === 0 ? "none" : `\u26A0\uFE0F ${drift.count} component${drift.count === 1 ? "" : "s"} changed in the org since the last deploy (below)`;
}
var MERGE_JOB_ASSUMED = "This holds if the merge job runs mode: quick-deploy without validation-id, builds the package with the same inputs as this plan and trusts records with the same validation-record-* inputs; the plan cannot see that job";
var FALLBACK_DECIDES = "On merge, the quick deploy's quick-deploy-fallback decides: fail (the default) deploys nothing, deploy runs a full deploy with tests";
function quickDeployLine(outlook) {
  switch (outlook.kind) {
    case "eligible":
      return `\u2705 possible: validation ${outlook.validationId} (${outlook.validatedAt}) of exactly this content; used until ${outlook.usableUntil}, the org's limit is ${outlook.expiresAt}` + outlook.caveats.map((c) => `; but ${c}`).join("") + `. ${MERGE_JOB_ASSUMED}`;
    case "not-eligible":
      return `\u274C not possible: ${outlook.reason}. ${FALLBACK_DECIDES}`;
    case "unknown":
      return `\u2754 unknown: ${outlook.reason}`;
    case "unchecked":
      return `not checked: ${outlook.reason}`;
  }
}
function rollbackLine(rollback) {
  if ("unchecked" in rollback) return `not checked: ${rollback.unchecked}`;
  return rollback.ready ? `\u2705 will be ready: the deploy backs up the org first (${rollback.why})` : `\u274C none: ${rollback.why}`;
}

// src/modes/plan/run-plan.ts
var COMMENT_KEY = "release-plan";
var NOTHING_TO_DEPLOY = "nothing to deploy: the delta holds no metadata change, so no deploy is made";
async function runPlanMode(settings, deps) {
  const env = deps.env;
  const context = runContextOf(env);
  const pkg = await buildDeployPackage(settings, deps);
  for (const warning of pkg.warnings) deps.logger.warning(warning);
  const files = unzipEntries(pkg.zip, "deploy package");
  const manifest = packageMembers(files);
  const base = {
    ...pkg.contentHash ? { contentHash: pkg.contentHash } : {},
    components: manifest.members.length,
    deletions: manifest.deletions.length,
    tests: testsOf2(settings, pkg),
    packageSections: pkg.sections ?? [],
    drift: { unchecked: "no credentials for the org" },
    quickDeploy: { kind: "unchecked", reason: "no credentials for the org" },
    rollback: { unchecked: "no credentials for the org" },
    unchecked: []
  };
  const outputs = {
    ...pkg.contentHash ? { "content-hash": pkg.contentHash } : {}
  };
  const plan = settings.auth ? await withOrg(settings, deps, pkg, files, base, outputs) : {
    ...base,
    unchecked: [
      "The org: this run has no credentials (pull requests from forks get no secrets), so the changes against the org, drift, quick-deploy eligibility and the rollback package were not checked. The components and tests above come from the repository alone."
    ]
  };
  const comment = planComment(settings, context, plan);
  const summary = renderPlan(plan) + ("note" in comment ? `
> ${comment.note}
` : "");
  return {
    verdict: { success: true },
    outputs,
    summary: [redact(summary)],
    ..."comment" in comment ? { comment: comment.comment } : {},
    closing: {
      level: "info",
      message: "Release plan written to the job summary; nothing was deployed."
    }
  };
}
async function withOrg(settings, deps, pkg, files, base, outputs) {
  const session = await connectForRun(settings, deps, "soap", pkg.apiVersion);
  const wait = waitOptionsFrom(settings, deps.random);
  const ports = {
    api: createSoapRetrieveApi(session.caller, session.apiVersion),
    clock: deps.clock,
    logger: deps.logger
  };
  const { retrieved, changes: changes2, absentDeletions } = await retrievePackageInOrg(files, ports, {
    apiVersion: session.apiVersion,
    wait
  });
  const counts = countChanges(changes2);
  Object.assign(outputs, {
    "changes-new": String(counts.new),
    "changes-changed": String(counts.changed),
    "changes-unchanged": String(counts.unchanged),
    "changes-deleted": String(counts.deleted)
  });
  const unchecked = [];
  const orgId = session.connection.orgId;
  const lookup = orgId ? await findReceipt(settings.drift?.baseline, settings, deps, orgId) : void 0;
  const found = typeof lookup === "string" ? void 0 : lookup;
  const since = orgId && settings.drift?.baseline ? await findReceipt(void 0, settings, deps, orgId) : lookup;
  const sinceReceipt = newer(found?.receipt, typeof since === "string" ? void 0 : since?.receipt);
  if (typeof lookup === "string")
    unchecked.push(`Drift: the deploy receipts could not be read (${lookup}).`);
  let drift = { unchecked: "the sign-in did not tell the org id" };
  let drifted;
  if (settings.drift?.choice === "off") drift = { unchecked: "drift: off" };
  else if (found?.receipt) {
    const report = await detectDrift(
      { receipt: found.receipt, packageFiles: files, apiVersion: session.apiVersion, wait },
      ports
    );
    outputs["drifted-components"] = String(report.drifted.length);
    drifted = overwrittenDrift(report.drifted).length;
    drift = {
      count: report.drifted.length,
      section: renderDriftSection({
        report,
        receipt: found.receipt,
        source: found.source ?? "receipt",
        level: "report",
        passedOver: found.passedOver
      })
    };
  } else if (found) drift = { unchecked: "no deploy receipt of this org was found" };
  else if (orgId) drift = { unchecked: "the deploy receipts could not be read (see below)" };
  return {
    ...base,
    orgLabel: new URL(session.connection.instanceUrl).host,
    changes: changes2,
    changeSection: renderChangeSummary({
      changes: changes2,
      absentDeletions,
      notes: retrieved.notes,
      heading: "###"
    }),
    drift,
    quickDeploy: await quickDeployOutlook(settings, deps, pkg, session, orgId, {
      ...sinceReceipt ? { lastReceipt: sinceReceipt } : {},
      ...typeof since === "string" ? { receiptsUnread: since } : {},
      ...settings.drift && drifted !== void 0 ? { drift: { choice: settings.drift.choice, drifted } } : {}
    }),
    // An empty delta is never submitted (src/deploy/deploy.ts), so nothing backs the org up.
    rollback: pkg.nothingToDeploy ? { ready: false, why: NOTHING_TO_DEPLOY } : await rollbackOutlook(settings, session.caller, session.apiVersion),
    unchecked
  };
}
function newer(a, b) {
  if (!a || !b) return a ?? b;
  return Date.parse(b.deployedAt) > Date.parse(a.deployedAt) ? b : a;
}
async function findReceipt(baseline, settings, deps, orgId) {
  const finder = baseline ? fileReceiptFinder(baseline, path16.relative(settings.workspace, baseline)) : artifactReceiptFinder({
    ...settings.report.githubToken ? { token: settings.report.githubToken } : {},
    ...deps.env.GITHUB_REPOSITORY ? { repository: deps.env.GITHUB_REPOSITORY } : {},
    octokit: deps.octokit
  });
  try {
    return await finder.newest(orgId);
  } catch (error) {
    return describeError(error);
  }
}
async function quickDeployOutlook(settings, deps, pkg, session, orgId, org) {
  if (!pkg.contentHash)
    return { kind: "unknown", reason: "the package has no content hash to match a validation by" };
  if (!orgId)
    return {
      kind: "not-eligible",
      reason: "the sign-in did not tell the org id, so no validation record can be matched to this org"
    };
  const repository = deps.env.GITHUB_REPOSITORY ?? "";
  const finder = createRestRecordFinder({
    ...settings.report.githubToken ? { token: settings.report.githubToken } : {},
    ...repository ? { repository } : {},
    octokit: deps.octokit
  });
  const name = recordArtifactName(pkg.contentHash, orgId);
  const target = {
    contentHash: pkg.contentHash,
    orgId,
    nowMs: deps.clock.now(),
    repository,
    trust: settings.quickDeployMatch.trust
  };
  return foreseeQuickDeploy(
    target,
    () => packageComponents(pkg),
    {
      findRecords: () => finder.find(name),
      readWithDetails: detailsReader(session, settings, deps),
      readStatus: (id) => withRetries(
        () => session.api.checkDeployStatus(id, false),
        { clock: deps.clock, logger: deps.logger },
        waitOptionsFrom(settings, deps.random)
      ),
      log: (message) => deps.logger.info(message)
    },
    org
  );
}
async function rollbackOutlook(settings, caller, apiVersion) {
  const choice = settings.retrieve.backup;
  const decision = await decideBackup(choice, () => queryIsProduction(caller, apiVersion));
  return { ready: decision.on, why: decision.reason };
}
function testsOf2(settings, pkg) {
  if (pkg.nothingToDeploy) return { level: "none", classes: [], why: NOTHING_TO_DEPLOY };
  const chosen = pkg.tests;
  const level = chosen ? chosen.testLevel : settings.deployOptions.testLevel;
  const classes = chosen?.runTests ?? settings.deployOptions.runTests ?? [];
  const why = chosen ? chosen.testLevel ? "chosen by run-tests: auto for the Apex code the delta changes (see below)" : "run-tests: auto found no Apex code changed in the delta: the org decides (production runs local tests, other orgs none)" : level ? "from test-level" : "no test-level given: the org decides (production runs local tests, other orgs none)";
  return { level: level ?? "the org's default", classes, why };
}
function planComment(settings, context, plan) {
  if (!context?.prNumber) return { note: "No pull request: the plan is in this summary only." };
  if (context.readOnly || !settings.report.githubToken)
    return {
      note: `The plan could not be posted on the pull request (${context.readOnlyReason ?? "no github-token"}).`
    };
  return {
    comment: {
      token: settings.report.githubToken,
      request: {
        owner: context.owner,
        repo: context.repo,
        issueNumber: context.prNumber,
        body: renderPlanComment(plan, COMMENT_KEY, context.runUrl),
        marker: planMarker(COMMENT_KEY)
      }
    }
  };
}

// src/modes/retrieve/run-retrieve-mode.ts
import { readFile as readFile4, writeFile as writeFile6 } from "node:fs/promises";
import path17 from "node:path";

// src/modes/retrieve/retrieve-summary.ts
function retrievedPackage(retrieved, version) {
  const found = heldMembers(retrieved.members, retrieved.existing);
  const files = new Map(retrieved.files);
  files.set("package.xml", encodeUtf8(buildPackageXml(found, version)));
  return new Map([...files].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
function renderRetrieveSummary(input) {
  const { retrieved } = input;
  const found = heldMembers(retrieved.members, retrieved.existing);
  const where = "name" in input.artifact ? `, uploaded as artifact ${codeSpan(input.artifact.name)}` : "";
  const lines = [
    `## \u2705 Retrieve from ${escapeInline(input.orgLabel)}`,
    "",
    `Retrieved ${found.length} component${found.length === 1 ? "" : "s"} (${retrieved.files.size} files) in ${retrieved.retrieveIds.length} request${retrieved.retrieveIds.length === 1 ? "" : "s"} into ${codeSpan(input.dir)} and ${codeSpan(input.zip)}${where}.`,
    "",
    ...missingList(missingMembers(retrieved, input.deletions ?? [])),
    ...retrieved.messages.map(
      (m) => `> \u26A0\uFE0F ${escapeInline(m.fileName)}: ${escapeInline(m.problem)}`
    ),
    ...retrieved.notes.map((n) => `> ${escapeInline(n)}`),
    ""
  ];
  const changes2 = input.changes ? [
    renderChangeSummary({
      changes: input.changes,
      ...input.absentDeletions ? { absentDeletions: input.absentDeletions } : {},
      heading: "###"
    })
  ] : [];
  return [lines.join("\n"), ...changes2].join("\n");
}
function missingMembers(retrieved, deletions) {
  const deleting = new Set(deletions.map(refKey));
  return retrieved.missing.filter((m) => !deleting.has(refKey(m)));
}
function missingList(missing) {
  if (missing.length === 0) return [];
  const shown = missing.slice(0, 100).map((m) => `- ${escapeInline(m.type)} ${codeSpan(m.fullName)}`);
  const more2 = missing.length > 100 ? [`- \u2026 and ${missing.length - 100} more`] : [];
  return [`**Not in the org** (${missing.length})`, "", ...shown, ...more2, ""];
}

// src/modes/retrieve/run-retrieve-mode.ts
async function runRetrieveMode(settings, deps) {
  const wanted = await readWanted(settings, deps);
  if (nothingWanted(wanted))
    throw new ActionError("Nothing to retrieve: the manifest lists no members.");
  const session = await connectForRun(settings, deps, "soap", wanted.version);
  const { retrieved, compared } = await retrieveWanted(wanted, settings, deps, session);
  const files = retrievedPackage(retrieved, session.apiVersion);
  const store = createFolderStore({
    dir: path17.join(settings.report.resultsDir, "retrieve"),
    workspace: settings.workspace,
    ...settings.report.uploadArtifact ? { artifactName: `${settings.report.artifactName}-retrieve` } : {},
    uploader: deps.artifactUploader
  });
  const dir = await store.write(files);
  const zipPath = path17.join(settings.report.resultsDir, "retrieve.zip");
  await writeFile6(zipPath, await zipPackage(files));
  const artifact = await store.upload();
  const deletions = compared?.manifest.deletions ?? [];
  for (const m of missingMembers(retrieved, deletions))
    deps.logger.warning(`${m.type} ${m.fullName} is not in the org.`);
  const zip = path17.relative(settings.workspace, zipPath).split(path17.sep).join("/");
  const summary = renderRetrieveSummary({
    orgLabel: new URL(session.connection.instanceUrl).host,
    retrieved,
    dir,
    zip,
    artifact,
    ...compared ? { changes: compared.changes, deletions, absentDeletions: compared.absentDeletions } : {}
  });
  const counts = compared ? countChanges(compared.changes) : void 0;
  return {
    verdict: { success: true },
    summary: [summary],
    outputs: {
      "retrieve-dir": dir,
      "retrieve-zip": zip,
      "results-dir": settings.report.resultsDir,
      ...counts ? {
        "changes-new": String(counts.new),
        "changes-changed": String(counts.changed),
        "changes-unchanged": String(counts.unchanged),
        "changes-deleted": String(counts.deleted)
      } : {}
    }
  };
}
function nothingWanted(wanted) {
  if (wanted.kind === "manifest") return wanted.members.length === 0;
  const manifest = packageMembers(wanted.files);
  return manifest.members.length === 0 && manifest.deletions.length === 0;
}
async function retrieveWanted(wanted, settings, deps, session) {
  const ports = {
    api: createSoapRetrieveApi(session.caller, session.apiVersion),
    clock: deps.clock,
    logger: deps.logger
  };
  const options = {
    apiVersion: session.apiVersion,
    wait: waitOptionsFrom(settings, deps.random),
    ...deps.retrieveLimits ? { limits: deps.retrieveLimits } : {}
  };
  if (wanted.kind === "manifest")
    return { retrieved: await retrieveComponents(wanted.members, ports, options) };
  const { retrieved, ...compared } = await retrievePackageInOrg(wanted.files, ports, options);
  return { retrieved, compared };
}
async function readWanted(settings, deps) {
  const manifest = settings.retrieve.manifest;
  if (manifest) {
    let text2;
    try {
      text2 = decodeUtf8(await readFile4(manifest));
    } catch (error) {
      throw new ActionError(
        `retrieve-manifest: ${manifest} cannot be read (${error.code ?? "error"}); give the path of a package.xml in the workspace.`
      );
    }
    try {
      const parsed2 = parsePackageXml(text2, path17.relative(settings.workspace, manifest));
      return {
        kind: "manifest",
        members: parsed2.members,
        ...parsed2.version ? { version: parsed2.version } : {}
      };
    } catch (error) {
      if (error instanceof BuildError) throw new ActionError(`retrieve-manifest: ${error.message}`);
      throw error;
    }
  }
  const pkg = await buildDeployPackage(settings, deps);
  const files = unzipEntries(pkg.zip, "package");
  const version = packageMembers(files).version;
  return { kind: "package", files, ...version ? { version } : {} };
}

// src/modes/sync/run-sync.ts
import path18 from "node:path";

// src/report/annotations.ts
var WORKFLOW_ANNOTATIONS_PER_LEVEL = 10;
var ANNOTATION_TITLE_MAX = 255;
var ANNOTATION_MESSAGE_MAX = 6e4;
function buildAnnotations(report) {
  const enforced = new Set(report.coverage.warnings.flatMap((w) => w.name ? [w.name] : []));
  return [
    ...report.components.errors.map(componentAnnotation),
    ...report.tests.failures.map(testAnnotation),
    ...coverageEnforcement(report),
    ...report.components.warnings.map(componentAnnotation),
    ...report.coverage.entries.filter((e) => e.belowThreshold && e.path && !enforced.has(e.name)).map(
      (e) => coverageWarning(e, report.coverage.threshold?.threshold ?? SALESFORCE_COVERAGE_PERCENT)
    )
  ];
}
function selectWorkflowAnnotations(all, perLevel = WORKFLOW_ANNOTATIONS_PER_LEVEL) {
  const out = [];
  for (const level of ["failure", "warning", "notice"]) {
    const items = all.filter((a) => a.level === level);
    if (items.length <= perLevel) {
      out.push(...items);
      continue;
    }
    const kept = items.slice(0, perLevel - 1);
    const noun = level === "failure" ? "errors" : level === "warning" ? "warnings" : "notices";
    out.push(...kept, {
      level,
      title: `${items.length - kept.length} more ${noun}`,
      message: `${items.length - kept.length} more ${noun} are not shown as annotations; see the job summary.`
    });
  }
  return out;
}
function componentAnnotation(i) {
  return {
    level: i.severity === "error" ? "failure" : "warning",
    ...location(i.path, i.line, i.column),
    title: clip2(`${i.componentType || "Manifest"} ${i.fullName}`, ANNOTATION_TITLE_MAX),
    message: clipBytes(i.path ? i.problem : `${i.problem}
(${i.fileName})`, ANNOTATION_MESSAGE_MAX)
  };
}
function testAnnotation(t) {
  const loc = t.location;
  return {
    level: "failure",
    ...loc ? location(loc.path, loc.line, loc.column) : {},
    title: clip2(`Test failure: ${testName(t)}`, ANNOTATION_TITLE_MAX),
    message: clipBytes(t.message || "No message from Salesforce.", ANNOTATION_MESSAGE_MAX),
    ...t.stackTrace ? { rawDetails: clipBytes(t.stackTrace, ANNOTATION_MESSAGE_MAX) } : {}
  };
}
function coverageEnforcement(report) {
  const byName = new Map(report.coverage.entries.map((e) => [e.name, e]));
  const out = report.coverage.warnings.map((w) => {
    const entry = w.name ? byName.get(w.name) : void 0;
    return {
      level: "failure",
      ...entry?.path ? location(entry.path, entry.linesNotCovered[0] ?? 1) : {},
      title: clip2(w.name ? `Coverage: ${w.name}` : "Coverage: org-wide", ANNOTATION_TITLE_MAX),
      message: clipBytes(w.message, ANNOTATION_MESSAGE_MAX)
    };
  });
  const t = report.coverage.threshold;
  if (t?.evaluated && !t.passed) {
    const names = t.classesBelow.map((e) => `${e.name} ${formatPercent(e.percent)}`);
    const aggregate = t.aggregateBelow ? `aggregate ${formatPercent(report.coverage.aggregate?.percent)}` : "";
    out.push({
      level: "failure",
      title: `Coverage below the threshold of ${t.threshold} %`,
      message: clipBytes([aggregate, ...names].filter(Boolean).join("\n"), ANNOTATION_MESSAGE_MAX)
    });
  }
  return out;
}
function coverageWarning(e, threshold) {
  const uncovered = e.linesNotCovered.length > 0 ? `; uncovered lines ${lineRanges(e.linesNotCovered)}` : "";
  return {
    level: "warning",
    ...location(e.path, e.linesNotCovered[0] ?? 1),
    title: clip2(
      `Coverage ${formatPercent(e.percent)} < ${threshold} %: ${e.name}`,
      ANNOTATION_TITLE_MAX
    ),
    message: `${e.covered} of ${e.numLocations} lines covered${uncovered}.`
  };
}
function location(path21, line, column) {
  if (!path21) return {};
  if (!line) return { path: path21 };
  return {
    path: path21,
    startLine: line,
    endLine: line,
    ...column ? { startColumn: column, endColumn: column } : {}
  };
}
function clip2(text2, max) {
  return text2.length <= max ? text2 : `${cutAt(text2, max - 1)}\u2026`;
}
function clipBytes(text2, maxBytes) {
  return byteLength(text2) <= maxBytes ? text2 : `${cutAtBytes(text2, maxBytes - 3)}\u2026`;
}

// src/tooling/member-name.ts
function unprefixed(fullName) {
  return /^[a-z][a-z0-9]*(?:__|\.)(.+)$/i.exec(fullName)?.[1]?.toLowerCase();
}
function namesMember(m, type, name) {
  if (m.componentType !== type) return false;
  const wanted = name.toLowerCase();
  return m.fullName.toLowerCase() === wanted || unprefixed(m.fullName) === wanted;
}

// src/tooling/compile-annotations.ts
function compileAnnotations(messages, files) {
  const members = files.filter((f) => f.kind === "member");
  const ordered = [
    ...messages.filter((m) => m.severity === "error" && !m.dependant),
    ...messages.filter((m) => m.severity === "warning"),
    ...messages.filter((m) => m.severity === "error" && m.dependant)
  ];
  const sentPath = (m) => members.find((f) => namesMember(m, f.type, f.name))?.path;
  return ordered.map((m) => toAnnotation(m, sentPath(m)));
}
function toAnnotation(m, path21) {
  const location2 = path21 ? {
    path: path21,
    startLine: m.line ?? 1,
    endLine: m.line ?? 1,
    ...m.line && m.column ? { startColumn: m.column, endColumn: m.column } : {}
  } : {};
  const message = path21 ? m.problem : `${m.problem}
(${m.fileName || `${m.componentType} ${m.fullName}`})`;
  return {
    level: m.severity === "error" && !m.dependant ? "failure" : "warning",
    ...location2,
    title: clip3(
      `${m.dependant ? "Dependant " : ""}${m.componentType} ${m.fullName}`,
      ANNOTATION_TITLE_MAX
    ),
    message: clip3(message, ANNOTATION_MESSAGE_MAX)
  };
}
function clip3(text2, max) {
  return text2.length <= max ? text2 : `${text2.slice(0, max - 1)}\u2026`;
}

// src/sync/git-renames.ts
function parseNameStatus(output) {
  const fields = output.split("\0");
  const renamed = [];
  const deleted = [];
  for (let i = 0; i < fields.length; ) {
    const status = fields[i++] ?? "";
    if (status === "") continue;
    if (status.startsWith("R") || status.startsWith("C")) {
      const from = fields[i++] ?? "";
      const to = fields[i++] ?? "";
      if (status.startsWith("R")) renamed.push({ from, to });
      continue;
    }
    const path21 = fields[i++] ?? "";
    if (status === "D") deleted.push(path21);
  }
  return { renamed, deleted };
}
function componentOfPath2(path21, registry) {
  const segments = path21.split("/");
  const base = (segments.at(-1) ?? "").replace(/-meta\.xml$/, "");
  const dot = base.lastIndexOf(".");
  if (dot <= 0) return void 0;
  const name = base.slice(0, dot);
  const suffix = base.slice(dot + 1);
  const child = registry.childBySuffix.get(suffix) ?? // Decomposed children (fields/X.field-meta.xml) are told by their folder and suffix.
  [...registry.children.values()].find(
    (c) => c.suffix === suffix && c.directoryName === segments.at(-2)
  );
  if (child) {
    if (child.ignoreParentName) return { type: child.name, fullName: name };
    const parent = segments.at(-3);
    return parent ? { type: child.name, fullName: `${parent}.${name}`, parent } : void 0;
  }
  const type = registry.bySuffix.get(suffix);
  return type ? { type: type.name, fullName: name } : void 0;
}
function renamesOf(pairs, registry, deletedPaths = []) {
  const components2 = pairs.flatMap((pair) => {
    const from = componentOfPath2(pair.from, registry);
    const to = componentOfPath2(pair.to, registry);
    return from && to && from.type === to.type ? [{ from, to }] : [];
  });
  const parentRenamed = (from, to) => components2.some(
    (c) => c.from.parent === void 0 && c.from.fullName === from && c.to.fullName === to
  );
  const before = [...pairs.map((p) => p.from), ...deletedPaths].flatMap((path21) => {
    const c = componentOfPath2(path21, registry);
    return c?.parent ? [c] : [];
  });
  const renames = [];
  for (const { from, to } of components2) {
    if (from.fullName === to.fullName) continue;
    if (from.parent !== to.parent && !parentRenamed(from.parent ?? "", to.parent ?? "")) continue;
    if (renames.some((r) => r.type === from.type && r.from === from.fullName)) continue;
    const children = from.parent === void 0 ? childrenOf(from.fullName, before) : [];
    renames.push({
      type: from.type,
      from: from.fullName,
      to: to.fullName,
      ...children.length > 0 ? { children } : {}
    });
  }
  return renames;
}
function childrenOf(parent, before) {
  const children = [];
  for (const c of before)
    if (c.parent === parent && !children.some((o) => o.type === c.type && o.fullName === c.fullName))
      children.push({ type: c.type, fullName: c.fullName });
  return children;
}
async function gitRenames(workspace, base, to, registry) {
  const out = await git(workspace, [
    "diff",
    "--name-status",
    "-z",
    "-M",
    "--relative",
    "--no-ext-diff",
    "--no-textconv",
    base,
    to
  ]);
  const { renamed, deleted } = parseNameStatus(out);
  return renamesOf(renamed, registry, deleted);
}

// src/tooling/compile-model.ts
var MEMBER_TYPES = [
  "ApexClass",
  "ApexTrigger",
  "ApexPage",
  "ApexComponent"
];
function isTerminal2(state) {
  return state !== "Queued" && state !== "Unknown";
}

// src/tooling/classify-files.ts
var META2 = "-meta.xml";
function classifyFiles(files, registry) {
  return files.map((f) => classifyFile(f, registry));
}
function classifyFile(file, registry) {
  const base = file.path.slice(file.path.lastIndexOf("/") + 1);
  const isMeta = base.endsWith(META2);
  const stem = isMeta ? base.slice(0, -META2.length) : base;
  const dot = stem.lastIndexOf(".");
  const suffix = dot > 0 ? stem.slice(dot + 1) : "";
  const type = registry.bySuffix.get(suffix)?.name;
  const member = MEMBER_TYPES.find((t) => t === type);
  const name = stem.slice(0, dot);
  if (file.change === "deleted")
    return { kind: "deleted", path: file.path, ...member ? { type: member, name } : {} };
  if (!member) return { kind: "other", path: file.path };
  return { kind: isMeta ? "meta-only" : "member", path: file.path, type: member, name };
}
function metaPathOf(path21) {
  return `${path21}${META2}`;
}

// src/tooling/compile-outcome.ts
var JOB_CANCELLED = "the job was cancelled";
function queueMsOf(outcome) {
  return outcome.attempts.findLast((a) => a.queueMs !== void 0)?.queueMs;
}
function requestIdOf(outcome) {
  return outcome.attempts.findLast((a) => a.requestId !== void 0)?.requestId;
}

// src/tooling/container-name.ts
var CONTAINER_NAME_MAX = 32;
var PREFIX2 = "gha";
var RANDOM_CHARS = 6;
var ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
function containerName(runId, runAttempt2, random) {
  let suffix = "";
  for (let i = 0; i < RANDOM_CHARS; i++)
    suffix += ALPHABET[Math.floor(random() * ALPHABET.length)] ?? "x";
  const attempt = clean(runAttempt2) || "1";
  const room = CONTAINER_NAME_MAX - PREFIX2.length - attempt.length - suffix.length - 3;
  const run2 = (clean(runId) || "local").slice(-room);
  return `${PREFIX2}-${run2}-${attempt}-${suffix}`;
}
function clean(value) {
  return (value ?? "").replace(/[^A-Za-z0-9]/g, "");
}

// src/tooling/poll-delay.ts
var FAST_PHASE_MS = 1e4;
var FAST_MS = 1e3;
var SLOW_MS = 2e3;
var COMPILE_POLL_CAP_MS = 5e3;
function compilePollDelay(elapsedMs, capMs) {
  const base = elapsedMs < FAST_PHASE_MS ? FAST_MS : SLOW_MS;
  return Math.min(base, capMs, COMPILE_POLL_CAP_MS);
}

// src/tooling/compile-attempt.ts
var MEMBER_PARALLELISM = 4;
async function runAttempt(members, entities, options, ports) {
  const { id: containerId, name } = await createContainer(options, ports);
  const record = { containerName: name, containerId, cleanup: "not attempted" };
  ports.onIds({ containerId });
  try {
    const memberProblem = await createMembers(containerId, members, entities, ports);
    if (memberProblem) {
      record.stoppedBecause = memberProblem;
      return { record };
    }
    const requestId = await ports.tooling.submit(containerId, options.checkOnly);
    record.requestId = requestId;
    ports.onIds({ containerId, requestId });
    ports.logger.info(
      `Submitted ContainerAsyncRequest ${requestId} (${options.checkOnly ? "check only" : "compile and save"}).`
    );
    const waited = await waitForRequest(requestId, options, ports);
    Object.assign(record, waited.record);
    return { record, ...waited.status ? { status: waited.status } : {} };
  } finally {
    record.cleanup = await deleteContainer(containerId, ports);
  }
}
async function createContainer(options, ports) {
  for (let tries = 1; ; tries++) {
    const name = containerName(options.runId, options.runAttempt, ports.random);
    try {
      const id = await ports.tooling.createContainer(name);
      ports.logger.info(`Created MetadataContainer ${name} (${id}).`);
      return { id, name };
    } catch (error) {
      if (!(error instanceof ContainerNameTaken) || tries >= 2) throw error;
      ports.logger.warning(
        `MetadataContainer name ${name} is taken (${error.message}); trying another name.`
      );
    }
  }
}
async function createMembers(containerId, members, entities, ports) {
  for (let i = 0; i < members.length; i += MEMBER_PARALLELISM) {
    if (ports.cancelled()) return stopForCancel(i, members.length, ports);
    const batch = members.slice(i, i + MEMBER_PARALLELISM);
    const results = await Promise.allSettled(
      batch.map((m) => ports.tooling.createMember(containerId, m, entities.get(m.path)?.id ?? ""))
    );
    if (ports.cancelled()) return stopForCancel(i + batch.length, members.length, ports);
    const failed = results.findIndex((r) => r.status === "rejected");
    const reason = results[failed];
    if (reason?.status === "rejected") return explainMemberFailure(batch[failed], reason.reason);
  }
  return void 0;
}
function stopForCancel(sent, total, ports) {
  ports.logger.warning(
    `The job was cancelled after ${sent} of ${total} member create(s) were sent; the ContainerAsyncRequest is not submitted.`
  );
  return JOB_CANCELLED;
}
function explainMemberFailure(member, error) {
  if (!(error instanceof ApiError) && !(error instanceof TransientError)) throw error;
  const what = `creating the ${member?.type ?? "Apex"}Member for ${member?.name ?? "?"} failed: ${describeError(error)}`;
  const hint = error instanceof ApiError && /NOT_FOUND|INSUFFICIENT_ACCESS/.test(error.code) ? " (the user likely lacks View All Data and Author Apex)" : "";
  return `${what}${hint}`;
}
async function waitForRequest(id, options, ports) {
  const submitted = ports.clock.now();
  let last;
  for (; ; ) {
    const elapsed = ports.clock.now() - submitted;
    const stop = ports.cancelled() ? JOB_CANCELLED : elapsed >= options.timeoutMs ? `timed out after ${Math.round(elapsed / 1e3)} s in ${last?.state ?? "Queued"}` : void 0;
    if (stop) return abortRequest(id, stop, last, ports);
    await ports.clock.sleep(
      Math.min(
        compilePollDelay(elapsed, options.pollCapMs),
        Math.max(0, options.timeoutMs - elapsed)
      )
    );
    const status = await readStatus(id, ports);
    if (!status) continue;
    if (status.state === "Unknown")
      ports.logger.warning(`Unexpected State "${status.rawState}"; still polling.`);
    last = status;
    if (isTerminal2(status.state)) {
      const queueMs = ports.clock.now() - submitted;
      ports.logger.info(
        `ContainerAsyncRequest ${id}: ${status.state} after ${(queueMs / 1e3).toFixed(1)} s.`
      );
      return {
        record: {
          state: status.state,
          queueMs,
          ...status.errorMsg ? { errorMsg: status.errorMsg } : {}
        },
        status
      };
    }
  }
}
async function readStatus(id, ports) {
  try {
    return await ports.tooling.readRequest(id);
  } catch (error) {
    if (!(error instanceof TransientError)) throw error;
    ports.logger.warning(`Reading ContainerAsyncRequest ${id}: ${error.message}; polling again.`);
    return void 0;
  }
}
async function abortRequest(id, reason, last, ports) {
  ports.logger.warning(`Stopping ContainerAsyncRequest ${id}: ${reason}; setting State to Aborted.`);
  try {
    await ports.tooling.abortRequest(id);
  } catch (error) {
    if (!(error instanceof ApiError) && !(error instanceof TransientError)) throw error;
    ports.logger.warning(`Could not abort ${id}: ${error.message}`);
  }
  const final = await readStatus(id, ports) ?? last;
  return {
    record: { stoppedBecause: reason, ...final ? { state: final.state } : {} },
    ...final ? { status: final } : {}
  };
}
async function deleteContainer(id, ports) {
  for (let tries = 1; ; tries++) {
    try {
      await ports.tooling.deleteContainer(id);
      ports.logger.info(`Deleted MetadataContainer ${id}.`);
      return true;
    } catch (error) {
      if (error instanceof TransientError && tries < 3) continue;
      const message = error instanceof ActionError ? error.message : describeError(error);
      ports.logger.warning(
        `Could not delete MetadataContainer ${id}: ${message}. Delete it in the org (Tooling API) to keep names free.`
      );
      return message;
    }
  }
}

// src/tooling/member-metadata.ts
var NUMERIC = /* @__PURE__ */ new Set(["apiVersion", "majorNumber", "minorNumber"]);
var BOOLEAN = /* @__PURE__ */ new Set(["availableInTouch", "confirmationTokenRequired"]);
var LISTS = /* @__PURE__ */ new Set(["packageVersions"]);
function memberMetadata(metaXml, path21) {
  parseXml(metaXml, path21);
  const doc = parseXml2(metaXml, LISTS);
  const root = Object.entries(doc).find(([key2]) => !key2.startsWith("?"))?.[1];
  if (typeof root !== "object" || root === null)
    throw new BuildError([`${path21}: expected one root element such as <ApexClass>.`]);
  return convert(root);
}
function convert(node) {
  const out = {};
  for (const [key2, value] of Object.entries(node)) {
    if (key2.startsWith("@_") || key2 === "#text") continue;
    out[key2] = Array.isArray(value) ? value.map((v) => leaf(key2, v)) : leaf(key2, value);
  }
  return out;
}
function leaf(key2, value) {
  if (typeof value === "object" && value !== null) return convert(value);
  const text2 = String(value).trim();
  if (NUMERIC.has(key2) && text2 !== "" && Number.isFinite(Number(text2))) return Number(text2);
  if (BOOLEAN.has(key2)) return text2 === "true";
  return text2;
}

// src/tooling/compile.ts
var RETRY_BACKOFF_MS = 2e3;
async function compileChanges(request, ports) {
  const started = ports.clock.now();
  const files = classifyFiles(request.files, defaultRegistry());
  const org = await ports.tooling.readOrg();
  const base = { checkOnly: request.checkOnly, org, files, started };
  const route = chooseRoute(org, files, request.checkOnly);
  if (route.api === "refused") return finish2(base, { method: "none", refused: route.reason }, ports);
  if (route.api === "metadata-api") return fallBack2(base, route.reasons, [], request, ports);
  const members = await readMembers(route.members, ports.source);
  const entities = await lookUpEntities(members, org, ports);
  if (entities.reasons.length > 0) return fallBack2(base, entities.reasons, [], request, ports);
  const tooling = await compileWithRetry(members, entities.matched, request, ports);
  if (tooling.reason) return fallBack2(base, [tooling.reason], tooling.attempts, request, ports);
  return finish2(
    base,
    {
      method: "tooling",
      attempts: tooling.attempts,
      ...tooling.final ? { final: tooling.final } : {},
      ...tooling.cancelled ? { cancelled: true } : {}
    },
    ports
  );
}
async function readMembers(list2, source) {
  return Promise.all(
    list2.map(async (m) => {
      const body2 = decodeUtf8(await source.readFile(m.path));
      const metaPath = metaPathOf(m.path);
      const metadata = await source.exists(metaPath) ? memberMetadata(decodeUtf8(await source.readFile(metaPath)), metaPath) : void 0;
      return { ...m, body: body2, ...metadata ? { metadata } : {} };
    })
  );
}
async function lookUpEntities(members, org, ports) {
  const found = [];
  for (const type of new Set(members.map((m) => m.type))) {
    found.push(
      ...await ports.tooling.findEntities(
        type,
        members.filter((m) => m.type === type).map((m) => m.name)
      )
    );
  }
  return matchEntities(members, found, org.namespacePrefix);
}
async function compileWithRetry(members, entities, request, ports) {
  const attempts2 = [];
  const deadline = ports.clock.now() + request.timeoutMs;
  for (let retried = false; ; retried = true) {
    if (ports.cancelled()) return { attempts: attempts2, cancelled: true };
    const timeoutMs = Math.max(0, deadline - ports.clock.now());
    const { record, status } = await runAttempt(members, entities, { ...request, timeoutMs }, ports);
    attempts2.push(record);
    if (record.stoppedBecause === JOB_CANCELLED)
      return { attempts: attempts2, cancelled: true, ...status ? { final: status } : {} };
    if (!status)
      return {
        attempts: attempts2,
        ...record.stoppedBecause && !record.requestId ? { reason: record.stoppedBecause } : {}
      };
    if (!record.stoppedBecause && shouldRetry(status, retried)) {
      if (deadline - ports.clock.now() <= RETRY_BACKOFF_MS)
        return { attempts: attempts2, final: status, reason: noTimeToRetry(status, request.timeoutMs) };
      ports.logger.warning(
        `The request ended ${status.state}${status.errorMsg ? ` (${status.errorMsg})` : ""}; retrying once with a fresh container.`
      );
      await ports.clock.sleep(RETRY_BACKOFF_MS);
      continue;
    }
    const reason = record.stoppedBecause ? void 0 : reasonAfterRequest(status, retried);
    return { attempts: attempts2, final: status, ...reason ? { reason } : {} };
  }
}
function noTimeToRetry(status, timeoutMs) {
  const answer = status.state === "Error" ? `answered Error (${status.errorMsg ?? "no message"})` : "invalidated the request";
  const wait = timeoutMs >= 6e4 ? `${Math.round(timeoutMs / 6e4)} min` : `${Math.round(timeoutMs / 1e3)} s`;
  return `the Tooling API ${answer}, and the wait of ${wait} leaves no time to retry`;
}
async function fallBack2(base, reasons, attempts2, request, ports) {
  if (ports.cancelled()) {
    ports.logger.warning("The job was cancelled; the Metadata API deploy is not started.");
    return finish2(
      base,
      { method: "none", attempts: attempts2, fallbackReasons: reasons, cancelled: true },
      ports
    );
  }
  if (request.fallback === "fail") {
    const refused = `The Tooling API cannot compile these files and compile-fallback is fail: ${reasons.join("; ")}.`;
    return finish2(base, { method: "none", attempts: attempts2, fallbackReasons: reasons, refused }, ports);
  }
  ports.logger.info(
    `Using a Metadata API ${request.checkOnly ? "check-only " : ""}deploy instead: ${reasons.join("; ")}.`
  );
  const deploy = await ports.fallbackDeploy(request.files, request.checkOnly);
  return finish2(base, { method: "metadata-api", attempts: attempts2, fallbackReasons: reasons, deploy }, ports);
}
function finish2(base, rest, ports) {
  const attempts2 = rest.attempts ?? [];
  return {
    checkOnly: base.checkOnly,
    org: base.org,
    files: base.files,
    attempts: attempts2,
    fallbackReasons: [],
    ...rest,
    timedOut: attempts2.some((a) => a.stoppedBecause?.startsWith("timed out") ?? false),
    cancelled: rest.cancelled ?? false,
    totalMs: ports.clock.now() - base.started
  };
}

// src/tooling/delta-files.ts
var COMPILED = /\.(cls|trigger|page|component)$/;
function compileFilesOf(changes2) {
  const byPath = /* @__PURE__ */ new Map();
  for (const change of changes2) {
    const content = change.path.replace(/-meta\.xml$/, "");
    if (!COMPILED.test(content)) continue;
    const isMeta = content !== change.path;
    const deleted = change.status === "D" && !isMeta;
    const previous = byPath.get(content);
    if (previous?.change === "deleted" && !deleted) continue;
    byPath.set(content, { path: content, change: deleted ? "deleted" : "changed" });
  }
  return [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path));
}
async function deltaCompileFiles(workspace, delta, env) {
  const from = delta?.from ?? (delta ? pullRequestBase(env) : void 0);
  if (!delta || from === void 0) {
    throw new ActionError(
      "compile mode needs files: list them in compile-files, or set delta-from (a commit, tag or branch) to compile what changed; in a pull request the base is used by default."
    );
  }
  try {
    const repo = await openRepo(workspace, [from, delta.to]);
    const range2 = await resolveRange(repo, from, delta.to, delta.base);
    const files = compileFilesOf(await changedFiles(repo, range2.base, range2.to));
    return { files, range: `${range2.fromRef}..${range2.toRef}` };
  } catch (error) {
    if (error instanceof GitDeltaError) throw new ActionError(error.message);
    throw error;
  }
}

// src/sync/built-source.ts
function builtSourceTree(built, fallback) {
  const outputOf = /* @__PURE__ */ new Map();
  for (const [output, sources] of Object.entries(built.sourceMap.files)) {
    const only = sources.length === 1 ? sources[0] : void 0;
    if (only !== void 0) outputOf.set(only, output);
  }
  const builtBytes = (path21) => {
    const output = outputOf.get(path21);
    return output === void 0 ? void 0 : built.files.get(output);
  };
  return {
    listFiles: (dir) => fallback.listFiles(dir),
    readFile: (path21) => {
      const bytes = builtBytes(path21);
      return bytes ? Promise.resolve(bytes) : fallback.readFile(path21);
    },
    exists: (path21) => builtBytes(path21) ? Promise.resolve(true) : fallback.exists(path21)
  };
}

// src/sync/sync-apex.ts
async function saveApexThroughTooling(components2, settings, deps, rest, delta) {
  const { range: range2 } = delta;
  const files = await apexFiles(settings.workspace, range2, components2);
  if (files.length < components2.length)
    return {
      results: [],
      fallbackReason: "some Apex files of the delta were not found in the workspace"
    };
  let cancelled = false;
  const stopWatching = deps.onJobCancel(() => cancelled = true);
  try {
    const source = builtSourceTree(delta.built, new FsSourceTree(settings.workspace));
    return answerOf(await save(files, source, settings, deps, rest, () => cancelled), components2);
  } finally {
    stopWatching();
    deps.state.save(STATE.compileContainerId, "");
    deps.state.save(STATE.compileRequestId, "");
  }
}
function save(files, source, settings, deps, rest, cancelled) {
  return compileChanges(
    {
      files,
      checkOnly: false,
      fallback: "fail",
      timeoutMs: settings.waitMinutes * 6e4,
      pollCapMs: settings.pollIntervalMaxSeconds * 1e3
    },
    {
      tooling: createContainerClient(rest),
      source,
      clock: deps.clock,
      logger: deps.logger,
      random: deps.random,
      cancelled,
      // The post step deletes the container of a killed run, as for compile mode.
      onIds: (ids) => {
        deps.state.save(STATE.compileContainerId, ids.containerId);
        if (ids.requestId) deps.state.save(STATE.compileRequestId, ids.requestId);
      },
      fallbackDeploy: () => {
        throw new ActionError("sync sends Apex the Tooling API cannot save to its own deploy.");
      }
    }
  );
}
async function apexFiles(workspace, range2, components2) {
  const repo = await openRepo(workspace, [range2.base, range2.to]);
  const all = compileFilesOf(await changedFiles(repo, range2.base, range2.to)).filter(
    (f) => f.change === "changed"
  );
  const classified = classifyFiles(all, defaultRegistry());
  return all.filter((_, i) => {
    const c = classified[i];
    return c?.kind === "member" && components2.some((p) => p.type === c.type && p.fullName === c.name);
  });
}
function cancelledDetail(outcome) {
  const final = outcome.final;
  if (final && !isTerminal2(final.state))
    return `${JOB_CANCELLED}; ContainerAsyncRequest ${final.id ?? ""} was not confirmed Aborted: check it in the org`;
  return `${JOB_CANCELLED}; the Apex was not saved`;
}
function answerOf(outcome, components2) {
  if (outcome.cancelled && outcome.final?.state !== "Completed")
    return {
      results: components2.map((c) => ({
        ...c,
        state: "not applied",
        via: outcome.final?.id ? `ContainerAsyncRequest ${outcome.final.id}` : "MetadataContainer",
        detail: cancelledDetail(outcome)
      }))
    };
  if (outcome.method !== "tooling")
    return {
      results: [],
      fallbackReason: outcome.fallbackReasons.join("; ") || outcome.refused || "the Tooling API did not save it"
    };
  const final = outcome.final;
  const via = final?.id ? `ContainerAsyncRequest ${final.id}` : "MetadataContainer";
  const results = components2.map((c) => {
    if (final?.state === "Completed") return { ...c, state: "saved", via };
    const problems = (final?.failures ?? []).filter(
      (f) => f.severity === "error" && f.fullName === c.fullName
    );
    if (problems.length > 0)
      return {
        ...c,
        state: "failed",
        via,
        detail: problems.map((p) => `${p.line ? `line ${p.line}: ` : ""}${p.problem}`).join("; ")
      };
    const why = outcome.attempts.at(-1)?.stoppedBecause ?? final?.errorMsg ?? `the request ended ${final?.state ?? "without a state"}; a container saves all of its members or none`;
    return { ...c, state: final ? "not applied" : "failed", via, detail: why };
  });
  const failed = final !== void 0 && final.state !== "Completed";
  return failed ? { results, compileProblems: { failures: final.failures, files: outcome.files } } : { results };
}

// src/sync/sync-plan.ts
function planSync(changed, deleted, renames) {
  const applied = renamesToApply(renames, changed, deleted);
  const renamed = applied.map((r) => ({
    type: r.type,
    fullName: r.to,
    from: r.from,
    change: "rename",
    path: "crud"
  }));
  const upserts = withoutLabelsContainer(changed).map((m) => classify(m, "upsert"));
  const deletes = deletionsOf(deleted, changed, applied).map((m) => ({
    ...classify(m, "delete"),
    ...m.from ? { from: m.from } : {}
  }));
  const crudUpserts = sortByRank(upserts.filter((c) => c.path === "crud"));
  const crudDeletes = sortByRank(deletes.filter((c) => c.path === "crud")).reverse();
  const batches = [
    ...renamed.map((c) => ({ call: "rename", type: c.type, components: [c] })),
    ...batchesOf("upsert", crudUpserts),
    ...batchesOf("delete", crudDeletes)
  ];
  const tooling = upserts.filter((c) => c.path === "tooling");
  const deploy = [...upserts, ...deletes].filter((c) => c.path === "deploy");
  return {
    components: [...renamed, ...crudUpserts, ...tooling, ...deploy, ...crudDeletes],
    batches,
    tooling,
    deploy
  };
}
function deletionsOf(deleted, changed, applied) {
  const objectRenames = applied.filter((r) => r.type === "CustomObject");
  const deletedParents = new Set(
    deleted.filter((m) => m.type === "CustomObject").map((m) => m.fullName)
  );
  const renamedFrom = (type, name) => applied.some((r) => r.type === type && r.from === name);
  const deletions = deleted.filter(
    (m) => !renamedFrom(m.type, m.fullName) && carriedName(m.fullName, objectRenames) === void 0 && !(m.fullName.includes(".") && deletedParents.has(m.fullName.split(".")[0] ?? ""))
  );
  for (const child of objectRenames.flatMap((r) => r.children ?? [])) {
    const carried = carriedName(child.fullName, objectRenames) ?? child.fullName;
    const kept = changed.some((c) => c.type === child.type && c.fullName === carried);
    if (!kept && !renamedFrom(child.type, carried))
      deletions.push({ type: child.type, fullName: carried, from: child.fullName });
  }
  return deletions;
}
function carriedName(fullName, objectRenames) {
  const rename = objectRenames.find((r) => fullName.startsWith(`${r.from}.`));
  return rename ? `${rename.to}${fullName.slice(rename.from.length)}` : void 0;
}
function withoutLabelsContainer(changed) {
  if (!changed.some((m) => m.type === "CustomLabel")) return changed;
  return changed.filter((m) => m.type !== "CustomLabels");
}
function renamesToApply(renames, changed, deleted) {
  const has = (list2, type, name) => list2.some((m) => m.type === type && m.fullName === name);
  const objectRenames = renames.filter(
    (r) => r.type === "CustomObject" && has(deleted, r.type, r.from) && has(changed, r.type, r.to)
  );
  const before = [...deleted, ...objectRenames.flatMap((r) => r.children ?? [])];
  const candidates2 = renames.filter(
    (r) => isCrudType(r.type) && has(before, r.type, r.from) && has(changed, r.type, r.to)
  );
  const applied = candidates2.map(
    (r) => r.type === "CustomObject" ? r : { ...r, from: carriedName(r.from, objectRenames) ?? r.from }
  ).filter((r) => r.from !== r.to && parentOf(r.from) === parentOf(r.to));
  return [...applied].sort((a, b) => rankOf(a.type) - rankOf(b.type));
}
function parentOf(fullName) {
  const dot = fullName.indexOf(".");
  return dot < 0 ? "" : fullName.slice(0, dot);
}
function classify(member, change) {
  const base = { type: member.type, fullName: member.fullName, change };
  if (TOOLING_TYPES.has(member.type)) {
    if (change === "delete")
      return {
        ...base,
        path: "deploy",
        reason: "deleted Apex: a MetadataContainer cannot delete, a destructive deploy does"
      };
    return { ...base, path: "tooling" };
  }
  if (isCrudType(member.type)) return { ...base, path: "crud" };
  return {
    ...base,
    path: "deploy",
    reason: `${member.type} is not a type sync sends through the CRUD calls (only one-record XML types are; files and bundles need a deploy)`
  };
}
function sortByRank(list2) {
  return [...list2].sort(
    (a, b) => rankOf(a.type) - rankOf(b.type) || a.type.localeCompare(b.type) || a.fullName.localeCompare(b.fullName)
  );
}
function batchesOf(call, list2) {
  const batches = [];
  for (const component of list2) {
    const last = batches.at(-1);
    if (last && last.type === component.type && last.components.length < CRUD_BATCH_LIMIT)
      last.components.push(component);
    else batches.push({ call, type: component.type, components: [component] });
  }
  return batches;
}

// src/sync/sync-model.ts
function syncSucceeded(outcome) {
  return outcome.inputErrors.length === 0 && !outcome.stoppedBecause && outcome.results.every(
    (r) => r.state !== "failed" && r.state !== "not applied" && r.state !== "deploying"
  );
}

// src/modes/sync/sync-verdict.ts
var APPLIED = /* @__PURE__ */ new Set(["created", "changed", "renamed", "deleted", "saved", "deployed"]);
function syncVerdict(outcome, rollbackDir) {
  if (outcome.inputErrors.length > 0)
    return {
      success: false,
      status: "Failed",
      message: `Sync sent nothing: ${outcome.inputErrors.join("; ")}`
    };
  if (syncSucceeded(outcome)) return { success: true, status: "Succeeded", message: "" };
  const applied = outcome.results.filter((r) => APPLIED.has(r.state));
  const failed = outcome.results.filter((r) => r.state === "failed");
  const deploying = outcome.results.filter((r) => r.state === "deploying");
  if (deploying.length > 0) return stillDeploying(outcome, applied, deploying);
  const lines = [
    `Sync stopped: ${outcome.stoppedBecause ?? "a component failed"}.`,
    ...failed.map((r) => `${r.type} ${r.fullName}: ${r.detail ?? "failed"}`),
    applied.length > 0 ? `Applied before the failure (CRUD calls are not transactional; these stay in the org): ${applied.map((r) => `${r.type} ${r.fullName}`).join(", ")}.` : "Nothing was applied.",
    ...applied.length > 0 && rollbackDir ? [
      `To undo, deploy the rollback package the backup wrote before sync changed anything: mode: deploy with metadata-dir: ${rollbackDir}.`
    ] : []
  ];
  return {
    success: false,
    status: applied.length > 0 ? "PartiallyApplied" : "Failed",
    message: lines.join("\n")
  };
}
function stillDeploying(outcome, applied, deploying) {
  const id = outcome.deploy?.deployId ?? "(unknown id)";
  const names = (list2) => list2.map((r) => `${r.type} ${r.fullName}`).join(", ");
  return {
    success: false,
    status: "InProgress",
    message: [
      `Sync stopped at the wait limit: the Metadata API deploy ${id} was still running and continues in the org, so it may yet apply ${names(deploying)}.`,
      `Follow it with mode: report and deploy-id: ${id}, or stop it with mode: cancel.`,
      ...applied.length > 0 ? [`Applied before the deploy (these stay in the org): ${names(applied)}.`] : []
    ].join("\n")
  };
}
function isApplied(state) {
  return APPLIED.has(state);
}

// src/modes/sync/sync-summary.ts
var PATH_LABEL = {
  crud: "CRUD",
  tooling: "Tooling API",
  deploy: "Metadata API deploy"
};
function renderSyncSummary(input) {
  const { outcome, verdict } = input;
  const applied = outcome.results.filter((r) => isApplied(r.state)).length;
  const unchanged = outcome.results.filter((r) => r.state === "unchanged").length;
  const done = `${applied} component${applied === 1 ? "" : "s"} applied${unchanged > 0 ? `, ${unchanged} already as in the repository` : ""}`;
  const icon = verdict.success ? "\u2705" : verdict.status === "PartiallyApplied" ? "\u26A0\uFE0F" : verdict.status === "InProgress" ? "\u23F3" : "\u274C";
  const ended = verdict.success ? done : verdict.status === "PartiallyApplied" ? "partially applied" : verdict.status === "InProgress" ? "deploy still running" : "failed";
  const lines = [
    `## ${icon} Sync: ${ended} in ${seconds2(input.totalMs)}`,
    "",
    `Org ${escapeInline(input.orgLabel)} (${escapeInline(input.orgKind)}).`,
    ""
  ];
  if (outcome.inputErrors.length > 0) {
    lines.push("Nothing was sent: the delta has components sync cannot convert.", "");
    for (const error of outcome.inputErrors) lines.push(`- ${escapeInline(error)}`);
    lines.push("");
  }
  if (verdict.status === "InProgress" && outcome.stoppedBecause) {
    const id = outcome.deploy?.deployId ?? "";
    lines.push(
      `Stopped: ${escapeInline(outcome.stoppedBecause)}. The org goes on with it, so the components marked deploying may yet be applied: follow it with \`mode: report\` and \`deploy-id: ${escapeInline(id)}\`, or stop it with \`mode: cancel\`.`,
      ""
    );
  } else if (!verdict.success && outcome.stoppedBecause)
    lines.push(
      `Stopped: ${escapeInline(outcome.stoppedBecause)}. CRUD calls are not transactional: the components marked applied stay in the org; nothing after the failure was sent.`,
      ""
    );
  const undo = verdict.message.split("\n").find((line) => line.startsWith("To undo"));
  if (undo) lines.push(escapeInline(undo), "");
  lines.push(
    ...table(
      ["Component", "Path", "Result"],
      outcome.results.map((r) => [
        codeSpanInCell(`${r.type} ${r.fullName}`),
        escapeTableCell(pathOf(r)),
        escapeTableCell(resultOf(r))
      ])
    ),
    ""
  );
  lines.push(...changes(outcome.results));
  lines.push(...timing(input));
  for (const section of input.sections) if (section) lines.push("", section);
  return `${lines.join("\n")}
`;
}
function pathOf(r) {
  const label2 = PATH_LABEL[r.path] ?? r.path;
  const via = r.via && r.via !== "none" ? ` (${r.via})` : "";
  return `${label2}${via}`;
}
function resultOf(r) {
  const base = r.state === "renamed" && r.from && !r.detail ? `renamed from ${r.from}` : r.state === "renamed" ? `renamed ${r.detail ?? ""}` : r.change === "delete" && r.from ? `${r.state} (${r.from} before its object's rename)` : r.state;
  const detail = r.state !== "renamed" && r.detail ? `: ${r.detail}` : "";
  const reason = r.reason ? ` \u2014 to the deploy because ${r.reason}` : "";
  return `${base}${detail}${reason}`;
}
var MAX_DIFF_LINES = 40;
function changes(results) {
  const changed = results.filter((r) => r.diff && r.diff.length > 0);
  if (changed.length === 0) return [];
  const body2 = changed.flatMap((r) => {
    const diff = r.diff ?? [];
    const shown = diff.slice(0, MAX_DIFF_LINES);
    const more2 = diff.length > shown.length ? [`\u2026 ${diff.length - shown.length} more lines`] : [];
    return [
      codeSpan(`${r.type} ${r.fullName}`),
      "",
      fencedBlock([...shown, ...more2].join("\n")),
      ""
    ];
  });
  return details(`What changes against the org's version (${changed.length})`, body2);
}
function timing(input) {
  const { outcome } = input;
  const queue = outcome.deployQueueMs !== void 0 ? `The Metadata API deploy waited ${seconds2(outcome.deployQueueMs)} in the org's deploy queue.` : outcome.deploy ? "The org did not report how long the deploy waited in its queue." : "No deploy was needed, so nothing waited in the deploy queue (the org reports a queue wait only for a deploy it received).";
  return [
    `Total time ${seconds2(input.totalMs)}; ${outcome.crudCalls} CRUD call${outcome.crudCalls === 1 ? "" : "s"} (reads included).`,
    queue
  ];
}
function seconds2(ms) {
  return `${(ms / 1e3).toFixed(1)} s`;
}

// src/sync/sync.ts
async function syncChanges(plan, files, ports) {
  const started = ports.clock.now();
  const records = recordsOf(plan, files, ports.registry);
  const finish3 = (rest, calls) => ({
    ...rest,
    crudCalls: calls,
    totalMs: ports.clock.now() - started
  });
  if (records.errors.length > 0)
    return finish3(
      {
        results: plan.components.map((c) => ({ ...c, state: "not applied", via: "none" })),
        inputErrors: records.errors
      },
      0
    );
  const run2 = new Run(ports);
  const before = await run2.readBefore(plan.batches);
  const applyAll = async (batches) => {
    for (const batch of batches) {
      if (run2.stopped) run2.skip(batch.components, viaOf(batch));
      else await run2.apply(batch, records.byKey, before);
    }
  };
  await applyAll(plan.batches.filter((b) => b.call !== "delete"));
  let deployList = plan.deploy;
  let compileProblems;
  if (plan.tooling.length > 0) {
    if (run2.stopped) run2.skip(plan.tooling, "none");
    else {
      const answer = await ports.saveApex(plan.tooling);
      if (answer.fallbackReason) {
        const reason = answer.fallbackReason;
        deployList = [
          ...plan.tooling.map((c) => ({ ...c, path: "deploy", reason })),
          ...deployList
        ];
      } else {
        run2.record(answer.results);
        compileProblems = answer.compileProblems;
        const failed = answer.results.find((r) => r.state === "failed" || r.state === "not applied");
        if (failed)
          run2.stop(
            `the Tooling API save of the Apex failed${failed.detail ? ` (${failed.type} ${failed.fullName}: ${failed.detail})` : ""}`
          );
      }
    }
  }
  let deploy;
  if (deployList.length > 0) {
    if (run2.stopped) run2.skip(deployList, "none");
    else {
      deploy = await ports.deploy(deployList);
      run2.record(deployResults(deployList, deploy));
      if (deploy.timedOut)
        run2.stop(
          `the Metadata API deploy ${deploy.deployId ?? ""} was still running at the wait limit`.replace(
            "  ",
            " "
          )
        );
      else if (!deploy.result?.success)
        run2.stop(
          `the Metadata API deploy ${deploy.deployId ?? ""} did not succeed`.replace("  ", " ")
        );
    }
  }
  await applyAll(plan.batches.filter((b) => b.call === "delete"));
  const queueMs = queueWaitOf(deploy);
  return finish3(
    {
      results: order(plan, run2.results),
      inputErrors: [],
      ...compileProblems ? { compileProblems } : {},
      ...run2.stoppedBecause ? { stoppedBecause: run2.stoppedBecause } : {},
      ...deploy ? { deploy } : {},
      ...queueMs !== void 0 ? { deployQueueMs: queueMs } : {}
    },
    run2.calls
  );
}
var keyOf = (c) => `${c.type}:${c.fullName}`;
function recordsOf(plan, files, registry) {
  const byKey2 = /* @__PURE__ */ new Map();
  const errors = [];
  for (const batch of plan.batches) {
    if (batch.call !== "upsert") continue;
    for (const c of batch.components) {
      const source = crudSourceOf(c.type, c.fullName, registry);
      const bytes = source ? files.get(source.path) : void 0;
      if (!source || !bytes) {
        errors.push(`${c.type} ${c.fullName}: the package holds no metadata file for it`);
        continue;
      }
      const record = toCrudRecord(c.type, c.fullName, decodeUtf8(bytes), source);
      if ("error" in record) errors.push(`${c.type} ${c.fullName}: ${record.error}`);
      else byKey2.set(keyOf(c), record);
    }
  }
  return { byKey: byKey2, errors };
}
function viaOf(batch) {
  return `${batch.call}Metadata`;
}
var Run = class {
  results = /* @__PURE__ */ new Map();
  calls = 0;
  stoppedBecause;
  ports;
  constructor(ports) {
    this.ports = ports;
  }
  get stopped() {
    return this.stoppedBecause !== void 0;
  }
  stop(reason) {
    this.stoppedBecause ??= reason;
  }
  record(results) {
    for (const r of results) {
      const earlier = this.results.get(keyOf(r));
      if (earlier?.state === "renamed" && r.state !== "failed" && r.state !== "not applied") {
        const then = r.state === "unchanged" ? "" : `, then ${r.detail ?? r.state} (${r.via})`;
        this.results.set(keyOf(r), { ...earlier, detail: `from ${earlier.from ?? "?"}${then}` });
        continue;
      }
      this.results.set(keyOf(r), r);
    }
  }
  skip(components2, via) {
    this.record(components2.map((c) => ({ ...c, state: "not applied", via })));
  }
  /** The org's version of each component to upsert; a read that faults only loses the comparison. */
  async readBefore(batches) {
    const before = /* @__PURE__ */ new Map();
    for (const batch of batches) {
      if (batch.call !== "upsert") continue;
      const names = batch.components.map((c) => c.fullName);
      try {
        this.calls++;
        const read = await this.ports.crud.read(batch.type, names);
        const childTags = new Set(
          this.ports.registry.types.get(batch.type)?.children.map((c) => c.tag) ?? []
        );
        for (const c of batch.components) {
          const record = read.find((r) => r.fullName === c.fullName);
          before.set(keyOf(c), record ? withoutChildren(record, childTags) : null);
        }
      } catch (error) {
        this.ports.logger.warning(
          `readMetadata ${batch.type} failed (${describeError(error)}); applying without comparing to the org's version.`
        );
      }
    }
    return before;
  }
  async apply(batch, records, before) {
    const via = viaOf(batch);
    try {
      if (batch.call === "rename") return this.renamed(batch, via);
      if (batch.call === "delete") return this.deleted(batch, via);
      return await this.upserted(batch, via, records, before);
    } catch (error) {
      const message = describeError(error);
      this.record(batch.components.map((c) => ({ ...c, state: "failed", via, detail: message })));
      this.stop(`${via} ${batch.type} failed: ${message}`);
    }
  }
  async renamed(batch, via) {
    const c = batch.components[0];
    this.calls++;
    const result2 = await this.ports.crud.rename(c.type, c.from ?? "", c.fullName);
    this.outcomes(batch, via, [result2], () => "renamed");
  }
  async deleted(batch, via) {
    this.calls++;
    const results = await this.ports.crud.delete(
      batch.type,
      batch.components.map((c) => c.fullName)
    );
    this.outcomes(batch, via, results, () => "deleted");
  }
  async upserted(batch, via, records, before) {
    const pending = [];
    for (const c of batch.components) {
      const old = before.get(keyOf(c));
      const diff = old ? changedElements(records.get(keyOf(c)), old) : void 0;
      if (diff && diff.length === 0) {
        this.record([
          {
            ...c,
            state: "unchanged",
            via: "readMetadata",
            detail: "the org already holds this version"
          }
        ]);
        continue;
      }
      pending.push(c);
    }
    if (pending.length === 0) return;
    const sent = { ...batch, components: pending };
    this.calls++;
    const results = await this.ports.crud.upsert(
      pending.map((c) => records.get(keyOf(c)))
    );
    this.outcomes(sent, via, results, (result2, c) => {
      if (result2.created) return "created";
      const old = before.get(keyOf(c));
      const diff = old ? changedElements(records.get(keyOf(c)), old) : void 0;
      if (!old || !diff) return "changed";
      const lines = diffOf2(records.get(keyOf(c)), old);
      return {
        state: "changed",
        detail: diff.join(", "),
        ...lines ? { diff: lines } : {}
      };
    });
  }
  /** Pairs results with components (by fullName, else by position) and stops on a failure. */
  outcomes(batch, via, results, success) {
    const failed = [];
    batch.components.forEach((c, index) => {
      const result2 = results.find((r) => r.fullName === c.fullName) ?? results.find((r) => r.fullName === c.from) ?? results[index];
      if (!result2) {
        failed.push(c.fullName);
        this.record([{ ...c, state: "failed", via, detail: "the org returned no result for it" }]);
        return;
      }
      if (!result2.success) {
        failed.push(c.fullName);
        const detail = result2.errors.map((e) => `${e.statusCode}: ${e.message}`).join("; ") || "failed without a message";
        this.record([{ ...c, state: "failed", via, detail }]);
        return;
      }
      const state = success(result2, c);
      this.record([typeof state === "string" ? { ...c, state, via } : { ...c, ...state, via }]);
    });
    if (failed.length > 0) this.stop(`${via} ${batch.type} failed for ${failed.join(", ")}`);
  }
};
function withoutChildren(record, childTags) {
  if (childTags.size === 0) return record;
  const fields = Object.fromEntries(
    Object.entries(record.fields).filter(([name]) => !childTags.has(name))
  );
  return { ...record, fields };
}
function diffOf2(record, org) {
  const before = canonicalXml(recordToMetadataXml(record.type, org.fields));
  const after = canonicalXml(recordAsMetadataXml(record));
  if (!before || !after) return void 0;
  return unifiedDiff(before, after, { maxEdits: 200 });
}
function changedElements(record, org) {
  const parsed2 = parseXml2(`<r>${record.innerXml}</r>`);
  const mine = withoutAttributes(parsed2.r) ?? {};
  const theirs = org.fields;
  const names = /* @__PURE__ */ new Set([...Object.keys(mine), ...Object.keys(theirs)]);
  return [...names].filter((name) => canonical(mine[name]) !== canonical(theirs[name])).sort();
}
function canonical(value) {
  if (value === void 0 || value === "") return "";
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value).sort().map((k) => `${k}:${canonical(value[k])}`).join(",")}}`;
  return JSON.stringify(String(value));
}
function deployResults(list2, outcome) {
  const via = outcome.deployId ?? "deploy";
  const result2 = outcome.result;
  if (outcome.timedOut)
    return list2.map((c) => ({
      ...c,
      state: "deploying",
      via,
      detail: `the deploy was still ${outcome.timedOut?.last?.status ?? "running"} at the wait limit; it continues in the org`
    }));
  return list2.map((c) => {
    const failures = (result2?.details?.componentFailures ?? []).filter(
      (f) => f.componentType === c.type && f.fullName === c.fullName
    );
    if (failures.length > 0) {
      const detail = failures.map((f) => `${f.lineNumber ? `line ${f.lineNumber}: ` : ""}${f.problem ?? "failed"}`).join("; ");
      return { ...c, state: "failed", via, detail };
    }
    if (result2?.success) return { ...c, state: c.change === "delete" ? "deleted" : "deployed", via };
    const why = result2?.errorMessage ?? "the deploy failed as a whole and rolled back";
    return { ...c, state: "not applied", via, detail: why };
  });
}
function queueWaitOf(deploy) {
  const result2 = deploy?.result ?? deploy?.timedOut?.last;
  if (!result2?.createdDate || !result2.startDate) return void 0;
  return Math.max(0, result2.startDate.getTime() - result2.createdDate.getTime());
}
function order(plan, results) {
  const seen = /* @__PURE__ */ new Set();
  const ordered = [];
  for (const c of plan.components) {
    const key2 = keyOf(c);
    const r = results.get(key2);
    if (r && !seen.has(key2)) {
      ordered.push(r);
      seen.add(key2);
    }
  }
  for (const [key2, r] of results) if (!seen.has(key2)) ordered.push(r);
  return ordered;
}

// src/modes/sync/run-sync.ts
async function runSync(settings, deps) {
  const started = deps.clock.now();
  const source = settings.packageSource;
  if (source.kind !== "source" || source.manifest)
    throw new ActionError(
      "mode sync applies a git delta of SFDX source: set source-dir or project-dir (no manifest or metadata-dir), delta-from and credentials."
    );
  const delta = await deltaForSettings(settings, deps.logger, deps.env);
  if (!delta)
    throw new ActionError(
      "mode sync needs a delta: set delta-from (a commit, tag or branch); in a pull request the base is used by default."
    );
  if (delta.build.built.components.length === 0 && delta.build.deletions.length === 0)
    return nothingToSync(delta.section, deps, NO_CALL);
  const session = await connectForRun(settings, deps, settings.api);
  const rest = createSalesforceRest(session.caller, session.apiVersion);
  const org = await createContainerClient(rest).readOrg();
  const orgLabel = new URL(session.connection.instanceUrl).host;
  if (isProduction(org)) return refuse(describeOrg(org), orgLabel);
  const registry = defaultRegistry();
  const renames = await gitRenames(
    settings.workspace,
    delta.build.range.base,
    delta.build.range.to,
    registry
  );
  const plan = planSync(delta.build.built.components, delta.build.deletions, renames);
  if (plan.components.length === 0) return nothingToSync(delta.section, deps, NOTHING_WRITTEN);
  logPlan(plan.components, deps);
  const parts = new ResultParts();
  const backup = await backUp(settings, { ...deps, parts }, delta.build.built, session);
  const outcome = await syncChanges(plan, delta.build.built.files, {
    crud: createSoapCrudApi(session.caller, session.apiVersion),
    clock: deps.clock,
    logger: deps.logger,
    registry,
    saveApex: (components2) => saveApexThroughTooling(components2, settings, deps, rest, {
      range: delta.build.range,
      built: delta.build.built
    }),
    deploy: (components2) => deployRest(settings, components2, session, deps)
  });
  const rollbackDir = backup ? path18.relative(settings.workspace, path18.join(settings.report.resultsDir, "rollback")).split(path18.sep).join("/") : void 0;
  const verdict = syncVerdict(outcome, rollbackDir);
  return {
    annotations: [
      ...parts.annotations,
      ...outcome.compileProblems ? compileAnnotations(outcome.compileProblems.failures, outcome.compileProblems.files) : [],
      ...await deployAnnotations(settings, outcome.deploy, deps)
    ],
    verdict: verdict.success ? { success: true } : { success: false, message: verdict.message },
    outputs: {
      ...parts.outputs,
      status: verdict.status,
      ...outcome.deploy?.deployId ? { "deploy-id": outcome.deploy.deployId } : {}
    },
    summary: [
      renderSyncSummary({
        outcome,
        verdict,
        orgLabel,
        orgKind: describeOrg(org),
        totalMs: deps.clock.now() - started,
        sections: [...backup?.sections ?? [], delta.section]
      })
    ]
  };
}
async function deployAnnotations(settings, deploy, deps) {
  const failures = deploy?.result?.details?.componentFailures ?? [];
  if (!deploy || failures.length === 0) return [];
  const report = await outcomeReport({ ...settings, mode: "deploy" }, deploy, deps.env);
  return report ? buildAnnotations(report.report) : [];
}
function refuse(kind, orgLabel) {
  const message = `mode sync writes to the org without a deploy's transaction and tests, and the org ${orgLabel} is ${kind}. Sync a sandbox, scratch org or Developer Edition org; deploy to production with mode: deploy.`;
  return {
    verdict: { success: false, message },
    outputs: { status: "Refused" },
    summary: [`## \u26D4 Sync refused

${escapeInline(message)}
`]
  };
}
var NO_CALL = "no API call was made";
var NOTHING_WRITTEN = "nothing was written to the org";
function nothingToSync(section, deps, made) {
  const line = `Nothing to sync: the delta changes and deletes no component; ${made}.`;
  deps.logger.info(line);
  return {
    verdict: { success: true },
    outputs: { status: "NothingToSync" },
    summary: [`## \u2705 Sync: nothing to sync

${line}

${section}`]
  };
}
function logPlan(components2, deps) {
  for (const c of components2)
    deps.logger.info(
      `${c.type} ${c.fullName}: ${c.change}${c.from ? ` (was ${c.from})` : ""} through ${c.path === "crud" ? "the CRUD calls" : c.path === "tooling" ? "the Tooling API" : "a Metadata API deploy"}${c.reason ? ` (${c.reason})` : ""}`
    );
}
async function backUp(settings, deps, built, session) {
  if (!settings.retrieve || settings.retrieve.backup === "off") return void 0;
  const pkg = toDeployPackage(built, await zipPackage(built.files));
  return runBackupStep(settings, deps, pkg, session);
}
async function deployRest(settings, components2, session, deps) {
  const source = settings.packageSource;
  if (source?.kind !== "source") throw new ActionError("mode sync needs SFDX source.");
  const members = (change) => components2.filter((c) => change === "delete" === (c.change === "delete")).map((c) => ({ type: c.type, fullName: c.fullName }));
  const deletions = members("delete");
  const inline = {
    manifest: buildPackageXml(members("upsert"), session.apiVersion),
    ...deletions.length > 0 ? { postDestructiveChanges: buildPackageXml(deletions, session.apiVersion) } : {}
  };
  const { delta: _delta, testSelection: _tests, ...rest } = settings;
  const deploySettings = {
    ...rest,
    mode: "deploy",
    packageSource: {
      kind: "source",
      projectDir: source.projectDir,
      sourceDirs: source.sourceDirs,
      ignoreUnknown: source.ignoreUnknown,
      inline
    },
    deployOptions: { ...settings.deployOptions, checkOnly: false }
  };
  const ports = {
    clock: deps.clock,
    logger: deps.logger,
    random: deps.random,
    env: deps.env,
    ...deps.limits ? { limits: deps.limits } : {},
    connect: () => Promise.resolve(session),
    buildPackage: (s) => buildDeployPackage(s, deps),
    // The post step cancels this deploy when the job is cancelled, as for mode: deploy.
    onDeployId: (id) => {
      deps.state.save(STATE.deployId, id);
      deps.state.save(STATE.checkOnly, "false");
    }
  };
  return deployOperation(deploySettings, ports);
}

// src/modes/compile/run-compile-mode.ts
import path19 from "node:path";

// src/source/replaced-tree.ts
async function replacedTree(tree, projectDir, env) {
  const dir = normalizeTreePath(projectDir) ?? "";
  const file = joinTreePath(dir, PROJECT_FILE);
  if (!await tree.exists(file)) return tree;
  const config = readProjectConfig(decodeUtf8(await tree.readFile(file)), file);
  if (config.replacements.length === 0) return tree;
  const problems = [];
  const active = await activateProjectReplacements(tree, dir, config.replacements, env, problems);
  if (problems.length > 0) throw new BuildError(problems);
  const prefix = dir === "" ? "" : `${dir}/`;
  const stats = /* @__PURE__ */ new Map();
  return {
    listFiles: (d) => tree.listFiles(d),
    exists: (p) => tree.exists(p),
    readFile: async (p) => {
      const bytes = await tree.readFile(p);
      return p.startsWith(prefix) ? applyReplacements(p.slice(prefix.length), bytes, active, stats) : bytes;
    }
  };
}

// src/tooling/check-compile-files.ts
var META3 = "-meta.xml";
async function checkCompileFiles(files, tree) {
  const classified = classifyFiles(files, defaultRegistry());
  const problems = [...sameComponentTwice(classified), ...await metaProblems(classified, tree)];
  if (problems.length === 0) return;
  throw new ActionError(
    `The files to compile cannot be sent (${problems.length} problem${problems.length === 1 ? "" : "s"}):
` + problems.map((p) => `  - ${p}`).join("\n")
  );
}
function sameComponentTwice(files) {
  const sources = /* @__PURE__ */ new Map();
  for (const f of files) {
    if (f.kind !== "member" && f.kind !== "meta-only") continue;
    const key2 = `${f.type} ${f.name.toLowerCase()}`;
    const source = f.kind === "meta-only" ? f.path.slice(0, -META3.length) : f.path;
    const entry = sources.get(key2) ?? { label: `${f.type} ${f.name}`, paths: /* @__PURE__ */ new Set() };
    sources.set(key2, entry);
    entry.paths.add(source);
  }
  return [...sources.values()].filter(({ paths }) => paths.size > 1).map(
    ({ label: label2, paths }) => `${label2} comes from ${[...paths].join(" and ")}; a component can be compiled from one file only: list one of them in compile-files, or remove the copy from the repository.`
  );
}
async function metaProblems(files, tree) {
  const metas = /* @__PURE__ */ new Set();
  for (const f of files) {
    if (f.kind === "member") metas.add(metaPathOf(f.path));
    if (f.kind === "meta-only") metas.add(f.path);
  }
  const problems = [];
  for (const meta of metas) {
    if (!await tree.exists(meta)) continue;
    const text2 = decodeUtf8(await tree.readFile(meta));
    try {
      memberMetadata(text2, meta);
    } catch (error) {
      if (!(error instanceof BuildError)) throw error;
      problems.push(...error.problems);
    }
  }
  return problems;
}

// src/tooling/deletion-manifest.ts
var TYPE_OF_SUFFIX = {
  cls: "ApexClass",
  trigger: "ApexTrigger",
  page: "ApexPage",
  component: "ApexComponent"
};
function deletionManifest(deleted, apiVersion) {
  const byType2 = /* @__PURE__ */ new Map();
  for (const file of deleted) {
    const match = /([^/]+)\.(cls|trigger|page|component)$/.exec(file.path);
    const type = match ? TYPE_OF_SUFFIX[match[2] ?? ""] : void 0;
    if (!match?.[1] || !type) continue;
    byType2.set(type, (byType2.get(type) ?? /* @__PURE__ */ new Set()).add(match[1]));
  }
  const types = [...byType2.keys()].sort().map((type) => {
    const members = [...byType2.get(type) ?? []].sort().map((m) => `        <members>${m}</members>
`);
    return `    <types>
${members.join("")}        <name>${type}</name>
    </types>
`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<Package xmlns="http://soap.sforce.com/2006/04/metadata">
${types.join("")}    <version>${apiVersion}</version>
</Package>
`;
}

// src/tooling/listed-files.ts
async function listedFiles(paths, tree) {
  const missing = [];
  for (const p of paths)
    if (!await tree.exists(p) || (await tree.listFiles(p)).length > 0) missing.push(p);
  if (missing.length > 0) {
    throw new ActionError(
      `compile-files: ${missing.join(", ")} ${missing.length === 1 ? "is not a file" : "are not files"} in the workspace; list existing .cls, .trigger, .page or .component files relative to the workspace root.`
    );
  }
  return paths.map((p) => ({ path: p, change: "changed" }));
}

// src/modes/compile/compile-summary.ts
var MAX_ROWS = 200;
function renderCompileSummary(input) {
  const { outcome } = input;
  return [
    ...heading(input),
    ...facts(input),
    ...components(outcome, input.blobBase),
    ...attempts(outcome.attempts),
    ...closing(outcome),
    ""
  ].join("\n");
}
function closing(outcome) {
  if (outcome.method === "metadata-api") return ["_The Metadata API deploy report follows._"];
  return ["> A compile check runs no Apex tests and computes no coverage."];
}
function heading(input) {
  const what = input.outcome.checkOnly ? "Apex compile check" : "Apex compile and save";
  const icon = input.verdict.success ? "\u2705" : "\u274C";
  const result2 = input.verdict.success ? "passed" : input.outcome.cancelled ? "cancelled" : "failed";
  const lines = [
    `## ${icon} ${what} ${result2}${input.orgLabel ? ` on ${escapeInline(input.orgLabel)}` : ""}`,
    ""
  ];
  if (input.verdict.message) lines.push(escapeInline(input.verdict.message), "");
  return lines;
}
function facts(input) {
  const o = input.outcome;
  const final = o.final;
  const queueMs = queueMsOf(o);
  const rows = [
    ["Org", o.org ? describeOrg(o.org) : "unknown"],
    ["Mode", o.checkOnly ? "check only (nothing saved)" : "compile and save"],
    ["API", apiLabel(o)]
  ];
  if (o.fallbackReasons.length > 0)
    rows.push(["Why not the Tooling API", escapeTableCell(o.fallbackReasons.join("; "))]);
  if (final)
    rows.push([
      "Request",
      `${codeSpanInCell(final.id)} ${escapeTableCell(final.rawState || final.state)}`
    ]);
  if (final?.errorMsg) rows.push(["Error message", escapeTableCell(final.errorMsg)]);
  if (queueMs !== void 0)
    rows.push(["Time in queue and compile", `${formatSeconds(queueMs)} (submit \u2192 final state)`]);
  rows.push(["Total", formatSeconds(o.totalMs)]);
  return [...table(["", ""], rows), ""];
}
function apiLabel(o) {
  if (o.method === "tooling") return "Tooling API (MetadataContainer)";
  if (o.method === "metadata-api")
    return `Metadata API ${o.checkOnly ? "check-only deploy" : "deploy"} (fallback)`;
  return "none";
}
function components(o, blobBase) {
  if (o.method !== "tooling" || !o.final) return [];
  const failures = o.final.failures;
  const rows = [];
  const claimed = /* @__PURE__ */ new Set();
  for (const f of o.files) {
    if (f.kind !== "member") continue;
    const own2 = failures.filter((m) => namesMember(m, f.type, f.name));
    for (const m of own2) claimed.add(m);
    if (own2.length === 0)
      rows.push([
        succeeded(o, f.type, f.name) ? "\u2705" : "\u2013",
        f.type,
        escapeTableCell(f.name),
        fileLink(f.path, void 0, blobBase),
        "",
        ""
      ]);
    for (const m of own2) rows.push(messageRow(m, f.path, blobBase));
  }
  const paths = new Set(o.files.map((f) => f.path));
  const others = failures.filter((m) => !claimed.has(m));
  for (const m of others)
    rows.push(messageRow(m, paths.has(m.fileName) ? m.fileName : void 0, blobBase));
  const shown = rows.slice(0, MAX_ROWS);
  const more2 = rows.length > MAX_ROWS ? [`${rows.length - MAX_ROWS} more rows are not shown.`, ""] : [];
  return [
    "### Components",
    "",
    ...table(["", "Type", "Name", "File", "Line:Col", "Problem"], shown),
    "",
    ...more2
  ];
}
function succeeded(o, type, name) {
  if (o.final?.state === "Completed") return true;
  return o.final?.successes.some((x) => namesMember(x, type, name)) ?? false;
}
function messageRow(m, path21, blobBase) {
  const icon = m.dependant ? "\u21AA\uFE0F dependant" : m.severity === "error" ? "\u274C" : "\u26A0\uFE0F";
  const where = m.line ? `${m.line}${m.column ? `:${m.column}` : ""}` : "\u2013";
  const file = path21 ? fileLink(path21, m.line, blobBase) : escapeTableCell(m.fileName);
  return [
    icon,
    escapeTableCell(m.componentType),
    escapeTableCell(m.fullName),
    file,
    where,
    escapeTableCell(m.problem)
  ];
}
function attempts(list2) {
  const noteworthy = list2.length > 1 || list2.some((a) => a.cleanup !== true || a.stoppedBecause);
  if (!noteworthy) return [];
  const rows = list2.map((a, i) => [
    String(i + 1),
    codeSpanInCell(a.containerName),
    a.requestId ? codeSpanInCell(a.requestId) : "\u2013",
    escapeTableCell(a.state ?? a.stoppedBecause ?? "\u2013"),
    a.queueMs === void 0 ? "\u2013" : formatSeconds(a.queueMs),
    a.cleanup === true ? "deleted" : escapeTableCell(`not deleted: ${a.cleanup}`)
  ]);
  return [
    "### Container attempts",
    "",
    ...table(["#", "Container", "Request", "State", "Queue", "Container clean-up"], rows),
    ""
  ];
}

// src/modes/compile/compile-verdict.ts
function compileVerdict(outcome, waitMinutes) {
  if (outcome.refused) return { success: false, message: outcome.refused };
  if (outcome.method === "metadata-api" && outcome.deploy)
    return decideVerdict(outcome.deploy, waitMinutes);
  const last = outcome.attempts.at(-1);
  const final = outcome.final;
  if (outcome.cancelled) return { success: false, message: cancelledMessage(outcome) };
  if (outcome.timedOut && final?.state !== "Completed" && final?.state !== "Failed")
    return { success: false, message: timeoutMessage2(last?.stoppedBecause, final) };
  if (!final)
    return {
      success: false,
      message: `The compile stopped before a result: ${last?.stoppedBecause ?? "no request was submitted"}.`
    };
  const errors = final.failures.filter((f) => f.severity === "error");
  if (final.state === "Completed" && errors.length === 0) return { success: true };
  if (final.state === "Failed" || errors.length > 0)
    return { success: false, message: explainErrors(errors, outcome.checkOnly, final.errorMsg) };
  if (final.state === "Aborted")
    return {
      success: false,
      message: `ContainerAsyncRequest ${final.id} was aborted by another client.`
    };
  return {
    success: false,
    message: `ContainerAsyncRequest ${final.id} ended ${final.rawState || final.state}${final.errorMsg ? `: ${final.errorMsg}` : ""}.`
  };
}
function timeoutMessage2(stoppedBecause, final) {
  const stopped = `The compile ${stoppedBecause ?? "timed out"}`;
  if (final && isTerminal2(final.state) && final.state !== "Aborted")
    return `${stopped}; ContainerAsyncRequest ${final.id} had already ended ${final.rawState || final.state}${final.errorMsg ? ` (${final.errorMsg})` : ""}.`;
  return `${stopped}; the request was set to Aborted. Raise wait, or try again when the org's queue is shorter.`;
}
function cancelledMessage(outcome) {
  const what = outcome.checkOnly ? "compile check" : "save";
  const nothing = outcome.checkOnly ? "nothing was compiled" : "nothing was saved to the org";
  const stopped = outcome.attempts.at(-1);
  if (stopped?.stoppedBecause !== JOB_CANCELLED || !stopped.requestId)
    return `The job was cancelled before the ${what} was submitted: ${nothing}.`;
  const request = `ContainerAsyncRequest ${stopped.requestId}`;
  const final = outcome.final;
  if (final?.state === "Aborted")
    return `The job was cancelled; ${request} was set to Aborted: ${nothing}.`;
  if (final?.state === "Completed" && !outcome.checkOnly)
    return `The job was cancelled, but ${request} had already Completed: the code was saved to the org.`;
  if (final && isTerminal2(final.state))
    return `The job was cancelled; ${request} had already ended ${final.rawState || final.state}.`;
  return `The job was cancelled, but ${request} was not confirmed Aborted (last seen ${final?.rawState || "Queued"}); its container was deleted. Check the request in the org.`;
}
function explainErrors(errors, checkOnly, errorMsg) {
  const own2 = errors.filter((e) => !e.dependant);
  const first = own2[0] ?? errors[0];
  const what = checkOnly ? "Compile check" : "Compile and save";
  if (!first) return `${what} failed${errorMsg ? `: ${errorMsg}` : " without component messages"}.`;
  const where = first.line ? ` (line ${first.line})` : "";
  const more2 = errors.length > 1 ? ` (and ${errors.length - 1} more; see the job summary)` : "";
  return `${what} failed: ${first.componentType} ${first.fullName}${where}: ${first.problem}${more2}`;
}

// src/modes/compile/run-compile-mode.ts
async function runCompile(settings, deps) {
  const compile = settings.compile;
  const tree = await replacedTree(
    new FsSourceTree(settings.workspace),
    compile.projectDir,
    deps.env
  );
  const files = compile.files.length > 0 ? await listedFiles(compile.files, tree) : await filesFromDelta(settings, deps);
  if (files.length === 0) return nothingToCompile(deps);
  await checkCompileFiles(files, tree);
  const session = await connectForRun(settings, deps, settings.api);
  let cancelled = false;
  const stopWatching = deps.onJobCancel(() => cancelled = true);
  let outcome;
  try {
    outcome = await compileChanges(
      {
        files,
        checkOnly: compile.checkOnly,
        fallback: compile.fallback,
        timeoutMs: settings.waitMinutes * 6e4,
        pollCapMs: settings.pollIntervalMaxSeconds * 1e3,
        ...deps.env.GITHUB_RUN_ID ? { runId: deps.env.GITHUB_RUN_ID } : {},
        ...deps.env.GITHUB_RUN_ATTEMPT ? { runAttempt: deps.env.GITHUB_RUN_ATTEMPT } : {}
      },
      {
        tooling: createContainerClient(createSalesforceRest(session.caller, session.apiVersion)),
        source: tree,
        clock: deps.clock,
        logger: deps.logger,
        random: deps.random,
        cancelled: () => cancelled,
        // The post step aborts the request and deletes the container of a killed run from these.
        onIds: (ids) => {
          deps.state.save(STATE.compileContainerId, ids.containerId);
          if (ids.requestId) deps.state.save(STATE.compileRequestId, ids.requestId);
        },
        fallbackDeploy: (changed, checkOnly) => {
          stopWatching();
          return fallbackDeploy(settings, compile, changed, checkOnly, session, deps);
        }
      }
    );
  } finally {
    stopWatching();
  }
  deps.state.save(STATE.finished, "true");
  return result(settings, outcome, session.connection.instanceUrl, deps);
}
function nothingToCompile(deps) {
  const line = "Nothing to compile: no Apex class, trigger, page or component changed in the delta; no API call was made.";
  deps.logger.info(line);
  return {
    verdict: { success: true },
    outputs: { status: "NothingToCompile" },
    summary: [`## \u2705 Compile: nothing to compile

${line}
`]
  };
}
async function filesFromDelta(settings, deps) {
  const { files, range: range2 } = await deltaCompileFiles(settings.workspace, settings.delta, deps.env);
  deps.logger.info(
    `Compiling the ${files.length} Apex file(s) changed in ${range2}: ${files.map((f) => f.path).join(", ") || "none"}`
  );
  return files;
}
async function fallbackDeploy(settings, compile, changed, checkOnly, session, deps) {
  deps.state.save(STATE.compileContainerId, "");
  deps.state.save(STATE.compileRequestId, "");
  const manifests = deletionManifests(changed, session.apiVersion);
  const deploySettings = fallbackSettings(settings, compile, changed, checkOnly, manifests);
  const ports = {
    clock: deps.clock,
    logger: deps.logger,
    random: deps.random,
    env: deps.env,
    connect: () => Promise.resolve(session),
    buildPackage: (s) => buildDeployPackage(s, deps),
    // deploy-id is written once, with the other outputs, when the fallback deploy ends.
    onDeployId: (id) => {
      deps.state.save(STATE.deployId, id);
      deps.state.save(STATE.checkOnly, String(checkOnly));
    }
  };
  return deployOperation(deploySettings, ports);
}
function deletionManifests(changed, apiVersion) {
  const deleted = changed.filter((f) => f.change === "deleted");
  if (deleted.length === 0) return void 0;
  const post = deletionManifest(deleted, apiVersion);
  if (changed.some((f) => f.change !== "deleted")) return { post };
  return { post, emptyPackage: deletionManifest([], apiVersion) };
}
function fallbackSettings(settings, compile, changed, checkOnly, deletions) {
  const projectDir = path19.join(settings.workspace, compile.projectDir);
  const sourceDirs = changed.filter((f) => f.change !== "deleted").map((f) => path19.posix.relative(compile.projectDir || ".", f.path));
  const { delta: _delta, testSelection: _tests, compile: _compile, ...rest } = settings;
  return {
    ...rest,
    mode: checkOnly ? "validate" : "deploy",
    packageSource: {
      kind: "source",
      projectDir,
      sourceDirs,
      ignoreUnknown: false,
      ...deletions ? {
        inline: {
          postDestructiveChanges: deletions.post,
          ...deletions.emptyPackage ? { manifest: deletions.emptyPackage } : {}
        }
      } : {}
    },
    deployOptions: { ...settings.deployOptions, checkOnly }
  };
}
async function result(settings, outcome, instanceUrl, deps) {
  const deployReport = outcome.deploy ? await outcomeReport(
    { ...settings, mode: outcome.checkOnly ? "validate" : "deploy" },
    outcome.deploy,
    deps.env
  ) : void 0;
  const verdict = withReportVerdict(
    compileVerdict(outcome, settings.waitMinutes),
    deployReport,
    "The compile failed."
  );
  const context = runContextOf(deps.env);
  const summary = renderCompileSummary({
    outcome,
    verdict,
    orgLabel: new URL(instanceUrl).host,
    ...context?.blobBaseUrl ? { blobBase: context.blobBaseUrl } : {}
  });
  return {
    verdict,
    outputs: {
      ...outcome.deploy ? outcomeOutputs(outcome.deploy, verdict) : {},
      ...compileOutputs(outcome),
      ...deployReport?.outputs ?? {}
    },
    summary: [summary],
    ...deployReport ? { report: { report: deployReport.report, publish: deployReport.publish } } : outcome.final ? { annotations: compileAnnotations(outcome.final.failures, outcome.files) } : {}
  };
}
function compileOutputs(outcome) {
  const queueMs = queueMsOf(outcome);
  const requestId = requestIdOf(outcome);
  const errors = outcome.final?.failures.filter((f) => f.severity === "error").length;
  return {
    "compile-method": outcome.method,
    "compile-duration-ms": String(outcome.totalMs),
    // Canceled, as a canceled deploy reports it, when the cancel came before the request was sent.
    ...outcome.final ? { status: outcome.final.state } : outcome.cancelled ? { status: "Canceled" } : {},
    ...errors !== void 0 && outcome.method === "tooling" ? { "component-errors": String(errors) } : {},
    ...requestId ? { "compile-request-id": requestId } : {},
    ...queueMs !== void 0 ? { "compile-queue-ms": String(queueMs) } : {},
    ...outcome.fallbackReasons.length > 0 ? { "compile-fallback-reason": outcome.fallbackReasons.join("; ") } : {}
  };
}

// src/report/failure-summary.ts
var MODE_LABELS = {
  deploy: "Deploy",
  validate: "Validation",
  "quick-deploy": "Quick deploy",
  report: "Report",
  cancel: "Cancel",
  build: "Build",
  compile: "Compile",
  "push-upgrade": "Push upgrade",
  retrieve: "Retrieve",
  plan: "Release plan",
  sync: "Sync"
};
function renderFailure2(input) {
  if (input.problems) {
    const build = input.buildProblems ?? [];
    return [
      "## \u274C Invalid inputs \u2014 nothing was run",
      "",
      ...input.problems.map((p) => `- ${escapeInline(p)}`),
      "",
      ...build.length > 0 ? [
        `The package could not be built either (${build.length} problem${build.length === 1 ? "" : "s"}):`,
        "",
        ...build.map((p) => `- ${escapeInline(p)}`),
        ""
      ] : []
    ].join("\n");
  }
  const what = (input.mode && MODE_LABELS[input.mode]) ?? "The run";
  const paragraphs = input.message.split("\n").map((line) => escapeInline(line));
  const heading2 = input.unfollowed ? `\u26A0\uFE0F ${what}: outcome unknown` : `\u274C ${what} failed`;
  return `## ${heading2}

${paragraphs.join("\n\n")}
`;
}
function unfollowedDeploy(outputs) {
  const id = outputs["deploy-id"];
  if (!id || outputs.status) return void 0;
  return `Deploy ${id} was submitted, and this error came before the run saw it end: it may still be running in the org, or have ended there. Follow it with mode: report and deploy-id: ${id} (CLI: report --deploy-id ${id}), or see Setup > Deployment Status, before running again.`;
}

// src/action/github/job-summary.ts
import { appendFile } from "node:fs/promises";
function createJobSummaryWriter() {
  return {
    async write(markdown) {
      const file = process.env.GITHUB_STEP_SUMMARY;
      if (!file) {
        info("GITHUB_STEP_SUMMARY is not set; the job summary is only in the summary file.");
        return;
      }
      const text2 = redact(markdown);
      await appendFile(file, text2.endsWith("\n") ? text2 : `${text2}
`, "utf8");
    }
  };
}

// src/action/github/workflow-annotations.ts
function emitWorkflowAnnotations(annotations, commands) {
  const selected = selectWorkflowAnnotations(annotations);
  for (const a of selected) {
    const properties2 = toProperties(a);
    if (a.level === "failure") commands.error(a.message, properties2);
    else if (a.level === "warning") commands.warning(a.message, properties2);
    else commands.notice(a.message, properties2);
  }
  return selected.length;
}
function toProperties(a) {
  const singleLine = a.startLine !== void 0 && (a.endLine === void 0 || a.endLine === a.startLine);
  return {
    title: a.title,
    ...a.path ? { file: a.path } : {},
    ...a.path && a.startLine ? { startLine: a.startLine, endLine: a.endLine ?? a.startLine } : {},
    // Columns only make sense when the annotation covers a single line.
    ...a.path && singleLine && a.startColumn ? { startColumn: a.startColumn, endColumn: a.endColumn ?? a.startColumn } : {}
  };
}

// src/action/github/report-sink.ts
function createCoreReportSink(summary = createJobSummaryWriter(), commands = core_exports) {
  return {
    writeSummary: (markdown) => summary.write(markdown),
    annotate: (annotations) => emitWorkflowAnnotations(annotations, commands)
  };
}

// src/action/github/default-ports.ts
function createPublishPorts(logger, octokit, artifact) {
  return { fs: nodeFileSystem, sink: createCoreReportSink(), octokit, artifact, logger };
}

// src/github/pr-comment-client.ts
async function tokenAuthor(octokit) {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { login: data.login };
  } catch {
    return "bot";
  }
}
function isAuthor(user, author) {
  if (author === null) return true;
  if (author === "bot") return user?.type === "Bot";
  return user?.login === author.login;
}
async function upsertStickyComment(octokit, req, logger) {
  try {
    const author = req.authorLogin === void 0 ? await tokenAuthor(octokit) : req.authorLogin === null ? null : { login: req.authorLogin };
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: req.owner,
      repo: req.repo,
      issue_number: req.issueNumber,
      per_page: 100
    });
    const mine = comments.filter(
      (c) => (c.body ?? "").trimStart().startsWith(req.marker) && (author === null || isAuthor(c.user, author))
    ).sort((a, b) => b.id - a.id);
    const existing = mine[0];
    const updated = existing ? await updateUnlessDeleted(octokit, req, existing.id) : void 0;
    if (updated)
      return { posted: true, action: "updated", id: updated.data.id, url: updated.data.html_url };
    const created = await octokit.rest.issues.createComment({
      owner: req.owner,
      repo: req.repo,
      issue_number: req.issueNumber,
      body: req.body
    });
    return { posted: true, action: "created", id: created.data.id, url: created.data.html_url };
  } catch (error) {
    const reason = describeGitHubError(error);
    logger.warning(
      `PR comment not posted (${reason}). It needs \`pull-requests: write\` and is skipped on fork PRs.`
    );
    return { posted: false, reason };
  }
}
async function updateUnlessDeleted(octokit, req, commentId) {
  try {
    return await octokit.rest.issues.updateComment({
      owner: req.owner,
      repo: req.repo,
      comment_id: commentId,
      body: req.body
    });
  } catch (error) {
    if (statusOf(error) === 404) return void 0;
    throw error;
  }
}

// src/github/publish-report.ts
import path20 from "node:path";

// src/report/check-run-output.ts
var CHECK_RUN_SUMMARY_BUDGET_BYTES = 65e3;
var TITLE_MAX = 255;
function renderCheckRunOutput(report) {
  return {
    title: cutAt(`${headline(report)} \xB7 ${report.verdict.orgLabel}`, TITLE_MAX),
    summary: renderWithinBudget(report, {
      budget: CHECK_RUN_SUMMARY_BUDGET_BYTES,
      measure: byteLength,
      truncationNotice: "**Report truncated to fit the check run.** The full report is in the job summary and the artifact."
    })
  };
}

// src/report/pr-comment.ts
var PR_COMMENT_LIMIT_CHARS = 65536;
var PR_COMMENT_BUDGET_CHARS = 6e4;
function commentMarker(key2) {
  return `<!-- salesforce-deploy-report:v1 key=${key2.replace(/-->/g, "")} -->`;
}
var DIGEST = {
  successList: false,
  passingTests: false,
  coverageLowest: 10,
  traceLines: 15,
  messageChars: 1e3,
  failureCap: 10,
  hideSlowest: true
};
function renderPrComment(report, options) {
  const budget = Math.min(options.budget ?? PR_COMMENT_BUDGET_CHARS, PR_COMMENT_LIMIT_CHARS);
  const marker = commentMarker(options.key);
  const body2 = [
    marker,
    ...renderVerdict(report),
    ...renderExplanation(report, []),
    ...renderComponentIssues(report, DIGEST),
    ...renderTests2(report, DIGEST),
    ...renderCoverage(report, DIGEST),
    ...links(options)
  ].join("\n");
  if (body2.length <= budget) return body2;
  const notice = [
    "Comment truncated to fit GitHub\u2019s comment size limit; see the job summary for the full report.",
    linkLine(options)
  ].filter(Boolean).join(" ");
  return hardCut(body2, budget, notice, (s) => s.length);
}
function links(options) {
  const line = linkLine(options);
  return line ? ["", line, ""] : [];
}
function linkLine(options) {
  return [
    options.runUrl ? `[Full report in the job summary](${options.runUrl})` : "",
    options.checkRunUrl ? `[Check run](${options.checkRunUrl})` : ""
  ].filter(Boolean).join(" \xB7 ");
}

// src/github/check-run.ts
var CHECK_ANNOTATIONS_PER_REQUEST = 50;
var CHECK_ANNOTATIONS_MAX = 500;
async function publishCheckRun(octokit, req, logger) {
  const now = req.now ?? (() => /* @__PURE__ */ new Date());
  const sendable = req.annotations.flatMap(toCheckAnnotation).slice(0, req.maxAnnotations ?? CHECK_ANNOTATIONS_MAX);
  const batches = chunk(sendable, CHECK_ANNOTATIONS_PER_REQUEST);
  const output = { title: req.title ?? req.name, summary: req.summary };
  const single = batches.length <= 1;
  let id;
  let url;
  try {
    const created = await octokit.rest.checks.create({
      owner: req.owner,
      repo: req.repo,
      name: req.name,
      head_sha: req.headSha,
      started_at: now().toISOString(),
      ...req.detailsUrl ? { details_url: req.detailsUrl } : {},
      ...req.externalId ? { external_id: req.externalId } : {},
      ...single ? {
        status: "completed",
        conclusion: req.conclusion,
        completed_at: now().toISOString()
      } : { status: "in_progress" },
      output: { ...output, annotations: batches[0] ?? [] }
    });
    id = created.data.id;
    url = created.data.html_url ?? void 0;
  } catch (error) {
    if (statusOf(error) === 403) {
      logger.info(
        "Check run not created: the token cannot write checks (fork PR, Dependabot, or no `checks: write`). Annotations go to the workflow log instead."
      );
      return { published: false, reason: "forbidden" };
    }
    logger.warning(
      `Check run not created (${describeGitHubError(error)}); annotations go to the workflow log instead.`
    );
    return { published: false, reason: describeGitHubError(error) };
  }
  let sent = batches[0]?.length ?? 0;
  for (const batch of batches.slice(1)) {
    sent += await appendBatch(octokit, req, id, output, batch, logger);
  }
  if (!single) await complete(octokit, req, id, output, now, logger);
  return {
    published: true,
    id,
    ...url ? { url } : {},
    annotationsSent: sent,
    annotationsSkipped: req.annotations.length - sendable.length
  };
}
async function appendBatch(octokit, req, id, output, batch, logger) {
  try {
    await octokit.rest.checks.update({
      owner: req.owner,
      repo: req.repo,
      check_run_id: id,
      output: { ...output, annotations: batch }
    });
    return batch.length;
  } catch (error) {
    logger.warning(
      `Check run annotations batch rejected (${describeGitHubError(error)}); continuing.`
    );
    return 0;
  }
}
async function complete(octokit, req, id, output, now, logger) {
  try {
    await octokit.rest.checks.update({
      owner: req.owner,
      repo: req.repo,
      check_run_id: id,
      status: "completed",
      conclusion: req.conclusion,
      completed_at: now().toISOString(),
      output
    });
  } catch (error) {
    logger.warning(`Check run could not be completed (${describeGitHubError(error)}).`);
  }
}
function toCheckAnnotation(a) {
  if (!a.path) return [];
  const start = a.startLine && a.startLine >= 1 ? a.startLine : 1;
  const end = a.endLine && a.endLine >= start ? a.endLine : start;
  const columns = start === end && a.startColumn ? { start_column: a.startColumn, end_column: a.endColumn ?? a.startColumn } : {};
  return [
    {
      path: a.path,
      start_line: start,
      end_line: end,
      ...columns,
      annotation_level: a.level,
      title: a.title.slice(0, 255),
      message: a.message || a.title,
      ...a.rawDetails ? { raw_details: a.rawDetails } : {}
    }
  ];
}

// src/github/publish-report.ts
async function publishReport(original, settings, ports) {
  const report = secrets.redactDeep(original);
  const files = await writeFiles(report, settings, ports);
  await writeSummary(report, ports);
  const annotations = buildAnnotations(report);
  const checkRun = await publishCheck(report, annotations, settings, ports);
  if (checkRun.published) ports.sink.annotate(annotations.filter((a) => !a.path));
  const emitted = checkRun.published ? { channel: "check-run", count: checkRun.annotationsSent ?? 0 } : { channel: "workflow-commands", count: ports.sink.annotate(annotations) };
  const prComment = await postComment(report, settings, ports, checkRun);
  const artifact = await upload(settings, ports, files);
  return { files, checkRun, annotations: emitted, prComment, artifact };
}
async function writeFiles(report, settings, ports) {
  try {
    return await writeReportFiles(
      report,
      {
        workspace: settings.workspace,
        resultsDir: settings.resultsDir,
        formats: settings.coverageFormats
      },
      ports.fs
    );
  } catch (error) {
    ports.logger.warning(
      `Report files not written: ${error instanceof Error ? error.message : String(error)}`
    );
    return {};
  }
}
async function writeSummary(report, ports) {
  try {
    await ports.sink.writeSummary(renderSummary(report));
  } catch (error) {
    ports.logger.warning(
      `Job summary not written: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}
function checkRunSkipReason(settings) {
  if (!settings.checkRun) return "disabled";
  if (!settings.githubToken) return "no github-token";
  if (!settings.github?.headSha) return "no repository or commit in the environment";
  if (settings.github.readOnly)
    return `read-only token: ${settings.github.readOnlyReason ?? "unknown reason"}`;
  return void 0;
}
async function publishCheck(report, annotations, settings, ports) {
  const skip = checkRunSkipReason(settings);
  const github = settings.github;
  if (skip || !github || !settings.githubToken) {
    if (settings.checkRun && skip)
      ports.logger.info(
        `Check run skipped (${skip ?? "no context"}); annotations go to the workflow log.`
      );
    return { published: false, reason: skip ?? "no context" };
  }
  const output = renderCheckRunOutput(report);
  return publishCheckRun(
    await ports.octokit(settings.githubToken),
    {
      owner: github.owner,
      repo: github.repo,
      headSha: github.headSha,
      name: checkName(report, settings),
      conclusion: report.conclusion,
      title: output.title,
      summary: output.summary,
      annotations,
      ...github.runUrl ? { detailsUrl: github.runUrl } : {},
      externalId: report.verdict.deployId,
      ...settings.maxAnnotations !== void 0 ? { maxAnnotations: settings.maxAnnotations } : {}
    },
    ports.logger
  );
}
async function postComment(report, settings, ports, checkRun) {
  const github = settings.github;
  if (!settings.prComment) return { posted: false, reason: "disabled" };
  if (!github?.prNumber || !settings.githubToken)
    return { posted: false, reason: "no pull request or token" };
  if (github.readOnly)
    return { posted: false, reason: `read-only token: ${github.readOnlyReason ?? ""}` };
  const key2 = settings.commentKey ?? checkName(report, settings);
  const body2 = renderPrComment(report, {
    key: key2,
    ...github.runUrl ? { runUrl: github.runUrl } : {},
    ..."url" in checkRun && checkRun.url ? { checkRunUrl: checkRun.url } : {}
  });
  return upsertStickyComment(
    await ports.octokit(settings.githubToken),
    {
      owner: github.owner,
      repo: github.repo,
      issueNumber: github.prNumber,
      body: body2,
      marker: commentMarker(key2)
    },
    ports.logger
  );
}
async function upload(settings, ports, files) {
  if (!settings.uploadArtifact) return { uploaded: false, reason: "disabled" };
  const paths = Object.values(files);
  if (paths.length === 0) return { uploaded: false, reason: "no files were written" };
  try {
    const root = resolveResultsDir(settings.workspace, settings.resultsDir);
    const result2 = await ports.artifact().upload(
      settings.artifactName,
      paths.map((p) => path20.resolve(p)),
      root
    );
    return {
      uploaded: true,
      name: settings.artifactName,
      ...result2.id !== void 0 ? { id: result2.id } : {}
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    ports.logger.warning(`Artifact "${settings.artifactName}" not uploaded: ${reason}`);
    return { uploaded: false, reason };
  }
}
function checkName(report, settings) {
  return settings.checkName ?? `Salesforce ${report.verdict.operation.toLowerCase()} (${report.verdict.orgLabel})`;
}

// src/action/outputs.ts
function setOutputs(values) {
  for (const [name, value] of Object.entries(values)) setOutput(name, redact(value));
}

// src/action/publish.ts
async function publishResult(result2, ports) {
  const commentNote = result2.comment ? await postComment2(result2.comment, ports) : void 0;
  await writeSummaries([...result2.summary, ...commentNote ? [`
> ${commentNote}
`] : []], ports);
  const files = result2.report ? (await publishReport(result2.report.report, result2.report.publish, ports)).files : {};
  if (result2.annotations?.length) ports.sink.annotate(secrets.redactDeep(result2.annotations));
  if (result2.artifact) await upload2(result2.artifact, ports);
  setOutputs({
    ...result2.outputs,
    ...result2.report ? fileOutputs(result2.report.publish.resultsDir, files) : {},
    ...result2.verdict.unfinished ? {} : { success: String(result2.verdict.success) }
  });
  if (!result2.verdict.success) {
    setFailed(redact(result2.verdict.message ?? "The run failed."));
    return;
  }
  if (result2.closing?.level === "warning") ports.logger.warning(result2.closing.message);
  else if (result2.closing) ports.logger.info(result2.closing.message);
}
async function postComment2(comment, ports) {
  const posted = await upsertStickyComment(
    await ports.octokit(comment.token),
    { ...comment.request, body: redact(comment.request.body) },
    ports.logger
  );
  return posted.posted ? void 0 : `The PR comment was not posted (${posted.reason ?? "unknown"}).`;
}
async function upload2(artifact, ports) {
  try {
    await ports.artifact().upload(artifact.name, artifact.files, artifact.rootDirectory);
  } catch (error) {
    ports.logger.warning(`Artifact "${artifact.name}" not uploaded: ${describeError(error)}`);
  }
}
async function writeSummaries(blocks, ports) {
  for (const block of blocks) {
    try {
      await ports.sink.writeSummary(block);
    } catch (error) {
      ports.logger.warning(`Job summary not written: ${describeError(error)}`);
    }
  }
}
function fileOutputs(resultsDir, files) {
  return {
    "results-dir": resultsDir,
    ...files.junit ? { "junit-path": files.junit } : {},
    ...files.cobertura ? { "coverage-path": files.cobertura } : {},
    ...files.result ? { "summary-json-path": files.result } : {}
  };
}

// src/action/main.ts
async function run(overrides = {}) {
  const deps = { ...defaultDeps(), ...overrides };
  const publish = createPublishPorts(deps.logger, deps.octokit, deps.artifactUploader);
  let result2;
  let mode;
  try {
    const parsed2 = parseInputs(
      readInputs(deps.env.GITHUB_WORKSPACE ?? process.cwd(), deps.clock.now())
    );
    if ("problems" in parsed2)
      throw new InputError(parsed2.problems, await packageProblems(parsed2.parts, deps.env));
    const settings = parsed2.settings;
    mode = settings.mode;
    result2 = await runMode(settings, deps);
  } catch (error) {
    result2 = thrownResult(error, mode, deps);
  } finally {
    deps.state.save(STATE.finished, "true");
  }
  try {
    await publishResult(result2, publish);
  } catch (error) {
    setFailed(redact(`The run's result could not be published: ${describeError(error)}`));
  }
}
function runMode(settings, deps) {
  switch (settings.mode) {
    case "build":
      return runBuildMode(settings, deps);
    case "compile":
      return runCompile(settings, deps);
    case "push-upgrade":
      return runPushUpgrade(settings, deps);
    case "retrieve":
      return runRetrieveMode(settings, deps);
    case "plan":
      return runPlanMode(settings, deps);
    case "sync":
      return runSync(settings, deps);
    case "deploy":
    case "validate":
    case "quick-deploy":
    case "report":
    case "cancel":
      return runOperationMode(settings, deps);
  }
}
function thrownResult(error, mode, deps) {
  deps.logger.debug(error instanceof Error ? error.stack ?? error.message : String(error));
  const gathered = partsOf(error);
  const unfollowed = error instanceof InputError ? void 0 : unfollowedDeploy(gathered.outputs);
  const message = redact(
    error instanceof InputError ? error.message : `${describeError(error)}${unfollowed ? `
${unfollowed}` : ""}`
  );
  const head = renderFailure2(
    error instanceof InputError ? {
      message,
      problems: error.problems.map((p) => redact(p)),
      buildProblems: error.buildProblems.map((p) => redact(p))
    } : {
      ...mode ? { mode } : {},
      message,
      ...unfollowed ? { unfollowed: gathered.outputs["deploy-id"] ?? "" } : {}
    }
  );
  return {
    verdict: { success: false, message },
    // An input problem found once the run started (a push start time now past) is still bad input:
    // the CLI reads this status to exit 2, as for the problems found before the run.
    outputs: error instanceof InputError ? { ...gathered.outputs, status: "InvalidInput" } : gathered.outputs,
    // The verdict first, then what the steps gathered before the error (a drift guard's diffs).
    summary: [head, ...gathered.summary],
    annotations: gathered.annotations
  };
}

export {
  MemoryLogger,
  packageProblems,
  recordCancellationSignals,
  run
};
