import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

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
  [/00D[A-Za-z0-9]{12,15}(?:!|%21)[A-Za-z0-9._]{20,}/g, REDACTED],
  [/5Aep861[A-Za-z0-9._]{20,}/g, REDACTED],
  [/eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, REDACTED],
  [/force:\/\/[^\s:@<>"']+:[^\s:@<>"']*:[^\s@<>"']+@/g, `force://${REDACTED}@`],
  [
    /-----BEGIN [A-Z ]*PRIVATE KEY-----[A-Za-z0-9+/=\s]*(?:-----END [A-Z ]*PRIVATE KEY-----)?/g,
    REDACTED
  ],
  [/\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})/g, REDACTED]
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
  escapeLogText
};
