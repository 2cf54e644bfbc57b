import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BuildError,
  FsSourceTree,
  GitDeltaError,
  buildDelta,
  buildPackage,
  checkZipSize,
  readMetadataDir,
  zipPackage
} from "./chunks/chunk-4GAHIRA4.js";
import "./chunks/chunk-HANBNIMK.js";

// src/cli/run-cli.ts
import { mkdir, rm, writeFile } from "node:fs/promises";
import path2 from "node:path";

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
import { parseArgs } from "node:util";
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
At least one of --out and --zip is required.`;
function parseCliArgs(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
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
    }
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

// src/cli/run-cli.ts
async function build(cmd, env, io) {
  if (cmd.deltaFrom !== void 0) return buildDeltaForCli(cmd, env, io.out);
  if (cmd.metadataDir !== void 0)
    return readMetadataDir(new FsSourceTree(path2.resolve(cmd.metadataDir)), "");
  return buildPackage(new FsSourceTree(path2.resolve(cmd.project)), {
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
    const target = path2.join(dir, ...rel.split("/"));
    await mkdir(path2.dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
}
async function runCli(argv, io) {
  let cmd;
  try {
    cmd = parseCliArgs(argv);
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return 2;
  }
  try {
    const started = performance.now();
    const built = await build(cmd, io.env, io);
    for (const w of built.warnings) io.err(`warning: ${w}`);
    if (cmd.out !== void 0) await writeTree(path2.resolve(cmd.out), built.files);
    let zipInfo = "";
    if (cmd.zip !== void 0) {
      const zip = await zipPackage(built.files);
      const limits = checkZipSize(zip.length);
      for (const w of limits.warnings) io.err(`warning: ${w}`);
      for (const e of limits.errors) io.err(`warning: ${e}`);
      await mkdir(path2.dirname(path2.resolve(cmd.zip)), { recursive: true });
      await writeFile(path2.resolve(cmd.zip), zip);
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

// src/cli.ts
process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  env: process.env
});
