import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cli/exit-code.ts
var EXIT = {
  success: 0,
  orgFailure: 1,
  badInput: 2,
  stillRunning: 3,
  interrupted: 130
};
var RUNNING = /* @__PURE__ */ new Set(["Pending", "InProgress", "Canceling", "Finalizing"]);
function exitCodeFor(run) {
  if (run.inputError || run.outputs.status === "InvalidInput") return EXIT.badInput;
  if (!run.failed) return EXIT.success;
  return RUNNING.has(run.outputs.status ?? "") ? EXIT.stillRunning : EXIT.orgFailure;
}

// src/cli/terminal-lines.ts
var SILENT = /* @__PURE__ */ new Set(["add-mask", "debug", "endgroup", "save-state", "set-output", "echo"]);
function unescapeData(text) {
  return text.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}
function unescapeProperty(text) {
  return unescapeData(text).replace(/%3A/g, ":").replace(/%2C/g, ",");
}
function parseProperties(text) {
  const props = {};
  for (const pair of text.split(",")) {
    const at = pair.indexOf("=");
    if (at > 0) props[pair.slice(0, at).trim()] = unescapeProperty(pair.slice(at + 1));
  }
  return props;
}
function location(props) {
  if (!props.file) return "";
  const line = props.line ? `:${props.line}${props.col ? `:${props.col}` : ""}` : "";
  return `${props.file}${line}: `;
}
var CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
function terminalSafe(text) {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
function translateLine(line) {
  const translated = translateCommand(line);
  return translated && { ...translated, text: terminalSafe(translated.text) };
}
function translateCommand(line) {
  const command = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!command) return { text: line, level: "info", located: false };
  const [, name = "", props = "", message = ""] = command;
  if (SILENT.has(name)) return void 0;
  if (name === "group") return { text: unescapeData(message), level: "info", located: false };
  if (name === "error" || name === "warning" || name === "notice") {
    const properties = parseProperties(props);
    const title = properties.title ? `${properties.title}: ` : "";
    return {
      text: `${location(properties)}${name}: ${title}${unescapeData(message)}`,
      level: name,
      located: properties.file !== void 0
    };
  }
  return void 0;
}
function useColour(env, isTty) {
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "0") return true;
  return isTty;
}
var CODES = { red: 31, yellow: 33, green: 32, bold: 1, dim: 2 };
function painter(colour) {
  return colour ? (style, text) => `\x1B[${CODES[style]}m${text}\x1B[0m` : (_style, text) => text;
}
function paintLine(line, paint) {
  if (line.level === "error") return paint("red", line.text);
  if (line.level === "warning") return paint("yellow", line.text);
  return line.text;
}

export {
  EXIT,
  exitCodeFor,
  terminalSafe,
  translateLine,
  useColour,
  painter,
  paintLine
};
