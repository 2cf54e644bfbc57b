import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MemoryLogger,
  packageProblems,
  run
} from "./chunk-ZW2VMHLR.js";
import {
  abortCompile,
  abortPushRequest
} from "./chunk-VJC7LDCB.js";
import {
  ApiError,
  InputError,
  STATE,
  connectForRun,
  createContainerClient,
  createPushClient,
  createSalesforceRest,
  createUndiciTransport,
  describeError,
  parseInputs,
  readInputs,
  systemClock
} from "./chunk-TTJR5RRO.js";
import {
  exitCodeFor,
  translateLine
} from "./chunk-JZXKMGEN.js";
import "./chunk-ZOERTNQW.js";
import {
  ACTION_INPUTS
} from "./chunk-3NUZRSFU.js";
import "./chunk-52QQPHSG.js";
import "./chunk-FEMCCB6V.js";
import "./chunk-ROJ5W54P.js";
import "./chunk-MIMD37XH.js";
import "./chunk-WP646LUM.js";

// src/cli/run-engine.ts
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// src/cli/compile-stop.ts
function compileStopLine(ids, cleanup, after) {
  const request = ids.requestId ? requestLine(ids.requestId, ids.checkOnly, cleanup, after) : "Interrupted before the ContainerAsyncRequest was submitted: nothing was saved to the org.";
  return `${request} ${containerLine(ids.containerId, cleanup.container)}`;
}
function requestLine(id, checkOnly, cleanup, after) {
  const request = `ContainerAsyncRequest ${id}`;
  const state = after && "state" in after ? after.state : void 0;
  if (state === "Aborted") return `Aborted ${request} in the org: nothing was saved.`;
  if (state === "Completed")
    return checkOnly ? `${request} had already completed (check only): nothing was saved.` : `${request} had already completed: the code was saved to the org.`;
  if (state === "Failed" || state === "Error" || state === "Invalidated")
    return `${request} had already ended ${state}: nothing was saved.`;
  return `Could not confirm that ${request} was aborted (${unconfirmed(cleanup, after)}): ${checkOnly ? "being check only, it saves nothing either way" : "it may still save the code"}. Check its State in the org.`;
}
function unconfirmed(cleanup, after) {
  const refused = cleanup.abort && !cleanup.abort.done ? `the abort failed: ${cleanup.abort.why}; ` : "";
  if (!after) return `${refused}its State was not read`;
  if ("readError" in after) return `${refused}reading its State failed: ${after.readError}`;
  return `${refused}it is ${after.rawState}`;
}
function containerLine(id, container) {
  if (!container.done)
    return `Could not delete MetadataContainer ${id}: ${container.why}; delete it through the Tooling API.`;
  return container.alreadyGone ? `MetadataContainer ${id} was already deleted.` : `Deleted MetadataContainer ${id}.`;
}

// src/cli/outputs-file.ts
function parseOutputsFile(text) {
  const outputs = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const head = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? "");
    if (head) {
      const [, name = "", delimiter = ""] = head;
      const end = lines.indexOf(delimiter, i + 1);
      if (end === -1) break;
      outputs[name] = lines.slice(i + 1, end).join("\n");
      i = end;
      continue;
    }
    const plain = /^([^=]+)=(.*)$/.exec(lines[i] ?? "");
    if (plain) outputs[plain[1] ?? ""] = plain[2] ?? "";
  }
  return outputs;
}

