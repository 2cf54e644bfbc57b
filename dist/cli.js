#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT,
  paintLine,
  painter,
  terminalSafe,
  useColour
} from "./chunks/chunk-JZXKMGEN.js";
import {
  BuildError,
  FsSourceTree,
  GitDeltaError,
  buildDelta,
  buildPackage,
  checkZipSize,
  readMetadataDir,
  zipPackage
} from "./chunks/chunk-ZOERTNQW.js";
import {
  ACTION_INPUTS,
  SIGN_IN_PARTS,
  SIGN_IN_READS,
  escapeLogText,
  redact
} from "./chunks/chunk-3NUZRSFU.js";
import "./chunks/chunk-ROJ5W54P.js";
import "./chunks/chunk-WP646LUM.js";

// src/cli.ts
import { createInterface } from "node:readline";

// src/cli/run-cli.ts
import { mkdir, rm, writeFile } from "node:fs/promises";
import path3 from "node:path";

// src/delta/cli-delta.ts
import path from "node:path";
async function buildDeltaForCli(cmd, env, out) {
  try {
    const delta = await buildDelta({
      root: path.resolve(cmd.project),
      projectDir: "",
      sourceDirs: cmd.sourceDirs,
      from: cmd.deltaFrom ?? "HEAD",
      to: cmd.deltaTo ?? "HEAD",
      base: "merge-base",
      destructiveTiming: "post",
      ...cmd.preDestructive === void 0 ? {} : { preDestructiveFile: cmd.preDestructive },
      ...cmd.postDestructive === void 0 ? {} : { postDestructiveFile: cmd.postDestructive },
      ...cmd.apiVersion === void 0 ? {} : { apiVersion: cmd.apiVersion },
      ignoreUnknown: cmd.ignoreUnknown,
      env,
      selectTests: false
    });
    const { range } = delta;
    out(
      delta.empty ? `Nothing to deploy: no metadata changes between ${range.fromRef} and ${range.toRef}.` : `Delta ${range.fromRef}..${range.toRef}: ${delta.built.components.length} members to deploy, ${delta.deletions.length} to delete.`
    );
    return delta.built;
  } catch (error) {
    if (error instanceof GitDeltaError)
      throw new BuildError([error.message], "No delta could be computed:");
    throw error;
  }
}

// src/cli/parse-args.ts
import { parseArgs as parseArgs2 } from "node:util";

// src/cli/flag-problems.ts
function flagProblems(argv, spec) {
  const valued = new Set(spec.valued);
  const known = [...spec.valued, ...spec.switches];
  const problems = [];
  const end = argv.indexOf("--");
  const args = end === -1 ? argv : argv.slice(0, end);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (!arg.startsWith("-") || arg === "-") continue;
    const [flag = "", value] = splitFlag(arg);
    const name = knownName(flag, spec);
    if (name === void 0) {
      problems.push(`unknown flag ${flag}${hint(flag, spec, known)}`);
      continue;
    }
    if (!valued.has(name) || value !== void 0) continue;
    const next = args[i + 1];
    if (next === void 0 || next.startsWith("--")) problems.push(`${flag} needs a value`);
    else i++;
  }
  return problems;
}
function knownName(flag, spec) {
  if (!flag.startsWith("--")) return void 0;
  const name = flag.slice(2);
  if (spec.valued.includes(name) || spec.switches.includes(name)) return name;
  const negated = /^no-(.+)$/.exec(name)?.[1];
  return negated !== void 0 && spec.switches.includes(negated) ? negated : void 0;
}
function splitFlag(arg) {
  const eq = arg.indexOf("=");
  return eq === -1 ? [arg, void 0] : [arg.slice(0, eq), arg.slice(eq + 1)];
}
function hint(flag, spec, known) {
  const negated = /^--no-(.+)$/.exec(flag)?.[1];
  if (negated !== void 0 && spec.valued.includes(negated))
    return ` (--${negated} takes a value, it is not a true/false flag)`;
  return suggestion(flag.replace(/^-+/, ""), known);
}
function suggestion(name, known) {
  let best;
  let bestDistance = Math.max(2, Math.floor(name.length / 4)) + 1;
  for (const candidate of known) {
    const d = distance(name, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best === void 0 ? "" : ` (did you mean --${best}?)`;
}
function distance(a, b) {
  const rows = Array.from(
    { length: a.length + 1 },
    (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0)
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i];
      const up = rows[i - 1];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] ?? 0, (rows[i - 2][j - 2] ?? 0) + 1);
    }
  return rows[a.length][b.length] ?? 0;
}
function flagError(problems) {
  if (problems.length === 0) return void 0;
  if (problems.length === 1) return `${capitalise(problems[0] ?? "")}.`;
  return `${problems.length} flags are wrong:
${problems.map((p) => `  - ${p}`).join("\n")}`;
}
var capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);

// src/cli/credentials-env.ts
var ENV_INPUTS = [
  ["auth-url", ["SF_AUTH_URL", "SFDX_AUTH_URL"]],
  ["access-token", ["SF_ACCESS_TOKEN", "SFDX_ACCESS_TOKEN"]],
  ["instance-url", ["SF_INSTANCE_URL", "SFDX_INSTANCE_URL"]],
  ["jwt-key", ["SF_JWT_KEY", "SF_JWT_KEY_FILE", "SFDX_JWT_KEY_FILE"]],
  ["client-id", ["SF_CLIENT_ID", "SFDX_CLIENT_ID"]],
  ["username", ["SF_USERNAME", "SFDX_USERNAME"]],
  ["login-url", ["SF_LOGIN_URL", "SFDX_LOGIN_URL"]],
  ["github-token", ["GITHUB_TOKEN"]]
];
var CREDENTIAL_VARIABLES = ENV_INPUTS.flatMap(([, vars]) => vars);
var SIGN_IN_INPUTS = ["auth-url", "access-token", "jwt-key"];
var HISTORY_SECRETS = ["auth-url", "access-token"];
function credentialInputs(env, flags) {
  const out = {};
  const flagSignIn = SIGN_IN_INPUTS.some((name) => flags[name] !== void 0);
  for (const [input, variables] of ENV_INPUTS) {
    if (flags[input] !== void 0 || flagSignIn && input !== "github-token") continue;
    const value = variables.map((v) => env[v]).find((v) => v !== void 0 && v !== "");
    if (value !== void 0) out[input] = value;
  }
  return withoutOtherSignIns(out, flags);
}
function withoutOtherSignIns(out, flags) {
  const methods = SIGN_IN_INPUTS.filter((m) => out[m] !== void 0 || flags[m] !== void 0);
  const method = methods.length === 1 ? methods[0] : void 0;
  if (method === void 0) return out;
  const reads = SIGN_IN_READS[method] ?? [];
  const other = SIGN_IN_PARTS.filter((name) => !reads.includes(name) && flags[name] === void 0);
  return Object.fromEntries(
    Object.entries(out).filter(([name]) => !other.includes(name))
  );
}
function historyWarnings(flags) {
  return HISTORY_SECRETS.filter((name) => flags[name] !== void 0).map(
    (name) => `warning: --${name} lands in your shell history; set ${name === "auth-url" ? "SF_AUTH_URL" : "SF_ACCESS_TOKEN"} in the environment instead.`
  );
}
var LOCAL_DEFAULTS = {
  "upload-artifact": "false",
  "check-run": "false",
  "pr-comment": "false",
  "validation-record": "false"
};