// src/cli/run-engine.ts
async function runEngine(request) {
  const dir = mkdtempSync(path.join(tmpdir(), "sf-deploy-cli-"));
  const savedEnv = { ...process.env };
  const savedExitCode = process.exitCode;
  const located = [];
  const failures = [];
  const restoreStdout = captureStdout((raw) => {
    const line = translateLine(raw);
    if (!line) return;
    if (line.located) located.push(line.text);
    else if (line.level === "error") failures.push(line.text.replace(/^error: /, ""));
    request.onLine(line);
  });
  try {
    const files = prepareEnv(dir, request);
    const checked = await checkInputs(
      request.workspace,
      (request.deps?.clock ?? systemClock).now(),
      request.deps?.env ?? { ...process.env }
    );
    if (typeof checked === "string")
      return { mode: request.mode, outputs: {}, located, failure: checked, exitCode: 2 };
    const jobCancel = cancelSwitch();
    const deps = { onJobCancel: jobCancel.listen, ...request.deps };
    request.onStarted?.(engineControl(files.state, checked, deps, jobCancel.fire));
    process.exitCode = void 0;
    await run(deps);
    const failed = process.exitCode === 1;
    const outputs = parseOutputsFile(readFileSync(files.output, "utf8"));
    const resultJson = readResultJson(outputs["summary-json-path"], request.workspace);
    const failure = failures.at(-1);
    const summary = readFileSync(files.summary, "utf8");
    return {
      mode: request.mode,
      outputs,
      located,
      ...resultJson ? { resultJson } : {},
      ...summary.trim() ? { summary } : {},
      ...failed && failure ? { failure } : {},
      exitCode: exitCodeFor({ inputError: false, failed, outputs })
    };
  } finally {
    restoreStdout();
    restoreEnv(savedEnv);
    process.exitCode = savedExitCode;
    rmSync(dir, { recursive: true, force: true });
  }
}
function prepareEnv(dir, request) {
  const files = {
    GITHUB_OUTPUT: path.join(dir, "output"),
    GITHUB_STEP_SUMMARY: path.join(dir, "summary.md"),
    GITHUB_STATE: path.join(dir, "state")
  };
  for (const file of Object.values(files)) writeFileSync(file, "");
  for (const key of Object.keys(process.env))
    if (key.startsWith("INPUT_") || key.startsWith("STATE_")) delete process.env[key];
  const values = { ...request.inputs, mode: request.mode };
  for (const input of ACTION_INPUTS) {
    const fallback = input.default.startsWith("${{") ? "" : input.default;
    process.env[`INPUT_${input.name.toUpperCase()}`] = values[input.name] ?? fallback;
  }
  Object.assign(process.env, files, { GITHUB_WORKSPACE: request.workspace });
  return {
    output: files.GITHUB_OUTPUT,
    state: files.GITHUB_STATE,
    summary: files.GITHUB_STEP_SUMMARY
  };
}
async function checkInputs(workspace, now, env) {
  try {
    const parsed = parseInputs(readInputs(workspace, now));
    if (!("problems" in parsed)) return parsed.settings;
    return new InputError(parsed.problems, await packageProblems(parsed.parts, env)).message;
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
}
function readResultJson(file, workspace) {
  if (!file) return void 0;
  try {
    return JSON.parse(readFileSync(path.resolve(workspace, file), "utf8"));
  } catch {
    return void 0;
  }
}
function restoreEnv(saved) {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
}
function captureStdout(onLine) {
  const original = process.stdout.write;
  let pending = "";
  process.stdout.write = ((chunk, ...rest) => {
    pending += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    const lines = pending.split(/\r?\n/);
    pending = lines.pop() ?? "";
    for (const line of lines) onLine(line);
    const done = rest.find((r) => typeof r === "function");
    done?.();
    return true;
  });
  return () => {
    if (pending) onLine(pending);
    process.stdout.write = original;
  };
}
function cancelSwitch() {
  const listeners = /* @__PURE__ */ new Set();
  let fired = false;
  return {
    listen(listener) {
      listeners.add(listener);
      if (fired) listener();
      return () => listeners.delete(listener);
    },
    fire() {
      fired = true;
      for (const listener of [...listeners]) listener();
    }
  };
}
function readState(stateFile, settings) {
  try {
    const state = parseOutputsFile(readFileSync(stateFile, "utf8"));
    const deployId = state[STATE.deployId];
    const pushRequestId = state[STATE.pushRequestId];
    const containerId = state[STATE.compileContainerId];
    const requestId = state[STATE.compileRequestId];
    const checkOnly = settings.mode === "compile" && settings.compile.checkOnly;
    return {
      ...deployId ? { deployId } : {},
      ...pushRequestId ? { pushRequestId } : {},
      ...containerId ? { compile: { containerId, ...requestId ? { requestId } : {}, checkOnly } } : {},
      finished: state[STATE.finished] === "true"
    };
  } catch {
    return { finished: true };
  }
}
function engineControl(stateFile, settings, deps, stopRun) {
  return {
    state: () => readState(stateFile, settings),
    async cancel(deployId) {
      const io = cancelIo(deps);
      try {
        const session = await connectForRun(settings, io, settings.api);
        const result = await session.api.cancelDeploy(deployId);
        return `Cancelled deploy ${deployId} in the org (${result.done ? "canceled" : "canceling"}).`;
      } catch (error) {
        if (error instanceof ApiError && /INVALID_ID_FIELD/.test(error.code))
          return `Deploy ${deployId} had already finished; nothing to cancel.`;
        throw error;
      }
    },
    async abortPush(requestId) {
      const session = await connectForRun(settings, cancelIo(deps), "rest");
      const client = createPushClient(createSalesforceRest(session.caller, session.apiVersion));
      const result = await abortPushRequest(client, requestId);
      return result.aborted ? `Aborted push request ${requestId} in the org before it started.` : `Push request ${requestId} was not aborted: it is ${result.status} (${result.reason}).`;
    },
    async stopCompile(ids) {
      stopRun();
      const session = await connectForRun(settings, cancelIo(deps), settings.api);
      const tooling = createContainerClient(
        createSalesforceRest(session.caller, session.apiVersion)
      );
      const current = readState(stateFile, settings).compile ?? ids;
      const cleanup = await abortCompile(current, tooling, new MemoryLogger());
      const after = current.requestId ? await readAfter(tooling, current.requestId) : void 0;
      return compileStopLine(current, cleanup, after);
    }
  };
}
async function readAfter(tooling, id) {
  try {
    return await tooling.readRequest(id);
  } catch (error) {
    return { readError: describeError(error) };
  }
}
function cancelIo(deps) {
  return {
    http: deps.http ?? createUndiciTransport(CANCEL_TIMEOUT_MS),
    clock: deps.clock ?? systemClock,
    logger: new MemoryLogger()
  };
}
var CANCEL_TIMEOUT_MS = 3e4;
export {
  runEngine
};