// src/cli/engine-args.ts
import { parseArgs } from "node:util";
var ENGINE_MODES = [
  "validate",
  "deploy",
  "quick-deploy",
  "report",
  "cancel",
  "retrieve",
  "compile",
  "push-upgrade",
  "sync",
  "plan"
];
var CLI_ONLY_FLAGS = ["json", "cancel-on-interrupt"];
var POSITIONAL_INPUTS = ["mode"];
var INPUT_FLAGS = ACTION_INPUTS.map((i) => i.name).filter(
  (name) => !POSITIONAL_INPUTS.includes(name)
);
var BOOLEAN_INPUTS = new Set(
  ACTION_INPUTS.filter((i) => i.default === "true" || i.default === "false").map((i) => i.name)
);
function isEngineMode(word) {
  return ENGINE_MODES.includes(word);
}
function normaliseFlags(argv, valued) {
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") {
      out.push(...argv.slice(i));
      break;
    }
    const negated = /^--no-(.+)$/.exec(arg)?.[1];
    if (negated !== void 0 && BOOLEAN_INPUTS.has(negated)) {
      out.push(`--${negated}=false`);
      continue;
    }
    const name = /^--([^=]+)$/.exec(arg)?.[1];
    const next = argv[i + 1];
    if (name !== void 0 && BOOLEAN_INPUTS.has(name) && next !== "true" && next !== "false") {
      out.push(`--${name}=true`);
      continue;
    }
    if (name !== void 0 && valued.includes(name) && next !== void 0) {
      out.push(`${arg}=${next}`);
      i++;
      continue;
    }
    out.push(arg);
  }
  return out;
}
function parseEngineArgs(argv) {
  const valued = INPUT_FLAGS.filter((name) => !BOOLEAN_INPUTS.has(name));
  const switches = [...INPUT_FLAGS.filter((name) => BOOLEAN_INPUTS.has(name)), ...CLI_ONLY_FLAGS];
  const wrong = flagError(flagProblems(argv, { valued, switches }));
  if (wrong !== void 0) throw new Error(wrong);
  const options = {};
  for (const name of INPUT_FLAGS) options[name] = { type: "string", multiple: true };
  for (const name of CLI_ONLY_FLAGS) options[name] = { type: "boolean" };
  const { values, positionals } = parseArgs({
    args: normaliseFlags(argv, valued),
    allowPositionals: true,
    strict: true,
    options
  });
  const [mode, ...rest] = positionals;
  if (!isEngineMode(mode)) throw new Error(`Unknown command "${mode ?? ""}".`);
  if (rest.length > 0) throw new Error(`Unexpected argument "${rest[0] ?? ""}".`);
  const inputs = {};
  for (const name of INPUT_FLAGS) {
    const given = values[name];
    if (Array.isArray(given)) inputs[name] = given.join("\n");
  }
  return {
    command: "engine",
    mode,
    inputs,
    json: values.json === true,
    cancelOnInterrupt: values["cancel-on-interrupt"] === true
  };
}

// src/cli/engine-usage.ts
var ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs)$/;
function sentenceEnds(text) {
  const ends = [];
  for (const m of text.matchAll(/\.(?=\s|$)/g))
    if (!ABBREVIATION.test(text.slice(0, m.index))) ends.push(m.index);
  return ends;
}
function helpSentence(text) {
  for (const end of sentenceEnds(text)) if (end + 1 >= 40) return text.slice(0, end + 1);
  return text;
}
var flagLines = INPUT_FLAGS.map((name) => {
  const input = ACTION_INPUTS.find((i) => i.name === name);
  return `  --${name.padEnd(28)} ${helpSentence(input?.description ?? "")}`;
});
var ENGINE_USAGE = `Usage: node dist/cli.js <${ENGINE_MODES.join("|")}> [--<input> <value>]... [--json]

Runs the action's mode against an org from the terminal. Every input of action.yml is a flag
(repeat a flag for a list; --<flag> alone or --no-<flag> for true/false inputs). Artifacts, check
runs, PR comments and validation records are off unless turned on by their flag.
Credentials may come from the environment: ${CREDENTIAL_VARIABLES.join(", ")}.
  --json                         print one JSON document shaped like deploy-result.json
  --cancel-on-interrupt          on Ctrl-C, cancel the deploy in the org without asking
${flagLines.join("\n")}
Exit codes: 0 success, 1 org failure, 2 bad input, 3 wait limit passed with the deploy still
running, 130 interrupted.`;

// src/cli/parse-args.ts
var USAGE = `Usage: node dist/cli.js build --project <dir> [--source-dir <path>]... [--manifest <file>]
                          [--pre-destructive <file>] [--post-destructive <file>] [--api-version <v>]
                          [--metadata-dir <dir>] [--ignore-unknown] [--delta-from <ref> [--delta-to <ref>]]
                          --out <dir> [--zip <file>]

Builds the Metadata API deploy package of an SFDX project, as the action does.
  --project           folder holding sfdx-project.json (default: .)
  --source-dir        path inside a package directory, relative to the project (repeatable; default: all)
  --manifest          package.xml to deploy exactly, taking files from the source dirs
  --pre-destructive   destructiveChangesPre.xml to include
  --post-destructive  destructiveChangesPost.xml to include
  --api-version       package.xml <version> (default: sourceApiVersion)
  --metadata-dir      pass a metadata-format folder through instead of converting source
  --ignore-unknown    warn about files that match no metadata type instead of failing
  --delta-from        build only what changed in git since this commit, tag or branch; deletions go to
                      destructiveChangesPost.xml beside package.xml
  --delta-to          the commit the delta ends at (default HEAD, the working tree)
  --out               write the metadata-format tree (package.xml at its root) here
  --zip               write the deploy zip here
  -h, --help          print this help (also: node dist/cli.js help)
At least one of --out and --zip is required.

${ENGINE_USAGE}`;
function asksForHelp(argv) {
  const end = argv.indexOf("--");
  const options = end === -1 ? argv : argv.slice(0, end);
  return argv[0] === "help" || options.some((arg) => arg === "--help" || arg === "-h");
}
var BUILD_OPTIONS = {
  project: { type: "string", default: "." },
  "source-dir": { type: "string", multiple: true, default: [] },
  manifest: { type: "string" },
  "pre-destructive": { type: "string" },
  "post-destructive": { type: "string" },
  "api-version": { type: "string" },
  "metadata-dir": { type: "string" },
  out: { type: "string" },
  zip: { type: "string" },
  "ignore-unknown": { type: "boolean", default: false },
  "delta-from": { type: "string" },
  "delta-to": { type: "string" }
};
var BUILD_FLAGS = {
  valued: flagsOfType("string"),
  switches: flagsOfType("boolean")
};
function flagsOfType(type) {
  return Object.entries(BUILD_OPTIONS).filter(([, option]) => option.type === type).map(([name]) => name);
}
function parseCliArgs(argv) {
  if (asksForHelp(argv)) return { command: "help" };
  const wrong = flagError(flagProblems(argv, BUILD_FLAGS));
  if (wrong !== void 0) throw new Error(`${wrong}

${USAGE}`);
  const { values, positionals } = parseArgs2({
    args: argv,
    allowPositionals: true,
    options: BUILD_OPTIONS
  });
  if (positionals[0] !== "build" || positionals.length !== 1)
    throw new Error(`Expected the command "build".

${USAGE}`);
  if (values.out === void 0 && values.zip === void 0)
    throw new Error(`Give --out and/or --zip.

${USAGE}`);
  if (values["delta-to"] !== void 0 && values["delta-from"] === void 0)
    throw new Error(`--delta-to needs --delta-from.

${USAGE}`);
  if (values["delta-from"] !== void 0 && (values.manifest ?? values["metadata-dir"]) !== void 0)
    throw new Error(
      `--delta-from cannot be combined with --manifest or --metadata-dir.

${USAGE}`
    );
  const cmd = {
    command: "build",
    project: values.project,
    sourceDirs: values["source-dir"],
    ignoreUnknown: values["ignore-unknown"]
  };
  const optional = {
    manifest: values.manifest,
    preDestructive: values["pre-destructive"],
    postDestructive: values["post-destructive"],
    apiVersion: values["api-version"],
    metadataDir: values["metadata-dir"],
    out: values.out,
    zip: values.zip,
    deltaFrom: values["delta-from"],
    deltaTo: values["delta-to"]
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== void 0) Object.assign(cmd, { [key]: value });
  }
  return cmd;
}

// src/cli/uncommitted-changes.ts
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path2 from "node:path";
import { promisify } from "node:util";
var exec = promisify(execFile);
var NAMED = 3;
async function uncommittedWarning(projectDir, deltaTo) {
  if (deltaTo !== void 0 && deltaTo.trim() !== "" && deltaTo.trim() !== "HEAD") return void 0;
  const dirs = packageDirectories(projectDir);
  if (dirs.length === 0) return void 0;
  const paths = await uncommittedPaths(projectDir, dirs);
  if (paths.length === 0) return void 0;
  const named = paths.slice(0, NAMED).join(", ");
  const more = paths.length > NAMED ? ` and ${paths.length - NAMED} more` : "";
  const count = paths.length === 1 ? "1 file has" : `${paths.length} files have`;
  return `warning: ${count} uncommitted changes (${named}${more}). The delta compares commits, so these changes are left out unless the commits change the same file; commit them to include them.`;
}
function packageDirectories(projectDir) {
  try {
    const project = JSON.parse(
      readFileSync(path2.join(projectDir, "sfdx-project.json"), "utf8")
    );
    return (project.packageDirectories ?? []).map((d) => d.path).filter((p) => typeof p === "string" && p.trim() !== "");
  } catch {
    return [];
  }
}
async function uncommittedPaths(cwd, dirs) {
  try {
    const { stdout } = await exec(
      "git",
      [
        "-c",
        "core.quotePath=false",
        "status",
        "--porcelain=v1",
        "-z",
        "--untracked-files=all",
        "--",
        // Literal pathspecs: a folder name is never read as a glob.
        ...dirs.map((d) => `:(literal)${d}`)
      ],
      { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }
    );
    return parsePorcelain(stdout);
  } catch {
    return [];
  }
}
function parsePorcelain(out) {
  const entries = out.split("\0");
  const paths = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] ?? "";
    if (entry.length < 4) continue;
    paths.push(entry.slice(3));
    if (/^[RC]/.test(entry)) i++;
  }
  return paths;
}

// src/cli/interrupt.ts
async function handleInterrupt(ports, cancelOnInterrupt) {
  const running = stoppableOf(ports.state());
  if (!running) ports.err("Interrupted.");
  else await offerToStop(ports, running, cancelOnInterrupt);
  return EXIT.interrupted;
}
function stoppableOf(state) {
  if (state.finished) return void 0;
  if (state.deployId) return deployStop(state.deployId);
  if (state.pushRequestId) return pushStop(state.pushRequestId);
  return state.compile ? compileStop(state.compile) : void 0;
}
function deployStop(id) {
  return {
    what: `cancel deploy ${id}`,
    question: `Interrupted. Cancel deploy ${id} in the org? [y/N] `,
    left: `Interrupted. Deploy ${id} keeps running in the org: follow it with \`report --deploy-id ${id}\`, cancel it with \`cancel --deploy-id ${id}\`.`,
    stop: (ports) => ports.cancel(id),
    byHand: `Try \`cancel --deploy-id ${id}\`, or cancel it in Setup > Deployment Status.`
  };
}
function pushStop(id) {
  return {
    what: `abort push request ${id}`,
    question: `Interrupted. Abort push request ${id} in the org (possible until it starts)? [y/N] `,
    left: `Interrupted. Push request ${id} keeps going in the org and upgrades the orgs at its start time; abort it before it starts in Setup > Push Upgrade History.`,
    stop: (ports) => ports.abortPush(id),
    byHand: "Abort it in Setup > Push Upgrade History."
  };
}
function compileStop(ids) {
  const container = `MetadataContainer ${ids.containerId}`;
  if (!ids.requestId)
    return {
      what: `delete ${container}`,
      left: "",
      stop: (ports) => ports.stopCompile(ids),
      byHand: "The save was never submitted, so nothing was saved; delete the container through the Tooling API to keep container names free."
    };
  const request = `ContainerAsyncRequest ${ids.requestId}`;
  const runs = ids.checkOnly ? "keeps running in the org (check only: it saves nothing)" : "keeps running in the org and saves the code if it compiles";
  return {
    what: `abort ${request}`,
    question: `Interrupted. Abort ${request} (possible while it is queued) and delete ${container} in the org? [y/N] `,
    left: `Interrupted. ${request} ${runs}; ${container} is left in the org: delete it through the Tooling API once the request ends.`,
    stop: (ports) => ports.stopCompile(ids),
    byHand: `Set its State to Aborted through the Tooling API while it is Queued, and delete ${container}.`
  };
}
async function offerToStop(ports, running, cancelOnInterrupt) {
  const stop = running.question === void 0 || cancelOnInterrupt || ports.ask !== void 0 && await ports.ask(running.question);
  if (!stop) return ports.err(running.left);
  try {
    ports.err(await running.stop(ports));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    ports.err(`Could not ${running.what}: ${why}. ${running.byHand}`);
  }
}
function isYes(answer) {
  return /^\s*y(es)?\s*$/i.test(answer);
}

// src/cli/terminal-writer.ts
var PROGRESS = /^(Pending|InProgress|Canceling)( · |$)/;
function isProgressLine(text) {
  return PROGRESS.test(text);
}
var CLEAR_LINE = "\r\x1B[2K";
function createTerminalWriter(ports) {
  const write = ports.write;
  if (!write) return { line: ports.line, progress: ports.line, end: () => void 0 };
  let showing = false;
  const clear = () => {
    if (showing) write(CLEAR_LINE);
    showing = false;
  };
  return {
    line(text) {
      clear();
      ports.line(text);
    },
    progress(text) {
      write(`${CLEAR_LINE}${fit(escapeLogText(text), ports.columns)}`);
      showing = true;
    },
    end: clear
  };
}
function fit(text, columns) {
  if (!columns || columns < 2 || text.length < columns) return text;
  return `${text.slice(0, columns - 2)}\u2026`;
}
function redactedTerminal(ports) {
  const write = ports.write;
  return {
    ...ports,
    out: (line) => ports.out(redact(line)),
    err: (line) => ports.err(redact(line)),
    ...write ? { write: (chunk) => write(redact(chunk)) } : {}
  };
}

// src/cli/terminal-summary.ts
function counts(json) {
  const value = json?.counts;
  return typeof value === "object" && value !== null ? value : {};
}
function componentsCell(outputs, mode, exitCode) {
  const total = outputs["components-total"] ?? "0";
  const count = `${outputs["components-deployed"] ?? "0"}/${total}`;
  if (exitCode === EXIT.stillRunning) return `${count} processed so far`;
  const kept = outputs.status === "Succeeded" || outputs.status === "SucceededPartial";
  if (kept) return `${count} ${mode === "validate" ? "validated" : "deployed"}`;
  return `${mode === "validate" ? "not validated" : "rolled back, nothing deployed"} (${total} in the package)`;
}
function validation(result) {
  return result.mode === "validate" || result.resultJson?.operation === "Validation";
}
function renderSummary(result, paint) {
  const outputs = Object.fromEntries(
    Object.entries(result.outputs).map(([name, value]) => [name, terminalSafe(value)])
  );
  const lines = [""];
  const status = outputs.status ? ` (${outputs.status})` : "";
  lines.push(
    result.exitCode === 0 ? paint("green", `\u2714 ${result.mode} succeeded${status}`) : paint("red", `\u2716 ${result.mode} failed${status}`)
  );
  if (outputs["deploy-id"]) lines.push(`  deploy id   ${outputs["deploy-id"]}`);
  if (outputs["components-total"])
    lines.push(
      `  components  ${componentsCell(outputs, validation(result) ? "validate" : result.mode, result.exitCode)}, ${outputs["component-errors"] ?? "0"} errors`
    );
  if (outputs["tests-run"])
    lines.push(
      `  tests       ${outputs["tests-run"]} run, ${outputs["tests-failed"] ?? "0"} failed`
    );
  const coverage = counts(result.resultJson).coveragePercent;
  if (typeof coverage === "number") lines.push(`  coverage    ${coverage}%`);
  lines.push(...pushLines(outputs));
  if (outputs["retrieve-dir"]) lines.push(`  retrieved   ${outputs["retrieve-dir"]}`);
  if (outputs["results-dir"]) lines.push(`  reports     ${outputs["results-dir"]}`);
  if (result.located.length > 0) {
    lines.push("", paint("bold", "Failures:"));
    for (const l of result.located) lines.push(`  ${l}`);
  }
  if (result.failure) lines.push("", paint("red", terminalSafe(result.failure)));
  return lines;
}
function pushLines(outputs) {
  const id = outputs["push-request-id"];
  if (!id) return [];
  const count = (name) => Number(outputs[name] ?? 0) || 0;
  const jobs = [
    ["succeeded", count("push-succeeded")],
    ["failed", count("push-failed")],
    ["canceled", count("push-canceled")],
    ["not finished", count("push-in-progress")],
    ["refused at scheduling", count("push-orgs-rejected")]
  ];
  const shown = jobs.filter(([, n], i) => i < 2 || n > 0).map(([label, n]) => `${n} ${label}`);
  return [
    `  push        ${id} (${outputs["push-status"] ?? "status unknown"})`,
    `  orgs        ${count("push-orgs-scheduled")} scheduled: ${shown.join(", ")}`,
    ...outputs["push-failures-path"] ? [`  failures    ${outputs["push-failures-path"]}`] : []
  ];
}
function jsonDocument(result) {
  const base = result.resultJson ?? {
    mode: result.mode,
    outcome: result.outputs.status ?? null,
    passed: result.exitCode === 0,
    counts: {
      componentsTotal: numberOrNull(result.outputs["components-total"]),
      componentsDeployed: numberOrNull(result.outputs["components-deployed"]),
      componentErrors: numberOrNull(result.outputs["component-errors"]),
      testsTotal: numberOrNull(result.outputs["tests-run"]),
      testsFailed: numberOrNull(result.outputs["tests-failed"])
    },
    reasons: result.failure ? [result.failure] : []
  };
  return {
    ...base,
    ...result.outputs["deploy-id"] ? { deployId: result.outputs["deploy-id"] } : {},
    exitCode: result.exitCode,
    ...result.failure ? { error: result.failure } : {}
  };
}
function terminalJson(document) {
  return JSON.stringify(document, null, 2).replace(
    /[\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function numberOrNull(value) {
  return value === void 0 || value === "" ? null : Number(value);
}
function markdownForTerminal(markdown) {
  const lines = [];
  for (const raw of markdown.trimEnd().split("\n")) {
    const heading = /<summary>(.*?)<\/summary>/.exec(raw)?.[1];
    const line = terminalSafe(
      heading !== void 0 ? `${heading}:` : raw.replace(/<\/?details[^>]*>/g, "")
    );
    if (line.trim() === "" && (lines.at(-1) ?? "").trim() === "") continue;
    lines.push(line);
  }
  while ((lines.at(-1) ?? "x").trim() === "") lines.pop();
  return lines;
}

// src/cli/run-cli.ts
async function build(cmd, env, io) {
  if (cmd.deltaFrom !== void 0) return buildDeltaForCli(cmd, env, io.out);
  if (cmd.metadataDir !== void 0)
    return readMetadataDir(new FsSourceTree(path3.resolve(cmd.metadataDir)), "");
  return buildPackage(new FsSourceTree(path3.resolve(cmd.project)), {
    projectDir: "",
    sourceDirs: cmd.sourceDirs,
    ...cmd.manifest === void 0 ? {} : { manifest: cmd.manifest },
    ...cmd.preDestructive === void 0 ? {} : { preDestructiveChanges: cmd.preDestructive },
    ...cmd.postDestructive === void 0 ? {} : { postDestructiveChanges: cmd.postDestructive },
    ...cmd.apiVersion === void 0 ? {} : { apiVersion: cmd.apiVersion },
    ignoreUnknown: cmd.ignoreUnknown,
    env
  });
}
async function writeTree(dir, files) {
  await rm(dir, { recursive: true, force: true });
  for (const [rel, bytes] of files) {
    const target = path3.join(dir, ...rel.split("/"));
    await mkdir(path3.dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
}
async function runCli(argv, terminal) {
  const io = redactedTerminal(terminal);
  if (isEngineMode(argv[0]) && !argv.includes("--help") && !argv.includes("-h"))
    return runEngineCommand(argv, io);
  return runBuildCommand(argv, terminal, plainText(io));
}
function plainText(io) {
  return {
    ...io,
    out: (line) => io.out(terminalSafe(line)),
    err: (line) => io.err(terminalSafe(line))
  };
}
async function runBuildCommand(argv, terminal, io) {
  let cmd;
  try {
    const parsed = parseCliArgs(argv);
    if (parsed.command === "help") {
      terminal.out(USAGE);
      return 0;
    }
    cmd = parsed;
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return 2;
  }
  try {
    const started = performance.now();
    if (cmd.deltaFrom !== void 0) {
      const warning = await uncommittedWarning(path3.resolve(cmd.project), cmd.deltaTo);
      if (warning) io.err(warning);
    }
    const built = await build(cmd, io.env, io);
    for (const w of built.warnings) io.err(`warning: ${w}`);
    for (const n of built.notes ?? []) io.err(`note: ${n}`);
    if (cmd.out !== void 0) await writeTree(path3.resolve(cmd.out), built.files);
    let zipInfo = "";
    if (cmd.zip !== void 0) {
      const zip = await zipPackage(built.files);
      const limits = checkZipSize(zip.length);
      for (const w of limits.warnings) io.err(`warning: ${w}`);
      for (const e of limits.errors) io.err(`warning: ${e}`);
      await mkdir(path3.dirname(path3.resolve(cmd.zip)), { recursive: true });
      await writeFile(path3.resolve(cmd.zip), zip);
      zipInfo = `, zip ${zip.length} bytes`;
    }
    const ms = Math.round(performance.now() - started);
    io.out(
      `Built ${built.components.length} members, ${built.files.size} files (API ${built.apiVersion})${zipInfo} in ${ms} ms.`
    );
    return 0;
  } catch (error) {
    if (error instanceof BuildError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}
function usesDelta(inputs) {
  const from = inputs["delta-from"]?.trim();
  return from !== void 0 && from !== "" && from !== "none";
}
async function runEngineCommand(argv, io) {
  let cmd;
  try {
    cmd = parseEngineArgs(argv);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(message.includes("\n") ? `${message}
See --help.` : `${message} See --help.`);
    return EXIT.badInput;
  }
  for (const warning of historyWarnings(cmd.inputs)) io.err(warning);
  const workspace = path3.resolve(io.cwd ?? ".");
  if (usesDelta(cmd.inputs)) {
    const project = path3.resolve(workspace, cmd.inputs["project-dir"]?.trim() || ".");
    const warning = await uncommittedWarning(project, cmd.inputs["delta-to"]);
    if (warning) io.err(terminalSafe(warning));
  }
  const paint = painter(useColour(io.env, io.isTty === true));
  const updating = io.isTty === true && !cmd.json && io.write !== void 0;
  const writer = createTerminalWriter({
    line: cmd.json ? io.err : io.out,
    ...updating && io.write ? { write: io.write } : {},
    ...io.columns ? { columns: io.columns } : {}
  });
  let interrupted = false;
  const { runEngine } = await import("./chunks/run-engine-BZGVUAZD.js");
  const result = await runEngine({
    mode: cmd.mode,
    inputs: { ...LOCAL_DEFAULTS, ...credentialInputs(io.env, cmd.inputs), ...cmd.inputs },
    workspace,
    ...io.engineDeps ? { deps: io.engineDeps } : {},
    onLine: (line) => {
      const text = paintLine(line, paint);
      if (line.level === "info" && isProgressLine(line.text)) writer.progress(text);
      else writer.line(text);
    },
    onStarted: (control) => io.onInterrupt?.(() => {
      interrupted = true;
      writer.end();
      const ask2 = io.ask;
      return handleInterrupt(
        {
          state: control.state,
          cancel: control.cancel,
          abortPush: control.abortPush,
          stopCompile: control.stopCompile,
          err: io.err,
          ...ask2 ? { ask: ask2 } : {}
        },
        cmd.cancelOnInterrupt
      );
    })
  });
  writer.end();
  if (cmd.json) io.out(terminalJson(jsonDocument(result)));
  else {
    if (cmd.mode === "plan" && result.summary)
      for (const line of markdownForTerminal(result.summary)) io.out(line);
    for (const line of renderSummary(result, paint)) io.out(line);
  }
  return interrupted ? EXIT.interrupted : result.exitCode;
}

// src/cli.ts
var stdoutWrite = process.stdout.write.bind(process.stdout);
var onInterrupt;
var interrupting = false;
process.on("SIGINT", () => {
  if (interrupting || !onInterrupt) {
    console.error("Interrupted.");
    process.exit(EXIT.interrupted);
  }
  interrupting = true;
  void onInterrupt().then((code) => process.exit(code));
});
function ask(question) {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    rl.on("SIGINT", () => {
      rl.close();
      resolve(false);
    });
    rl.question(question, (answer) => {
      rl.close();
      resolve(isYes(answer));
    });
  });
}
process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => stdoutWrite(`${escapeLogText(line)}
`),
  err: (line) => console.error(escapeLogText(line)),
  env: process.env,
  isTty: process.stdout.isTTY === true,
  write: (chunk) => stdoutWrite(chunk),
  ...process.stdout.columns ? { columns: process.stdout.columns } : {},
  onInterrupt: (handler) => {
    onInterrupt = handler;
  },
  ...process.stdin.isTTY ? { ask } : {}
});
