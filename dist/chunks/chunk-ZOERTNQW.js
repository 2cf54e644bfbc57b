import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  escapeFromProject,
  globToRegExp,
  invalidPatternReason,
  secrets
} from "./chunk-3NUZRSFU.js";

// src/source/build-error.ts
var BuildError = class extends Error {
  problems;
  constructor(problems, summary) {
    const head = summary ?? `The package could not be built (${problems.length} problem${problems.length === 1 ? "" : "s"}):`;
    super([head, ...problems.map((p) => `- ${p}`)].join("\n"));
    this.name = "BuildError";
    this.problems = problems;
  }
};
function outsideRefusal(problems) {
  return new BuildError(
    problems,
    `Refused to read outside the project (${problems.length} path${problems.length === 1 ? "" : "s"}); only files inside the repository are packaged:`
  );
}

// src/source/package-files.ts
import { crc32, inflateRawSync as inflateRawSync2 } from "node:zlib";

// src/source/deflate.ts
import { constants, deflateRawSync, DeflateRaw, inflateRawSync } from "node:zlib";
function windowFor(size) {
  const windowBits = Math.min(15, Math.max(9, Math.ceil(Math.log2(size + 262))));
  return { windowBits, memLevel: Math.min(8, Math.max(1, windowBits - 7)) };
}
var reusable;
function engineWorks() {
  if (reusable === void 0) {
    const engine = newEngine(3, SAMPLE.length);
    reusable = engine !== void 0 && selfCheck(engine);
    engine?.stream.close();
  }
  return reusable;
}
var SCRATCH_MAX = 1 << 18;
var scratch = new Uint8Array(0);
function newEngine(level, size) {
  const stream = new DeflateRaw({ level, ...windowFor(size), chunkSize: 64 });
  const internals = stream;
  const handle = internals._handle;
  const state = internals._writeState;
  const report = handle?.onerror;
  if (typeof handle?.writeSync !== "function" || typeof handle.reset !== "function" || typeof report !== "function" || !(state instanceof Uint32Array) || state.length < 2) {
    stream.close();
    return void 0;
  }
  const engine = { stream, handle, state, failed: false };
  handle.onerror = function(...args) {
    engine.failed = true;
    report.apply(this, args);
  };
  stream.on("error", () => void 0);
  return engine;
}
var SAMPLE = new TextEncoder().encode(
  '<?xml version="1.0" encoding="UTF-8"?>\n<CustomField><fullName>A__c</fullName></CustomField>\n'.repeat(
    3
  )
);
function selfCheck(engine) {
  try {
    for (let i = 0; i < 2; i++) {
      const out = run(engine, SAMPLE, new Uint8Array(SAMPLE.length));
      if (out === void 0 || !Buffer.from(inflateRawSync(out)).equals(SAMPLE)) return false;
    }
    return true;
  } catch {
    return false;
  }
}
function run(engine, bytes, out) {
  const { handle, state } = engine;
  const room = bytes.length;
  try {
    handle.writeSync(constants.Z_FINISH, bytes, 0, room, out, 0, room);
  } finally {
    if (!engine.failed) handle.reset();
  }
  if (engine.failed) throw new Error("zlib engine failed");
  const outLeft = state[0] ?? 0;
  const inLeft = state[1] ?? 0;
  if (outLeft === 0 || inLeft !== 0) return void 0;
  return out.subarray(0, room - outLeft);
}
var Deflater = class {
  engines = /* @__PURE__ */ new Map();
  /**
   * The raw DEFLATE of `bytes` when it is smaller than they are, else undefined. The result may
   * be a view of a scratch buffer that the next call overwrites: copy it to keep it.
   */
  smaller(bytes, level) {
    if (bytes.length === 0) return void 0;
    const engine = engineWorks() ? this.engineFor(level, bytes.length) : void 0;
    if (engine !== void 0) {
      if (bytes.length > SCRATCH_MAX) return run(engine, bytes, new Uint8Array(bytes.length));
      if (scratch.length < bytes.length) scratch = new Uint8Array(SCRATCH_MAX);
      try {
        return run(engine, bytes, scratch);
      } catch {
        this.close();
        reusable = false;
      }
    }
    const deflated = deflateRawSync(bytes, { level, ...windowFor(bytes.length) });
    return deflated.length < bytes.length ? deflated : void 0;
  }
  /** Frees the engines' zlib states now instead of when they are collected. */
  close() {
    for (const e of this.engines.values()) e.stream.close();
    this.engines.clear();
  }
  engineFor(level, size) {
    const key = level * 16 + windowFor(size).windowBits;
    const known = this.engines.get(key);
    if (known !== void 0) return known;
    const engine = newEngine(level, size);
    if (engine === void 0) reusable = false;
    else this.engines.set(key, engine);
    return engine;
  }
};

// src/source/package-files.ts
var COMPRESSED = /\.(png|jpe?g|gif|webp|zip|jar|gz|tgz|woff2?|mp[34]|pdf|docx|xlsx|pptx)$/i;
var isZip = (b) => b.length > 4 && b[0] === 80 && b[1] === 75 && b[2] === 3 && b[3] === 4;
var EMPTY = new Uint8Array(0);
var SLAB = 1 << 20;
var Arena = class {
  slab = new Uint8Array(0);
  used = 0;
  keep(bytes) {
    if (bytes.length > SLAB / 4) return bytes.slice();
    if (this.used + bytes.length > this.slab.length) {
      this.slab = new Uint8Array(SLAB);
      this.used = 0;
    }
    const view = this.slab.subarray(this.used, this.used + bytes.length);
    view.set(bytes);
    this.used += bytes.length;
    return view;
  }
};
var wasteful = (b) => b.buffer.byteLength > 2 * b.byteLength + 64;
var PackageFiles = class extends Map {
  level;
  ready = /* @__PURE__ */ new Map();
  arena = new Arena();
  deflater = new Deflater();
  constructor(level, entries) {
    super();
    this.level = level;
    if (entries) for (const [k, v] of entries) this.set(k, v);
  }
  set(name, bytes) {
    if (this.ready === void 0) return super.set(name, bytes);
    if (this.level > 0 && bytes.length > 0 && !COMPRESSED.test(name) && !isZip(bytes)) {
      const deflated = this.deflater.smaller(bytes, this.level);
      if (deflated !== void 0) {
        const data = this.arena.keep(deflated);
        this.ready.set(name, { data, method: 8, crc: crc32(bytes), size: bytes.length });
        return super.set(name, EMPTY);
      }
    }
    this.ready.delete(name);
    return super.set(name, wasteful(bytes) ? this.arena.keep(bytes) : bytes);
  }
  get(name) {
    const stored = super.get(name);
    if (stored !== EMPTY) return stored;
    const r = this.ready.get(name);
    return r ? new Uint8Array(inflateRawSync2(r.data)) : stored;
  }
  delete(name) {
    this.ready.delete(name);
    return super.delete(name);
  }
  clear() {
    this.ready.clear();
    super.clear();
  }
  /** The uncompressed size of a file, without inflating it. */
  byteLength(name) {
    return this.ready.get(name)?.size ?? super.get(name)?.length ?? 0;
  }
  *values() {
    for (const name of this.keys()) yield this.get(name) ?? EMPTY;
  }
  *entries() {
    for (const name of this.keys()) yield [name, this.get(name) ?? EMPTY];
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  forEach(fn, thisArg) {
    for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
  }
  /** A file as stored in the zip: compressed already, or compressed now. */
  zipReady(name, deflateNow) {
    const r = this.ready.get(name);
    if (r) return r;
    const bytes = super.get(name);
    return bytes === void 0 ? void 0 : deflateNow(bytes, this.deflater);
  }
};
function deflateStored(bytes, level, deflater) {
  const deflated = deflater.smaller(bytes, level);
  return {
    data: deflated === void 0 ? bytes : deflated.slice(),
    method: deflated === void 0 ? 0 : 8,
    crc: crc32(bytes),
    size: bytes.length
  };
}

// src/source/limits.ts
var MAX_FILES = 1e4;
var MAX_ZIP_BYTES_SOAP = 39e6;
var MAX_UNCOMPRESSED_BYTES = 629145600;
var WARN_RATIO = 0.8;
var PACKAGE_LIMITS = {
  maxFiles: MAX_FILES,
  maxUncompressedBytes: MAX_UNCOMPRESSED_BYTES
};
function mb(bytes) {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
function largest(files, by) {
  const totals = /* @__PURE__ */ new Map();
  for (const path4 of files.keys()) {
    const length = files instanceof PackageFiles ? files.byteLength(path4) : files.get(path4)?.length ?? 0;
    const top = path4.includes("/") ? path4.slice(0, path4.indexOf("/")) : path4;
    totals.set(top, (totals.get(top) ?? 0) + (by === "count" ? 1 : length));
  }
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([top, n]) => `${top}/ ${by === "count" ? `${n} files` : mb(n)}`).join(", ");
}
function checkPackageLimits(files, limits = PACKAGE_LIMITS) {
  const report = { errors: [], warnings: [] };
  const { maxFiles, maxUncompressedBytes } = limits;
  const count = files.size;
  let bytes = 0;
  if (files instanceof PackageFiles)
    for (const name of files.keys()) bytes += files.byteLength(name);
  else for (const f of files.values()) bytes += f.length;
  if (count > maxFiles) {
    report.errors.push(
      `The package has ${count} files; a deploy takes at most ${maxFiles}. Largest folders: ${largest(files, "count")}. Deploy in several parts (--source-dir or a manifest).`
    );
  } else if (count > maxFiles * WARN_RATIO) {
    report.warnings.push(
      `The package has ${count} files, close to the ${maxFiles}-file limit of a deploy.`
    );
  }
  if (bytes > maxUncompressedBytes) {
    report.errors.push(
      `The package is ${mb(bytes)} uncompressed; a deploy takes at most ${mb(maxUncompressedBytes)}. Largest folders: ${largest(files, "bytes")}.`
    );
  } else if (bytes > maxUncompressedBytes * WARN_RATIO) {
    report.warnings.push(
      `The package is ${mb(bytes)} uncompressed, close to the ${mb(maxUncompressedBytes)} limit.`
    );
  }
  return report;
}
function checkZipSize(zipBytes, transport = "soap") {
  const report = { errors: [], warnings: [] };
  if (transport !== "soap") return report;
  if (zipBytes > MAX_ZIP_BYTES_SOAP) {
    report.errors.push(
      `The deploy zip is ${mb(zipBytes)}; SOAP deploys take at most ${mb(MAX_ZIP_BYTES_SOAP)}. Use the REST transport or deploy in several parts.`
    );
  } else if (zipBytes > MAX_ZIP_BYTES_SOAP * WARN_RATIO) {
    report.warnings.push(
      `The deploy zip is ${mb(zipBytes)}, close to the ${mb(MAX_ZIP_BYTES_SOAP)} SOAP limit.`
    );
  }
  return report;
}

// src/source/zip.ts
import { crc32 as crc322, inflateRawSync as inflateRawSync3 } from "node:zlib";

// src/source/control-characters.ts
var CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

// src/source/xml.ts
function isXmlSpace(c) {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
function textContent(nodes) {
  return nodes.map((n) => n.kind === "text" || n.kind === "cdata" ? n.value : "").join("").trim();
}
var NAMED_ENTITIES = { lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' };
function decodeEntities(raw) {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&(lt|gt|amp|apos|quot);/g, (_m, name) => NAMED_ENTITIES[name] ?? "");
}
var DECODER = new TextDecoder("utf-8");
var ENCODER = new TextEncoder();
function encodeUtf8(text) {
  return ENCODER.encode(text);
}
function decodeUtf8(bytes) {
  const text = DECODER.decode(bytes);
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
var STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });
function decodeForTransform(bytes, file, warn) {
  let text;
  try {
    text = STRICT_UTF8.decode(bytes);
    if (text.charCodeAt(0) === 65279) text = text.slice(1);
  } catch {
    warn(
      `${file} is not UTF-8: it was read as Latin-1 (ISO-8859-1) to be recomposed, and is written in UTF-8.`
    );
    text = Buffer.from(bytes).toString("latin1");
  }
  return normalizeLineEnds(text);
}
function normalizeLineEnds(text) {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}
function lineAt(text, index) {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
function lineCounter(text) {
  let at = 0;
  let line = 1;
  return (index) => {
    for (let i = text.indexOf("\n", at); i !== -1 && i < index; i = text.indexOf("\n", i + 1))
      line++;
    at = Math.max(at, index);
    return line;
  };
}
var MAX_XML_DEPTH = 256;
var NAME_RE = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
var ATTR_RE = /\s+([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
function parseXml(text, file) {
  const lines = lineCounter(text);
  const stack = [];
  let root;
  let pos = 0;
  const fail = (at, message) => {
    throw new BuildError([`${file}:${lineAt(text, at)}: malformed XML: ${message}.`]);
  };
  const addLeaf = (leaf, at) => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(leaf);
    else if (leaf.kind === "text" && leaf.value.trim() !== "")
      fail(at, "text outside the root element");
  };
  while (pos < text.length) {
    const lt = text.indexOf("<", pos);
    if (lt === -1) {
      addLeaf({ kind: "text", value: decodeEntities(text.slice(pos)) }, pos);
      break;
    }
    if (lt > pos) addLeaf({ kind: "text", value: decodeEntities(text.slice(pos, lt)) }, pos);
    const next = text.charCodeAt(lt + 1);
    if (next === BANG) {
      if (text.startsWith("<!--", lt)) {
        const end = text.indexOf("-->", lt + 4);
        if (end === -1) fail(lt, "unterminated comment");
        addLeaf({ kind: "comment", value: text.slice(lt + 4, end) }, lt);
        pos = end + 3;
      } else if (text.startsWith("<![CDATA[", lt)) {
        const end = text.indexOf("]]>", lt + 9);
        if (end === -1) fail(lt, "unterminated CDATA section");
        if (stack.length === 0) fail(lt, "CDATA outside the root element");
        addLeaf({ kind: "cdata", value: text.slice(lt + 9, end) }, lt);
        pos = end + 3;
      } else if (/^<!DOCTYPE/i.test(text.slice(lt, lt + 9))) {
        fail(
          lt,
          "DOCTYPE declarations are not allowed in metadata files; remove the <!DOCTYPE ...> line"
        );
      } else {
        const end = text.indexOf(">", lt + 2);
        if (end === -1) fail(lt, "unterminated declaration");
        pos = end + 1;
      }
    } else if (next === QUESTION) {
      const end = text.indexOf("?>", lt + 2);
      if (end === -1) fail(lt, "unterminated processing instruction");
      pos = end + 2;
    } else if (next === SLASH) {
      const open2 = stack[stack.length - 1];
      const after = open2 === void 0 ? -1 : lt + 2 + open2.name.length;
      if (open2 && text.charCodeAt(after) === GT && text.startsWith(open2.name, lt + 2)) {
        stack.pop();
        pos = after + 1;
      } else pos = parseEndTag(text, lt, stack, fail);
    } else {
      pos = parseStartTag(text, lt, lines(lt), stack, fail, (el) => {
        if (root) fail(lt, "a second root element");
        root = el;
      });
    }
  }
  const open = stack[stack.length - 1];
  if (open) fail(text.length, `<${open.name}> (line ${open.line}) is never closed`);
  if (!root) return fail(0, "no root element");
  return root;
}
var BANG = 33;
var QUESTION = 63;
var SLASH = 47;
var GT = 62;
function parseEndTag(text, lt, stack, fail) {
  NAME_RE.lastIndex = lt + 2;
  const m = NAME_RE.exec(text);
  const close = text.indexOf(">", lt);
  if (!m || close === -1 || text.slice(NAME_RE.lastIndex, close).trim() !== "")
    fail(lt, "bad closing tag");
  const open = stack.pop();
  if (!open) fail(lt, `closing tag </${m?.[0] ?? ""}> without an open element`);
  if (open && open.name !== m?.[0])
    fail(lt, `</${m?.[0] ?? ""}> closes <${open.name}> (opened on line ${open.line})`);
  return close + 1;
}
function nameEnd(text, start) {
  const first = text.charCodeAt(start);
  if (!isNameStart(first)) return start;
  let i = start + 1;
  while (isNameStart(text.charCodeAt(i)) || isNameRest(text.charCodeAt(i))) i++;
  return i;
}
function isNameStart(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c === 58;
}
function isNameRest(c) {
  return c >= 48 && c <= 57 || c === 45 || c === 46;
}
function parseStartTag(text, lt, line, stack, fail, setRoot) {
  const end = nameEnd(text, lt + 1);
  if (end === lt + 1) return fail(lt, "bad start tag");
  const el = {
    kind: "element",
    name: text.slice(lt + 1, end),
    attrs: [],
    children: [],
    line
  };
  let pos = end;
  for (; ; ) {
    const c = text.charCodeAt(pos);
    if (c === GT || c === SLASH) break;
    ATTR_RE.lastIndex = pos;
    const a = ATTR_RE.exec(text);
    if (!a) break;
    el.attrs.push({ name: a[1] ?? "", value: decodeEntities(a[2] ?? a[3] ?? "") });
    pos = ATTR_RE.lastIndex;
  }
  while (pos < text.length && /\s/.test(text[pos] ?? "")) pos++;
  const selfClosing = text.startsWith("/>", pos);
  if (!selfClosing && text[pos] !== ">") fail(lt, `bad start tag <${el.name}>`);
  if (stack.length >= MAX_XML_DEPTH)
    fail(
      lt,
      `elements nested more than ${MAX_XML_DEPTH} levels deep; metadata files are far shallower`
    );
  const parent = stack[stack.length - 1];
  if (parent) parent.children.push(el);
  else setRoot(el);
  if (!selfClosing) stack.push(el);
  return pos + (selfClosing ? 2 : 1);
}

// src/source/zip.ts
var DOS_DATE = 0 << 9 | 1 << 5 | 1;
var DOS_TIME = 0;
var UTF8_FLAG = 2048;
var FILE_ATTR = 33188 << 16 >>> 0;
var DIR_ATTR = (16877 << 16 | 16) >>> 0;
var MAX_ENTRIES = 65535;
function entryData(name, bytes, level, deflater) {
  if (level > 0 && bytes.length > 0 && !COMPRESSED.test(name) && !isZip(bytes))
    return deflateStored(bytes, level, deflater);
  return { data: bytes, method: 0, crc: crc322(bytes), size: bytes.length };
}
function withDirectories(names) {
  const dirs = /* @__PURE__ */ new Set();
  for (const name of names) {
    for (let i = name.indexOf("/"); i !== -1; i = name.indexOf("/", i + 1))
      dirs.add(name.slice(0, i + 1));
  }
  return dirs;
}
function sortedNames(files, directoryEntries) {
  const names = [...files.keys()];
  const dirs = directoryEntries ? withDirectories(names) : /* @__PURE__ */ new Set();
  const all = [...names, ...dirs].sort();
  if (all.length > MAX_ENTRIES)
    throw new Error(`A zip holds at most ${MAX_ENTRIES} entries; got ${all.length}.`);
  return { all, dirs };
}
function writeZip(out, all, dirs, entryOf) {
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const entries = [];
  let pos = 0;
  for (const n of all) {
    const e = {
      name: encodeUtf8(n),
      method: 0,
      crc: 0,
      compressedSize: 0,
      size: 0,
      dir: dirs.has(n),
      offset: pos
    };
    entries.push(e);
    const ready = e.dir ? void 0 : entryOf(n);
    if (ready) {
      e.method = ready.method;
      e.crc = ready.crc;
      e.size = ready.size;
      e.compressedSize = ready.data.length;
    }
    pos = writeHeader(view, out, pos, e, false);
    if (ready) {
      out.set(ready.data, pos);
      pos += ready.data.length;
    }
  }
  const cdStart = pos;
  for (const e of entries) pos = writeHeader(view, out, pos, e, true);
  view.setUint32(pos, 101010256, true);
  view.setUint16(pos + 8, entries.length, true);
  view.setUint16(pos + 10, entries.length, true);
  view.setUint32(pos + 12, pos - cdStart, true);
  view.setUint32(pos + 16, cdStart, true);
  return pos + 22;
}
var headerBytes = (name) => 76 + 2 * Buffer.byteLength(name);
function zipEntries(files, options = {}) {
  const level = options.level ?? 6;
  const { all, dirs } = sortedNames(files, options.directoryEntries === true);
  let bound = 22;
  for (const n of all) bound += headerBytes(n) + (files.get(n)?.length ?? 0);
  const out = new Uint8Array(bound);
  const deflater = new Deflater();
  try {
    const length = writeZip(out, all, dirs, (n) => {
      const bytes = files.get(n);
      return bytes === void 0 ? void 0 : entryData(n, bytes, level, deflater);
    });
    return out.slice(0, length);
  } finally {
    deflater.close();
  }
}
function zipCompressed(files, level) {
  const { all, dirs } = sortedNames(files, false);
  const ready = /* @__PURE__ */ new Map();
  let size = 22;
  for (const n of all) {
    const r = files.zipReady(n, (bytes, deflater) => entryData(n, bytes, level, deflater));
    if (r) ready.set(n, r);
    size += headerBytes(n) + (r?.data.length ?? 0);
  }
  const out = new Uint8Array(size);
  const length = writeZip(out, all, dirs, (n) => ready.get(n));
  return length === size ? out : out.slice(0, length);
}
function writeHeader(view, out, start, e, central) {
  let p = start;
  view.setUint32(p, central ? 33639248 : 67324752, true);
  p += 4;
  if (central) {
    view.setUint16(p, 3 << 8 | 20, true);
    p += 2;
  }
  view.setUint16(p, 20, true);
  view.setUint16(p + 2, UTF8_FLAG, true);
  view.setUint16(p + 4, e.method, true);
  view.setUint16(p + 6, DOS_TIME, true);
  view.setUint16(p + 8, DOS_DATE, true);
  view.setUint32(p + 10, e.crc >>> 0, true);
  view.setUint32(p + 14, e.compressedSize, true);
  view.setUint32(p + 18, e.size, true);
  view.setUint16(p + 22, e.name.length, true);
  view.setUint16(p + 24, 0, true);
  p += 26;
  if (central) {
    view.setUint16(p, 0, true);
    view.setUint16(p + 2, 0, true);
    view.setUint16(p + 4, 0, true);
    view.setUint32(p + 6, e.dir ? DIR_ATTR : FILE_ATTR, true);
    view.setUint32(p + 10, e.offset, true);
    p += 14;
  }
  out.set(e.name, p);
  return p + e.name.length;
}
var PACKAGE_ZIP_LEVEL = 3;
function zipPackage(files) {
  if (files instanceof PackageFiles) return Promise.resolve(zipCompressed(files, PACKAGE_ZIP_LEVEL));
  return Promise.resolve(zipEntries(files, { level: PACKAGE_ZIP_LEVEL }));
}
var EOCD_SIGNATURE = 101010256;
var CENTRAL_SIGNATURE = 33639248;
var LOCAL_SIGNATURE = 67324752;
var STORED = 0;
var DEFLATE = 8;
function unzipEntries(zip, label = "zip", options = {}) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const { entries, end } = readCentral(zip, view, label);
  const files = locateFiles(view, entries, end, label);
  refuseOverlaps(files, label);
  const kept = options.keep ? files.filter((f) => options.keep?.(f.name) === true) : files;
  checkBeforeInflating(kept, label, options);
  const out = /* @__PURE__ */ new Map();
  for (const f of kept) out.set(f.name, entryBytes(zip, f, label));
  return out;
}
function damaged(label, what) {
  return new Error(
    `${label}: the zip is damaged or not a zip (${what}); build or download it again.`
  );
}
function sized(bytes) {
  return bytes < 1e6 ? `${bytes} bytes` : `${(bytes / 1e6).toFixed(1)} MB`;
}
function findEnd(zip, view) {
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--)
    if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  return -1;
}
function readCentral(zip, view, label) {
  const eocd = findEnd(zip, view);
  if (eocd === -1) throw damaged(label, "no end-of-central-directory record");
  const count = view.getUint16(eocd + 10, true);
  const start = view.getUint32(eocd + 16, true);
  if (start + view.getUint32(eocd + 12, true) > eocd)
    throw damaged(label, `its central directory, declared at byte ${start}, lies outside the file`);
  const decoder = new TextDecoder();
  const entries = [];
  let p = start;
  for (let i = 0; i < count; i++) {
    const cut = () => damaged(label, `central-directory record ${i + 1} of ${count} is missing or cut short`);
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL_SIGNATURE) throw cut();
    const nameLen = view.getUint16(p + 28, true);
    const next = p + 46 + nameLen + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    if (next > eocd) throw cut();
    entries.push({
      rawName: decoder.decode(zip.subarray(p + 46, p + 46 + nameLen)),
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      local: view.getUint32(p + 42, true)
    });
    p = next;
  }
  return { entries, end: start };
}
function locateFiles(view, entries, end, label) {
  const files = [];
  const seen = /* @__PURE__ */ new Map();
  for (const e of entries) {
    if (e.rawName.endsWith("/")) continue;
    const name = safeEntryName(e.rawName, label);
    const earlier = seen.get(name);
    if (earlier !== void 0) throw twice(label, name, earlier, e.rawName);
    seen.set(name, e.rawName);
    files.push(locate(view, e, name, end, label));
  }
  return files;
}
function twice(label, name, first, second) {
  const spelt = first === second ? "" : ` (as ${JSON.stringify(first)} and ${JSON.stringify(second)})`;
  return new Error(
    `${label}: entry ${name} is in the zip twice${spelt}; a zip names each file once, so it is not read. Rebuild the zip with each file once.`
  );
}
function locate(view, e, name, end, label) {
  if (e.local + 30 > end || view.getUint32(e.local, true) !== LOCAL_SIGNATURE)
    throw damaged(label, `entry ${name} has no local header at byte ${e.local}`);
  const start = e.local + 30 + view.getUint16(e.local + 26, true) + view.getUint16(e.local + 28, true);
  if (start + e.compSize > end)
    throw damaged(
      label,
      `entry ${name} declares ${e.compSize} stored bytes at byte ${start}, past the end of the entries`
    );
  return { ...e, name, start, end: start + e.compSize };
}
function refuseOverlaps(files, label) {
  const byOffset = [...files].sort((a, b) => a.local - b.local);
  for (let i = 1; i < byOffset.length; i++) {
    const before = byOffset[i - 1];
    const entry = byOffset[i];
    if (before !== void 0 && entry !== void 0 && entry.local < before.end)
      throw new Error(
        `${label}: entry ${entry.name} shares its stored bytes with entry ${before.name}, as the entries of a zip bomb do; a zip stores each file apart, so it is not read. Build or download the zip again.`
      );
  }
}
function checkBeforeInflating(files, label, options) {
  const { maxEntryBytes, maxTotalBytes = MAX_UNCOMPRESSED_BYTES } = options;
  let total = 0;
  let largest2;
  for (const f of files) {
    if (f.method !== STORED && f.method !== DEFLATE)
      throw new Error(
        `${label}: entry ${f.name} uses compression method ${f.method}; only stored (0) and DEFLATE (8) are read. Rebuild the zip with either.`
      );
    if (maxEntryBytes !== void 0 && f.size > maxEntryBytes)
      throw new Error(
        `${label}: entry ${f.name} is larger than ${maxEntryBytes} bytes uncompressed (it declares ${f.size}), so the zip is not read.`
      );
    total += f.size;
    if (largest2 === void 0 || f.size > largest2.size) largest2 = f;
  }
  if (largest2 !== void 0 && total > maxTotalBytes)
    throw new Error(
      `${label}: the zip's entries declare ${sized(total)} uncompressed (the largest, entry ${largest2.name}, ${sized(largest2.size)}); at most ${sized(maxTotalBytes)} is read${maxTotalBytes === MAX_UNCOMPRESSED_BYTES ? ", the Metadata API's limit for a package" : ""}, so nothing was inflated. Deploy or retrieve in smaller parts.`
    );
}
function entryBytes(zip, f, label) {
  const data = zip.subarray(f.start, f.end);
  const bytes = f.method === STORED ? data : inflate(data, f, label);
  if (bytes.length !== f.size)
    throw damaged(
      label,
      `entry ${f.name} holds ${bytes.length} bytes, not the ${f.size} it declares`
    );
  const crc = crc322(bytes) >>> 0;
  if (crc !== f.crc)
    throw damaged(
      label,
      `entry ${f.name} has CRC-32 ${hex(crc)}, not the ${hex(f.crc)} it declares`
    );
  return bytes;
}
var hex = (n) => `0x${n.toString(16).padStart(8, "0")}`;
function inflate(data, f, label) {
  try {
    return new Uint8Array(inflateRawSync3(data, { maxOutputLength: Math.max(1, f.size) }));
  } catch (error) {
    const code = error?.code;
    const why = code === "ERR_BUFFER_TOO_LARGE" ? `inflates past the ${f.size} bytes it declares` : `does not inflate: ${error instanceof Error ? error.message : String(error)}`;
    throw damaged(label, `entry ${f.name} ${why}`);
  }
}
function safeEntryName(name, label = "zip") {
  if (CONTROL_CHARACTER.test(name))
    throw new Error(
      `${label}: entry ${JSON.stringify(name)} has a control character in its name; rebuild the zip with plain file names.`
    );
  const posix = name.replace(/\\/g, "/");
  const segments = posix.split("/").filter((s) => s !== "" && s !== ".");
  if (posix.startsWith("/") || /^[A-Za-z]:/.test(posix) || segments.includes("..")) {
    throw new Error(
      `${label}: entry "${name}" points outside the package (absolute path or ".."); rebuild the zip with paths relative to its root.`
    );
  }
  if (segments.length === 0)
    throw new Error(
      `${label}: entry ${JSON.stringify(name)} names no file; rebuild the zip with file names.`
    );
  return segments.join("/");
}

// src/model/source-map.ts
function emptySourceMap() {
  return { files: {}, components: {}, recomposed: {} };
}
function own(record, key) {
  return Object.hasOwn(record, key) ? record[key] : void 0;
}
function candidates(fileName2) {
  const clean = fileName2.replace(/\\/g, "/").replace(/^\.?\//, "");
  const slash = clean.indexOf("/");
  return slash === -1 ? [clean] : [clean, clean.slice(slash + 1)];
}
function fromRecomposed(children, q) {
  if (q.fullName !== void 0) {
    const byName = children.find(
      (c) => c.fullName === q.fullName && (q.componentType === void 0 || c.type === q.componentType)
    );
    if (byName) return { path: byName.path, line: byName.line };
  }
  if (q.lineNumber !== void 0 && q.lineNumber > 0) {
    let hit;
    for (const c of children)
      if (c.outputLine <= q.lineNumber && (!hit || c.outputLine > hit.outputLine)) hit = c;
    if (hit) return { path: hit.path, line: hit.line + (q.lineNumber - hit.outputLine) };
  }
  return void 0;
}
function resolveSource(map, q) {
  for (const name of candidates(q.fileName)) {
    const children = own(map.recomposed, name);
    if (children) {
      const child2 = fromRecomposed(children, q);
      if (child2) return child2;
    }
    const files = own(map.files, name);
    const first = files?.[0];
    const component = q.componentType !== void 0 && q.fullName !== void 0 ? own(map.components, `${q.componentType}:${q.fullName}`) : void 0;
    if (component?.line !== void 0 && files?.includes(component.path) === true && q.lineNumber === void 0)
      return { ...component };
    if (first !== void 0) {
      if (children) return { path: first };
      return q.lineNumber !== void 0 && q.lineNumber > 0 ? { path: first, line: q.lineNumber } : { path: first };
    }
  }
  if (q.componentType !== void 0 && q.fullName !== void 0) {
    const c = own(map.components, `${q.componentType}:${q.fullName}`);
    if (c) return { ...c };
  }
  return void 0;
}

// src/source/convert-context.ts
function emit(ctx, outPath, bytes, sources) {
  if (ctx.files.has(outPath)) {
    ctx.problems.push(
      `${outPath} would be written twice (from ${sources.join(", ")} and ${(ctx.sourceMap.files[outPath] ?? []).join(", ")}); remove one of them.`
    );
    return;
  }
  ctx.files.set(outPath, bytes);
  ctx.sourceMap.files[outPath] = sources;
}
function list(ctx, type, fullName, path4, line) {
  ctx.members.push({ type, fullName });
  ctx.sourceMap.components[`${type}:${fullName}`] = line === void 0 ? { path: path4 } : { path: path4, line };
}
function locate2(ctx, type, fullName, path4, line) {
  ctx.sourceMap.components[`${type}:${fullName}`] = line === void 0 ? { path: path4 } : { path: path4, line };
}
function relativeTo(folder, file) {
  return file.slice(folder.length + 1);
}
function selected(ctx, c, member = c.fullName) {
  return ctx.selection?.component(c.type, member) ?? true;
}

// src/source/collate.ts
var PRIMARY = [
  0,
  6,
  10,
  22,
  32,
  23,
  21,
  9,
  11,
  12,
  18,
  26,
  3,
  2,
  8,
  19,
  33,
  34,
  35,
  36,
  37,
  38,
  39,
  40,
  41,
  42,
  5,
  4,
  27,
  28,
  29,
  7,
  17,
  43,
  44,
  45,
  46,
  47,
  48,
  49,
  50,
  51,
  52,
  53,
  54,
  55,
  56,
  57,
  58,
  59,
  60,
  61,
  62,
  63,
  64,
  65,
  66,
  67,
  68,
  13,
  20,
  14,
  25,
  1,
  24,
  43,
  44,
  45,
  46,
  47,
  48,
  49,
  50,
  51,
  52,
  53,
  54,
  55,
  56,
  57,
  58,
  59,
  60,
  61,
  62,
  63,
  64,
  65,
  66,
  67,
  68,
  15,
  30,
  16,
  31
];
var FIRST = 32;
var LAST = 126;
var icu;
function printableAscii(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < FIRST || c > LAST) return false;
  }
  return true;
}
var isUpper = (c) => c >= 65 && c <= 90;
function compareEnglish(a, b) {
  if (!printableAscii(a) || !printableAscii(b)) {
    icu ??= new Intl.Collator("en");
    return Math.sign(icu.compare(a, b));
  }
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (PRIMARY[a.charCodeAt(i) - FIRST] ?? 0) - (PRIMARY[b.charCodeAt(i) - FIRST] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  for (let i = 0; i < n; i++) {
    const ua = isUpper(a.charCodeAt(i));
    if (ua !== isUpper(b.charCodeAt(i))) return ua ? 1 : -1;
  }
  return 0;
}

// src/source/xml-write.ts
var XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
var INDENT = "    ";
var INDENTS = Array.from({ length: 32 }, (_, i) => INDENT.repeat(i));
var indentOf = (level) => INDENTS[level] ?? INDENT.repeat(level);
var MARK = "\uE000";
var NEEDS_ESCAPE = /[&<>'"]/;
function escapeXml(value) {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/&(?!#\d+;|#x[0-9A-Fa-f]+;)|[<>'"]/g, (c) => {
    switch (c) {
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case "'":
        return "&apos;";
      case '"':
        return "&quot;";
      default:
        return "&amp;";
    }
  });
}
function attrString(attrs) {
  let out = "";
  for (const a of attrs) out += ` ${a.name}="${escapeXml(a.value)}"`;
  return out;
}
function groupChildren(children) {
  const groups = [];
  let byKey;
  let text = "";
  let last = "";
  for (const node of children) {
    if (node.kind === "text") {
      if (node.value.length > 0) text += node.value.trim();
      continue;
    }
    const key = node.kind === "element" ? node.name : `#${node.kind}`;
    const lastGroup = groups[groups.length - 1];
    if (key === last && lastGroup) {
      lastGroup.push(node);
      continue;
    }
    byKey ??= new Map(groups.map((g) => [keyOf(g[0]), g]));
    const group = byKey.get(key);
    if (group) group.push(node);
    else {
      const fresh = [node];
      groups.push(fresh);
      byKey.set(key, fresh);
    }
    last = key;
  }
  return { groups, text };
}
function keyOf(node) {
  if (node === void 0) return "";
  return node.kind === "element" ? node.name : `#${node.kind}`;
}
function textOnly(children) {
  for (const node of children) if (node.kind !== "text") return false;
  return true;
}
function writeElement(el, level, marked, out, fragments) {
  const indent = indentOf(level);
  const mark = marked.size > 0 && marked.has(el) ? MARK : "";
  const open = `${indent}${mark}<${el.name}${attrString(el.attrs)}>`;
  if (textOnly(el.children)) {
    let text2 = "";
    for (const node of el.children) if (node.kind === "text") text2 += node.value.trim();
    out.push(`${open}${escapeXml(text2)}</${el.name}>
`);
    return;
  }
  const { groups, text } = groupChildren(el.children);
  if (groups.length === 0) {
    out.push(`${open}${escapeXml(text)}</${el.name}>
`);
    return;
  }
  out.push(`${open}
`);
  const inner = indentOf(level + 1);
  for (const group of groups) {
    for (const node of group) {
      if (node.kind === "element") {
        const fragment = fragments?.get(node);
        if (fragment === void 0) writeElement(node, level + 1, marked, out, fragments);
        else out.push(fragment);
      } else if (node.kind === "cdata") out.push(`${inner}<![CDATA[${node.value}]]>
`);
      else if (node.kind === "comment") out.push(`${inner}<!--${node.value}-->
`);
    }
  }
  out.push(`${escapeXml(text)}${indent}</${el.name}>
`);
}
function writeXml(root, marked = []) {
  return writeWithFragments(root, marked, void 0);
}
function renderFragment(el, level) {
  const out = [];
  writeElement(el, level, /* @__PURE__ */ new Set([el]), out);
  return out.join("");
}
function writeXmlWithFragments(root, marked, fragments) {
  return writeWithFragments(root, marked, fragments);
}
function writeWithFragments(root, marked, fragments) {
  const markSet = new Set(marked);
  const out = [`${XML_DECLARATION}
`];
  writeElement(root, 0, markSet, out, fragments);
  let text = out.join("");
  if (text.includes("<!--")) text = glueComments(text);
  const lines = /* @__PURE__ */ new Map();
  if (marked.length > 0) text = collectMarks(text, marked, lines);
  return { text, lines };
}
var WHITESPACE = /\s/;
var isSpace = (c) => c !== void 0 && WHITESPACE.test(c);
var LINE_END = /[\n\r\u2028\u2029]/;
function glueComments(text) {
  let out = "";
  let pos = 0;
  let from = 0;
  for (let i = text.indexOf("<!--", from); i !== -1; i = text.indexOf("<!--", from)) {
    let start = i;
    while (start > pos && isSpace(text[start - 1])) start--;
    let end = -1;
    if (start < i) {
      for (let j = text.indexOf("-->", i + 4); j !== -1; j = text.indexOf("-->", j + 1)) {
        if (LINE_END.test(text.slice(i + 4, j))) break;
        if (isSpace(text[j + 3])) {
          end = j + 3;
          break;
        }
      }
    }
    if (end === -1) {
      from = i + 1;
      continue;
    }
    let after = end;
    while (after < text.length && isSpace(text[after])) after++;
    out += text.slice(pos, start) + text.slice(i, end);
    pos = after;
    from = after;
  }
  return out + text.slice(pos);
}
function collectMarks(text, marked, lines) {
  const order = marked;
  let line = 1;
  let last = 0;
  let n = 0;
  for (let i = text.indexOf(MARK); i !== -1; i = text.indexOf(MARK, i + 1)) {
    for (let j = text.indexOf("\n", last); j !== -1 && j < i; j = text.indexOf("\n", j + 1)) line++;
    last = i;
    const el = order[n++];
    if (el) lines.set(el, line);
  }
  return text.replaceAll(MARK, "");
}

// src/source/recompose.ts
var METADATA_NS = "http://soap.sforce.com/2006/04/metadata";
function childText(el, name) {
  for (const node of el.children) {
    if (node.kind === "element" && node.name === name) {
      return textContent(node.children);
    }
  }
  return "";
}
function hasContent(root) {
  return root.children.some((n) => n.kind !== "text" || n.value.trim() !== "");
}
function childElement(type, root) {
  return {
    kind: "element",
    name: type.tag,
    attrs: root.attrs.filter((a) => a.name !== "xmlns"),
    children: root.children,
    line: root.line
  };
}
function renderedChild(input) {
  return fragmentInput({ ...input, fragment: renderFragment(input.element, 1) });
}
function fragmentInput(child2) {
  const placeholder = {
    kind: "element",
    name: child2.type.tag,
    attrs: [],
    children: [],
    line: child2.line
  };
  return { ...child2, element: placeholder };
}
function recompose(rootName, parent, children) {
  const byTag = /* @__PURE__ */ new Map();
  for (const child2 of children) {
    const group = byTag.get(child2.type.tag);
    if (group) group.push(child2);
    else byTag.set(child2.type.tag, [child2]);
  }
  const ordered = [];
  for (const tag of [...byTag.keys()].sort()) {
    const group = byTag.get(tag) ?? [];
    group.sort((a, b) => compareEnglish(a.id, b.id));
    ordered.push(...group);
  }
  const root = {
    kind: "element",
    name: rootName,
    attrs: [
      { name: "xmlns", value: METADATA_NS },
      ...parent?.attrs.filter((a) => a.name !== "xmlns") ?? []
    ],
    children: [...parent?.children ?? [], ...ordered.map((c) => c.element)],
    line: 1
  };
  const fragments = /* @__PURE__ */ new Map();
  for (const c of ordered) if (c.fragment !== void 0) fragments.set(c.element, c.fragment);
  const written = writeXmlWithFragments(
    root,
    ordered.map((c) => c.element),
    fragments
  );
  return {
    text: written.text,
    children: ordered.map((c) => ({
      type: c.type,
      id: c.id,
      path: c.path,
      sourceLine: c.line,
      outputLine: written.lines.get(c.element) ?? 0
    }))
  };
}
function inlineConflicts(parent, childTags) {
  const found = /* @__PURE__ */ new Set();
  for (const node of parent.children) {
    if (node.kind === "element" && childTags.has(node.name)) found.add(node.name);
  }
  return [...found];
}

// src/source/fast-fragment.ts
var INDENT2 = "    ";
var MARK2 = "\uE000";
var XMLNS = /^\s+xmlns\s*=\s*(?:"[^"<]*"|'[^'<]*')\s*$/;
var INDENTS2 = Array.from({ length: 40 }, (_, i) => INDENT2.repeat(i + 1));
var indentAt = (depth) => INDENTS2[depth] ?? INDENT2.repeat(depth + 1);
function isNameStart2(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c === 58;
}
function isNameChar(c) {
  return isNameStart2(c) || c >= 48 && c <= 57 || c === 45 || c === 46;
}
var decode = (raw) => raw.includes("&") ? decodeEntities(raw) : raw;
var blank = (s) => s.trim() === "";
function blankRange(text, from, to) {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isXmlSpace(c)) continue;
    return blank(decode(text.slice(from, to)));
  }
  return true;
}
function fastFragment(text, tag, idElement) {
  try {
    return render(text, tag, idElement);
  } catch {
    return void 0;
  }
}
function render(text, tag, idElement) {
  let pos = 0;
  for (; ; ) {
    const lt = text.indexOf("<", pos);
    if (lt === -1 || !blank(text.slice(pos, lt))) return void 0;
    if (text.startsWith("<?", lt)) {
      const end2 = text.indexOf("?>", lt + 2);
      if (end2 === -1) return void 0;
      pos = end2 + 2;
      continue;
    }
    if (text.startsWith("<!--", lt)) {
      const end2 = text.indexOf("-->", lt + 4);
      if (end2 === -1) return void 0;
      pos = end2 + 3;
      continue;
    }
    if (text.charCodeAt(lt + 1) === 33) return void 0;
    pos = lt;
    break;
  }
  const line = lineAt(text, pos);
  if (!isNameStart2(text.charCodeAt(pos + 1))) return void 0;
  let end = pos + 1;
  while (isNameChar(text.charCodeAt(end))) end++;
  const close = text.indexOf(">", end);
  if (close === -1) return void 0;
  const selfClosing = text.charCodeAt(close - 1) === 47;
  const attrs = text.slice(end, selfClosing ? close - 1 : close);
  if (!blank(attrs) && !XMLNS.test(attrs)) return void 0;
  const out = [];
  const rootOpen = `${INDENT2}${MARK2}<${tag}>`;
  if (selfClosing) return tail(text, close + 1, `${rootOpen}</${tag}>
`, "", line);
  const stack = [
    { name: text.slice(pos + 1, end), depth: 0, at: 0, hasChildren: false, last: "" }
  ];
  out.push(rootOpen);
  let id;
  pos = close + 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const lt = text.indexOf("<", pos);
    if (lt === -1) return void 0;
    const next = text.charCodeAt(lt + 1);
    if (next === 63) return void 0;
    if (next === 33) {
      if (!text.startsWith("<!--", lt)) return void 0;
      const end2 = text.indexOf("-->", lt + 4);
      if (end2 === -1 || !blankRange(text, pos, lt) || !child(top, COMMENT, out)) return void 0;
      out.push(`${indentAt(top.depth + 1)}<!--${text.slice(lt + 4, end2)}-->
`);
      pos = end2 + 3;
      continue;
    }
    if (next === 47) {
      const after = lt + 2 + top.name.length;
      if (text.charCodeAt(after) !== 62 || !text.startsWith(top.name, lt + 2)) return void 0;
      stack.pop();
      const name2 = stack.length === 0 ? tag : top.name;
      if (top.hasChildren) {
        if (!blankRange(text, pos, lt)) return void 0;
        out.push(`${indentAt(top.depth)}</${name2}>
`);
        if (stack.length === 1 && id === void 0 && top.name === idElement) id = "";
      } else {
        const value = decode(text.slice(pos, lt)).trim();
        out[top.at] = `${out[top.at] ?? ""}${escapeXml(value)}</${name2}>
`;
        if (stack.length === 1 && id === void 0 && top.name === idElement) id = value;
      }
      pos = after + 1;
      continue;
    }
    if (!isNameStart2(next)) return void 0;
    let e = lt + 2;
    while (isNameChar(text.charCodeAt(e))) e++;
    const self = text.charCodeAt(e) === 47 && text.charCodeAt(e + 1) === 62;
    if (!self && text.charCodeAt(e) !== 62) return void 0;
    if (stack.length >= MAX_XML_DEPTH) return void 0;
    if (!blankRange(text, pos, lt)) return void 0;
    const name = text.slice(lt + 1, e);
    if (!child(top, name, out)) return void 0;
    const depth = top.depth + 1;
    if (self) {
      out.push(`${indentAt(depth)}<${name}></${name}>
`);
      if (stack.length === 1 && id === void 0 && name === idElement) id = "";
      pos = e + 2;
    } else {
      out.push(`${indentAt(depth)}<${name}>`);
      stack.push({ name, depth, at: out.length - 1, hasChildren: false, last: "" });
      pos = e + 1;
    }
  }
  return tail(text, pos, out.join(""), id ?? "", line);
}
var COMMENT = "#comment";
function child(top, key, out) {
  if (!top.hasChildren) {
    top.hasChildren = true;
    out[top.at] = `${out[top.at] ?? ""}
`;
  }
  if (key === top.last) return true;
  if (top.seen === void 0) top.seen = [top.last];
  else if (top.seen.includes(key)) return false;
  top.seen.push(key);
  top.last = key;
  return true;
}
function tail(text, pos, fragment, id, line) {
  return blank(text.slice(pos)) ? { fragment, id, line } : void 0;
}

// src/source/fast-labels.ts
var ROOT = /^<([A-Za-z_:][\w.:-]*)(?:\s+xmlns\s*=\s*(?:"[^"<]*"|'[^'<]*'))?\s*>/;
function fastLabels(text, tag, idElement) {
  let pos = skipMisc(text, 0);
  if (text.startsWith("<?", pos)) {
    const end = text.indexOf("?>", pos + 2);
    if (end === -1) return void 0;
    pos = skipMisc(text, end + 2);
  }
  const root = ROOT.exec(text.slice(pos, pos + 512));
  if (!root) return void 0;
  const rootClose = `</${root[1] ?? ""}>`;
  const open = `<${tag}>`;
  const close = `</${tag}>`;
  const labels = [];
  const lines = lineCounter(text);
  pos = skipMisc(text, pos + root[0].length);
  while (!text.startsWith(rootClose, pos)) {
    if (!text.startsWith(open, pos)) return void 0;
    const end = text.indexOf(close, pos);
    if (end === -1) return void 0;
    const fast = fastFragment(text.slice(pos, end + close.length), tag, idElement);
    if (!fast || fast.id === "") return void 0;
    labels.push({ id: fast.id, fragment: fast.fragment, line: lines(pos) });
    pos = skipMisc(text, end + close.length);
  }
  return skipMisc(text, pos + rootClose.length) === text.length ? labels : void 0;
}
function skipMisc(text, from) {
  let pos = from;
  for (; ; ) {
    while (pos < text.length && isXmlSpace(text.charCodeAt(pos))) pos++;
    if (!text.startsWith("<!--", pos)) return pos;
    const end = text.indexOf("-->", pos + 4);
    if (end === -1) return pos;
    pos = end + 3;
  }
}

// src/source/label-inputs.ts
function fastLabelInputs(files, child2, wanted) {
  const inputs = [];
  const ids = /* @__PURE__ */ new Set();
  for (const { path: path4, text } of files) {
    const labels = fastLabels(text, child2.tag, child2.uniqueIdElement);
    if (labels === void 0) return void 0;
    for (const label of labels) {
      if (!wanted(label.id)) continue;
      if (ids.has(label.id)) return void 0;
      ids.add(label.id);
      inputs.push(
        fragmentInput({
          type: child2,
          id: label.id,
          path: path4,
          line: label.line,
          fragment: label.fragment
        })
      );
    }
  }
  return inputs;
}
function parsedLabelInputs(files, child2, wanted, warnings) {
  const seen = /* @__PURE__ */ new Map();
  for (const { path: path4, text } of files) {
    const root = parseXml(text, path4);
    for (const node of root.children) {
      if (node.kind !== "element" || node.name !== child2.tag) continue;
      const id = childText(node, child2.uniqueIdElement);
      if (!wanted(id)) continue;
      const first = seen.get(id);
      if (first) {
        if (signature(first.element) !== signature(node)) {
          warnings.push(
            `CustomLabel ${id} is defined in ${first.path} and ${path4} with different content; the first one is deployed.`
          );
        }
        continue;
      }
      seen.set(id, { type: child2, element: node, id, path: path4, line: node.line });
    }
  }
  return [...seen.values()];
}
function signature(el) {
  return JSON.stringify(el.children, (k, v) => k === "line" ? void 0 : v);
}

// src/source/convert-decomposed.ts
async function readXml(ctx, path4) {
  const text = decodeForTransform(await ctx.read(path4), path4, (w) => ctx.warnings.push(w));
  return parseXml(text, path4);
}
function memberOf(c, input) {
  return input.type.ignoreParentName ? input.id : `${c.fullName}.${input.id}`;
}
async function convertDecomposed(ctx, c) {
  const parent = c.meta === void 0 ? void 0 : await readXml(ctx, c.meta);
  const parentWritten = parent !== void 0 && c.parentSelected !== false && selected(ctx, c);
  const parentListed = parentWritten && (hasContent(parent) || c.type.listEmptyParent);
  const inputs = [];
  for (const child2 of c.children) {
    const member = `${c.fullName}.${child2.name}`;
    const childSelected = parentListed || (ctx.selection?.child(child2.type, member) ?? true);
    if (!childSelected) continue;
    const text = decodeForTransform(
      await ctx.read(child2.path),
      child2.path,
      (w) => ctx.warnings.push(w)
    );
    const fast = fastFragment(text, child2.type.tag, child2.type.uniqueIdElement);
    const root = fast ? void 0 : parseXml(text, child2.path);
    const id = fast ? fast.id : childText(root, child2.type.uniqueIdElement);
    if (id !== "" && id !== child2.name) {
      ctx.problems.push(
        `${child2.path} declares <${child2.type.uniqueIdElement}>${id}</${child2.type.uniqueIdElement}>; the file name must match (rename the file to ${id}.${child2.type.suffix ?? ""}-meta.xml or fix the element).`
      );
      continue;
    }
    if (fast) {
      inputs.push(
        fragmentInput({
          type: child2.type,
          id: child2.name,
          path: child2.path,
          line: fast.line,
          fragment: fast.fragment
        })
      );
    } else if (root) {
      inputs.push(
        renderedChild({
          type: child2.type,
          element: childElement(child2.type, root),
          id: child2.name,
          path: child2.path,
          line: root.line
        })
      );
    }
  }
  if (!parentWritten && inputs.length === 0) return;
  if (parent && c.meta !== void 0) {
    const conflicts = inlineConflicts(parent, new Set(inputs.map((i) => i.type.tag)));
    for (const tag of conflicts) {
      ctx.problems.push(`${c.meta} contains <${tag}> inline; move them to ${tag}/*-meta.xml files.`);
    }
    if (conflicts.length > 0) return;
  }
  const out = `${c.type.directoryName}/${c.fullName}.${c.type.suffix ?? ""}`;
  const result = recompose(c.type.name, parent, inputs);
  const sources = [...c.meta === void 0 ? [] : [c.meta], ...inputs.map((i) => i.path)];
  emit(ctx, out, encodeUtf8(result.text), sources);
  ctx.sourceMap.recomposed[out] = result.children.map((p) => ({
    type: p.type.name,
    fullName: p.type.ignoreParentName ? p.id : `${c.fullName}.${p.id}`,
    outputLine: p.outputLine,
    path: p.path,
    line: p.sourceLine
  }));
  if (c.meta !== void 0) {
    if (parentListed) list(ctx, c.type.name, c.fullName, c.meta, parent?.line);
    else locate2(ctx, c.type.name, c.fullName, c.meta, parent?.line);
  }
  for (const input of inputs) {
    const member = memberOf(c, input);
    if (input.type.addressable) list(ctx, input.type.name, member, input.path, input.line);
    else locate2(ctx, input.type.name, member, input.path, input.line);
  }
}
async function convertLabels(ctx, c) {
  const child2 = c.type.children[0];
  if (!child2) return;
  const wholeSelected = selected(ctx, c);
  const wanted = (id) => wholeSelected || (ctx.selection?.child(child2, id) ?? true);
  const files = [];
  for (const path4 of c.content) {
    const text = decodeForTransform(await ctx.read(path4), path4, (w) => ctx.warnings.push(w));
    files.push({ path: path4, text });
  }
  const inputs = fastLabelInputs(files, child2, wanted) ?? parsedLabelInputs(files, child2, wanted, ctx.warnings);
  if (inputs.length === 0 && !wholeSelected) return;
  const out = `${c.type.directoryName}/CustomLabels.${c.type.suffix ?? ""}`;
  const result = recompose(c.type.name, void 0, inputs);
  emit(ctx, out, encodeUtf8(result.text), [...c.content]);
  ctx.sourceMap.recomposed[out] = result.children.map((p) => ({
    type: child2.name,
    fullName: p.id,
    outputLine: p.outputLine,
    path: p.path,
    line: p.sourceLine
  }));
  if (wholeSelected) list(ctx, c.type.name, "CustomLabels", c.content[0] ?? "");
  for (const input of inputs) list(ctx, child2.name, input.id, input.path, input.line);
}

// src/source/convert-static-resource.ts
var ARCHIVE_TYPES = /* @__PURE__ */ new Set([
  "application/zip",
  "application/x-zip-compressed",
  "application/jar"
]);
var RESOURCE_ZIP_LEVEL = 6;
async function convertStaticResource(ctx, c) {
  const files = c.content;
  if (c.meta === void 0) {
    ctx.problems.push(
      `StaticResource ${c.fullName}: ${files[0] ?? ""} has no ${c.fullName}.resource-meta.xml beside it.`
    );
    return;
  }
  if (files.length === 0) {
    ctx.problems.push(
      `StaticResource ${c.fullName}: ${c.meta} has no content (a file ${c.fullName}.<ext> or a folder ${c.fullName}/ with files).`
    );
    return;
  }
  if (!selected(ctx, c)) return;
  const metaBytes = await ctx.read(c.meta);
  const out = `staticresources/${c.fullName}.resource`;
  if (c.folder === void 0) {
    if (files.length > 1) {
      ctx.problems.push(
        `StaticResource ${c.fullName}: several content files (${files.join(", ")}); keep one.`
      );
      return;
    }
    emit(ctx, out, await ctx.read(files[0] ?? ""), [...files]);
  } else {
    const contentType = childText(parseXml(decodeUtf8(metaBytes), c.meta), "contentType");
    if (!ARCHIVE_TYPES.has(contentType)) {
      ctx.problems.push(
        `StaticResource ${c.fullName}: folder content needs contentType application/zip (found ${contentType || "none"}) in ${c.meta}.`
      );
      return;
    }
    const folder = c.folder;
    const entries = /* @__PURE__ */ new Map();
    for (const file of files) entries.set(relativeTo(folder, file), await ctx.read(file));
    emit(ctx, out, zipEntries(entries, { level: RESOURCE_ZIP_LEVEL, directoryEntries: true }), [
      ...files
    ]);
  }
  emit(ctx, `${out}-meta.xml`, metaBytes, [c.meta]);
  list(ctx, c.type.name, c.fullName, c.meta);
}

// src/source/registry/metadata-types.json
var metadata_types_default = {
  $comment: "Generated by conformance/registry-facts.ts from @salesforce/source-deploy-retrieve 12.37.2; do not edit (run it with --write). See docs/package-builder.md.",
  source: "12.37.2",
  types: [
    {
      name: "AccessControlPolicy",
      directoryName: "accessControlPolicies",
      suffix: "policy",
      strategy: "matchingContent",
      strictDirectoryName: true
    },
    {
      name: "AccountForecastSettings",
      directoryName: "AccountForecastSettings",
      suffix: "accountForecastSetting",
      strategy: "copy"
    },
    {
      name: "AccountingFieldMapping",
      directoryName: "accountingFieldMappings",
      suffix: "accountingFieldMapping",
      strategy: "copy"
    },
    {
      name: "AccountingModelConfig",
      directoryName: "accountingModelConfigs",
      suffix: "accountingModelConfig",
      strategy: "copy"
    },
    {
      name: "AccountPlanObjMeasCalcDef",
      directoryName: "accountPlanObjMeasCalcDefs",
      suffix: "accountPlanObjMeasCalcDef",
      strategy: "copy"
    },
    {
      name: "AccountRelationshipShareRule",
      directoryName: "accountRelationshipShareRules",
      suffix: "accountRelationshipShareRule",
      strategy: "copy"
    },
    {
      name: "AcctMgrTargetSettings",
      directoryName: "acctMgrTargetSettings",
      suffix: "acctMgrTargetSetting",
      strategy: "copy"
    },
    {
      name: "ActionableEventOrchDef",
      directoryName: "ActionableEventOrchDefSettings",
      suffix: "settings",
      strategy: "copy",
      strictDirectoryName: true
    },
    {
      name: "ActionableEventTypeDef",
      directoryName: "ActionableEventTypeDefSettings",
      suffix: "settings",
      strategy: "copy",
      strictDirectoryName: true
    },
    {
      name: "ActionableListDefinition",
      directoryName: "actionableListDefinitions",
      suffix: "actionableListDefinition",
      strategy: "copy"
    },
    {
      name: "ActionLauncherItemDef",
      directoryName: "ActionLauncherItemDef",
      suffix: "actionLauncherItemDef",
      strategy: "copy"
    },
    {
      name: "ActionLinkGroupTemplate",
      directoryName: "actionLinkGroupTemplates",
      suffix: "actionLinkGroupTemplate",
      strategy: "copy"
    },
    {
      name: "ActionPlanTemplate",
      directoryName: "actionPlanTemplates",
      suffix: "apt",
      strategy: "copy"
    },
    {
      name: "ActivationPlatform",
      directoryName: "activationPlatforms",
      suffix: "activationPlatform",
      strategy: "copy"
    },
    {
      name: "ActnblListKeyPrfmIndDef",
      directoryName: "actnblListKeyPrfmIndDefs",
      suffix: "actnblListKeyPrfmIndDef",
      strategy: "copy"
    },
    {
      name: "AdvAccountForecastSet",
      directoryName: "AdvAccountForecastSet",
      suffix: "advAccountForecastSet",
      strategy: "copy"
    },
    {
      name: "AdvAcctForecastDimSource",
      directoryName: "AdvAcctForecastDimSource",
      suffix: "advAcctForecastDimSource",
      strategy: "copy"
    },
    {
      name: "AdvAcctForecastPeriodGroup",
      directoryName: "AdvAcctForecastPeriodGroup",
      suffix: "advAcctForecastPeriodGroup",
      strategy: "copy"
    },
    {
      name: "AffinityScoreDefinition",
      directoryName: "affinityScoreDefinitions",
      suffix: "affinityScoreDefinition",
      strategy: "copy"
    },
    {
      name: "AIApplication",
      directoryName: "aiApplications",
      suffix: "ai",
      strategy: "copy"
    },
    {
      name: "AIApplicationConfig",
      directoryName: "aiApplicationConfigs",
      suffix: "aiapplicationconfig",
      strategy: "copy"
    },
    {
      name: "AiAgentScorerDefinition",
      directoryName: "aiAgentScorerDefinitions",
      suffix: "aiAgentScorerDefinition",
      strategy: "copy"
    },
    {
      name: "AIAssistantTemplate",
      directoryName: "aiAssistantTemplates",
      suffix: "aiAssistantTemplate",
      strategy: "copy"
    },
    {
      name: "AiAuthoringBundle",
      directoryName: "aiAuthoringBundles",
      strategy: "bundle",
      strictDirectoryName: true
    },
    {
      name: "AiResponseFormat",
      directoryName: "aiResponseFormats",
      suffix: "aiResponseFormat",
      strategy: "copy"
    },
    {
      name: "AIScoringModelDefinition",
      directoryName: "aiScoringModelDefinitions",
      suffix: "aiScoringModelDefinition",
      strategy: "copy",
      children: [
        {
          name: "AIScoringModelDefVersion",
          directoryName: "aiScoringModelDefVersions",
          suffix: "aiScoringModelDefVersion",
          xmlElementName: "aiScoringModelDefVersions",
          uniqueIdElement: "fullName"
        }
      ],
      childSuffixes: {
        aiScoringModelDefVersion: "AIScoringModelDefVersion"
      }
    },
    {
      name: "AiSurface",
      directoryName: "aiSurfaces",
      suffix: "aiSurface",
      strategy: "copy"
    },
    {
      name: "AiTestingDefinition",
      directoryName: "aiTestingDefinitions",
      suffix: "aiTestingDefinition",
      strategy: "copy"
    },
    {
      name: "AIUsecaseDefinition",
      directoryName: "aiUsecaseDefinitions",
      suffix: "aiUsecaseDefinitions",
      strategy: "copy"
    },
    {
      name: "AnalyticSnapshot",
      directoryName: "analyticSnapshots",
      suffix: "snapshot",
      strategy: "copy"
    },
    {
      name: "AnimationRule",
      directoryName: "animationRules",
      suffix: "animationRule",
      strategy: "copy"
    },
    {
      name: "ApexClass",
      directoryName: "classes",
      suffix: "cls",
      strategy: "matchingContent"
    },
    {
      name: "ApexComponent",
      directoryName: "components",
      suffix: "component",
      strategy: "matchingContent"
    },
    {
      name: "ApexEmailNotifications",
      directoryName: "apexEmailNotifications",
      suffix: "notifications",
      strategy: "copy"
    },
    {
      name: "ApexPage",
      directoryName: "pages",
      suffix: "page",
      strategy: "matchingContent"
    },
    {
      name: "ApexTestSuite",
      directoryName: "testSuites",
      suffix: "testSuite",
      strategy: "copy"
    },
    {
      name: "ApexTrigger",
      directoryName: "triggers",
      suffix: "trigger",
      strategy: "matchingContent"
    },
    {
      name: "ApplicationRecordTypeConfig",
      directoryName: "ApplicationRecordTypeConfig",
      suffix: "applicationRecordTypeConfig",
      strategy: "copy"
    },
    {
      name: "ApplicationSubtypeDefinition",
      directoryName: "ApplicationSubtypeDefinitions",
      suffix: "applicationSubtypeDefinition",
      strategy: "copy"
    },
    {
      name: "AppMenu",
      directoryName: "appMenus",
      suffix: "appMenu",
      strategy: "copy"
    },
    {
      name: "AppointmentAssignmentPolicy",
      directoryName: "appointmentAssignmentPolicies",
      suffix: "policy",
      strategy: "copy",
      strictDirectoryName: true
    },
    {
      name: "AppointmentSchedulingPolicy",
      directoryName: "appointmentSchedulingPolicies",
      suffix: "policy",
      strategy: "copy",
      strictDirectoryName: true
    },
    {
      name: "ApprovalProcess",
      directoryName: "approvalProcesses",
      suffix: "approvalProcess",
      strategy: "copy"
    },
    {
      name: "AssessmentConfiguration",
      directoryName: "AssessmentConfigurations",
      suffix: "assessmentConfiguration",
      strategy: "copy"
    },
    {
      name: "AssessmentQuestion",
      directoryName: "AssessmentQuestions",
      suffix: "aq",
      strategy: "copy"
    },
    {
      name: "AssessmentQuestionSet",
      directoryName: "AssessmentQuestionSets",
      suffix: "aqs",
      strategy: "copy"
    },
    {
      name: "AssignmentRules",
      directoryName: "assignmentRules",
      suffix: "assignmentRules",
      strategy: "copy",
      children: [
        {
          name: "AssignmentRule",
          directoryName: "assignmentRules",
          suffix: "assignmentRule",
          xmlElementName: "assignmentRule",
          uniqueIdElement: "fullName"
        }
      ],
      childSuffixes: {
        assignmentRule: "AssignmentRule"
      }
    },
    {
      name: "AssistantContextItem",
      directoryName: "assistantContextItems",
      suffix: "assistantContextItem",
      strategy: "copy"
    },
    {
      name: "AssistantDefinition",
      directoryName: "assistantDefinitions",
      suffix: "assistantDefinition",
      strategy: "copy"
    },
    {
      name: "AssistantRecommendationType",
      directoryName: "assistantRecommendationTypes",
      suffix: "assistantRecommendationType",
      strategy: "copy"
    },
    {
      name: "AssistantSkillQuickAction",
      directoryName: "assistantSkillQuickActions",
      suffix: "assistantSkillQuickAction",
      strategy: "copy"
    },
    {
      name: "AssistantSkillSobjectAction",
      directoryName: "assistantSkillSobjectActions",
      suffix: "assistantSkillSobjectAction",
      strategy: "copy"
    },
    {
      name: "AssistantVersion",
      directoryName: "assistantVersions",
      suffix: "assistantVersion",
      strategy: "copy"
    },
    {
      name: "Audience",
      directoryName: "audience",
      suffix: "audience",
      strategy: "copy"
    },
    {
      name: "AuraDefinitionBundle",
      directoryName: "aura",
      strategy: "bundle",
      strictDirectoryName: true
    },
    {
      name: "AuthProvider",
      directoryName: "authproviders",
      suffix: "authprovider",
      strategy: "copy"
    },
    {
      name: "AutoResponseRules",
      directoryName: "autoResponseRules",
      suffix: "autoResponseRules",
      strategy: "copy",
      children: [
        {
          name: "AutoResponseRule",
          directoryName: "autoResponseRules",
          suffix: "autoResponseRule",
          xmlElementName: "autoResponseRule",
          uniqueIdElement: "fullName"
        }
      ],
      childSuffixes: {
        autoResponseRule: "AutoResponseRule"
      }
    },
    {
      name: "BatchCalcJobDefinition",
      directoryName: "batchCalcJobDefinitions",
      suffix: "batchCalcJobDefinition",
      strategy: "copy"
    },
    {
      name: "BatchProcessJobDefinition",
      directoryName: "batchProcessJobDefinitions",
      suffix: "batchProcessJobDefinition",
      strategy: "copy"
    },
    {
      name: "BenefitAction",
      directoryName: "benefitActions",
      suffix: "benefitAction",
      strategy: "copy"
    },
    {
      name: "BlacklistedConsumer",
      directoryName: "blacklistedConsumers",
      suffix: "blacklistedConsumer",
      strategy: "copy"
    },
    {
      name: "BldgEnrgyIntensityCnfg",
      directoryName: "buildingEnergyIntensityConfigs",
      suffix: "buildingEnergyIntensityConfig",
      strategy: "copy"
    },
    {
      name: "Bot",
      directoryName: "bots",
      suffix: "bot",
      strategy: "decomposedBeside",
      strictDirectoryName: true,
      children: [
        {
          name: "BotVersion",
          directoryName: "botVersions",
          suffix: "botVersion"
        }
      ],
      childSuffixes: {
        botVersion: "BotVersion"
      }
    },
    {
      name: "BotBlock",
      directoryName: "botBlocks",
      suffix: "botBlock",
      strategy: "copy",
      strictDirectoryName: true
    },
    {
      name: "BotTemplate",
      directoryName: "botTemplates",
      suffix: "botTemplate",
      strategy: "copy",
      strictDirectoryName: true
    },
    {
      name: "BrandingSet",
      directoryName: "brandingSets",
      suffix: "brandingSet",
      strategy: "copy"
    },
    {
      name: "BriefcaseDefinition",
      directoryName: "briefcaseDefinitions",
      suffix: "briefcaseDefinition",
      strategy: "copy"
    },
    {
      name: "BusinessProcessFeedbackConfiguration",
      directoryName: "businessProcessFeedbackConfigurations",
      suffix: "businessProcessFeedbackConfiguration",
      strategy: "copy"
    },
    {
      name: "BusinessProcessGroup",
      directoryName: "businessProcessGroups",
      suffix: "businessProcessGroup",
      strategy: "copy"
    },
    {
      name: "BusinessProcessTypeDefinition",
      directoryName: "BusinessProcessTypeDefinitions",
      suffix: "businessProcessTypeDefinition",
      strategy: "copy"
    },
    {
      name: "CallCenter",
      directoryName: "callCenters",
      suffix: "callCenter",
      strategy: "copy"
    },
    {
      name: "CallCenterRoutingMap",
      directoryName: "callCenterRoutingMaps",
      suffix: "callCenterRoutingMap",
      strategy: "copy"
    },
    {
      name: "CallCoachingMediaProvider",
      directoryName: "callCoachingMediaProviders",
      suffix: "callCoachingMediaProvider",
      strategy: "copy"
    },
    {
      name: "CallCtrAgentFavTrfrDest",
      directoryName: "callCtrAgentFavTrfrDests",
      suffix: "callCtrAgentFavTrfrDest",
      strategy: "copy"
    },
    {
      name: "CampaignInfluenceModel",
      directoryName: "campaignInfluenceModels",
      suffix: "campaignInfluenceModel",
      strategy: "copy"
    },
    {
      name: "CanvasMetadata",
      directoryName: "Canvases",
      suffix: "Canvas",
      strategy: "copy"
    },
    {
      name: "CareBenefitVerifySettings",
      directoryName: "careBenefitVerifySettings",
      suffix: "careBenefitVerifySettings",
      strategy: "copy"
    },
    {
      name: "CareLimitType",
      directoryName: "careLimitTypes",
      suffix: "careLimitType",
      strategy: "copy"
    },
    {
      name: "CareProviderAfflRoleConfig",
      directoryName: "careProviderAfflRoleConfigs",
      suffix: "careProviderAfflRoleConfig",
      strategy: "copy"
    },
    {
      name: "CareProviderSearchConfig",
      directoryName: "careProviderSearchConfigs",
      suffix: "careProviderSearchConfig",
      strategy: "copy"
    },
    {
      name: "CareRequestConfiguration",
      directoryName: "careRequestConfigurations",
      suffix: "careRequestConfiguration",
      strategy: "copy"
    },
    {
      name: "CareSystemFieldMapping",
      directoryName: "careSystemFieldMappings",
      suffix: "careSystemFieldMapping",
      strategy: "copy"
    },
    {
      name: "CaseSubjectParticle",
      directoryName: "CaseSubjectParticles",
      suffix: "CaseSubjectParticle",
      strategy: "copy"
    },
    {
      name: "Certificate",
      directoryName: "certs",
      suffix: "crt",
      strategy: "matchingContent"
    },
    {
      name: "ChannelLayout",
      directoryName: "channelLayouts",
      suffix: "channelLayout",
      strategy: "copy"
    },
    {
      name: "ChannelObjectLinkingRule",
      directoryName: "ChannelObjectLinkingRules",
      suffix: "ChannelObjectLinkingRule",
      strategy: "copy"
    },
    {
      name: "ChatterExtension",
      directoryName: "ChatterExtensions",
      suffix: "ChatterExtension",
      strategy: "copy"
    },
    {
      name: "ClauseCatgConfiguration",
      directoryName: "clauseCatgConfigurations",
      suffix: "clauseCatgConfiguration",
      strategy: "copy"
    },
    {
      name: "CleanDataService",
      directoryName: "cleanDataServices",
      suffix: "cleanDataService",
      strategy: "copy"
    },
    {
      name: "CMSConnectSource",
      directoryName: "cmsConnectSource",
      suffix: "cmsConnectSource",
      strategy: "copy"
    },
    {
      name: "CommandAction",
      directoryName: "commandActions",
      suffix: "commandaction",
      strategy: "copy"
    },
    {
      name: "Community",
      directoryName: "communities",
      suffix: "community",
      strategy: "copy"
    },
    {
      name: "CommunityTemplateDefinition",
      directoryName: "communityTemplateDefinitions",
      suffix: "communityTemplateDefinition",
      strategy: "copy"
    },
    {
      name: "CommunityThemeDefinition",
      directoryName: "communityThemeDefinitions",
      suffix: "communityThemeDefinition",
      strategy: "copy"
    },
    {
      name: "ConnectedApp",
      directoryName: "connectedApps",
      suffix: "connectedApp",
      strategy: "copy"
    },
    {
      name: "ContentAsset",
      directoryName: "contentassets",
      suffix: "asset",
      strategy: "matchingContent"
    },
    {
      name: "ContextDefinition",
      directoryName: "contextDefinitions",
      suffix: "contextDefinition",
      strategy: "copy"
    },
    {
      name: "ContextUseCaseMapping",
      directoryName: "contextUseCaseMappings",
      suffix: "contextUseCaseMapping",
      strategy: "copy"
    },
    {
      name: "ContractType",
      directoryName: "contractTypes",
      suffix: "contractType",
      strategy: "copy"
    },
    {
      name: "ConversationChannelDefinition",
      directoryName: "conversationChannelDefinitions",
      suffix: "ConversationChannelDefinition",
      strategy: "copy"
    },
    {
      name: "ConversationMessageDefinition",
      directoryName: "conversationMessageDefinitions",
      suffix: "conversationMessageDefinition",
      strategy: "copy"
    },
    {
      name: "ConversationVendorFieldDef",
      directoryName: "ConversationVendorFieldDefinitions",
      suffix: "ConversationVendorFieldDefinition",
      strategy: "copy"
    },
    {
      name: "ConversationVendorInfo",
      directoryName: "ConversationVendorInformation",
      suffix: "ConversationVendorInformation",
      strategy: "copy"
    },
    {
      name: "CorsWhitelistOrigin",
      directoryName: "corsWhitelistOrigins",
      suffix: "corsWhitelistOrigin",
      strategy: "copy"
    },
    {
      name: "CspTrustedSite",
      directoryName: "cspTrustedSites",
      suffix: "cspTrustedSite",
      strategy: "copy"
    },
    {
      name: "CustomApplication",
      directoryName: "applications",
      suffix: "app",
      strategy: "copy"
    },
    {
      name: "CustomApplicationComponent",
      directoryName: "customApplicationComponents",
      suffix: "customApplicationComponent",
      strategy: "copy"
    },
    {
      name: "CustomDataType",
      directoryName: "datatypes",
      suffix: "datatype",
      strategy: "copy"
    },
    {
      name: "CustomExperience",
      directoryName: "customExperiences",
      suffix: "customExperience",
      strategy: "copy"
    },
    {
      name: "CustomFeedFilter",
      directoryName: "feedFilters",
      suffix: "feedFilter",
      strategy: "copy"
    },
    {
      name: "CustomHelpMenuSection",
      directoryName: "customHelpMenuSections",
      suffix: "customHelpMenuSection",
      strategy: "copy"
    },
    {
      name: "CustomIndex",
      directoryName: "customindex",
      suffix: "indx",
      strategy: "copy"
    },
    {
      name: "CustomLabels",
      directoryName: "labels",
      suffix: "labels",
      strategy: "labels",
      children: [
        {
          name: "CustomLabel",
          directoryName: "labels",
          suffix: "labels",
          xmlElementName: "labels",
          uniqueIdElement: "fullName",
          ignoreParentName: true
        }
      ],
      childSuffixes: {
        labels: "CustomLabel"
      }
    },
    {
      name: "CustomMetadata",
      directoryName: "customMetadata",
      suffix: "md",
      strategy: "copy"
    },
    {
      name: "CustomNotificationType",
      directoryName: "notificationtypes",
      suffix: "notiftype",
      strategy: "copy"
    },
    {
      name: "CustomObject",
      directoryName: "objects",
      suffix: "object",
      strategy: "decomposed",
      strictDirectoryName: true,
      children: [
        {
          name: "BusinessProcess",
          directoryName: "businessProcesses",
          suffix: "businessProcess"
        },
        {
          name: "CompactLayout",
          directoryName: "compactLayouts",
          suffix: "compactLayout"
        },
        {
          name: "CustomField",
          directoryName: "fields",
          suffix: "field"
        },
        {
          name: "FieldSet",
          directoryName: "fieldSets",
          suffix: "fieldSet"
        },
        {
          name: "Index",
          directoryName: "indexes",
          suffix: "index",
          legacySuffix: "indexe"
        },
        {
          name: "ListView",
          directoryName: "listViews",
          suffix: "listView"
        },
        {
          name: "RecordType",
          directoryName: "recordTypes",
          suffix: "recordType"
        },
        {
          name: "SharingReason",
          directoryName: "sharingReasons",
          suffix: "sharingReason"
        },
        {
          name: "ValidationRule",
          directoryName: "validationRules",
          suffix: "validationRule"
        },
        {
          name: "WebLink",
          directoryName: "webLinks",
          suffix: "webLink"
        }
      ],
      childSuffixes: {
        businessProcess: "BusinessProcess",
        compactLayout: "CompactLayout",
        field: "CustomField",
        fieldSet: "FieldSet",
        index: "Index",
        indexe: "Index",
        listView: "ListView",
        recordType: "RecordType",
        sharingReason: "SharingReason",
        validationRule: "ValidationRule",
        webLink: "WebLink"
      }
    },
    {
      name: "CustomObjectTranslation",
      directoryName: "objectTranslations",
      suffix: "objectTranslation",
      strategy: "decomposedBeside",
      strictDirectoryName: true,
      children: [
        {
          name: "CustomFieldTranslation",
          directoryName: "fields",
          suffix: "fieldTranslation",
          uniqueIdElement: "name",
          addressable: false,
          unaddressableWithoutParent: true
        }
      ],
      childSuffixes: {
        fieldTranslation: "CustomFieldTranslation"
      }
    },
    {
      name: "CustomPageWebLink",
      directoryName: "weblinks",
      suffix: "weblink",
      legacySuffix: "custompageweblink",
      strategy: "copy"
    },
    {
      name: "CustomPermission",
      directoryName: "customPermissions",
      suffix: "customPermission",
      strategy: "copy"
    },
    {
      name: "CustomSite",
      directoryName: "sites",
      suffix: "site",
      strategy: "copy",
      strictDirectoryName: true
    },
    {
      name: "CustomTab",
      directoryName: "tabs",
      suffix: "tab",
      strategy: "copy"
    },
    {
      name: "Dashboard",
      directoryName: "dashboards",
      suffix: "dashboard",
      strategy: "copy",
      inFolder: {
        folderType: "DashboardFolder",
        folderSuffix: "dashboardFolder",
        trailingSlash: true
      }
    },
    {
      name: "DataCalcInsightTemplate",
      directoryName: "dataCalcInsightTemplates",
      suffix: "dataCalcInsightTemplate",
      strategy: "copy"
    },
    {
      name: "DataCategoryGroup",
      directoryName: "datacategorygroups",
      suffix: "datacategorygroup",
      strategy: "copy"
    },
    {
      name: "DataConnector",
      directoryName: "dataconnectors",
      suffix: "dataconnector",
      strategy: "copy"
    },
    {
      name: "DataConnectorIngestApi",
      directoryName: "dataConnectorIngestApis",
      suffix: "dataConnectorIngestApi",
      strategy: "copy"
    },
    {
      name: "DataConnectorS3",
      directoryName: "s3DataConnectors",
      suffix: "s3DataConnector",
      strategy: "copy"
    },
    {
      name: "DataKitObjectDependency",
      directoryName: "dataKitObjectDependencies",
      suffix: "dataKitObjectDependency",
      strategy: "copy"
    },
    {
      name: "DataKitObjectTemplate",
      directoryName: "dataKitObjectTemplates",
      suffix: "dataKitObjectTemplate",
      strategy: "copy"
    },
    {
      name: "DataObjectBuildOrgTemplate",
      directoryName: "dataObjectBuildOrgTemplates",
      suffix: "dataObjectBuildOrgTemplate",
      strategy: "copy"
    },
    {
      name: "MktDatalakeSrcKeyQualifier",
      directoryName: "mktDatalakeSrcKeyQualifier",
      suffix: "mktDatalakeSrcKeyQualifier",
      strategy: "copy"
    },
    {
      name: "DataPackageKitDefinition",
      directoryName: "dataPackageKitDefinitions",
      suffix: "dataPackageKitDefinition",
      strategy: "copy"
    },
    {
      name: "DataPackageKitObject",
      directoryName: "DataPackageKitObjects",
      suffix: "DataPackageKitObject",
      strategy: "copy"
    },
    {
      name: "DataPipeline",
      directoryName: "dataPipelines",
      suffix: "dataPipeline",
      strategy: "matchingContent"
    },
    {
      name: "DataSource",
      directoryName: "mktDataSources",
      suffix: "dataSource",
      strategy: "copy",
      strictDirectoryName: true
    },
    {
      name: "DataSourceBundleDefinition",
      directoryName: "dataSourceBundleDefinitions",
      suffix: "dataSourceBundleDefinition",
      strategy: "copy"
    },
    {
      name: "DataSourceObject",
      directoryName: "dataSourceObjects",
      suffix: "dataSourceObject",
      strategy: "copy"
    },
    {
      name: "DataSourceTenant",
      directoryName: "dataSourceTenants",
      suffix: "dataSourceTenant",
      strategy: "copy"
    },
    {
      name: "DataSrcDataModelFieldMap",
      directoryName: "dataSrcDataModelFieldMaps",
      suffix: "dataSrcDataModelFieldMap",
      strategy: "copy"
    },
    {
      name: "DataStreamDefinition",
      directoryName: "dataStreamDefinitions",
      suffix: "dataStreamDefinition",
      strategy: "copy"
    },
    {
      name: "DataStreamTemplate",
      directoryName: "dataStreamTemplates",
      suffix: "dataStreamTemplate",
      strategy: "copy"
    },
    {
      name: "DataWeaveResource",
      directoryName: "dw",
      suffix: "dwl",
      strategy: "matchingContent"
    },
    {
      name: "DecisionMatrixDefinition",
      directoryName: "decisionMatrixDefinition",
      suffix: "decisionMatrixDefinition",
      strategy: "copy"
    },
    {
      name: "DecisionMatrixDefinitionVersion",
      directoryName: "decisionMatrixVersion",
      suffix: "decisionMatrixVersion",
      strategy: "copy"
    },
    {
      name: "DecisionTable",
      directoryName: "decisionTables",
      suffix: "decisionTable",
      strategy: "copy"
    },
    {
      name: "DecisionTableDatasetLink",
      directoryName: "decisionTableDatasetLinks",
      suffix: "decisionTableDatasetLink",
      strategy: "copy"
    },
    {
      name: "DelegateGroup",
      directoryName: "delegateGroups",
      suffix: "delegateGroup",
      strategy: "copy"
    },
    {
      name: "DigitalExperienceBundle",
      directoryName: "digitalExperiences",
      suffix: "digitalExperience",
      strategy: "digitalExperience",
      children: [
        {
          name: "DigitalExperience",
          directoryName: "digitalExperiences",
          suffix: "digitalExperience",
          metaFileName: "_meta.json"
        }
      ],
      childSuffixes: {
        digitalExperience: "DigitalExperience"
      }
    },
    {
      name: "DigitalExperienceConfig",
      directoryName: "digitalExperienceConfigs",
      suffix: "digitalExperienceConfig",
      strategy: "copy"
    },
    {
      name: "DisclosureDefinition",
      directoryName: "disclosureDefinitions",
      suffix: "disclosureDefinition",
      strategy: "copy"
    },
    {
      name: "DisclosureDefinitionVersion",
      directoryName: "disclosureDefinitionVersions",
      suffix: "disclosureDefinitionVersion",
      strategy: "copy"
    },
    {
      name: "DisclosureType",
      directoryName: "disclosureTypes",
      suffix: "disclosureType",
      strategy: "copy"
    },
    {
      name: "DiscoveryAIModel",
      directoryName: "discovery",
      suffix: "model",
      strategy: "matchingContent"
    },
    {
      name: "DiscoveryGoal",
      directoryName: "discovery",
      suffix: "goal",
      strategy: "copy"
    },
    {
      name: "DiscoveryStory",
      directoryName: "discovery",
      suffix: "story",
      strategy: "matchingContent"
    },
    {
      name: "Document",
      directoryName: "documents",
      suffix: "document",
      strategy: "document",
      strictDirectoryName: true,
      inFolder: {
        folderType: "DocumentFolder",
        folderSuffix: "documentFolder",
        trailingSlash: false
      }
    },
    {
      name: "DocumentCategory",
      directoryName: "documentCategory",
      suffix: "documentCategory",
      strategy: "copy"
    },
    {
      name: "DocumentCategoryDocumentType",
      directoryName: "documentCategoryDocumentTypes",
      suffix: "documentCategoryDocumentType",
      strategy: "copy"
    },
    {
      name: "DocumentGenerationSetting",
      directoryName: "documentGenerationSettings",
      suffix: "documentGenerationSetting",
      strategy: "copy"
    },
    {
      name: "DocumentTemplate",
      directoryName: "documentTemplates",
      suffix: "dt",
      strategy: "matchingContent"
    },
    {
      name: "DocumentType",
      directoryName: "documentTypes",
      suffix: "documentType",
      strategy: "copy"
    },
    {
      name: "DuplicateRule",
      directoryName: "duplicateRules",
      suffix: "duplicateRule",
      strategy: "copy"
    },
    {
      name: "DynamicTrigger",
      directoryName: "dynamicTriggers",
      suffix: "dynamicTrigger",
      strategy: "copy"
    },
    {
      name: "EclairGeoData",
      directoryName: "eclair",
      suffix: "geodata",
      strategy: "matchingContent"
    },
    {
      name: "EmailServicesFunction",
      directoryName: "emailservices",
      suffix: "xml",
      strategy: "copy",
      strictDirectoryName: true
    },
    {
      name: "EmailTemplate",
      directoryName: "email",
      suffix: "email",
      strategy: "matchingContent",
      inFolder: {
        folderType: "EmailFolder",
        folderSuffix: "emailFolder",
        trailingSlash: false,
        aliasSuffix: "emailTemplateFolder",
        aliasTrailingSlash: true
      }
    },
    {
      name: "EmbeddedServiceBranding",
      directoryName: "EmbeddedServiceBranding",
      suffix: "EmbeddedServiceBranding",
      strategy: "copy"
    },
    {
      name: "EmbeddedServiceConfig",
      directoryName: "EmbeddedServiceConfig",
      suffix: "EmbeddedServiceConfig",
      strategy: "copy"
    },
    {
      name: "EmbeddedServiceFieldService",
      directoryName: "EmbeddedServiceFieldService",
      suffix: "EmbeddedServiceFieldService",
      strategy: "copy"
    },
    {
      name: "EmbeddedServiceFlowConfig",
      directoryName: "EmbeddedServiceFlowConfig",
      suffix: "EmbeddedServiceFlowConfig",
      strategy: "copy"
    },
    {
      name: "EmbeddedServiceLiveAgent",
      directoryName: "EmbeddedServiceLiveAgent",
      suffix: "EmbeddedServiceLiveAgent",
      strategy: "copy"
    },
    {
      name: "EmbeddedServiceMenuSettings",
      directoryName: "EmbeddedServiceMenuSettings",
      suffix: "EmbeddedServiceMenuSettings",
      strategy: "copy"
    },
    {
      name: "EmployeeDataSyncProfile",
      directoryName: "employeeDataSyncProfiles",
      suffix: "employeeDataSyncProfile",
      strategy: "copy"
    },
    {
      name: "EnablementMeasureDefinition",
      directoryName: "enablementMeasureDefinitions",
      suffix: "enablementMeasureDefinition",
      strategy: "copy"
    },
    {
      name: "EnablementProgramDefinition",
      directoryName: "enablementProgramDefinitions",
      suffix: "enablementProgramDefinition",
      strategy: "copy"
    },
    {
      name: "EnblProgramTaskSubCategory",
      directoryName: "enblProgramTaskSubCategories",
      suffix: "enblProgramTaskSubCategory",
      strategy: "copy"
    },
    {
      name: "EntitlementProcess",
      directoryName: "entitlementProcesses",
      suffix: "entitlementProcess",
      strategy: "copy"
    },
    {
      name: "EntitlementTemplate",
      directoryName: "entitlementTemplates",
      suffix: "entitlementTemplate",
      strategy: "copy"
    },
    {
      name: "EntityImplements",
      directoryName: "entityImplements",
      suffix: "entityImplements",
      strategy: "copy"
    },
    {
      name: "EscalationRules",
      directoryName: "escalationRules",
      suffix: "escalationRules",
      strategy: "copy",
      children: [
        {
          name: "EscalationRule",
          directoryName: "escalationRules",
          suffix: "escalationRule",
          xmlElementName: "escalationRule",
          uniqueIdElement: "fullName"
        }
      ],
      childSuffixes: {
        escalationRule: "EscalationRule"
      }
    },
    {
      name: "ESignatureConfig",
      directoryName: "eSignatureConfigs",
      suffix: "eSignatureConfig",
      strategy: "copy"
    },
    {
      name: "ESignatureEnvelopeConfig",
      directoryName: "eSignatureEnvelopeConfigs",
      suffix: "eSignatureEnvelopeConfig",
      strategy: "copy"
    },
    {
      name: "EventDelivery",
      directoryName: "eventDeliveries",
      suffix: "delivery",
      strategy: "copy"
    },
    {
      name: "EventRelayConfig",
      directoryName: "eventRelays",
      suffix: "eventRelay",
      strategy: "copy"
    },
    {
      name: "EventSubscription",
      directoryName: "eventSubscriptions",
      suffix: "subscription",
      strategy: "copy"
    },
    {
      name: "EventType",
      directoryName: "eventTypes",
      suffix: "eventType",
      strategy: "copy"
    },
    {
      name: "ExperienceBundle",
      directoryName: "experiences",
      strategy: "experienceBundle",
      strictDirectoryName: true,
      metaSuffix: "site"
    },
    {
      name: "ExperiencePropertyTypeBundle",
      directoryName: "experiencePropertyTypeBundles",
      strategy: "bundle",
      strictDirectoryName: true,
      metaFileName: "schema.json"
    },
    {
      name: "ExplainabilityActionDefinition",
      directoryName: "ExplainabilityActionDefinitions",
      suffix: "explainabilityActionDefinition",
      strategy: "copy"
    },
    {
      name: "ExplainabilityActionVersion",
      directoryName: "ExplainabilityActionVersions",
      suffix: "explainabilityActionVersion",
      strategy: "copy"
    },
    {
      name: "ExplainabilityMsgTemplate",
      directoryName: "ExplainabilityMsgTemplates",
      suffix: "explainabilityMsgTemplate",
      strategy: "copy"
    },
    {
      name: "ExpressionSetDefinition",
      directoryName: "expressionSetDefinition",
      suffix: "expressionSetDefinition",
      strategy: "copy"
    },
    {
      name: "ExpressionSetDefinitionVersion",
      directoryName: "expressionSetVersion",
      suffix: "expressionSetVersion",
      strategy: "copy"
    },
    {
      name: "ExpressionSetMessageToken",
      directoryName: "expressionSetMessageToken",
      suffix: "expressionSetMessageToken",
      strategy: "copy"
    },
    {
      name: "ExpressionSetObjectAlias",
      directoryName: "expressionSetObjectAlias",
      suffix: "expressionSetObjectAlias",
      strategy: "copy"
    },
    {
      name: "ExtDataTranObjectTemplate",
      directoryName: "extDataTranObjectTemplates",
      suffix: "extDataTranObjectTemplate",
      strategy: "copy",
      children: [
        {
          name: "extDataTranFieldTemplate",
          directoryName: "extDataTranFieldTemplates",
          suffix: "extDataTranFieldTemplate"
        }
      ],
      childSuffixes: {
        extDataTranFieldTemplate: "extDataTranFieldTemplate"
      }
    },
    {
      name: "ExternalAIModel",
      directoryName: "externalAIModels",
      suffix: "externalAIModel",
      strategy: "copy"
    },
    {
      name: "ExternalAuthIdentityProvider",
      directoryName: "externalAuthIdentityProviders",
      suffix: "externalAuthIdentityProvider",
      strategy: "copy"
    },
    {
      name: "ExternalClientApplication",
      directoryName: "externalClientApps",
      suffix: "eca",
      strategy: "copy"
    },
    {
      name: "ExternalCredential",
      directoryName: "externalCredentials",
      suffix: "externalCredential",
      strategy: "copy"
    },
    {
      name: "ExternalDataConnector",
      directoryName: "externalDataConnectors",
      suffix: "externalDataConnector",
      strategy: "copy"
    },
    {
      name: "ExternalDataSource",
      directoryName: "dataSources",
      suffix: "dataSource",
      strategy: "copy"
    },
    {
      name: "ExternalDataTranObject",
      directoryName: "externalDataTranObjects",
      suffix: "externalDataTranObject",
      strategy: "copy"
    },
    {
      name: "ExternalDocStorageConfig",
      directoryName: "externalDocStorageConfigs",
      suffix: "externalDocStorageConfig",
      strategy: "copy"
    },
    {
      name: "ExternalServiceRegistration",
      directoryName: "externalServiceRegistrations",
      suffix: "externalServiceRegistration",
      strategy: "copy"
    },
    {
      name: "ExtlClntAppConfigurablePolicies",
      directoryName: "extlClntAppPolicies",
      suffix: "ecaPlcy",
      strategy: "copy"
    },
    {
      name: "ExtlClntAppGlobalOauthSettings",
      directoryName: "extlClntAppGlobalOauthSets",
      suffix: "ecaGlblOauth",
      strategy: "copy"
    },
    {
      name: "ExtlClntAppMobileConfigurablePolicies",
      directoryName: "extlClntAppMobilePolicies",
      suffix: "ecaMobilePlcy",
      strategy: "copy"
    },
    {
      name: "ExtlClntAppMobileSettings",
      directoryName: "extlClntAppMobileSettings",
      suffix: "ecaMobile",
      strategy: "copy"
    },
    {
      name: "ExtlClntAppNotificationSettings",
      directoryName: "extlClntAppNotifSettings",
      suffix: "ecaNotifications",
      strategy: "copy"
    },
    {
      name: "ExtlClntAppOauthConfigurablePolicies",
      directoryName: "extlClntAppOauthPolicies",
      suffix: "ecaOauthPlcy",
      strategy: "copy"
    },
    {
      name: "ExtlClntAppOauthSettings",
      directoryName: "extlClntAppOauthSettings",
      suffix: "ecaOauth",
      strategy: "copy"
    },
    {
      name: "ExtlClntAppOauthSecuritySettings",
      directoryName: "extlClntAppOauthSecuritySettings",
      suffix: "ecaOauthSecurity",
      strategy: "copy"
    },
    {
      name: "ExtlClntAppSamlConfigurablePolicies",
      directoryName: "extlClntAppSamlConfigurablePolicies",
      suffix: "ecaSamlPlcy",
      strategy: "copy"
    },
    {
      name: "ExtlClntAppSampleConfigurablePolicies",
      directoryName: "extlClntAppSamplePolicies",
      suffix: "ecaSmplPlcy",
      strategy: "copy"
    },
    {
      name: "ExtlClntAppSampleSettings",
      directoryName: "extlClntAppSampleSettings",
      suffix: "ecaSmpl",
      strategy: "copy"
    },
    {
      name: "FeatureParameterBoolean",
      directoryName: "featureParameters",
      suffix: "featureParameterBoolean",
      strategy: "copy"
    },
    {
      name: "FeatureParameterDate",
      directoryName: "featureParameters",
      suffix: "featureParameterDate",
      strategy: "copy"
    },
    {
      name: "FeatureParameterInteger",
      directoryName: "featureParameters",
      suffix: "featureParameterInteger",
      strategy: "copy"
    },
    {
      name: "FieldMappingConfig",
      directoryName: "fieldMappingConfigs",
      suffix: "fieldMappingConfig",
      strategy: "copy"
    },
    {
      name: "FieldRestrictionRule",
      directoryName: "fieldRestrictionRules",
      suffix: "rule",
      strategy: "copy",
      strictDirectoryName: true
    },
    {
      name: "FieldServiceMobileExtension",
      directoryName: "fieldServiceMobileExtensions",
      suffix: "fieldServiceMobileExtension",
      strategy: "copy"
    },
    {
      name: "FieldSrcTrgtRelationship",
      directoryName: "fieldSrcTrgtRelationships",
      suffix: "fieldSrcTrgtRelationship",
      strategy: "copy"
    },
    {
      name: "FlexiPage",
      directoryName: "flexipages",
      suffix: "flexipage",
      strategy: "copy"
    },
    {
      name: "Flow",
      directoryName: "flows",
      suffix: "flow",
      strategy: "copy"
    },
    {
      name: "FlowCategory",
      directoryName: "flowCategories",
      suffix: "flowCategory",
      strategy: "copy"
    },
    {
      name: "FlowDefinition",
      directoryName: "flowDefinitions",
      suffix: "flowDefinition",
      strategy: "copy"
    },
    {
      name: "FlowTest",
      directoryName: "flowtests",
      suffix: "flowtest",
      strategy: "copy"
    },
    {
      name: "FlowValueMap",
      directoryName: "flowValueMaps",
      suffix: "flowvaluemap",
      strategy: "copy"
    },
    {
      name: "ForecastingFilter",
      directoryName: "forecastingFilters",
      suffix: "forecastingFilter",
      strategy: "copy"
    },
    {
      name: "ForecastingFilterCondition",
      directoryName: "forecastingFilterConditions",
      suffix: "forecastingFilterCondition",
      strategy: "copy"
    },
    {
      name: "ForecastingGroup",
      directoryName: "forecastingGroups",
      suffix: "forecastingGroup",
      strategy: "copy"
    },
    {
      name: "ForecastingSourceDefinition",
      directoryName: "forecastingSourceDefinitions",
      suffix: "forecastingSourceDefinition",
      strategy: "copy"
    },
    {
      name: "ForecastingType",
      directoryName: "forecastingTypes",
      suffix: "forecastingType",
      strategy: "copy"
    },
    {
      name: "ForecastingTypeSource",
      directoryName: "forecastingTypeSources",
      suffix: "forecastingTypeSource",
      strategy: "copy"
    },
    {
      name: "Form",
      directoryName: "forms",
      suffix: "form",
      strategy: "copy",
      children: [
        {
          name: "FormSection",
          directoryName: "formSections",
          suffix: "formSection"
        }
      ],
      childSuffixes: {
        formSection: "FormSection"
      }
    },
    {
      name: "FuelType",
      directoryName: "fuelTypes",
      suffix: "fuelType",
      strategy: "copy"
    },
    {
      name: "FuelTypeSustnUom",
      directoryName: "fuelTypeSustnUoms",
      suffix: "fuelTypeSustnUom",
      strategy: "copy"
    },
    {
      name: "FunctionReference",
      directoryName: "functions",
      suffix: "function",
      strategy: "copy"
    },
    {
      name: "FundraisingConfig",
      directoryName: "fundraisingConfigs",
      suffix: "fundraisingConfig",
      strategy: "copy"
    },
    {
      name: "GatewayProviderPaymentMethodType",
      directoryName: "gatewayProviderPaymentMethodTypes",
      suffix: "gatewayProviderPaymentMethodType",
      strategy: "copy"
    },
    {
      name: "GenAiFunction",
      directoryName: "genAiFunctions",
      strategy: "bundle",
      strictDirectoryName: true
    },
    {
      name: "GenAiPlanner",
      directoryName: "genAiPlanners",
      suffix: "genAiPlanner",
      strategy: "copy"
    },
    {
      name: "GenAiPlannerBundle",
      directoryName: "genAiPlannerBundles",
      strategy: "bundle",
      strictDirectoryName: true
    },
    {
      name: "GenAiPlugin",
      directoryName: "genAiPlugins",
      suffix: "genAiPlugin",
      strategy: "copy"
    },
    {
      name: "GenAiPromptTemplate",
      directoryName: "genAiPromptTemplates",
      suffix: "genAiPromptTemplate",
      strategy: "copy"
    },
    {
      name: "GenAiPromptTemplateActv",
      directoryName: "genAiPromptTemplateActivations",
      suffix: "genAiPromptTemplateActivation",
      strategy: "copy"
    },
    {
      name: "GiftEntryGridTemplate",
      directoryName: "giftEntryGridTemplates",
      suffix: "giftEntryGridTemplate",
      strategy: "copy"
    },
    {
      name: "GlobalPicklist",
      directoryName: "globalPicklists",
      suffix: "globalPicklist",
      strategy: "copy"
    },
    {
      name: "GlobalValueSet",
      directoryName: "globalValueSets",
      suffix: "globalValueSet",
      strategy: "copy"
    },
    {
      name: "GlobalValueSetTranslation",
      directoryName: "globalValueSetTranslations",
      suffix: "globalValueSetTranslation",
      strategy: "copy"
    },
    {
      name: "Group",
      directoryName: "groups",
      suffix: "group",
      strategy: "copy"
    },
    {
      name: "HomePageComponent",
      directoryName: "homePageComponents",
      suffix: "homePageComponent",
      strategy: "copy"
    },
    {
      name: "HomePageLayout",
      directoryName: "homePageLayouts",
      suffix: "homePageLayout",
      strategy: "copy"
    },
    {
      name: "HouseholdNamingConfig",
      directoryName: "householdNamingConfigs",
      suffix: "householdNamingConfig",
      strategy: "copy"
    },
    {
      name: "Icon",
      directoryName: "icons",
      suffix: "icon",
      strategy: "copy"
    },
    {
      name: "IdentityVerificationProcDef",
      directoryName: "IdentityVerificationProcDefs",
      suffix: "IdentityVerificationProcDef",
      strategy: "copy"
    },
    {
      name: "IframeWhiteListUrlSettings",
      directoryName: "iframeWhiteListUrlSettings",
      suffix: "iframeWhiteListUrlSettings",
      strategy: "copy"
    },
    {
      name: "InboundCertificate",
      directoryName: "inboundCertificates",
      suffix: "inboundCertificate",
      strategy: "matchingContent"
    },
    {
      name: "InboundNetworkConnection",
      directoryName: "inboundNetworkConnections",
      suffix: "inboundNetworkConnection",
      strategy: "copy"
    },
    {
      name: "IndustriesManufacturingSettings",
      directoryName: "IndustriesManufacturingSettings",
      suffix: "settings",
      strategy: "copy",
      strictDirectoryName: true
    },
    {
      name: "InsightType",
      directoryName: "insightTypes",
      suffix: "insightType",
      strategy: "copy"
    },
    {
      name: "InstalledPackage",
      directoryName: "installedPackages",
      suffix: "installedPackage",
      strategy: "copy"
    },
    {
      name: "IntegrationHubSettings",
      directoryName: "integrationHub",
      suffix: "settings",
      strategy: "copy",
      strictDirectoryName: true
    },
    {
      name: "IntegrationHubSettingsType",
      directoryName: "integrationHub",
      suffix: "type",
      strategy: "copy"
    },
    {
      name: "IntegArtifactDef",
      directoryName: "integArtifactDefs",
      strategy: "bundle",
      strictDirectoryName: true
    },
    {
      name: "IntegrationProviderDef",
      directoryName: "integrationProviderDefinitions",
      suffix: "integrationProviderDefinition",
      strategy: "copy"
    },
    {
      name: "InternalDataConnector",
      directoryName: "internalDataConnectors",
      suffix: "internalDataConnector",
      strategy: "copy"
    },
    {
      name: "InternalOrganization",
      directoryName: "internalOrganizations",
      suffix: "internalOrganization",
      strategy: "copy"
    },
    {
      name: "IPAddressRange",
      directoryName: "IPAddressRanges",
      suffix: "IPAddressRange",
      strategy: "copy"
    },
    {
      name: "KeywordList",
      directoryName: "moderation",
      suffix: "keywords",
      strategy: "copy"
    },
    {
      name: "Layout",
      directoryName: "layouts",
      suffix: "layout",
      strategy: "copy"
    },
    {
      name: "LeadConvertSettings",
      directoryName: "LeadConvertSettings",
      suffix: "LeadConvertSetting",
      strategy: "copy"
    },
    {
      name: "LearningAchievementConfig",
      directoryName: "learningAchievementConfigs",
      suffix: "learningAchievementConfig",
      strategy: "copy"
    },
    {
      name: "LearningItemType",
      directoryName: "learningItemTypes",
      suffix: "learningItemType",
      strategy: "copy"
    },
    {
      name: "Letterhead",
      directoryName: "letterhead",
      suffix: "letter",
      strategy: "copy"
    },
    {
      name: "LicenseDefinition",
      directoryName: "licenseDefinitions",
      suffix: "licenseDefinition",
      strategy: "copy"
    },
    {
      name: "LightningBolt",
      directoryName: "lightningBolts",
      suffix: "lightningBolt",
      strategy: "copy"
    },
    {
      name: "LightningComponentBundle",
      directoryName: "lwc",
      strategy: "bundle",
      strictDirectoryName: true
    },
    {
      name: "LightningExperienceTheme",
      directoryName: "lightningExperienceThemes",
      suffix: "lightningExperienceTheme",
      strategy: "copy"
    },
    {
      name: "LightningMessageChannel",
      directoryName: "messageChannels",
      suffix: "messageChannel",
      strategy: "copy"
    },
    {
      name: "LightningOnboardingConfig",
      directoryName: "lightningOnboardingConfigs",
      suffix: "lightningOnboardingConfig",
      strategy: "copy"
    },
    {
      name: "LiveChatAgentConfig",
      directoryName: "liveChatAgentConfigs",
      suffix: "liveChatAgentConfig",
      strategy: "copy"
    },
    {
      name: "LiveChatButton",
      directoryName: "liveChatButtons",
      suffix: "liveChatButton",
      strategy: "copy"
    },
    {
      name: "LiveChatDeployment",
      directoryName: "liveChatDeployments",
      suffix: "liveChatDeployment",
      strategy: "copy"
    },
    {
      name: "LiveChatSensitiveDataRule",
      directoryName: "liveChatSensitiveDataRule",
      suffix: "liveChatSensitiveDataRule",
      strategy: "copy"
    },
    {
      name: "LocationUse",
      directoryName: "locationUses",
      suffix: "locationUse",
      strategy: "copy"
    },
    {
      name: "LoyaltyProgramSetup",
      directoryName: "loyaltyProgramSetups",
      suffix: "loyaltyProgramSetup",
      strategy: "copy"
    },
    {
      name: "ManagedContentType",
      directoryName: "managedContentTypes",
      suffix: "managedContentType",
      strategy: "copy"
    },
    {
      name: "ManagedEventSubscription",
      directoryName: "managedEventSubscriptions",
      suffix: "managedEventSubscription",
      strategy: "copy"
    },
    {
      name: "ManagedTopics",
      directoryName: "managedTopics",
      suffix: "managedTopics",
      strategy: "copy",
      children: [
        {
          name: "ManagedTopic",
          directoryName: "managedTopics",
          suffix: "managedTopic"
        }
      ],
      childSuffixes: {
        managedTopic: "ManagedTopic"
      }
    },
    {
      name: "MarketingAppExtension",
      directoryName: "marketingappextensions",
      suffix: "marketingappextension",
      strategy: "copy"
    },
    {
      name: "MarketingResourceType",
      directoryName: "marketingResourceType",
      suffix: "marketingResourceType",
      strategy: "copy"
    },
    {
      name: "MarketSegmentDefinition",
      directoryName: "marketSegmentDefinitions",
      suffix: "marketSegmentDefinition",
      strategy: "copy"
    },
    {
      name: "MatchingRules",
      directoryName: "matchingRules",
      suffix: "matchingRule",
      strategy: "copy",
      children: [
        {
          name: "MatchingRule",
          directoryName: "matchingRules",
          suffix: "matchingRule",
          xmlElementName: "matchingRules",
          uniqueIdElement: "fullName"
        }
      ],
      childSuffixes: {
        matchingRule: "MatchingRule"
      }
    },
    {
      name: "MessagingChannel",
      directoryName: "messagingChannels",
      suffix: "messagingChannel",
      strategy: "copy"
    },
    {
      name: "MfgProgramTemplate",
      directoryName: "MfgProgramTemplate",
      suffix: "mfgProgramTemplate",
      strategy: "copy"
    },
    {
      name: "MilestoneType",
      directoryName: "milestoneTypes",
      suffix: "milestoneType",
      strategy: "copy"
    },
    {
      name: "MktCalcInsightObjectDef",
      directoryName: "mktCalcInsightObjectDefs",
      suffix: "mktCalcInsightObjectDef",
      strategy: "copy"
    },
    {
      name: "MktDataConnection",
      directoryName: "mktDataConnections",
      suffix: "mktDataConnection",
      strategy: "copy"
    },
    {
      name: "MktDataConnectionSrcParam",
      directoryName: "mktDataConnectionSrcParams",
      suffix: "mktDataConnectionSrcParam",
      strategy: "copy"
    },
    {
      name: "MktDataTranObject",
      directoryName: "mktDataTranObjects",
      suffix: "mktDataTranObject",
      strategy: "copy",
      children: [
        {
          name: "MktDataTranField",
          directoryName: "mktDataTranFields",
          suffix: "mktDataTranField"
        }
      ],
      childSuffixes: {
        mktDataTranField: "MktDataTranField"
      }
    },
    {
      name: "McpServerDefinition",
      directoryName: "mcpServerDefinitions",
      suffix: "mcpServerDefinition",
      strategy: "copy"
    },
    {
      name: "MLDataDefinition",
      directoryName: "mlDataDefinitions",
      suffix: "mlDataDefinition",
      strategy: "copy"
    },
    {
      name: "MlDomain",
      directoryName: "mlDomains",
      suffix: "mlDomain",
      strategy: "copy"
    },
    {
      name: "MLPredictionDefinition",
      directoryName: "mlPredictions",
      suffix: "mlPrediction",
      strategy: "copy"
    },
    {
      name: "MLRecommendationDefinition",
      directoryName: "mlRecommendations",
      suffix: "mlRecommendation",
      strategy: "copy"
    },
    {
      name: "MobileApplicationDetail",
      directoryName: "MobileApplicationDetails",
      suffix: "MobileApplicationDetail",
      strategy: "copy"
    },
    {
      name: "MobileSecurityAssignment",
      directoryName: "mobileSecurityAssignments",
      suffix: "mobileSecurityAssignment",
      strategy: "copy"
    },
    {
      name: "MobileSecurityPolicy",
      directoryName: "mobileSecurityPolicies",
      suffix: "mobileSecurityPolicy",
      strategy: "copy"
    },
    {
      name: "MobileSecurityPolicySet",
      directoryName: "mobileSecurityPolicySets",
      suffix: "mobileSecurityPolicySet",
      strategy: "copy"
    },
    {
      name: "MobSecurityCertPinConfig",
      directoryName: "mobSecurityCertPinConfigs",
      suffix: "mobSecurityCertPinConfig",
      strategy: "copy"
    },
    {
      name: "ModerationRule",
      directoryName: "moderation",
      suffix: "rule",
      strategy: "copy"
    },
    {
      name: "MutingPermissionSet",
      directoryName: "mutingpermissionsets",
      suffix: "mutingpermissionset",
      strategy: "copy"
    },
    {
      name: "MyDomainDiscoverableLogin",
      directoryName: "myDomainDiscoverableLogins",
      suffix: "myDomainDiscoverableLogin",
      strategy: "copy"
    },
    {
      name: "NamedCredential",
      directoryName: "namedCredentials",
      suffix: "namedCredential",
      strategy: "copy"
    },
    {
      name: "NavigationMenu",
      directoryName: "navigationMenus",
      suffix: "navigationMenu",
      strategy: "copy"
    },
    {
      name: "Network",
      directoryName: "networks",
      suffix: "network",
      strategy: "copy"
    },
    {
      name: "NetworkBranding",
      directoryName: "networkBranding",
      suffix: "networkBranding",
      strategy: "matchingContent"
    },
    {
      name: "NotificationTypeConfig",
      directoryName: "notificationTypeConfig",
      suffix: "config",
      strategy: "copy"
    },
    {
      name: "OauthCustomScope",
      directoryName: "oauthcustomscopes",
      suffix: "oauthcustomscope",
      strategy: "copy"
    },
    {
      name: "OauthTokenExchangeHandler",
      directoryName: "oauthtokenexchangehandlers",
      suffix: "oauthtokenexchangehandler",
      strategy: "copy"
    },
    {
      name: "ObjectHierarchyRelationship",
      directoryName: "ObjectHierarchyRelationship",
      suffix: "settings",
      strategy: "copy",
      strictDirectoryName: true
    },
    {
      name: "ObjectSourceTargetMap",
      directoryName: "objectSourceTargetMaps",
      suffix: "objectSourceTargetMap",
      strategy: "copy"
    },
    {
      name: "ObjIntegProviderDefMapping",
      directoryName: "objIntegProviderDefMappings",
      suffix: "objIntegProviderDefMapping",
      strategy: "copy"
    },
    {
      name: "OcrSampleDocument",
      directoryName: "ocrSampleDocuments",
      suffix: "ocrSampleDocument",
      strategy: "copy"
    },
    {
      name: "OcrTemplate",
      directoryName: "ocrTemplates",
      suffix: "ocrTemplate",
      strategy: "copy"
    },
    {
      name: "OmniDataTransform",
      directoryName: "omniDataTransforms",
      suffix: "rpt",
      strategy: "copy"
    },
    {
      name: "OmniExtTrackingDef",
      directoryName: "OmniExtTrackingDefs",
      suffix: "OmniExtTrackingDef",
      strategy: "copy"
    },
    {
      name: "OmniIntegrationProcedure",
      directoryName: "omniIntegrationProcedures",
      suffix: "oip",
      strategy: "copy"
    },
    {
      name: "OmniInteractionAccessConfig",
      directoryName: "OmniInteractionAccessConfig",
      suffix: "omniInteractionAccessConfig",
      strategy: "copy"
    },
    {
      name: "OmniInteractionConfig",
      directoryName: "OmniInteractionConfig",
      suffix: "omniInteractionConfig",
      strategy: "copy"
    },
    {
      name: "OmniScript",
      directoryName: "omniScripts",
      suffix: "os",
      strategy: "copy"
    },
    {
      name: "OmniSupervisorConfig",
      directoryName: "omniSupervisorConfigs",
      suffix: "omniSupervisorConfig",
      strategy: "copy"
    },
    {
      name: "OmniTrackingGroup",
      directoryName: "OmniTrackingGroups",
      suffix: "OmniTrackingGroup",
      strategy: "copy"
    },
    {
      name: "OmniUiCard",
      directoryName: "omniUiCard",
      suffix: "ouc",
      strategy: "copy"
    },
    {
      name: "Orchestration",
      directoryName: "iot",
      suffix: "orchestration",
      strategy: "matchingContent"
    },
    {
      name: "OrchestrationContext",
      directoryName: "iot",
      suffix: "orchestrationContext",
      strategy: "copy"
    },
    {
      name: "OutboundNetworkConnection",
      directoryName: "outboundNetworkConnections",
      suffix: "outboundNetworkConnection",
      strategy: "copy"
    },
    {
      name: "ParticipantRole",
      directoryName: "participantRoles",
      suffix: "participantRole",
      strategy: "copy"
    },
    {
      name: "PathAssistant",
      directoryName: "pathAssistants",
      suffix: "pathAssistant",
      strategy: "copy"
    },
    {
      name: "PaymentGatewayProvider",
      directoryName: "paymentGatewayProviders",
      suffix: "paymentGatewayProvider",
      strategy: "copy"
    },
    {
      name: "PermissionSet",
      directoryName: "permissionsets",
      suffix: "permissionset",
      strategy: "copy"
    },
    {
      name: "PermissionSetGroup",
      directoryName: "permissionsetgroups",
      suffix: "permissionsetgroup",
      strategy: "copy"
    },
    {
      name: "PermissionSetLicenseDefinition",
      directoryName: "permissionSetLicenseDefinitions",
      suffix: "permissionSetLicenseDefinition",
      strategy: "copy"
    },
    {
      name: "PersonAccountOwnerPowerUser",
      directoryName: "personAccountOwnerPowerUsers",
      suffix: "personAccountOwnerPowerUser",
      strategy: "copy"
    },
    {
      name: "PipelineInspMetricConfig",
      directoryName: "pipelineInspMetricConfigs",
      suffix: "pipelineInspMetricConfig",
      strategy: "copy"
    },
    {
      name: "PlatformCachePartition",
      directoryName: "cachePartitions",
      suffix: "cachePartition",
      strategy: "copy"
    },
    {
      name: "PlatformEventChannel",
      directoryName: "platformEventChannels",
      suffix: "platformEventChannel",
      strategy: "copy"
    },
    {
      name: "PlatformEventChannelMember",
      directoryName: "platformEventChannelMembers",
      suffix: "platformEventChannelMember",
      strategy: "copy"
    },
    {
      name: "PlatformEventSubscriberConfig",
      directoryName: "PlatformEventSubscriberConfigs",
      suffix: "platformEventSubscriberConfig",
      strategy: "copy"
    },
    {
      name: "Portal",
      directoryName: "portals",
      suffix: "portal",
      strategy: "copy"
    },
    {
      name: "PortalDelegablePermissionSet",
      directoryName: "portalDelegablePermissionSet",
      suffix: "portalDelegablePermissionSet",
      strategy: "copy"
    },
    {
      name: "PostTemplate",
      directoryName: "postTemplates",
      suffix: "postTemplate",
      strategy: "copy"
    },
    {
      name: "PresenceDeclineReason",
      directoryName: "presenceDeclineReasons",
      suffix: "presenceDeclineReason",
      strategy: "copy"
    },
    {
      name: "PresenceUserConfig",
      directoryName: "presenceUserConfigs",
      suffix: "presenceUserConfig",
      strategy: "copy"
    },
    {
      name: "PricingActionParameters",
      directoryName: "pricingActionParameters",
      suffix: "pricingActionParameters",
      strategy: "copy"
    },
    {
      name: "PricingRecipe",
      directoryName: "pricingRecipe",
      suffix: "pricingRecipe",
      strategy: "copy"
    },
    {
      name: "ProcessFlowMigration",
      directoryName: "processflowmigrations",
      suffix: "processflowmigration",
      strategy: "copy"
    },
    {
      name: "ProductAttrDisplayConfig",
      directoryName: "productAttrDisplayConfigs",
      suffix: "productAttrDisplayConfig",
      strategy: "copy"
    },
    {
      name: "ProductAttributeSet",
      directoryName: "productAttributeSets",
      suffix: "productAttributeSet",
      strategy: "copy"
    },
    {
      name: "ProductSpecificationRecType",
      directoryName: "productSpecificationRecTypes",
      suffix: "productSpecificationRecType",
      strategy: "copy"
    },
    {
      name: "ProductSpecificationType",
      directoryName: "productSpecificationTypes",
      suffix: "productSpecificationType",
      strategy: "copy"
    },
    {
      name: "ProductSpecificationTypeDefinition",
      directoryName: "productSpecificationTypeDefinitions",
      suffix: "productSpecificationTypeDefinition",
      strategy: "copy"
    },
    {
      name: "Profile",
      directoryName: "profiles",
      suffix: "profile",
      strategy: "copy"
    },
    {
      name: "ProfilePasswordPolicy",
      directoryName: "profilePasswordPolicies",
      suffix: "profilePasswordPolicy",
      strategy: "copy"
    },
    {
      name: "ProfileSessionSetting",
      directoryName: "profileSessionSettings",
      suffix: "profileSessionSetting",
      strategy: "copy"
    },
    {
      name: "Prompt",
      directoryName: "prompts",
      suffix: "prompt",
      strategy: "copy"
    },
    {
      name: "Queue",
      directoryName: "queues",
      suffix: "queue",
      strategy: "copy"
    },
    {
      name: "QueueRoutingConfig",
      directoryName: "queueRoutingConfigs",
      suffix: "queueRoutingConfig",
      strategy: "copy"
    },
    {
      name: "QuickAction",
      directoryName: "quickActions",
      suffix: "quickAction",
      strategy: "copy"
    },
    {
      name: "RecAlrtDataSrcExpSetDef",
      directoryName: "recAlrtDataSrcExpSetDefs",
      suffix: "recAlrtDataSrcExpSetDef",
      strategy: "copy"
    },
    {
      name: "RecommendationStrategy",
      directoryName: "recommendationStrategies",
      suffix: "recommendationStrategy",
      strategy: "copy"
    },
    {
      name: "RecordActionDeployment",
      directoryName: "recordActionDeployments",
      suffix: "deployment",
      strategy: "copy"
    },
    {
      name: "RecordAggregationDefinition",
      directoryName: "RecordAggregationDefinitions",
      suffix: "RecordAggregationDefinition",
      strategy: "copy"
    },
    {
      name: "RecordAlertCategory",
      directoryName: "recordAlertCategories",
      suffix: "recordAlertCategory",
      strategy: "copy"
    },
    {
      name: "RecordAlertDataSource",
      directoryName: "recordAlertDataSources",
      suffix: "recordAlertDataSource",
      strategy: "copy"
    },
    {
      name: "RecordAlertTemplate",
      directoryName: "recordAlertTemplates",
      suffix: "recordAlertTemplate",
      strategy: "copy"
    },
    {
      name: "RedirectWhitelistUrl",
      directoryName: "redirectWhitelistUrls",
      suffix: "redirectWhitelistUrl",
      strategy: "copy"
    },
    {
      name: "ReferencedDashboard",
      directoryName: "wave",
      suffix: "refdash",
      strategy: "copy"
    },
    {
      name: "RegisteredExternalService",
      directoryName: "registeredExternalServices",
      suffix: "registeredExternalService",
      strategy: "copy"
    },
    {
      name: "RelatedRecordAssocCriteria",
      directoryName: "relatedRecordAssocCriteria",
      suffix: "relatedRecordAssocCriteria",
      strategy: "copy"
    },
    {
      name: "RelationshipGraphDefinition",
      directoryName: "relationshipGraphDefinitions",
      suffix: "relationshipGraphDefinition",
      strategy: "copy"
    },
    {
      name: "RemoteSiteSetting",
      directoryName: "remoteSiteSettings",
      suffix: "remoteSite",
      strategy: "copy"
    },
    {
      name: "Report",
      directoryName: "reports",
      suffix: "report",
      strategy: "copy",
      inFolder: {
        folderType: "ReportFolder",
        folderSuffix: "reportFolder",
        trailingSlash: true
      }
    },
    {
      name: "ReportType",
      directoryName: "reportTypes",
      suffix: "reportType",
      strategy: "copy"
    },
    {
      name: "RestrictionRule",
      directoryName: "restrictionRules",
      suffix: "rule",
      strategy: "copy",
      strictDirectoryName: true
    },
    {
      name: "RetrievalSummaryDefinition",
      directoryName: "RetrievalSummaryDefinitions",
      suffix: "RetrievalSummaryDefinition",
      strategy: "copy"
    },
    {
      name: "Role",
      directoryName: "roles",
      suffix: "role",
      strategy: "copy"
    },
    {
      name: "SalesAgreementSettings",
      directoryName: "salesAgreementSettings",
      suffix: "salesAgreementSetting",
      strategy: "copy"
    },
    {
      name: "SamlSsoConfig",
      directoryName: "samlssoconfigs",
      suffix: "samlssoconfig",
      strategy: "copy"
    },
    {
      name: "SchedulingObjective",
      directoryName: "SchedulingObjectives",
      suffix: "SchedulingObjective",
      strategy: "copy"
    },
    {
      name: "SchedulingRule",
      directoryName: "SchedulingRules",
      suffix: "schedulingRule",
      strategy: "copy"
    },
    {
      name: "Scontrol",
      directoryName: "scontrols",
      suffix: "scf",
      strategy: "matchingContent"
    },
    {
      name: "ScoreCategory",
      directoryName: "scoreCategories",
      suffix: "scoreCategory",
      strategy: "copy"
    },
    {
      name: "SearchableObjDataSyncInfo",
      directoryName: "SearchableObjDataSyncInfoSettings",
      suffix: "SearchableObjDataSyncInfoSetting",
      strategy: "copy"
    },
    {
      name: "SearchCriteriaConfiguration",
      directoryName: "SearchCriteriaConfigurationSettings",
      suffix: "SearchCriteriaConfigurationSetting",
      strategy: "copy"
    },
    {
      name: "SearchCustomization",
      directoryName: "searchCustomizations",
      suffix: "searchCustomization",
      strategy: "copy"
    },
    {
      name: "SearchOrgWideObjectConfig",
      directoryName: "searchOrgWideConfiguration",
      suffix: "searchOrgWideObjectConfig",
      strategy: "copy"
    },
    {
      name: "ServiceAISetupDefinition",
      directoryName: "serviceAISetupDescriptions",
      suffix: "serviceAISetupDescription",
      strategy: "copy"
    },
    {
      name: "ServiceAISetupField",
      directoryName: "serviceAISetupFields",
      suffix: "serviceAISetupField",
      strategy: "copy"
    },
    {
      name: "ServiceChannel",
      directoryName: "serviceChannels",
      suffix: "serviceChannel",
      strategy: "copy"
    },
    {
      name: "ServicePresenceStatus",
      directoryName: "servicePresenceStatuses",
      suffix: "servicePresenceStatus",
      strategy: "copy"
    },
    {
      name: "ServiceProcess",
      directoryName: "serviceprocess",
      suffix: "serviceprocess",
      strategy: "copy"
    },
    {
      name: "Settings",
      directoryName: "settings",
      suffix: "settings",
      strategy: "copy"
    },
    {
      name: "SharingRules",
      directoryName: "sharingRules",
      suffix: "sharingRules",
      strategy: "copy",
      children: [
        {
          name: "SharingCriteriaRule",
          directoryName: "sharingRules",
          suffix: "sharingCriteriaRule",
          xmlElementName: "sharingCriteriaRules",
          uniqueIdElement: "fullName"
        },
        {
          name: "SharingGuestRule",
          directoryName: "sharingRules",
          suffix: "sharingGuestRule",
          xmlElementName: "sharingGuestRules",
          uniqueIdElement: "fullName"
        },
        {
          name: "SharingOwnerRule",
          directoryName: "sharingRules",
          suffix: "sharingOwnerRule",
          xmlElementName: "sharingOwnerRules",
          uniqueIdElement: "fullName"
        },
        {
          name: "SharingTerritoryRule",
          directoryName: "sharingRules",
          suffix: "sharingTerritoryRule",
          xmlElementName: "sharingTerritoryRules",
          uniqueIdElement: "fullName"
        }
      ],
      childSuffixes: {
        sharingCriteriaRule: "SharingCriteriaRule",
        sharingGuestRule: "SharingGuestRule",
        sharingOwnerRule: "SharingOwnerRule",
        sharingTerritoryRule: "SharingTerritoryRule"
      }
    },
    {
      name: "SharingSet",
      directoryName: "sharingSets",
      suffix: "sharingSet",
      strategy: "copy"
    },
    {
      name: "SiteDotCom",
      directoryName: "siteDotComSites",
      suffix: "site",
      strategy: "matchingContent",
      strictDirectoryName: true
    },
    {
      name: "Skill",
      directoryName: "skills",
      suffix: "skill",
      strategy: "copy"
    },
    {
      name: "SkillType",
      directoryName: "skilltypes",
      suffix: "skilltype",
      strategy: "copy"
    },
    {
      name: "SlackApp",
      directoryName: "slackapps",
      suffix: "slackapp",
      strategy: "matchingContent"
    },
    {
      name: "StageDefinition",
      directoryName: "stageDefinitions",
      suffix: "stageDefinition",
      strategy: "copy"
    },
    {
      name: "StandardValueSet",
      directoryName: "standardValueSets",
      suffix: "standardValueSet",
      strategy: "copy"
    },
    {
      name: "StandardValueSetTranslation",
      directoryName: "standardValueSetTranslations",
      suffix: "standardValueSetTranslation",
      strategy: "copy"
    },
    {
      name: "StaticResource",
      directoryName: "staticresources",
      suffix: "resource",
      strategy: "staticResource",
      strictDirectoryName: true
    },
    {
      name: "StnryAssetEnvSrcCnfg",
      directoryName: "stationaryAssetEnvSourceConfigs",
      suffix: "stationaryAssetEnvSourceConfig",
      strategy: "copy"
    },
    {
      name: "StreamingAppDataConnector",
      directoryName: "streamingAppDataConnectors",
      suffix: "streamingAppDataConnector",
      strategy: "copy"
    },
    {
      name: "SustainabilityUom",
      directoryName: "sustainabilityUoms",
      suffix: "sustainabilityUom",
      strategy: "copy"
    },
    {
      name: "SustnUomConversion",
      directoryName: "sustnUomConversions",
      suffix: "sustnUomConversion",
      strategy: "copy"
    },
    {
      name: "SvcCatalogCategory",
      directoryName: "svcCatalogCategories",
      suffix: "category",
      strategy: "copy"
    },
    {
      name: "SvcCatalogFilterCondition",
      directoryName: "svcCatalogFilterConditions",
      suffix: "catalogFilterCondition",
      strategy: "copy"
    },
    {
      name: "SvcCatalogFilterCriteria",
      directoryName: "svcCatalogFilterCriterias",
      suffix: "catalogFilterCriteria",
      strategy: "copy"
    },
    {
      name: "SvcCatalogFulfillmentFlow",
      directoryName: "svcCatalogFulfillmentFlows",
      suffix: "fulfillmentFlow",
      strategy: "copy"
    },
    {
      name: "SvcCatalogItemDef",
      directoryName: "svcCatalogItems",
      suffix: "catalogItem",
      strategy: "copy"
    },
    {
      name: "SvcCatalogItemDefFiltrCrit",
      directoryName: "svcCatalogItemDefFiltrCrits",
      suffix: "catalogItemDefFiltrCrit",
      strategy: "copy"
    },
    {
      name: "SynonymDictionary",
      directoryName: "synonymDictionaries",
      suffix: "synonymDictionary",
      strategy: "copy"
    },
    {
      name: "Territory",
      directoryName: "territories",
      suffix: "territory",
      strategy: "copy"
    },
    {
      name: "Territory2",
      directoryName: "territories",
      suffix: "territory2",
      strategy: "copy",
      folderType: "Territory2Model"
    },
    {
      name: "Territory2Model",
      directoryName: "territory2Models",
      suffix: "territory2Model",
      strategy: "copy",
      folderType: "Territory2Model"
    },
    {
      name: "Territory2Rule",
      directoryName: "rules",
      suffix: "territory2Rule",
      strategy: "copy",
      folderType: "Territory2Model"
    },
    {
      name: "Territory2Type",
      directoryName: "territory2Types",
      suffix: "territory2Type",
      strategy: "copy"
    },
    {
      name: "TimelineObjectDefinition",
      directoryName: "timelineObjectDefinitions",
      suffix: "timelineObjectDefinition",
      strategy: "copy"
    },
    {
      name: "TimeSheetTemplate",
      directoryName: "timeSheetTemplates",
      suffix: "timeSheetTemplate",
      strategy: "copy"
    },
    {
      name: "TopicsForObjects",
      directoryName: "topicsForObjects",
      suffix: "topicsForObjects",
      strategy: "copy"
    },
    {
      name: "TransactionProcessingType",
      directoryName: "transactionProcessingTypes",
      suffix: "transactionProcessingType",
      strategy: "copy"
    },
    {
      name: "TransactionSecurityPolicy",
      directoryName: "transactionSecurityPolicies",
      suffix: "transactionSecurityPolicy",
      strategy: "copy"
    },
    {
      name: "Translations",
      directoryName: "translations",
      suffix: "translation",
      strategy: "copy"
    },
    {
      name: "UiFormatSpecificationSet",
      directoryName: "uiFormatSpecificationSets",
      suffix: "uiFormatSpecificationSet",
      strategy: "copy"
    },
    {
      name: "UIObjectRelationConfig",
      directoryName: "uiObjectRelationConfigs",
      suffix: "uiObjectRelationConfig",
      strategy: "copy"
    },
    {
      name: "UiPreviewMessageTabDef",
      directoryName: "uiPreviewMessageTabDefs",
      suffix: "uiPreviewMessageTabDef",
      strategy: "copy"
    },
    {
      name: "UiPlugin",
      directoryName: "uiplugins",
      suffix: "uiplugin",
      strategy: "matchingContent"
    },
    {
      name: "UiViewDefinition",
      directoryName: "uiviews",
      suffix: "uiview",
      strategy: "matchingContent"
    },
    {
      name: "UserAccessPolicy",
      directoryName: "useraccesspolicies",
      suffix: "useraccesspolicy",
      strategy: "copy"
    },
    {
      name: "UserAuthCertificate",
      directoryName: "userAuthCertificates",
      suffix: "userAuthCertificate",
      strategy: "copy"
    },
    {
      name: "UserCriteria",
      directoryName: "userCriteria",
      suffix: "userCriteria",
      strategy: "copy"
    },
    {
      name: "UserProfileSearchScope",
      directoryName: "userProfileSearchScopes",
      suffix: "userProfileSearchScope",
      strategy: "copy"
    },
    {
      name: "UserProvisioningConfig",
      directoryName: "userProvisioningConfigs",
      suffix: "userProvisioningConfig",
      strategy: "copy"
    },
    {
      name: "VehicleAssetEmssnSrcCnfg",
      directoryName: "vehicleAssetEmssnSourceConfigs",
      suffix: "vehicleAssetEmssnSourceConfig",
      strategy: "copy"
    },
    {
      name: "ViewDefinition",
      directoryName: "viewdefinitions",
      suffix: "view",
      strategy: "matchingContent"
    },
    {
      name: "VirtualVisitConfig",
      directoryName: "VirtualVisitConfigs",
      suffix: "virtualVisitConfig",
      strategy: "copy"
    },
    {
      name: "VisualizationPlugin",
      directoryName: "visualizationPlugins",
      suffix: "visualizationPlugin",
      strategy: "copy"
    },
    {
      name: "WaveAnalyticAssetCollection",
      directoryName: "wave",
      suffix: "collection",
      strategy: "copy"
    },
    {
      name: "WaveApplication",
      directoryName: "wave",
      suffix: "wapp",
      strategy: "copy"
    },
    {
      name: "WaveComponent",
      directoryName: "wave",
      suffix: "wcomp",
      strategy: "matchingContent"
    },
    {
      name: "WaveDashboard",
      directoryName: "wave",
      suffix: "wdash",
      strategy: "matchingContent"
    },
    {
      name: "WaveDataflow",
      directoryName: "wave",
      suffix: "wdf",
      strategy: "matchingContent"
    },
    {
      name: "WaveDataset",
      directoryName: "wave",
      suffix: "wds",
      strategy: "copy"
    },
    {
      name: "WaveLens",
      directoryName: "wave",
      suffix: "wlens",
      strategy: "matchingContent"
    },
    {
      name: "WaveRecipe",
      directoryName: "wave",
      suffix: "wdpr",
      strategy: "matchingContent"
    },
    {
      name: "WaveTemplateBundle",
      directoryName: "waveTemplates",
      strategy: "bundle",
      strictDirectoryName: true
    },
    {
      name: "WaveXmd",
      directoryName: "wave",
      suffix: "xmd",
      strategy: "copy"
    },
    {
      name: "UIBundle",
      directoryName: "uiBundles",
      suffix: "uibundle",
      strategy: "bundle",
      strictDirectoryName: true,
      validation: "uiBundle"
    },
    {
      name: "WebStoreBundle",
      directoryName: "webStoreBundles",
      suffix: "webStoreBundle",
      strategy: "copy"
    },
    {
      name: "WebStoreTemplate",
      directoryName: "webStoreTemplates",
      suffix: "webStoreTemplate",
      strategy: "copy"
    },
    {
      name: "WorkflowFlowAutomation",
      directoryName: "workflowFlowAutomations",
      suffix: "workflowFlowAutomation",
      strategy: "copy"
    },
    {
      name: "Workflow",
      directoryName: "workflows",
      suffix: "workflow",
      strategy: "copy",
      children: [
        {
          name: "WorkflowAlert",
          directoryName: "workflowAlerts",
          suffix: "workflowAlert",
          xmlElementName: "alerts",
          uniqueIdElement: "fullName"
        },
        {
          name: "WorkflowFieldUpdate",
          directoryName: "workflowFieldUpdates",
          suffix: "workflowFieldUpdate",
          xmlElementName: "fieldUpdates",
          uniqueIdElement: "fullName"
        },
        {
          name: "WorkflowFlowAction",
          directoryName: "workflowFlowActions",
          suffix: "workflowFlowAction",
          xmlElementName: "flowActions",
          uniqueIdElement: "fullName"
        },
        {
          name: "WorkflowKnowledgePublish",
          directoryName: "workflowKnowledgePublishs",
          suffix: "workflowKnowledgePublish",
          xmlElementName: "knowledgePublishes",
          uniqueIdElement: "fullName"
        },
        {
          name: "WorkflowOutboundMessage",
          directoryName: "workflowOutboundMessages",
          suffix: "workflowOutboundMessage",
          xmlElementName: "outboundMessages",
          uniqueIdElement: "fullName"
        },
        {
          name: "WorkflowRule",
          directoryName: "workflowRules",
          suffix: "workflowRule",
          xmlElementName: "rules",
          uniqueIdElement: "fullName"
        },
        {
          name: "WorkflowSend",
          directoryName: "workflowSends",
          suffix: "workflowSend",
          xmlElementName: "send",
          uniqueIdElement: "fullName"
        },
        {
          name: "WorkflowTask",
          directoryName: "workflowTasks",
          suffix: "workflowTask",
          xmlElementName: "tasks",
          uniqueIdElement: "fullName"
        }
      ],
      childSuffixes: {
        workflowAlert: "WorkflowAlert",
        workflowFieldUpdate: "WorkflowFieldUpdate",
        workflowFlowAction: "WorkflowFlowAction",
        workflowKnowledgePublish: "WorkflowKnowledgePublish",
        workflowOutboundMessage: "WorkflowOutboundMessage",
        workflowRule: "WorkflowRule",
        workflowSend: "WorkflowSend",
        workflowTask: "WorkflowTask"
      }
    },
    {
      name: "WorkSkillRouting",
      directoryName: "workSkillRoutings",
      suffix: "workSkillRouting",
      strategy: "copy",
      children: [
        {
          name: "WorkSkillRoutingAttribute",
          directoryName: "workSkillRoutingAttributes",
          suffix: "workSkillRoutingAttribute"
        }
      ],
      childSuffixes: {
        workSkillRoutingAttribute: "WorkSkillRoutingAttribute"
      }
    },
    {
      name: "XOrgHub",
      directoryName: "xorghubs",
      suffix: "xorghub",
      strategy: "copy"
    },
    {
      name: "ExtlClntAppPushSettings",
      directoryName: "extlClntAppPushSettings",
      suffix: "ecaPush",
      strategy: "copy"
    },
    {
      name: "ExtlClntAppPushConfigurablePolicies",
      directoryName: "extlClntAppPushPolicies",
      suffix: "ecaPushPlcy",
      strategy: "copy"
    },
    {
      name: "AppFrameworkTemplateBundle",
      directoryName: "appTemplates",
      strategy: "bundle",
      strictDirectoryName: true
    },
    {
      name: "ChoiceList",
      directoryName: "ChoiceList",
      suffix: "ChoiceList",
      strategy: "copy"
    },
    {
      name: "ConvIntelligenceSignalRule",
      directoryName: "ConvIntelligenceSignalRule",
      suffix: "ConvIntelligenceSignalRule",
      strategy: "copy"
    },
    {
      name: "PublicKeyCertificate",
      directoryName: "PublicKeyCertificate",
      suffix: "PublicKeyCertificate",
      strategy: "copy"
    },
    {
      name: "PublicKeyCertificateSet",
      directoryName: "PublicKeyCertificateSet",
      suffix: "PublicKeyCertificateSet",
      strategy: "copy"
    },
    {
      name: "AiEvaluationDefinition",
      directoryName: "aiEvaluationDefinitions",
      suffix: "aiEvaluationDefinition",
      strategy: "copy"
    },
    {
      name: "AnalyticsDashboard",
      directoryName: "analyticsDashboards",
      suffix: "uadash",
      strategy: "copy"
    },
    {
      name: "AnalyticsVisualization",
      directoryName: "analyticsVisualizations",
      suffix: "uaviz",
      strategy: "copy"
    },
    {
      name: "AnalyticsWorkspace",
      directoryName: "analyticsWorkspaces",
      suffix: "uawork",
      strategy: "copy"
    },
    {
      name: "LightningTypeBundle",
      directoryName: "lightningTypes",
      strategy: "bundle",
      strictDirectoryName: true,
      metaFileName: "schema.json"
    },
    {
      name: "ContentTypeBundle",
      directoryName: "contentTypes",
      strategy: "bundle",
      strictDirectoryName: true,
      metaFileName: "schema.json"
    },
    {
      name: "LifeSciConfigCategory",
      directoryName: "lifeSciConfigCategories",
      suffix: "lifeSciConfigCategory",
      strategy: "copy"
    },
    {
      name: "LifeSciConfigRecord",
      directoryName: "lifeSciConfigRecords",
      suffix: "lifeSciConfigRecord",
      strategy: "copy"
    },
    {
      name: "InvocableActionExtension",
      directoryName: "invocableactionextensions",
      suffix: "invocableactionextension",
      strategy: "copy"
    },
    {
      name: "FieldServiceMobileConfig",
      directoryName: "fieldServiceMobileConfigs",
      suffix: "fieldServiceMobileConfig",
      strategy: "copy"
    },
    {
      name: "DgtAssetMgmtProvider",
      directoryName: "dgtAssetMgmtProviders",
      suffix: "dgtAssetMgmtProvider",
      strategy: "copy"
    },
    {
      name: "DgtAssetMgmtPrvdLghtCpnt",
      directoryName: "dgtAssetMgmtPrvdLghtCpnts",
      suffix: "dgtAssetMgmtPrvdLghtCpnt",
      strategy: "copy"
    },
    {
      name: "ApiNamedQuery",
      directoryName: "apiNamedQueries",
      suffix: "apiNamedQuery",
      strategy: "copy"
    },
    {
      name: "ExternalStoragePrvdConfig",
      directoryName: "ExternalStoragePrvdConfig",
      suffix: "ExternalStoragePrvdConfigSet",
      strategy: "copy"
    },
    {
      name: "CatalogedApi",
      directoryName: "catalogedApis",
      suffix: "catalogedApi",
      strategy: "copy"
    },
    {
      name: "CatalogedApiVersion",
      directoryName: "catalogedApiVersions",
      suffix: "catalogedApiVersion",
      strategy: "copy"
    },
    {
      name: "CatalogedApiArtifactVersionInfo",
      directoryName: "catalogedApiArtifactVersionInfos",
      suffix: "catalogedApiArtifactVersionInfo",
      strategy: "copy"
    },
    {
      name: "RuleLibraryDefinition",
      directoryName: "ruleLibraryDefinition",
      suffix: "ruleLibraryDefinition",
      strategy: "copy"
    },
    {
      name: "DataMapperDefinition",
      directoryName: "dataMapperDefinitions",
      suffix: "dataMapperDefinition",
      strategy: "copy"
    },
    {
      name: "DynamicUiCardDefinition",
      directoryName: "dynamicUiCardDefinitions",
      suffix: "dynamicUiCardDefinition",
      strategy: "copy"
    },
    {
      name: "IntegrationProcdDefinition",
      directoryName: "integrationProcdDefinitions",
      suffix: "integrationProcdDefinition",
      strategy: "copy"
    },
    {
      name: "OmniscriptDefinition",
      directoryName: "omniscriptDefinitions",
      suffix: "omniscriptDefinition",
      strategy: "copy"
    },
    {
      name: "ComputeExtension",
      directoryName: "computeExtensions",
      suffix: "computeExtension",
      strategy: "copy"
    },
    {
      name: "DataObjectSearchIndexConf",
      directoryName: "dataObjectSearchIndexConfs",
      suffix: "dataObjectSearchIndexConf",
      strategy: "copy"
    },
    {
      name: "LightningOutApp",
      directoryName: "lightningOutApps",
      suffix: "lightningOutApp",
      strategy: "copy"
    },
    {
      name: "ExtlClntAppCanvasSettings",
      directoryName: "extlClntAppCanvasSettings",
      suffix: "ecaCanvas",
      strategy: "copy"
    },
    {
      name: "StageAssignment",
      directoryName: "stageAssignments",
      suffix: "stageAssignment",
      strategy: "copy"
    },
    {
      name: "OnboardingDataObjectGroup",
      directoryName: "onboardingDataObjectGroups",
      suffix: "onboardingDataObjectGroup",
      strategy: "copy"
    },
    {
      name: "PartyProfileDataObjectValidityDefinition",
      directoryName: "partyProfileDataObjectValidityDefinitions",
      suffix: "partyProfileDataObjectValidityDefinition",
      strategy: "copy"
    },
    {
      name: "ProcedurePlanDefinition",
      directoryName: "procedurePlanDefinitions",
      suffix: "procedurePlanDefinition",
      strategy: "copy"
    },
    {
      name: "FlexcardDefinition",
      directoryName: "flexcardDefinitions",
      suffix: "flexcardDefinition",
      strategy: "copy"
    },
    {
      name: "TelemetryDefinition",
      directoryName: "TelemetryDefinitions",
      suffix: "TelemetryDefinition",
      strategy: "copy"
    },
    {
      name: "TelemetryDefinitionVersion",
      directoryName: "TelemetryDefinitionVersions",
      suffix: "TelemetryDefinitionVersion",
      strategy: "copy"
    },
    {
      name: "TelemetryActionDefinition",
      directoryName: "TelemetryActionDefinitions",
      suffix: "TelemetryActionDefinition",
      strategy: "copy"
    },
    {
      name: "TelemetryActionDefStep",
      directoryName: "TelemetryActionDefSteps",
      suffix: "TelemetryActionDefStep",
      strategy: "copy"
    },
    {
      name: "TelemetryActnDefStepAttr",
      directoryName: "TelemetryActnDefStepAttrs",
      suffix: "TelemetryActnDefStepAttr",
      strategy: "copy"
    },
    {
      name: "CnfgItemAttrDef",
      directoryName: "cnfgItemAttrDefs",
      suffix: "cnfgItemAttrDef",
      strategy: "copy"
    },
    {
      name: "CnfgItemAttrPcklstValDef",
      directoryName: "cnfgItemAttrPcklstValDefs",
      suffix: "cnfgItemAttrPcklstValDef",
      strategy: "copy"
    },
    {
      name: "CnfgItemSourceDefinition",
      directoryName: "cnfgItemSourceDefinitions",
      suffix: "cnfgItemSourceDefinition",
      strategy: "copy"
    },
    {
      name: "CnfgItemAttrPicklistDef",
      directoryName: "cnfgItemAttrPicklistDefs",
      suffix: "cnfgItemAttrPicklistDef",
      strategy: "copy"
    },
    {
      name: "CnfgItemAttrSetAttr",
      directoryName: "cnfgItemAttrSetAttrs",
      suffix: "cnfgItemAttrSetAttr",
      strategy: "copy"
    },
    {
      name: "CnfgItemAttrSetDef",
      directoryName: "cnfgItemAttrSetDefs",
      suffix: "cnfgItemAttrSetDef",
      strategy: "copy"
    },
    {
      name: "CnfgItemTypeAttrRelDef",
      directoryName: "cnfgItemTypeAttrRelDefs",
      suffix: "cnfgItemTypeAttrRelDef",
      strategy: "copy"
    },
    {
      name: "CnfgItemTypeIdentFieldMap",
      directoryName: "cnfgItemTypeIdentFieldMaps",
      suffix: "cnfgItemTypeIdentFieldMap",
      strategy: "copy"
    },
    {
      name: "CnfgItemTypeIdentRule",
      directoryName: "cnfgItemTypeIdentRules",
      suffix: "cnfgItemTypeIdentRule",
      strategy: "copy"
    },
    {
      name: "CnfgItemTypeDef",
      directoryName: "cnfgItemTypeDefs",
      suffix: "cnfgItemTypeDef",
      strategy: "copy"
    },
    {
      name: "CnfgItemTypeRelationDef",
      directoryName: "cnfgItemTypeRelationDefs",
      suffix: "cnfgItemTypeRelationDef",
      strategy: "copy"
    },
    {
      name: "CnfgMgmtRelationTypeDef",
      directoryName: "cnfgMgmtRelationTypeDefs",
      suffix: "cnfgMgmtRelationTypeDef",
      strategy: "copy"
    },
    {
      name: "MeetingPlaybookDefinition",
      directoryName: "meetingPlaybookDefinitions",
      suffix: "meetingPlaybookDefinition",
      strategy: "copy"
    },
    {
      name: "PolicyRuleDefinition",
      directoryName: "policyRuleDefinitions",
      suffix: "policyRuleDefinition",
      strategy: "copy"
    },
    {
      name: "PolicyRuleDefinitionSet",
      directoryName: "policyRuleDefinitionSets",
      suffix: "policyRuleDefinitionSet",
      strategy: "copy"
    },
    {
      name: "IdpConfiguration",
      directoryName: "idpConfigurations",
      suffix: "idpConfiguration",
      strategy: "copy"
    },
    {
      name: "UiWidgetBundle",
      directoryName: "uiWidgets",
      strategy: "bundle",
      strictDirectoryName: true,
      metaFileName: "uiwidget-meta.xml"
    }
  ],
  suffixes: {
    Canvas: "CanvasMetadata",
    CaseSubjectParticle: "CaseSubjectParticle",
    ChannelObjectLinkingRule: "ChannelObjectLinkingRule",
    ChatterExtension: "ChatterExtension",
    ConversationChannelDefinition: "ConversationChannelDefinition",
    ConversationVendorFieldDefinition: "ConversationVendorFieldDef",
    ConversationVendorInformation: "ConversationVendorInfo",
    DataPackageKitObject: "DataPackageKitObject",
    EmbeddedServiceBranding: "EmbeddedServiceBranding",
    EmbeddedServiceConfig: "EmbeddedServiceConfig",
    EmbeddedServiceFieldService: "EmbeddedServiceFieldService",
    EmbeddedServiceFlowConfig: "EmbeddedServiceFlowConfig",
    EmbeddedServiceLiveAgent: "EmbeddedServiceLiveAgent",
    EmbeddedServiceMenuSettings: "EmbeddedServiceMenuSettings",
    IPAddressRange: "IPAddressRange",
    IdentityVerificationProcDef: "IdentityVerificationProcDef",
    LeadConvertSetting: "LeadConvertSettings",
    MobileApplicationDetail: "MobileApplicationDetail",
    OmniExtTrackingDef: "OmniExtTrackingDef",
    OmniTrackingGroup: "OmniTrackingGroup",
    RecordAggregationDefinition: "RecordAggregationDefinition",
    RetrievalSummaryDefinition: "RetrievalSummaryDefinition",
    SearchCriteriaConfigurationSetting: "SearchCriteriaConfiguration",
    SearchableObjDataSyncInfoSetting: "SearchableObjDataSyncInfo",
    accountForecastSetting: "AccountForecastSettings",
    accountPlanObjMeasCalcDef: "AccountPlanObjMeasCalcDef",
    accountRelationshipShareRule: "AccountRelationshipShareRule",
    accountingFieldMapping: "AccountingFieldMapping",
    accountingModelConfig: "AccountingModelConfig",
    acctMgrTargetSetting: "AcctMgrTargetSettings",
    actionLauncherItemDef: "ActionLauncherItemDef",
    actionLinkGroupTemplate: "ActionLinkGroupTemplate",
    actionableListDefinition: "ActionableListDefinition",
    activationPlatform: "ActivationPlatform",
    actnblListKeyPrfmIndDef: "ActnblListKeyPrfmIndDef",
    advAccountForecastSet: "AdvAccountForecastSet",
    advAcctForecastDimSource: "AdvAcctForecastDimSource",
    advAcctForecastPeriodGroup: "AdvAcctForecastPeriodGroup",
    affinityScoreDefinition: "AffinityScoreDefinition",
    ai: "AIApplication",
    aiAgentScorerDefinition: "AiAgentScorerDefinition",
    aiAssistantTemplate: "AIAssistantTemplate",
    aiResponseFormat: "AiResponseFormat",
    aiScoringModelDefVersion: "AIScoringModelDefVersion",
    aiScoringModelDefinition: "AIScoringModelDefinition",
    aiSurface: "AiSurface",
    aiTestingDefinition: "AiTestingDefinition",
    aiUsecaseDefinitions: "AIUsecaseDefinition",
    aiapplicationconfig: "AIApplicationConfig",
    animationRule: "AnimationRule",
    app: "CustomApplication",
    appMenu: "AppMenu",
    applicationRecordTypeConfig: "ApplicationRecordTypeConfig",
    applicationSubtypeDefinition: "ApplicationSubtypeDefinition",
    approvalProcess: "ApprovalProcess",
    apt: "ActionPlanTemplate",
    aq: "AssessmentQuestion",
    aqs: "AssessmentQuestionSet",
    assessmentConfiguration: "AssessmentConfiguration",
    asset: "ContentAsset",
    assignmentRule: "AssignmentRule",
    assignmentRules: "AssignmentRules",
    assistantContextItem: "AssistantContextItem",
    assistantDefinition: "AssistantDefinition",
    assistantRecommendationType: "AssistantRecommendationType",
    assistantSkillQuickAction: "AssistantSkillQuickAction",
    assistantSkillSobjectAction: "AssistantSkillSobjectAction",
    assistantVersion: "AssistantVersion",
    audience: "Audience",
    authprovider: "AuthProvider",
    autoResponseRule: "AutoResponseRule",
    autoResponseRules: "AutoResponseRules",
    batchCalcJobDefinition: "BatchCalcJobDefinition",
    batchProcessJobDefinition: "BatchProcessJobDefinition",
    benefitAction: "BenefitAction",
    blacklistedConsumer: "BlacklistedConsumer",
    bot: "Bot",
    botBlock: "BotBlock",
    botTemplate: "BotTemplate",
    botVersion: "BotVersion",
    brandingSet: "BrandingSet",
    briefcaseDefinition: "BriefcaseDefinition",
    buildingEnergyIntensityConfig: "BldgEnrgyIntensityCnfg",
    businessProcessFeedbackConfiguration: "BusinessProcessFeedbackConfiguration",
    businessProcessGroup: "BusinessProcessGroup",
    businessProcessTypeDefinition: "BusinessProcessTypeDefinition",
    cachePartition: "PlatformCachePartition",
    callCenter: "CallCenter",
    callCenterRoutingMap: "CallCenterRoutingMap",
    callCoachingMediaProvider: "CallCoachingMediaProvider",
    callCtrAgentFavTrfrDest: "CallCtrAgentFavTrfrDest",
    campaignInfluenceModel: "CampaignInfluenceModel",
    careBenefitVerifySettings: "CareBenefitVerifySettings",
    careLimitType: "CareLimitType",
    careProviderAfflRoleConfig: "CareProviderAfflRoleConfig",
    careProviderSearchConfig: "CareProviderSearchConfig",
    careRequestConfiguration: "CareRequestConfiguration",
    careSystemFieldMapping: "CareSystemFieldMapping",
    catalogedApi: "CatalogedApi",
    catalogedApiVersion: "CatalogedApiVersion",
    catalogedApiArtifactVersionInfo: "CatalogedApiArtifactVersionInfo",
    catalogFilterCondition: "SvcCatalogFilterCondition",
    catalogFilterCriteria: "SvcCatalogFilterCriteria",
    catalogItem: "SvcCatalogItemDef",
    catalogItemDefFiltrCrit: "SvcCatalogItemDefFiltrCrit",
    category: "SvcCatalogCategory",
    channelLayout: "ChannelLayout",
    clauseCatgConfiguration: "ClauseCatgConfiguration",
    cleanDataService: "CleanDataService",
    cls: "ApexClass",
    cmsConnectSource: "CMSConnectSource",
    collection: "WaveAnalyticAssetCollection",
    commandaction: "CommandAction",
    community: "Community",
    communityTemplateDefinition: "CommunityTemplateDefinition",
    communityThemeDefinition: "CommunityThemeDefinition",
    component: "ApexComponent",
    config: "NotificationTypeConfig",
    connectedApp: "ConnectedApp",
    contextDefinition: "ContextDefinition",
    contextUseCaseMapping: "ContextUseCaseMapping",
    contractType: "ContractType",
    conversationMessageDefinition: "ConversationMessageDefinition",
    corsWhitelistOrigin: "CorsWhitelistOrigin",
    crt: "Certificate",
    cspTrustedSite: "CspTrustedSite",
    customApplicationComponent: "CustomApplicationComponent",
    customExperience: "CustomExperience",
    customHelpMenuSection: "CustomHelpMenuSection",
    customPermission: "CustomPermission",
    custompageweblink: "CustomPageWebLink",
    dashboard: "Dashboard",
    dashboardFolder: "DashboardFolder",
    dataCalcInsightTemplate: "DataCalcInsightTemplate",
    dataconnector: "DataConnector",
    dataConnectorIngestApi: "DataConnectorIngestApi",
    dataKitObjectDependency: "DataKitObjectDependency",
    dataKitObjectTemplate: "DataKitObjectTemplate",
    dataObjectBuildOrgTemplate: "DataObjectBuildOrgTemplate",
    dataPackageKitDefinition: "DataPackageKitDefinition",
    mktDatalakeSrcKeyQualifier: "MktDatalakeSrcKeyQualifier",
    dataPipeline: "DataPipeline",
    dataSource: "ExternalDataSource",
    dataSourceBundleDefinition: "DataSourceBundleDefinition",
    dataSourceObject: "DataSourceObject",
    dataSourceTenant: "DataSourceTenant",
    dataSrcDataModelFieldMap: "DataSrcDataModelFieldMap",
    dataStreamDefinition: "DataStreamDefinition",
    dataStreamTemplate: "DataStreamTemplate",
    datacategorygroup: "DataCategoryGroup",
    datatype: "CustomDataType",
    decisionMatrixDefinition: "DecisionMatrixDefinition",
    decisionMatrixVersion: "DecisionMatrixDefinitionVersion",
    decisionTable: "DecisionTable",
    decisionTableDatasetLink: "DecisionTableDatasetLink",
    delegateGroup: "DelegateGroup",
    delivery: "EventDelivery",
    deployment: "RecordActionDeployment",
    digitalExperience: "DigitalExperienceBundle",
    digitalExperienceConfig: "DigitalExperienceConfig",
    disclosureDefinition: "DisclosureDefinition",
    disclosureDefinitionVersion: "DisclosureDefinitionVersion",
    disclosureType: "DisclosureType",
    documentCategory: "DocumentCategory",
    documentCategoryDocumentType: "DocumentCategoryDocumentType",
    documentFolder: "DocumentFolder",
    documentGenerationSetting: "DocumentGenerationSetting",
    documentType: "DocumentType",
    dt: "DocumentTemplate",
    duplicateRule: "DuplicateRule",
    dwl: "DataWeaveResource",
    dynamicTrigger: "DynamicTrigger",
    eSignatureConfig: "ESignatureConfig",
    eSignatureEnvelopeConfig: "ESignatureEnvelopeConfig",
    eca: "ExternalClientApplication",
    ecaGlblOauth: "ExtlClntAppGlobalOauthSettings",
    ecaMobile: "ExtlClntAppMobileSettings",
    ecaMobilePlcy: "ExtlClntAppMobileConfigurablePolicies",
    ecaNotifications: "ExtlClntAppNotificationSettings",
    ecaOauth: "ExtlClntAppOauthSettings",
    ecaOauthSecurity: "ExtlClntAppOauthSecuritySettings",
    ecaOauthPlcy: "ExtlClntAppOauthConfigurablePolicies",
    ecaPlcy: "ExtlClntAppConfigurablePolicies",
    ecaSamlPlcy: "ExtlClntAppSamlConfigurablePolicies",
    ecaSmpl: "ExtlClntAppSampleSettings",
    ecaSmplPlcy: "ExtlClntAppSampleConfigurablePolicies",
    email: "EmailTemplate",
    emailFolder: "EmailFolder",
    employeeDataSyncProfile: "EmployeeDataSyncProfile",
    enablementMeasureDefinition: "EnablementMeasureDefinition",
    enablementProgramDefinition: "EnablementProgramDefinition",
    enblProgramTaskSubCategory: "EnblProgramTaskSubCategory",
    entitlementProcess: "EntitlementProcess",
    entitlementTemplate: "EntitlementTemplate",
    entityImplements: "EntityImplements",
    escalationRule: "EscalationRule",
    escalationRules: "EscalationRules",
    eventRelay: "EventRelayConfig",
    eventType: "EventType",
    explainabilityActionDefinition: "ExplainabilityActionDefinition",
    explainabilityActionVersion: "ExplainabilityActionVersion",
    explainabilityMsgTemplate: "ExplainabilityMsgTemplate",
    expressionSetDefinition: "ExpressionSetDefinition",
    expressionSetMessageToken: "ExpressionSetMessageToken",
    expressionSetObjectAlias: "ExpressionSetObjectAlias",
    expressionSetVersion: "ExpressionSetDefinitionVersion",
    extDataTranFieldTemplate: "extDataTranFieldTemplate",
    extDataTranObjectTemplate: "ExtDataTranObjectTemplate",
    externalAIModel: "ExternalAIModel",
    externalAuthIdentityProvider: "ExternalAuthIdentityProvider",
    externalCredential: "ExternalCredential",
    externalDataConnector: "ExternalDataConnector",
    externalDataTranObject: "ExternalDataTranObject",
    externalDocStorageConfig: "ExternalDocStorageConfig",
    externalServiceRegistration: "ExternalServiceRegistration",
    featureParameterBoolean: "FeatureParameterBoolean",
    featureParameterDate: "FeatureParameterDate",
    featureParameterInteger: "FeatureParameterInteger",
    feedFilter: "CustomFeedFilter",
    fieldMappingConfig: "FieldMappingConfig",
    fieldServiceMobileExtension: "FieldServiceMobileExtension",
    fieldSrcTrgtRelationship: "FieldSrcTrgtRelationship",
    fieldTranslation: "CustomFieldTranslation",
    flexipage: "FlexiPage",
    flow: "Flow",
    flowCategory: "FlowCategory",
    flowDefinition: "FlowDefinition",
    flowtest: "FlowTest",
    flowvaluemap: "FlowValueMap",
    forecastingFilter: "ForecastingFilter",
    forecastingFilterCondition: "ForecastingFilterCondition",
    forecastingGroup: "ForecastingGroup",
    forecastingSourceDefinition: "ForecastingSourceDefinition",
    forecastingType: "ForecastingType",
    forecastingTypeSource: "ForecastingTypeSource",
    form: "Form",
    formSection: "FormSection",
    fuelType: "FuelType",
    fuelTypeSustnUom: "FuelTypeSustnUom",
    fulfillmentFlow: "SvcCatalogFulfillmentFlow",
    function: "FunctionReference",
    fundraisingConfig: "FundraisingConfig",
    gatewayProviderPaymentMethodType: "GatewayProviderPaymentMethodType",
    genAiPlanner: "GenAiPlanner",
    genAiPlugin: "GenAiPlugin",
    genAiPromptTemplate: "GenAiPromptTemplate",
    genAiPromptTemplateActivation: "GenAiPromptTemplateActv",
    geodata: "EclairGeoData",
    giftEntryGridTemplate: "GiftEntryGridTemplate",
    globalPicklist: "GlobalPicklist",
    globalValueSet: "GlobalValueSet",
    globalValueSetTranslation: "GlobalValueSetTranslation",
    goal: "DiscoveryGoal",
    group: "Group",
    homePageComponent: "HomePageComponent",
    homePageLayout: "HomePageLayout",
    householdNamingConfig: "HouseholdNamingConfig",
    icon: "Icon",
    iframeWhiteListUrlSettings: "IframeWhiteListUrlSettings",
    inboundCertificate: "InboundCertificate",
    inboundNetworkConnection: "InboundNetworkConnection",
    indx: "CustomIndex",
    insightType: "InsightType",
    installedPackage: "InstalledPackage",
    integrationProviderDefinition: "IntegrationProviderDef",
    internalDataConnector: "InternalDataConnector",
    internalOrganization: "InternalOrganization",
    keywords: "KeywordList",
    labels: "CustomLabels",
    layout: "Layout",
    learningAchievementConfig: "LearningAchievementConfig",
    learningItemType: "LearningItemType",
    letter: "Letterhead",
    licenseDefinition: "LicenseDefinition",
    lightningBolt: "LightningBolt",
    lightningExperienceTheme: "LightningExperienceTheme",
    lightningOnboardingConfig: "LightningOnboardingConfig",
    liveChatAgentConfig: "LiveChatAgentConfig",
    liveChatButton: "LiveChatButton",
    liveChatDeployment: "LiveChatDeployment",
    liveChatSensitiveDataRule: "LiveChatSensitiveDataRule",
    locationUse: "LocationUse",
    loyaltyProgramSetup: "LoyaltyProgramSetup",
    managedContentType: "ManagedContentType",
    managedEventSubscription: "ManagedEventSubscription",
    managedTopic: "ManagedTopic",
    managedTopics: "ManagedTopics",
    marketSegmentDefinition: "MarketSegmentDefinition",
    marketingResourceType: "MarketingResourceType",
    marketingappextension: "MarketingAppExtension",
    matchingRule: "MatchingRules",
    md: "CustomMetadata",
    messageChannel: "LightningMessageChannel",
    messagingChannel: "MessagingChannel",
    mfgProgramTemplate: "MfgProgramTemplate",
    milestoneType: "MilestoneType",
    mktCalcInsightObjectDef: "MktCalcInsightObjectDef",
    mktDataConnection: "MktDataConnection",
    mktDataConnectionSrcParam: "MktDataConnectionSrcParam",
    mktDataTranField: "MktDataTranField",
    mktDataTranObject: "MktDataTranObject",
    mcpServerDefinition: "McpServerDefinition",
    mlDataDefinition: "MLDataDefinition",
    mlDomain: "MlDomain",
    mlPrediction: "MLPredictionDefinition",
    mlRecommendation: "MLRecommendationDefinition",
    mobSecurityCertPinConfig: "MobSecurityCertPinConfig",
    mobileSecurityAssignment: "MobileSecurityAssignment",
    mobileSecurityPolicy: "MobileSecurityPolicy",
    mobileSecurityPolicySet: "MobileSecurityPolicySet",
    model: "DiscoveryAIModel",
    mutingpermissionset: "MutingPermissionSet",
    myDomainDiscoverableLogin: "MyDomainDiscoverableLogin",
    namedCredential: "NamedCredential",
    navigationMenu: "NavigationMenu",
    network: "Network",
    networkBranding: "NetworkBranding",
    notifications: "ApexEmailNotifications",
    notiftype: "CustomNotificationType",
    oauthcustomscope: "OauthCustomScope",
    oauthtokenexchangehandler: "OauthTokenExchangeHandler",
    object: "CustomObject",
    objectSourceTargetMap: "ObjectSourceTargetMap",
    objIntegProviderDefMapping: "ObjIntegProviderDefMapping",
    objectTranslation: "CustomObjectTranslation",
    ocrSampleDocument: "OcrSampleDocument",
    ocrTemplate: "OcrTemplate",
    oip: "OmniIntegrationProcedure",
    omniInteractionAccessConfig: "OmniInteractionAccessConfig",
    omniInteractionConfig: "OmniInteractionConfig",
    omniSupervisorConfig: "OmniSupervisorConfig",
    orchestration: "Orchestration",
    orchestrationContext: "OrchestrationContext",
    os: "OmniScript",
    ouc: "OmniUiCard",
    outboundNetworkConnection: "OutboundNetworkConnection",
    page: "ApexPage",
    participantRole: "ParticipantRole",
    pathAssistant: "PathAssistant",
    paymentGatewayProvider: "PaymentGatewayProvider",
    permissionSetLicenseDefinition: "PermissionSetLicenseDefinition",
    permissionset: "PermissionSet",
    permissionsetgroup: "PermissionSetGroup",
    personAccountOwnerPowerUser: "PersonAccountOwnerPowerUser",
    pipelineInspMetricConfig: "PipelineInspMetricConfig",
    platformEventChannel: "PlatformEventChannel",
    platformEventChannelMember: "PlatformEventChannelMember",
    platformEventSubscriberConfig: "PlatformEventSubscriberConfig",
    policy: "AppointmentAssignmentPolicy",
    portal: "Portal",
    portalDelegablePermissionSet: "PortalDelegablePermissionSet",
    postTemplate: "PostTemplate",
    presenceDeclineReason: "PresenceDeclineReason",
    presenceUserConfig: "PresenceUserConfig",
    pricingActionParameters: "PricingActionParameters",
    pricingRecipe: "PricingRecipe",
    processflowmigration: "ProcessFlowMigration",
    productAttrDisplayConfig: "ProductAttrDisplayConfig",
    productAttributeSet: "ProductAttributeSet",
    productSpecificationRecType: "ProductSpecificationRecType",
    productSpecificationType: "ProductSpecificationType",
    productSpecificationTypeDefinition: "ProductSpecificationTypeDefinition",
    profile: "Profile",
    profilePasswordPolicy: "ProfilePasswordPolicy",
    profileSessionSetting: "ProfileSessionSetting",
    prompt: "Prompt",
    queue: "Queue",
    queueRoutingConfig: "QueueRoutingConfig",
    quickAction: "QuickAction",
    recAlrtDataSrcExpSetDef: "RecAlrtDataSrcExpSetDef",
    recommendationStrategy: "RecommendationStrategy",
    recordAlertCategory: "RecordAlertCategory",
    recordAlertDataSource: "RecordAlertDataSource",
    recordAlertTemplate: "RecordAlertTemplate",
    redirectWhitelistUrl: "RedirectWhitelistUrl",
    refdash: "ReferencedDashboard",
    registeredExternalService: "RegisteredExternalService",
    relatedRecordAssocCriteria: "RelatedRecordAssocCriteria",
    relationshipGraphDefinition: "RelationshipGraphDefinition",
    remoteSite: "RemoteSiteSetting",
    report: "Report",
    reportFolder: "ReportFolder",
    reportType: "ReportType",
    role: "Role",
    rpt: "OmniDataTransform",
    rule: "ModerationRule",
    s3DataConnector: "DataConnectorS3",
    salesAgreementSetting: "SalesAgreementSettings",
    samlssoconfig: "SamlSsoConfig",
    scf: "Scontrol",
    SchedulingObjective: "SchedulingObjective",
    schedulingRule: "SchedulingRule",
    scoreCategory: "ScoreCategory",
    searchCustomization: "SearchCustomization",
    searchOrgWideObjectConfig: "SearchOrgWideObjectConfig",
    serviceAISetupDescription: "ServiceAISetupDefinition",
    serviceAISetupField: "ServiceAISetupField",
    serviceChannel: "ServiceChannel",
    servicePresenceStatus: "ServicePresenceStatus",
    serviceprocess: "ServiceProcess",
    settings: "Settings",
    sharingCriteriaRule: "SharingCriteriaRule",
    sharingGuestRule: "SharingGuestRule",
    sharingOwnerRule: "SharingOwnerRule",
    sharingRules: "SharingRules",
    sharingSet: "SharingSet",
    sharingTerritoryRule: "SharingTerritoryRule",
    site: "SiteDotCom",
    skill: "Skill",
    skilltype: "SkillType",
    slackapp: "SlackApp",
    snapshot: "AnalyticSnapshot",
    stageDefinition: "StageDefinition",
    standardValueSet: "StandardValueSet",
    standardValueSetTranslation: "StandardValueSetTranslation",
    stationaryAssetEnvSourceConfig: "StnryAssetEnvSrcCnfg",
    story: "DiscoveryStory",
    streamingAppDataConnector: "StreamingAppDataConnector",
    subscription: "EventSubscription",
    sustainabilityUom: "SustainabilityUom",
    sustnUomConversion: "SustnUomConversion",
    synonymDictionary: "SynonymDictionary",
    tab: "CustomTab",
    territory: "Territory",
    territory2: "Territory2",
    territory2Model: "Territory2Model",
    territory2Rule: "Territory2Rule",
    territory2Type: "Territory2Type",
    testSuite: "ApexTestSuite",
    timeSheetTemplate: "TimeSheetTemplate",
    timelineObjectDefinition: "TimelineObjectDefinition",
    topicsForObjects: "TopicsForObjects",
    transactionProcessingType: "TransactionProcessingType",
    transactionSecurityPolicy: "TransactionSecurityPolicy",
    translation: "Translations",
    trigger: "ApexTrigger",
    type: "IntegrationHubSettingsType",
    uiFormatSpecificationSet: "UiFormatSpecificationSet",
    uiObjectRelationConfig: "UIObjectRelationConfig",
    uiPreviewMessageTabDef: "UiPreviewMessageTabDef",
    uiplugin: "UiPlugin",
    uiview: "UiViewDefinition",
    userAuthCertificate: "UserAuthCertificate",
    userCriteria: "UserCriteria",
    userProfileSearchScope: "UserProfileSearchScope",
    userProvisioningConfig: "UserProvisioningConfig",
    useraccesspolicy: "UserAccessPolicy",
    vehicleAssetEmssnSourceConfig: "VehicleAssetEmssnSrcCnfg",
    view: "ViewDefinition",
    virtualVisitConfig: "VirtualVisitConfig",
    visualizationPlugin: "VisualizationPlugin",
    wapp: "WaveApplication",
    wcomp: "WaveComponent",
    wdash: "WaveDashboard",
    wdf: "WaveDataflow",
    wdpr: "WaveRecipe",
    wds: "WaveDataset",
    webStoreBundle: "WebStoreBundle",
    webStoreTemplate: "WebStoreTemplate",
    uibundle: "UIBundle",
    workflowFlowAutomation: "WorkflowFlowAutomation",
    weblink: "CustomPageWebLink",
    wlens: "WaveLens",
    workSkillRouting: "WorkSkillRouting",
    workSkillRoutingAttribute: "WorkSkillRoutingAttribute",
    workflow: "Workflow",
    workflowAlert: "WorkflowAlert",
    workflowFieldUpdate: "WorkflowFieldUpdate",
    workflowFlowAction: "WorkflowFlowAction",
    workflowKnowledgePublish: "WorkflowKnowledgePublish",
    workflowOutboundMessage: "WorkflowOutboundMessage",
    workflowRule: "WorkflowRule",
    workflowSend: "WorkflowSend",
    workflowTask: "WorkflowTask",
    xmd: "WaveXmd",
    xml: "EmailServicesFunction",
    policyRuleDefinition: "PolicyRuleDefinition",
    policyRuleDefinitionSet: "PolicyRuleDefinitionSet",
    xorghub: "XOrgHub",
    ecaPush: "ExtlClntAppPushSettings",
    ecaPushPlcy: "ExtlClntAppPushConfigurablePolicies",
    ChoiceList: "ChoiceList",
    ConvIntelligenceSignalRule: "ConvIntelligenceSignalRule",
    PublicKeyCertificate: "PublicKeyCertificate",
    PublicKeyCertificateSet: "PublicKeyCertificateSet",
    aiEvaluationDefinition: "AiEvaluationDefinition",
    uadash: "AnalyticsDashboard",
    uaviz: "AnalyticsVisualization",
    uawork: "AnalyticsWorkspace",
    lifeSciConfigCategory: "LifeSciConfigCategory",
    lifeSciConfigRecord: "LifeSciConfigRecord",
    invocableactionextension: "InvocableActionExtension",
    fieldServiceMobileConfig: "FieldServiceMobileConfig",
    dgtAssetMgmtProvider: "DgtAssetMgmtProvider",
    dgtAssetMgmtPrvdLghtCpnt: "DgtAssetMgmtPrvdLghtCpnt",
    ecaCanvas: "ExtlClntAppCanvasSettings",
    apiNamedQuery: "ApiNamedQuery",
    ExternalStoragePrvdConfigSet: "ExternalStoragePrvdConfig",
    ruleLibraryDefinition: "RuleLibraryDefinition",
    dataMapperDefinition: "DataMapperDefinition",
    dynamicUiCardDefinition: "DynamicUiCardDefinition",
    integrationProcdDefinition: "IntegrationProcdDefinition",
    omniscriptDefinition: "OmniscriptDefinition",
    procedurePlanDefinition: "ProcedurePlanDefinition",
    computeExtension: "ComputeExtension",
    dataObjectSearchIndexConf: "DataObjectSearchIndexConf",
    lightningOutApp: "LightningOutApp",
    stageAssignment: "StageAssignment",
    onboardingDataObjectGroup: "OnboardingDataObjectGroup",
    partyProfileDataObjectValidityDefinition: "PartyProfileDataObjectValidityDefinition",
    flexcardDefinition: "FlexcardDefinition",
    TelemetryDefinition: "TelemetryDefinition",
    TelemetryDefinitionVersion: "TelemetryDefinitionVersion",
    TelemetryActionDefinition: "TelemetryActionDefinition",
    TelemetryActionDefStep: "TelemetryActionDefStep",
    TelemetryActnDefStepAttr: "TelemetryActnDefStepAttr",
    cnfgItemAttrDef: "CnfgItemAttrDef",
    cnfgItemAttrPcklstValDef: "CnfgItemAttrPcklstValDef",
    cnfgItemAttrPicklistDef: "CnfgItemAttrPicklistDef",
    cnfgItemAttrSetAttr: "CnfgItemAttrSetAttr",
    cnfgItemAttrSetDef: "CnfgItemAttrSetDef",
    cnfgItemSourceDefinition: "CnfgItemSourceDefinition",
    cnfgItemTypeAttrRelDef: "CnfgItemTypeAttrRelDef",
    cnfgItemTypeDef: "CnfgItemTypeDef",
    cnfgItemTypeIdentFieldMap: "CnfgItemTypeIdentFieldMap",
    cnfgItemTypeIdentRule: "CnfgItemTypeIdentRule",
    cnfgItemTypeRelationDef: "CnfgItemTypeRelationDef",
    cnfgMgmtRelationTypeDef: "CnfgMgmtRelationTypeDef",
    meetingPlaybookDefinition: "MeetingPlaybookDefinition",
    idpConfiguration: "IdpConfiguration"
  },
  strictDirectories: [
    ["ActionableEventOrchDefSettings", "ActionableEventOrchDef"],
    ["ActionableEventTypeDefSettings", "ActionableEventTypeDef"],
    ["aiAuthoringBundles", "AiAuthoringBundle"],
    ["IndustriesManufacturingSettings", "IndustriesManufacturingSettings"],
    ["ObjectHierarchyRelationship", "ObjectHierarchyRelationship"],
    ["accessControlPolicies", "AccessControlPolicy"],
    ["appointmentAssignmentPolicies", "AppointmentAssignmentPolicy"],
    ["appointmentSchedulingPolicies", "AppointmentSchedulingPolicy"],
    ["aura", "AuraDefinitionBundle"],
    ["botBlocks", "BotBlock"],
    ["botTemplates", "BotTemplate"],
    ["bots", "Bot"],
    ["contentTypes", "ContentTypeBundle"],
    ["documents", "Document"],
    ["emailservices", "EmailServicesFunction"],
    ["experiencePropertyTypeBundles", "ExperiencePropertyTypeBundle"],
    ["experiences", "ExperienceBundle"],
    ["fieldRestrictionRules", "FieldRestrictionRule"],
    ["genAiFunctions", "GenAiFunction"],
    ["genAiPlannerBundles", "GenAiPlannerBundle"],
    ["integArtifactDefs", "IntegArtifactDef"],
    ["integrationHub", "IntegrationHubSettings"],
    ["lwc", "LightningComponentBundle"],
    ["mktDataSources", "DataSource"],
    ["objectTranslations", "CustomObjectTranslation"],
    ["objects", "CustomObject"],
    ["restrictionRules", "RestrictionRule"],
    ["siteDotComSites", "SiteDotCom"],
    ["sites", "CustomSite"],
    ["staticresources", "StaticResource"],
    ["waveTemplates", "WaveTemplateBundle"],
    ["appTemplates", "AppFrameworkTemplateBundle"],
    ["lightningTypes", "LightningTypeBundle"],
    ["uiBundles", "UIBundle"],
    ["uiWidgets", "UiWidgetBundle"]
  ]
};

// src/source/registry/registry.ts
var FOLDER_STRATEGIES = /* @__PURE__ */ new Set([
  "bundle",
  "staticResource",
  "document",
  "experienceBundle",
  "digitalExperience",
  "decomposed",
  "decomposedBeside"
]);
function toChild(parent, raw) {
  return {
    name: raw.name,
    parent,
    directoryName: raw.directoryName,
    ...raw.suffix === void 0 ? {} : { suffix: raw.suffix },
    ...raw.legacySuffix === void 0 ? {} : { legacySuffix: raw.legacySuffix },
    tag: raw.xmlElementName ?? raw.directoryName,
    uniqueIdElement: raw.uniqueIdElement ?? "fullName",
    addressable: raw.addressable ?? true,
    unaddressableWithoutParent: raw.unaddressableWithoutParent ?? false,
    ignoreParentName: raw.ignoreParentName ?? false,
    listedInFile: raw.xmlElementName !== void 0 && raw.uniqueIdElement !== void 0,
    ...raw.metaFileName === void 0 ? {} : { metaFileName: raw.metaFileName }
  };
}
function toType(raw) {
  const strategy = raw.strategy;
  const children = (raw.children ?? []).map((c) => toChild(raw.name, c));
  const strict = raw.strictDirectoryName === true;
  const type = {
    name: raw.name,
    directoryName: raw.directoryName,
    strategy,
    strict,
    // DigitalExperienceBundle is not strict in the reference, but its folder is all its own.
    ownsFolder: FOLDER_STRATEGIES.has(strategy) && (strict || strategy === "digitalExperience"),
    children,
    childSuffixes: new Map(
      Object.entries(raw.childSuffixes ?? {}).flatMap(([suffix, name]) => {
        const child2 = children.find((c) => c.name === name);
        return child2 ? [[suffix, child2]] : [];
      })
    ),
    listEmptyParent: !children.some((c) => !c.unaddressableWithoutParent) || !children.some((c) => c.addressable)
  };
  if (raw.suffix !== void 0) type.suffix = raw.suffix;
  if (raw.metaSuffix !== void 0) type.metaSuffix = raw.metaSuffix;
  if (raw.legacySuffix !== void 0) type.legacySuffix = raw.legacySuffix;
  if (raw.inFolder !== void 0) type.inFolder = raw.inFolder;
  if (raw.folderType !== void 0) type.folderType = raw.folderType;
  if (raw.metaFileName !== void 0) type.metaFileName = raw.metaFileName;
  if (raw.validation === "uiBundle") type.validation = "uiBundle";
  return type;
}
function buildRegistry(raw = metadata_types_default) {
  const registry = {
    types: /* @__PURE__ */ new Map(),
    bySuffix: /* @__PURE__ */ new Map(),
    childBySuffix: /* @__PURE__ */ new Map(),
    byFolder: /* @__PURE__ */ new Map(),
    strictFolders: [],
    byFolderSuffix: /* @__PURE__ */ new Map(),
    folderBySuffix: /* @__PURE__ */ new Map(),
    inFolderDirs: /* @__PURE__ */ new Map(),
    children: /* @__PURE__ */ new Map(),
    ordered: [],
    folderNames: /* @__PURE__ */ new Set()
  };
  for (const row of raw.types) {
    const type = toType(row);
    registry.types.set(type.name, type);
    registry.ordered.push(type);
    registry.folderNames.add(type.directoryName);
    if (type.strict || type.ownsFolder) registry.byFolder.set(type.directoryName, type);
    if (type.inFolder) {
      registry.byFolderSuffix.set(type.inFolder.folderSuffix, type);
      if (type.inFolder.aliasSuffix) registry.byFolderSuffix.set(type.inFolder.aliasSuffix, type);
      registry.inFolderDirs.set(type.directoryName, type);
    }
    for (const child2 of type.children) registry.children.set(child2.name, child2);
  }
  const folders = new Map(
    registry.ordered.flatMap((t) => t.inFolder ? [[t.inFolder.folderType, t]] : [])
  );
  for (const [suffix, name] of Object.entries(raw.suffixes)) {
    const type = registry.types.get(name);
    const child2 = registry.children.get(name);
    const folder = folders.get(name);
    if (type) registry.bySuffix.set(suffix, type);
    else if (child2) registry.childBySuffix.set(suffix, child2);
    else if (folder) registry.folderBySuffix.set(suffix, folder);
  }
  for (const [dir = "", name = ""] of raw.strictDirectories) {
    const type = registry.types.get(name);
    if (type) registry.strictFolders.push([dir, type]);
  }
  return registry;
}
var shared;
function defaultRegistry() {
  shared ??= buildRegistry();
  return shared;
}

// src/source/source-paths.ts
var META = "-meta.xml";
function basename(path4) {
  return path4.slice(path4.lastIndexOf("/") + 1);
}
function dirname(path4) {
  const slash = path4.lastIndexOf("/");
  return slash === -1 ? "" : path4.slice(0, slash);
}
function joinPath(dir, name) {
  return dir === "" ? name : `${dir}/${name}`;
}
var META_XML = /(.+)\.(.+)-meta\.xml/;
function parseMetadataXml(path4) {
  const name = basename(path4);
  if (!name.includes("-meta.xml")) return void 0;
  const m = META_XML.exec(name);
  return m ? { fullName: m[1] ?? "", suffix: m[2] ?? "", path: path4 } : void 0;
}
function extName(path4) {
  const name = basename(path4);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot + 1);
}
function baseName(path4) {
  const name = basename(path4);
  const dot = name.indexOf(".");
  return dot === -1 ? name : name.slice(0, dot);
}
function parentName(path4) {
  return basename(dirname(path4));
}
function parseNestedFullName(path4, directoryName) {
  const parts = path4.split("/");
  const at = parts.lastIndexOf(directoryName);
  if (at === -1) return void 0;
  const rest = parts.slice(at + 1);
  const file = (parts[parts.length - 1] ?? "").replace(META, "");
  rest[rest.length - 1] = file.slice(0, file.includes(".") ? file.indexOf(".") : void 0);
  return rest.join("/");
}
function trimUntil(path4, part, untilLast = false) {
  const parts = path4.split("/");
  const at = untilLast ? parts.lastIndexOf(part) : parts.indexOf(part);
  return at === -1 ? path4 : parts.slice(at).join("/");
}
function folderMetaName(path4) {
  const name = basename(path4);
  if (!name.endsWith(META)) return void 0;
  const stem = name.slice(0, -META.length);
  return stem !== "" && !stem.includes(".") ? stem : void 0;
}

// src/source/ui-bundle.ts
var DESCRIPTOR = "ui-bundle.json";
var MAX_BYTES = 102400;
var TOP_LEVEL = /* @__PURE__ */ new Set(["outputDir", "routing", "headers"]);
var ROUTING = /* @__PURE__ */ new Set(["rewrites", "redirects", "fallback", "trailingSlash", "fileBasedRouting"]);
var TRAILING_SLASH = /* @__PURE__ */ new Set(["always", "never", "auto"]);
function unsafe(value) {
  if (/(^|[/\\])\.\.([/\\]|$)/.test(value)) return "path traversal (..)";
  if (value === "." || value === "./") return "current directory reference (use a file path)";
  if (value.startsWith("/") || value.startsWith("\\")) return "absolute path";
  if ([...value].some((ch) => ch.charCodeAt(0) < 32)) return "control character";
  if (/[*?]/.test(value)) return "glob wildcard";
  if (value.includes("\\")) return "backslash (use forward slashes)";
  if (value.includes("%")) return "percent-encoding";
  return void 0;
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
async function validateUiBundle(ctx, c) {
  const folder = c.folder ?? "";
  const path4 = `${folder}/${DESCRIPTOR}`;
  if (!c.content.includes(path4)) return;
  const bytes = await ctx.read(path4);
  const fail = (message) => {
    ctx.problems.push(`${path4}: ${message}`);
  };
  if (bytes.length === 0 || decodeUtf8(bytes).trim() === "") return fail("must not be empty.");
  if (bytes.length > MAX_BYTES) return fail(`exceeds ${MAX_BYTES / 1024} KB.`);
  let config;
  try {
    config = JSON.parse(decodeUtf8(bytes));
  } catch (error) {
    return fail(`is not valid JSON: ${error.message}`);
  }
  if (!isObject(config) || Object.keys(config).length === 0)
    return fail("must be a JSON object with at least one of outputDir, routing, headers.");
  const unknown = Object.keys(config).filter((k) => !TOP_LEVEL.has(k));
  if (unknown.length > 0)
    return fail(
      `unknown ${unknown.map((k) => `'${k}'`).join(", ")}; allowed: outputDir, routing, headers.`
    );
  const has = (rel) => c.content.some((f) => f === `${folder}/${rel}`);
  const hasUnder = (rel) => c.content.some((f) => f.startsWith(`${folder}/${rel}/`));
  let base = "";
  if (config.outputDir !== void 0) {
    const dir = config.outputDir;
    if (typeof dir !== "string" || dir.trim() === "")
      return fail("'outputDir' must be a non-empty string.");
    const reason = unsafe(dir);
    if (reason) return fail(`'outputDir' "${dir}" contains ${reason}.`);
    base = dir.replace(/\/+$/, "");
    if (!hasUnder(base))
      return fail(`'outputDir' "${dir}" is not a folder with files in the bundle.`);
  }
  const routing = config.routing;
  if (routing !== void 0) {
    if (!isObject(routing)) return fail("'routing' must be an object.");
    const extra = Object.keys(routing).filter((k) => !ROUTING.has(k));
    if (extra.length > 0) return fail(`'routing' has unknown ${extra.join(", ")}.`);
    if (routing.trailingSlash !== void 0 && !TRAILING_SLASH.has(String(routing.trailingSlash)))
      return fail("'routing.trailingSlash' must be one of always, never, auto.");
    const targets = [["routing.fallback", routing.fallback]];
    if (Array.isArray(routing.rewrites))
      routing.rewrites.forEach(
        (r, i) => targets.push([`routing.rewrites[${i}].rewrite`, isObject(r) ? r.rewrite : void 0])
      );
    for (const [key, value] of targets) {
      if (value === void 0) continue;
      if (typeof value !== "string" || value === "")
        return fail(`'${key}' must be a non-empty string.`);
      const rel = value.replace(/^\/+/, "");
      const reason = unsafe(rel);
      if (reason) return fail(`'${key}' "${value}" contains ${reason}.`);
      const target = base === "" ? rel : `${base}/${rel}`;
      if (!has(target) && !hasUnder(target))
        return fail(`'${key}' references "${value}", which is not in the bundle.`);
    }
  }
  if (config.headers !== void 0 && !Array.isArray(config.headers))
    return fail("'headers' must be an array.");
}

// src/source/convert.ts
var fileName = basename;
async function convertComponent(ctx, c) {
  if (c.isFolder) return convertFolder(ctx, c);
  switch (c.type.strategy) {
    case "copy":
      return convertCopy(ctx, c);
    case "matchingContent":
      return convertMatchingContent(ctx, c);
    case "bundle":
    case "experienceBundle":
    case "digitalExperience":
      return convertFolderShaped(ctx, c);
    case "staticResource":
      return convertStaticResource(ctx, c);
    case "document":
      return convertDocument(ctx, c);
    case "decomposed":
    case "decomposedBeside":
      return convertDecomposed(ctx, c);
    case "labels":
      return convertLabels(ctx, c);
    default:
      ctx.problems.push(`${c.type.name} ${c.fullName}: this type is not supported yet.`);
  }
}
async function convertFolder(ctx, c) {
  const meta = c.meta ?? "";
  const info = c.type.inFolder;
  const slash = meta.endsWith(`.${info?.aliasSuffix ?? "\0"}${META}`) ? info?.aliasTrailingSlash : info?.trailingSlash;
  const member = `${c.fullName}${slash === true ? "/" : ""}`;
  if (!selected(ctx, c, member)) return;
  emit(ctx, `${c.type.directoryName}/${c.fullName}${META}`, await ctx.read(meta), [meta]);
  list(ctx, c.type.name, member, meta, 1);
}
function copyOutputPath(type, fullName, xml) {
  let out;
  const model = type.folderType === void 0 ? void 0 : defaultRegistry().types.get(type.folderType);
  if (type.inFolder || type.suffix === void 0) out = trimUntil(xml, type.directoryName, true);
  else if (model && model.folderType !== type.name) out = trimUntil(xml, model.directoryName);
  else if (model) out = `${type.directoryName}/${fullName.split("/")[0] ?? ""}/${basename(xml)}`;
  else out = `${type.directoryName}/${basename(xml)}`;
  if (out.includes(META)) out = out.slice(0, out.lastIndexOf(META));
  if (type.legacySuffix !== void 0 && type.suffix !== void 0 && out.includes(type.legacySuffix))
    out = out.replace(type.legacySuffix, type.suffix);
  return out;
}
async function convertCopy(ctx, c) {
  const meta = c.meta ?? "";
  if (!selected(ctx, c)) return;
  const bytes = await ctx.read(meta);
  emit(ctx, copyOutputPath(c.type, c.fullName, meta), bytes, [meta]);
  list(ctx, c.type.name, c.fullName, meta, 1);
  if (c.type.children.length > 0) listInFileChildren(ctx, c, bytes, meta);
}
function listInFileChildren(ctx, c, bytes, path4) {
  const root = parseXml(decodeUtf8(bytes), path4);
  for (const node of root.children) {
    if (node.kind !== "element") continue;
    const child2 = c.type.children.find((t) => t.listedInFile && t.tag === node.name);
    if (!child2) continue;
    const id = childText(node, child2.uniqueIdElement);
    list(ctx, child2.name, `${c.fullName}.${id}`, path4, node.line);
  }
}
async function convertMatchingContent(ctx, c) {
  const meta = c.meta ?? "";
  const content = c.content[0] ?? "";
  if (!selected(ctx, c)) return;
  const out = `${c.type.directoryName}/${c.fullName}.${c.type.suffix ?? ""}`;
  emit(ctx, out, await ctx.read(content), [content]);
  emit(ctx, `${out}${META}`, await ctx.read(meta), [meta]);
  list(ctx, c.type.name, c.fullName, content);
}
async function convertFolderShaped(ctx, c) {
  if (!selected(ctx, c)) return;
  const folder = c.folder ?? "";
  if (c.type.validation === "uiBundle") await validateUiBundle(ctx, c);
  const outFolder = `${c.type.directoryName}/${c.fullName}`;
  const main = c.meta ?? c.content[0] ?? folder;
  if (c.type.strategy === "experienceBundle") {
    if (c.meta === void 0) {
      ctx.problems.push(
        `ExperienceBundle ${c.fullName}: ${folder} has no ${c.fullName}.site-meta.xml beside it.`
      );
      return;
    }
    emit(ctx, `${outFolder}.site${META}`, await ctx.read(c.meta), [c.meta]);
  }
  for (const file of c.content)
    emit(ctx, `${outFolder}/${bundleRelative(c, folder, file)}`, await ctx.read(file), [file]);
  ctx.sourceMap.files[outFolder] = [main, ...c.content.filter((f) => f !== main)];
  list(ctx, c.type.name, c.fullName, main);
  for (const child2 of c.children) {
    const member = `${c.fullName}.${child2.name}`;
    list(ctx, child2.type.name, member, child2.path);
  }
}
function bundleRelative(c, folder, file) {
  if (file.startsWith(`${folder}/`)) return relativeTo(folder, file);
  const marker = `/${c.type.directoryName}/${c.fullName}/`;
  const at = `/${file}`.lastIndexOf(marker);
  return at === -1 ? basename(file) : `/${file}`.slice(at + marker.length);
}
async function convertDocument(ctx, c) {
  const content = c.content[0];
  if (c.meta === void 0 || content === void 0 || c.content.length > 1) {
    const files = [c.meta, ...c.content].filter((f) => f !== void 0).join(", ");
    ctx.problems.push(
      `Document ${c.fullName}: expected one content file and one .document-meta.xml, found ${files}.`
    );
    return;
  }
  if (!selected(ctx, c)) return;
  const dir = c.fullName.slice(0, c.fullName.lastIndexOf("/"));
  const out = `${c.type.directoryName}/${dir}/${fileName(content)}`;
  emit(ctx, out, await ctx.read(content), [content]);
  emit(ctx, `${out}${META}`, await ctx.read(c.meta), [c.meta]);
  list(ctx, c.type.name, c.fullName, content);
}

// src/source/manifest.ts
function byCodeUnit(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function buildPackageXml(members, version) {
  const byType = /* @__PURE__ */ new Map();
  for (const m of members) {
    const set = byType.get(m.type) ?? /* @__PURE__ */ new Set();
    set.add(m.fullName);
    byType.set(m.type, set);
  }
  const lines = [XML_DECLARATION, `<Package xmlns="${METADATA_NS}">`];
  for (const type of [...byType.keys()].sort(byCodeUnit)) {
    lines.push("    <types>");
    for (const member of [...byType.get(type) ?? []].sort(byCodeUnit)) {
      lines.push(`        <members>${escapeXml(member)}</members>`);
    }
    lines.push(`        <name>${escapeXml(type)}</name>`, "    </types>");
  }
  if (version !== void 0) lines.push(`    <version>${escapeXml(version)}</version>`);
  lines.push("</Package>", "");
  return lines.join("\n");
}
function parsePackageXml(text, file) {
  const root = parseXml(text, file);
  if (root.name !== "Package")
    throw new BuildError([`${file}: expected a <Package> root element, found <${root.name}>.`]);
  const members = [];
  const problems = [];
  for (const node of root.children) {
    if (node.kind !== "element" || node.name !== "types") continue;
    const type = childText(node, "name");
    if (type === "") problems.push(`${file}:${node.line}: <types> without a <name>.`);
    for (const m of node.children) {
      if (m.kind !== "element" || m.name !== "members") continue;
      const text2 = textContent(m.children);
      if (text2 !== "") members.push({ type, fullName: text2 });
    }
  }
  if (problems.length > 0) throw new BuildError(problems);
  const version = childText(root, "version");
  return version === "" ? { members } : { members, version };
}

// src/source/read-ahead.ts
function readAhead(read, order, window) {
  const position = /* @__PURE__ */ new Map();
  order.forEach((p, i) => {
    if (!position.has(p)) position.set(p, i);
  });
  const pending = /* @__PURE__ */ new Map();
  const issuedPaths = [];
  let issued = 0;
  let evicted = 0;
  const issueUpTo = (end) => {
    const stop = Math.min(end, order.length);
    while (issued < stop) {
      const path4 = order[issued++] ?? "";
      if (pending.has(path4)) continue;
      const promise = read(path4);
      promise.catch(() => void 0);
      pending.set(path4, promise);
      issuedPaths.push(path4);
    }
  };
  return (path4) => {
    const at = position.get(path4);
    if (at !== void 0) {
      issueUpTo(at + 1 + window);
      while (evicted < issuedPaths.length && (position.get(issuedPaths[evicted] ?? "") ?? 0) < at - window) {
        pending.delete(issuedPaths[evicted] ?? "");
        evicted++;
      }
    }
    const ready = pending.get(path4);
    if (ready === void 0) return read(path4);
    pending.delete(path4);
    return ready;
  };
}

// src/source/source-tree.ts
function joinTreePath(...parts) {
  const only = parts.length === 1 ? parts[0] : void 0;
  if (only !== void 0 && !/(^|\/)\.?(\/|$)|^\//.test(only)) return only;
  const out = [];
  for (const part of parts) {
    for (const seg of part.split("/")) {
      if (seg === "" || seg === ".") continue;
      out.push(seg);
    }
  }
  return out.join("/");
}
function normalizeTreePath(input) {
  const p = input.replace(/\\/g, "/");
  if (p.startsWith("/") || /^[A-Za-z]:\//.test(p)) return void 0;
  const out = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (out.length === 0) return void 0;
      out.pop();
      continue;
    }
    out.push(seg);
  }
  return out.join("/");
}

// src/source/bounded-replace.ts
import vm from "node:vm";
var REGEX_TIME_LIMIT_MS = 1e3;
var sandbox;
function bounded() {
  sandbox ??= {
    context: vm.createContext({}),
    // Counts the matches and replaces them in one script, so both are under the limit.
    script: new vm.Script(`{
  let count = 0
  text.replace(find, (m) => { count++; return m })
  result = count === 0 ? text : text.replace(find, replacement)
  matches = count
}`)
  };
  return sandbox;
}
function replaceBounded(text, find2, replacement, limitMs = REGEX_TIME_LIMIT_MS) {
  const { context, script } = bounded();
  Object.assign(context, { text, find: find2, replacement, result: "", matches: 0 });
  try {
    script.runInContext(context, { timeout: limitMs });
    return { text: context.result, count: context.matches };
  } catch (error) {
    if (error.code === "ERR_SCRIPT_EXECUTION_TIMEOUT")
      return { timedOut: true };
    throw error;
  } finally {
    Object.assign(context, { text: "", result: "" });
    find2.lastIndex = 0;
  }
}

// src/source/replacements.ts
function parseReplacements(value, file, problems) {
  if (value === void 0) return [];
  if (!Array.isArray(value)) {
    problems.push(`${file}: replacements must be an array.`);
    return [];
  }
  const rules = [];
  value.forEach((entry, index) => {
    const rule = parseRule(entry ?? {}, index, file, problems);
    if (rule) rules.push(rule);
  });
  return rules;
}
function exactlyOne(raw, keys, where, problems) {
  const present = keys.filter((k) => typeof raw[k] === "string" && raw[k] !== "");
  if (present.length !== 1) {
    problems.push(`${where} needs exactly one of ${keys.join(" / ")} (as a non-empty string).`);
    return void 0;
  }
  return present[0];
}
function parseRule(raw, index, file, problems) {
  const where = `${file} replacements[${index}]`;
  const before = problems.length;
  const target = exactlyOne(raw, ["filename", "glob"], where, problems);
  const findKey = exactlyOne(raw, ["stringToReplace", "regexToReplace"], where, problems);
  const withKey = exactlyOne(raw, ["replaceWithEnv", "replaceWithFile"], where, problems);
  let find2;
  if (findKey === "stringToReplace") find2 = { literal: String(raw.stringToReplace) };
  if (findKey === "regexToReplace") {
    try {
      find2 = { regex: new RegExp(String(raw.regexToReplace), "g") };
    } catch (error) {
      problems.push(`${where}.regexToReplace is not a valid regular expression: ${String(error)}.`);
    }
  }
  const glob = target === "glob" ? parseGlob(String(raw.glob), where, problems) : void 0;
  const when = parseWhen(raw.replaceWhenEnv, where, problems);
  if (withKey === "replaceWithEnv")
    refuseActionVariable(String(raw.replaceWithEnv), where, problems);
  if (withKey === "replaceWithFile") refuseOutsideFile(String(raw.replaceWithFile), where, problems);
  if (problems.length > before || !find2 || !target || !withKey) return void 0;
  const value = withKey === "replaceWithEnv" ? { env: String(raw.replaceWithEnv), allowUnset: raw.allowUnsetEnvVariable === true } : { file: String(raw.replaceWithFile) };
  const rule = { index, find: find2, value, when };
  if (target === "filename")
    rule.filename = String(raw.filename).replace(/\\/g, "/").replace(/^\.\//, "");
  else if (glob) rule.glob = glob;
  return rule;
}
function parseGlob(glob, where, problems) {
  try {
    return globToRegExp(`**/${glob.replace(/^\.\//, "")}`);
  } catch (error) {
    problems.push(
      `${where}.glob "${glob}" is not a valid pattern (${invalidPatternReason(error)}).`
    );
    return void 0;
  }
}
var ACTION_VARIABLES = /^(INPUT_|ACTIONS_|RUNNER_)|^GITHUB_TOKEN$/i;
function refuseActionVariable(name, where, problems) {
  if (!ACTION_VARIABLES.test(name)) return;
  problems.push(
    `${where}.replaceWithEnv: ${name} is a variable of the runner or of this action (INPUT_*, ACTIONS_*, RUNNER_*, GITHUB_TOKEN), which may hold a credential; it is never put into the package. Give the value a variable of its own (env: in the workflow) and name that one.`
  );
}
function refuseOutsideFile(file, where, problems) {
  const normal = normalizeTreePath(file);
  if (normal !== void 0 && !normal.split("/").includes(".git")) return;
  problems.push(
    `${where}.replaceWithFile: "${file}" is outside the project${normal === void 0 ? "" : " (in .git)"}; only files inside the project can be put into the package. Give a path relative to sfdx-project.json.`
  );
}
function parseWhen(value, where, problems) {
  if (value === void 0) return [];
  const list2 = Array.isArray(value) ? value : [];
  const out = [];
  for (const item of list2) {
    if (typeof item?.env !== "string" || typeof item.value !== "string") {
      problems.push(
        `${where}.replaceWhenEnv entries must look like { "env": "NAME", "value": "text" }.`
      );
      return [];
    }
    out.push({ env: item.env, value: item.value });
  }
  if (!Array.isArray(value)) problems.push(`${where}.replaceWhenEnv must be an array.`);
  return out;
}
async function activateReplacements(rules, env, readText, file, problems, isCredential = (text) => secrets.knows(text)) {
  const out = [];
  for (const rule of rules) {
    if (!rule.when.every((w) => env[w.env] === w.value)) continue;
    const where = `${file} replacements[${rule.index}]`;
    if ("env" in rule.value) {
      const text = env[rule.value.env];
      if (text === void 0 && !rule.value.allowUnset) {
        problems.push(
          `${where} needs environment variable ${rule.value.env} (or set allowUnsetEnvVariable).`
        );
        continue;
      }
      if (text !== void 0 && isCredential(text)) {
        problems.push(credentialProblem(`${where}.replaceWithEnv: ${rule.value.env}`));
        continue;
      }
      out.push({ rule, text: text ?? "" });
    } else {
      const text = await readText(rule.value.file);
      if (text === void 0) {
        problems.push(`${where}.replaceWithFile: ${rule.value.file} does not exist.`);
        continue;
      }
      if (isCredential(text)) {
        problems.push(credentialProblem(`${where}.replaceWithFile: ${rule.value.file}`));
        continue;
      }
      out.push({ rule, text: text.trim() });
    }
  }
  return out;
}
function credentialProblem(source) {
  return `${source} holds one of this action's credentials (auth-url, jwt-key, access-token, github-token or a token of the run); it is never put into the package.`;
}
function ruleMatches(rule, projectPath) {
  if (rule.filename !== void 0) return projectPath.endsWith(rule.filename);
  return rule.glob?.test(projectPath) ?? false;
}
var TEXT_EXTENSIONS = /\.(cls|trigger|xml|json|js|mjs|css|html|htm|txt|md|page|component|cmp|app|evt|intf|design|auradoc|svg|tokens|email|csv|yaml|yml)$/i;
function isTextFile(path4, bytes) {
  if (TEXT_EXTENSIONS.test(path4)) return true;
  return !bytes.subarray(0, 8192).includes(0);
}
function applyReplacements(projectPath, bytes, active, stats, onWarning = () => void 0) {
  const matching = active.filter((a) => ruleMatches(a.rule, projectPath));
  if (matching.length === 0 || !isTextFile(projectPath, bytes)) return bytes;
  const hadBom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
  const utf8 = isUtf8(bytes);
  let text = utf8 ? decodeUtf8(bytes) : Buffer.from(bytes).toString("latin1");
  let changed = false;
  for (const { rule, text: replacement } of matching) {
    let count = 0;
    if ("literal" in rule.find) {
      count = text.split(rule.find.literal).length - 1;
      if (count > 0) text = text.replaceAll(rule.find.literal, replacement);
    } else {
      const replaced = replaceBounded(text, rule.find.regex, replacement);
      if ("timedOut" in replaced) throw regexTooSlow(rule, projectPath);
      text = replaced.text;
      count = replaced.count;
    }
    if (count > 0) {
      changed = true;
      const s = stats.get(rule.index) ?? { index: rule.index, files: 0, occurrences: 0 };
      s.files++;
      s.occurrences += count;
      stats.set(rule.index, s);
    }
  }
  if (!changed) return bytes;
  if (utf8) return encodeUtf8(hadBom ? `\uFEFF${text}` : text);
  const outside = [...text].some((c) => c.charCodeAt(0) > 255);
  onWarning(
    `${projectPath} is not UTF-8: its replacements were applied reading it as Latin-1 (ISO-8859-1), and it was written back in Latin-1${outside ? "; characters of the replacement text that Latin-1 cannot hold were written as ?" : ""}.`
  );
  return new Uint8Array(
    Buffer.from(
      outside ? [...text].map((c) => c.charCodeAt(0) > 255 ? "?" : c).join("") : text,
      "latin1"
    )
  );
}
var STRICT_UTF82 = new TextDecoder("utf-8", { fatal: true });
function isUtf8(bytes) {
  try {
    STRICT_UTF82.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
function regexTooSlow(rule, projectPath) {
  return new BuildError([
    `sfdx-project.json replacements[${rule.index}].regexToReplace took more than ${REGEX_TIME_LIMIT_MS / 1e3} s on ${JSON.stringify(projectPath)} and was stopped: the pattern backtracks without bound (nested quantifiers such as (a+)+ do). Rewrite it without a quantifier inside a quantified group, or use stringToReplace.`
  ]);
}

// src/source/project.ts
var PROJECT_FILE = "sfdx-project.json";
var PRESETS = {
  decomposePermissionSetBeta: "splits PermissionSet into one file per permission",
  decomposePermissionSetBeta2: "splits PermissionSet into several files per permission set",
  decomposeCustomLabelsBeta: "splits CustomLabels into one file per label",
  decomposeCustomLabelsBeta2: "splits CustomLabels into one file per label",
  decomposeSharingRulesBeta: "splits SharingRules into one file per rule",
  decomposeWorkflowBeta: "splits Workflow into one file per rule, alert and action",
  decomposeExternalServiceRegistrationBeta: "splits ExternalServiceRegistration into several files"
};
var API_VERSION_RE = /^\d{2,3}\.0$/;
function errorOffset(text) {
  if (text.length > 65536) return void 0;
  for (let i = 1; i <= text.length; i++) {
    try {
      JSON.parse(text.slice(0, i));
    } catch (error) {
      if (!/end of JSON input|Unterminated|Expected/.test(String(error)) || i === text.length)
        return i - 1;
    }
  }
  return void 0;
}
function parseJson(text, file) {
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).replace(
      /, "[\s\S]*$/,
      ""
    );
    const offset = errorOffset(body);
    let where = "";
    if (offset !== void 0) {
      const before = body.slice(0, offset);
      where = `:${before.split("\n").length}:${offset - before.lastIndexOf("\n")}`;
    }
    throw new BuildError([`${file}${where}: not valid JSON (${message}).`]);
  }
}
function readProjectConfig(text, file = PROJECT_FILE) {
  const raw = parseJson(text, file);
  const problems = [];
  const warnings = [];
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new BuildError([`${file}: expected a JSON object.`]);
  }
  const json = raw;
  const packageDirectories = readPackageDirectories(
    json.packageDirectories,
    file,
    problems,
    warnings
  );
  const config = { packageDirectories, replacements: [], warnings };
  const version = json.sourceApiVersion;
  if (version !== void 0) {
    if (typeof version !== "string" || !API_VERSION_RE.test(version)) {
      problems.push(
        `${file}: sourceApiVersion must be a string like "62.0" (found ${JSON.stringify(version)}).`
      );
    } else config.sourceApiVersion = version;
  }
  if (typeof json.namespace === "string") config.namespace = json.namespace;
  refuseRegistryChanges(json, file, problems);
  config.replacements = parseReplacements(json.replacements, file, problems);
  if (problems.length > 0) throw new BuildError(problems);
  return config;
}
function readPackageDirectories(value, file, problems, warnings) {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push(
      `${file}: packageDirectories must be a non-empty array of { "path": "force-app" } entries.`
    );
    return [];
  }
  const out = [];
  let defaults = 0;
  value.forEach((entry, i) => {
    const p = entry?.path;
    if (typeof p !== "string" || p.trim() === "") {
      problems.push(`${file}: packageDirectories[${i}] has no "path" string.`);
      return;
    }
    if (entry.default === true) defaults++;
    const normalized = normalizeTreePath(p.trim());
    if (normalized === void 0) {
      problems.push(
        `${file}: packageDirectories[${i}].path "${p}" is absolute or leaves the project; use a path inside the project.`
      );
      return;
    }
    if (!out.includes(normalized)) out.push(normalized);
  });
  if (value.length > 1 && defaults !== 1) {
    warnings.push(
      `${file}: ${defaults} package directories are marked "default": true; the sf CLI expects exactly one.`
    );
  }
  return out;
}
function refuseRegistryChanges(json, file, problems) {
  for (const key of ["sourceBehaviorOptions", "registryPresets"]) {
    const value = json[key];
    if (value === void 0 || Array.isArray(value) && value.length === 0) continue;
    const names = Array.isArray(value) ? value.map(String) : [String(value)];
    const effects = names.map(
      (n) => `${n}: ${PRESETS[n] ?? "changes how metadata types are split into files"}`
    );
    problems.push(
      `${file} ${key} ${JSON.stringify(names)} is not supported yet (${effects.join("; ")}); converting such a project with the standard type registry would produce broken output. Remove the option (and convert the files back with the sf CLI) to deploy with this action.`
    );
  }
  const custom = json.registryCustomizations;
  if (custom !== void 0 && !(typeof custom === "object" && custom !== null && Object.keys(custom).length === 0)) {
    problems.push(
      `${file} registryCustomizations is not supported: it changes how files map to metadata types. Remove it to deploy with this action.`
    );
  }
}
async function readTreeText(tree, path4) {
  return await tree.exists(path4) ? decodeUtf8(await tree.readFile(path4)) : void 0;
}
function activateProjectReplacements(tree, projectDir, rules, env, problems) {
  return activateReplacements(
    rules,
    env,
    (p) => readTreeText(tree, joinTreePath(projectDir, p)),
    joinTreePath(projectDir, PROJECT_FILE),
    problems
  );
}

// src/source/selection.ts
function selectionFromManifest(members) {
  const byType = /* @__PURE__ */ new Map();
  for (const m of members) {
    const set = byType.get(m.type) ?? /* @__PURE__ */ new Set();
    set.add(m.fullName);
    byType.set(m.type, set);
  }
  const has = (type, member) => {
    const set = byType.get(type);
    return set !== void 0 && (set.has(member) || set.has("*"));
  };
  return {
    component: (type, member) => has(type.name, member),
    child: (type, member) => has(type.name, member),
    covers: (m) => has(m.type, m.fullName)
  };
}
function missingMembers(wanted, built) {
  const got = new Set(built.map((m) => `${m.type}:${m.fullName}`));
  return wanted.filter((m) => m.fullName !== "*" && !got.has(`${m.type}:${m.fullName}`));
}

// src/source/dir-index.ts
var DirIndex = class {
  /** Folder -> its entries (files and folders, by name), sorted as `readdir` returns them. */
  entries = /* @__PURE__ */ new Map();
  files = /* @__PURE__ */ new Set();
  sorted = true;
  /** `files`: tree paths; folders are registered up to the tree root. */
  constructor(files) {
    for (const file of files) this.add(file);
  }
  add(file) {
    if (this.files.has(file)) return;
    this.files.add(file);
    let path4 = file;
    for (; ; ) {
      const dir = dirname(path4);
      const list2 = this.entries.get(dir);
      if (list2) {
        list2.push(basename(path4));
        this.sorted = false;
        return;
      }
      this.entries.set(dir, [basename(path4)]);
      this.sorted = false;
      if (dir === "") return;
      path4 = dir;
    }
  }
  sortAll() {
    if (this.sorted) return;
    for (const list2 of this.entries.values()) list2.sort();
    this.sorted = true;
  }
  isDirectory(path4) {
    return this.entries.has(path4);
  }
  isFile(path4) {
    return this.files.has(path4);
  }
  exists(path4) {
    return this.files.has(path4) || this.entries.has(path4);
  }
  /** Entry names of a folder (empty for a file or an unknown path). */
  readDirectory(path4) {
    this.sortAll();
    return this.entries.get(path4) ?? [];
  }
  /** Entries of a folder as full paths. */
  children(path4) {
    return this.readDirectory(path4).map((name) => joinPath(path4, name));
  }
};

// src/source/forceignore.ts
function requiredLiteral(pattern) {
  let best = "";
  for (const piece of pattern.replace(/\[[^\]]*\]?/g, "*").split(/[*?[\]\\]/)) {
    const run3 = piece.replace(/^\/+|\/+$/g, "");
    for (const part of run3.split("/")) if (part.length > best.length) best = part;
  }
  return best.length >= 2 && /^[\x20-\x7e]+$/.test(best) ? best.toLowerCase() : void 0;
}
var NON_ASCII = /[^\t-\x7f]/;
var LINE_BREAK = /[\n\r\u2028\u2029]/;
var DEFAULT_IGNORE_LINES = [
  "**/*.dup",
  "**/.*",
  "!.sf",
  "**/.sf/**",
  "!**/.sf/orgs",
  "!**/.sf/orgs/**",
  "**/.sf/orgs/*/**",
  "!**/.sf/orgs/*/remoteMetadata",
  "!**/.sf/orgs/*/remoteMetadata/**",
  "**/package2-descriptor.json",
  "**/package2-manifest.json"
];
function classToRegex(body) {
  return `[${body.replace(/^\^/, "\\^").replace(/\\/g, "\\\\")}]`;
}
function patternBody(pattern, anchored) {
  let p = pattern;
  if (p.startsWith("/")) p = p.slice(1);
  let re = "";
  let i = 0;
  if (p.startsWith("**/")) {
    re += "(?:.*/)?";
    i = 3;
  } else if (!anchored) re += "(?:.*/)?";
  while (i < p.length) {
    const c = p[i] ?? "";
    if (p.startsWith("/**", i) && (i + 3 === p.length || p[i + 3] === "/")) {
      re += i + 3 === p.length ? "/.+" : "(?:/[^/]+)*";
      i += 3;
      continue;
    }
    if (c === "*") {
      re += p[i - 1] === "/" && i + 1 === p.length ? "[^/]+" : "[^/]*";
      i++;
      continue;
    }
    if (c === "?") re += "[^/]";
    else if (c === "\\" && i + 1 < p.length) {
      re += (p[i + 1] ?? "").replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
      i++;
    } else if (c === "[") {
      const end = p.indexOf("]", i + 1);
      if (end === -1) re += "\\[";
      else {
        re += classToRegex(p.slice(i + 1, end));
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\]\\]/g, "\\$&");
    i++;
  }
  return re;
}
function segmentPattern(pattern) {
  const rest = pattern.startsWith("**/") ? pattern.slice(3) : pattern;
  if (rest === "" || /[/[]|\*\*|\\/.test(rest)) return void 0;
  return rest;
}
function patternRegExp(source, file, line) {
  try {
    return new RegExp(source, "i");
  } catch (error) {
    throw new BuildError([
      `${file}: "${line.trim()}" is not a valid pattern (${invalidPatternReason(error)}); fix or remove the line.`
    ]);
  }
}
var ForceIgnore = class {
  rules = [];
  dirCache = /* @__PURE__ */ new Map();
  /** Lines that earned a warning (backslash separators). */
  warnings = [];
  quick;
  /**
   * `text`: the file's content; `withDefaults`: prepend DEFAULT_IGNORE_LINES (the reference
   * does); `quick`: skip a pattern whose required text is absent (off only to check that it never
   * changes an answer).
   */
  constructor(text, file = ".forceignore", withDefaults = true, quick = true) {
    this.quick = quick;
    const lines = [...withDefaults ? DEFAULT_IGNORE_LINES : [], ...text.split(/\r?\n/)];
    for (const rawLine of lines) this.addLine(rawLine, file);
  }
  addLine(rawLine, file) {
    if (/(?:[^\\]|^)\\$/.test(rawLine)) return;
    let line = rawLine.replace(/(?<!\\)\s+$/, "");
    if (line === "" || rawLine.startsWith("#")) return;
    if (/\\(?![*?[\]!# \\])/.test(line)) {
      this.warnings.push(`${file}: "${line}" uses a backslash; patterns take "/" as the separator.`);
    }
    const negate = line.startsWith("!");
    if (negate) line = line.slice(1);
    if (line.startsWith("\\!") || line.startsWith("\\#")) line = line.slice(1);
    const untrimmed = rawLine.slice(negate ? 1 : 0);
    const anchored = /\/(?!$)/.test(untrimmed.replace(/^\\([!#])/, "$1"));
    const dirOnly = line.endsWith("/");
    if (negate && line === "") {
      this.rules.push({ negate, regex: /(?:)/ });
      return;
    }
    if ((dirOnly ? line.slice(0, -1) : line) === "") return;
    const rule = {
      negate,
      regex: patternRegExp(`^${patternBody(line, anchored)}${dirOnly ? "$" : "/?$"}`, file, rawLine)
    };
    if (dirOnly) line = line.slice(0, -1);
    const literal = this.quick ? requiredLiteral(line) : void 0;
    if (literal !== void 0) rule.literal = literal;
    const segment = anchored ? void 0 : segmentPattern(line);
    if (segment !== void 0)
      rule.base = {
        regex: patternRegExp(`^${patternBody(segment, false)}$`, file, rawLine),
        dirOnly
      };
    this.rules.push(rule);
  }
  test(candidate) {
    let result;
    let last;
    const slashEnd = candidate.endsWith("/");
    const plain = !LINE_BREAK.test(candidate);
    const lower = NON_ASCII.test(candidate) ? void 0 : candidate.toLowerCase();
    for (const rule of this.rules) {
      if (rule.negate ? result === true : result !== true) {
        let hit;
        if (lower !== void 0 && rule.literal !== void 0 && !lower.includes(rule.literal))
          hit = false;
        else if (rule.base && plain) {
          if (last === void 0) {
            const end = slashEnd ? candidate.length - 1 : candidate.length;
            last = candidate.slice(candidate.lastIndexOf("/", end - 1) + 1, end);
          }
          hit = (slashEnd || !rule.base.dirOnly) && rule.base.regex.test(last);
        } else hit = rule.regex.test(candidate);
        if (hit) result = !rule.negate;
      }
    }
    return result;
  }
  dirIgnored(dir) {
    const cached = this.dirCache.get(dir);
    if (cached !== void 0) return cached;
    const slash = dir.lastIndexOf("/");
    const ignored = slash !== -1 && this.dirIgnored(dir.slice(0, slash)) || this.test(`${dir}/`) === true;
    this.dirCache.set(dir, ignored);
    return ignored;
  }
  /** Whether a file (posix path relative to the .forceignore folder) is ignored; ignored folders hide their content. */
  ignores(path4) {
    const slash = path4.lastIndexOf("/");
    if (slash !== -1 && this.dirIgnored(path4.slice(0, slash))) return true;
    return this.test(path4) === true;
  }
  /** Whether a folder is ignored (tested as `dir/`, and through its parents). */
  ignoresDir(dir) {
    return this.dirIgnored(dir);
  }
};

// src/source/resolve-type.ts
var typeFacts = /* @__PURE__ */ new WeakMap();
var folderFacts = /* @__PURE__ */ new WeakMap();
function refFacts(ref) {
  const cache = ref.kind === "folder" ? folderFacts : typeFacts;
  const key = ref.kind === "type" ? ref.type : ref.kind === "child" ? ref.child : ref.content;
  let facts = cache.get(key);
  if (!facts) {
    facts = computeFacts(ref);
    cache.set(key, facts);
  }
  return facts;
}
function computeFacts(ref) {
  switch (ref.kind) {
    case "type":
      return {
        name: ref.type.name,
        directoryName: ref.type.directoryName,
        ...ref.type.suffix === void 0 ? {} : { suffix: ref.type.suffix },
        strict: ref.type.strict,
        inFolder: ref.type.inFolder !== void 0,
        hasChildren: ref.type.children.length > 0
      };
    case "child":
      return {
        name: ref.child.name,
        directoryName: ref.child.directoryName,
        ...ref.child.suffix === void 0 ? {} : { suffix: ref.child.suffix },
        strict: false,
        inFolder: false,
        hasChildren: false
      };
    case "folder":
      return {
        name: ref.content.inFolder?.folderType ?? "",
        directoryName: ref.content.directoryName,
        suffix: ref.content.inFolder?.folderSuffix ?? "",
        strict: false,
        inFolder: false,
        hasChildren: false
      };
  }
}
var TypeResolver = class {
  registry;
  tree;
  /** Suffix -> ref, so that look-ups allocate nothing. */
  suffixRefs = /* @__PURE__ */ new Map();
  /** Strict folder name -> its type and place in the reference's order. */
  strictIndex = /* @__PURE__ */ new Map();
  /** The types whose folder's files are all metadata, with their folder name, in order. */
  asMetadata = [];
  constructor(registry, tree) {
    this.registry = registry;
    this.tree = tree;
    registry.strictFolders.forEach(([, type], order) => {
      if (!this.strictIndex.has(type.directoryName))
        this.strictIndex.set(type.directoryName, { type, order });
    });
    for (const name of AS_METADATA) {
      const ref = name === "DigitalExperience" ? this.childRef(name) : this.typeRef(registry.types.get(name));
      if (ref) this.asMetadata.push({ ref, dir: refFacts(ref).directoryName });
    }
  }
  /** The type indexed under a file suffix (`cls`, `field`, `reportFolder`...). */
  bySuffix(suffix) {
    let ref = this.suffixRefs.get(suffix);
    if (ref === void 0) {
      ref = this.lookUpSuffix(suffix) ?? null;
      this.suffixRefs.set(suffix, ref);
    }
    return ref ?? void 0;
  }
  lookUpSuffix(suffix) {
    const type = this.registry.bySuffix.get(suffix);
    if (type) return { kind: "type", type };
    const child2 = this.registry.childBySuffix.get(suffix);
    if (child2) {
      const parent = this.registry.types.get(child2.parent);
      return parent ? { kind: "child", child: child2, parent } : void 0;
    }
    const folder = this.registry.folderBySuffix.get(suffix);
    return folder ? { kind: "folder", content: folder } : void 0;
  }
  /** The first strict-folder type (in the reference's order) that claims the path. */
  strictFolderType(path4) {
    let candidates2;
    for (const seg of path4.split("/")) {
      const hit = this.strictIndex.get(seg);
      if (hit) (candidates2 ??= []).push(hit);
    }
    if (!candidates2) return void 0;
    if (candidates2.length > 1) candidates2.sort((a, b) => a.order - b.order);
    const parent = parentName(path4);
    for (const { type } of candidates2) {
      if (type.inFolder && parent === type.directoryName) continue;
      if (isMixedContentOrBundle(type) || suffixMatches(type.suffix, path4) || suffixMatches(type.legacySuffix, path4) || type.children.some(
        (c) => suffixMatches(c.suffix, path4) || suffixMatches(c.legacySuffix, path4)
      ))
        return type;
    }
    return void 0;
  }
  /** The in-folder type folder named in a `Name-meta.xml` path (the last one the reference finds). */
  folderMetaDir(path4) {
    if (folderMetaName(path4) === void 0) return void 0;
    const dirs = dirname(path4).split("/");
    let found;
    for (const dir of this.registry.inFolderDirs.keys()) if (dirs.includes(dir)) found = dir;
    return found;
  }
  /** Files the reference treats as a bundle's or experience's own (no suffix, inside its folder). */
  contentTypeByFolder(path4) {
    if (this.tree.isDirectory(path4)) return void 0;
    let parts;
    for (const { ref, dir } of this.asMetadata) {
      if (!path4.includes(dir)) continue;
      parts ??= path4.split("/");
      if (parts.includes(dir)) return ref;
    }
    return void 0;
  }
  typeRef(type) {
    return type ? { kind: "type", type } : void 0;
  }
  childRef(name) {
    const child2 = this.registry.children.get(name);
    const parent = child2 && this.registry.types.get(child2.parent);
    return child2 && parent ? { kind: "child", child: child2, parent } : void 0;
  }
  /** The type of a path, tried as the reference tries: strict folder, meta suffix, folder meta, extension, content folder. */
  resolve(path4) {
    return this.resolveUncached(path4);
  }
  resolveUncached(path4) {
    const strict = this.strictFolderType(path4);
    if (strict) return { kind: "type", type: strict };
    const meta = parseMetadataXml(path4);
    if (meta?.suffix) {
      const ref = this.bySuffix(meta.suffix);
      if (ref) return ref;
    }
    const folderDir = this.folderMetaDir(path4);
    if (folderDir !== void 0) {
      const content = this.registry.inFolderDirs.get(folderDir);
      if (content) return { kind: "folder", content };
    }
    const byExt = this.bySuffix(extName(path4));
    if (byExt) {
      const facts = refFacts(byExt);
      if (!(facts.strict && !path4.split("/").includes(facts.directoryName))) return byExt;
    }
    return this.contentTypeByFolder(path4);
  }
  /** A file with a registered suffix inside that type's folder (or a strict folder): content or mdapi-format metadata. */
  isContentFile(path4) {
    const ref = this.bySuffix(extName(path4));
    if (!ref) return false;
    if (path4.split("/").includes(refFacts(ref).directoryName)) return true;
    return this.strictFolderType(path4) !== void 0;
  }
  /** Whether the reference looks at a file at all when it walks a folder. */
  isMetadata(path4) {
    return parseMetadataXml(path4) !== void 0 || this.isContentFile(path4) || this.folderMetaDir(path4) !== void 0 || this.contentTypeByFolder(path4) !== void 0;
  }
  /** Whether a folder is one component (a bundle, a static-resource folder...) rather than a folder to walk. */
  isComponentFolder(dir) {
    const ref = this.resolve(dir);
    if (!ref) return false;
    const facts = refFacts(ref);
    const parts = dir.split("/");
    const offset = facts.inFolder ? 2 : 1;
    const at = parts.lastIndexOf(facts.directoryName);
    return !(at === -1 || parts.length - offset <= at || this.tree.readDirectory(dir).includes(facts.directoryName) || facts.hasChildren);
  }
};
var AS_METADATA = [
  "DigitalExperience",
  "ExperiencePropertyTypeBundle",
  "LightningTypeBundle",
  "ContentTypeBundle",
  "UiWidgetBundle"
];
function isMixedContentOrBundle(type) {
  return type.strategy === "bundle" || type.strategy === "staticResource" || type.strategy === "document" || type.strategy === "experienceBundle";
}
function suffixMatches(suffix, path4) {
  return suffix !== void 0 && (path4.endsWith(suffix) || path4.endsWith(`${suffix}${META}`));
}

// src/source/adapters.ts
var AdapterError = class extends Error {
};
function kindOf(ref) {
  if (ref.kind === "folder") return "default";
  if (ref.kind === "child")
    return ref.parent.strategy === "digitalExperience" ? "digitalExperience" : "default";
  switch (ref.type.strategy) {
    case "matchingContent":
      return "matchingContent";
    case "bundle":
      return ref.type.validation === "uiBundle" ? "uiBundle" : "bundle";
    case "staticResource":
    case "document":
    case "experienceBundle":
      return "mixedContent";
    case "decomposed":
    case "decomposedBeside":
      return "decomposed";
    case "digitalExperience":
      return "digitalExperience";
    default:
      return "default";
  }
}
function allowsMetadataWithContent(kind) {
  return kind !== "default" && kind !== "decomposed";
}
function ownFolder(kind) {
  return kind !== "default" && kind !== "matchingContent" && kind !== "mixedContent";
}
function allowMetadataWithContent(ref) {
  return allowsMetadataWithContent(kindOf(ref));
}
var isDigitalExperienceBundle = (ref) => ref.kind === "type" && ref.type.strategy === "digitalExperience";
function metaFileNameOf(ref) {
  if (ref.kind === "type") return ref.type.metaFileName;
  if (ref.kind === "child") return ref.child.metaFileName;
  return void 0;
}
function folderTypeOf(ref) {
  return ref.kind === "type" ? ref.type.folderType : void 0;
}
function find(env, kind, name, dir) {
  for (const entry of env.tree.readDirectory(dir)) {
    const path4 = joinPath(dir, entry);
    const isMeta = parseMetadataXml(path4) !== void 0;
    if (baseName(entry) === name && isMeta === (kind === "metadataXml")) return path4;
  }
  return void 0;
}
function parseMeta(ref, kind, path4) {
  const xml = parseMetadataXml(path4);
  if (kind !== "digitalExperience") return xml;
  return xml && isDigitalExperienceBundle(ref) ? { fullName: bundleName(ref, path4), suffix: xml.suffix, path: path4 } : void 0;
}
function rootMetadataXml(ref, kind, path4) {
  const meta = parseMeta(ref, kind, path4);
  const facts = refFacts(ref);
  if (meta) {
    if (!facts.strict) return meta;
    const parentPath = dirname(path4);
    const typeDir = basename(facts.inFolder ? dirname(parentPath) : parentPath);
    return basename(parentPath) === meta.fullName || typeDir === facts.directoryName ? meta : void 0;
  }
  const folder = folderMetaName(path4);
  if (folder !== void 0) return { fullName: folder, suffix: "", path: path4 };
  return allowsMetadataWithContent(kind) ? void 0 : contentAsMetadata(ref, path4);
}
function contentAsMetadata(ref, path4) {
  const facts = refFacts(ref);
  if (facts.inFolder) {
    const fullName = parseNestedFullName(path4, facts.directoryName);
    if (fullName && facts.suffix) return { fullName, suffix: facts.suffix, path: path4 };
  }
  const parts = dirname(path4).split("/");
  const at = parts.lastIndexOf(facts.directoryName);
  const selfFolder = ref.kind === "type" && ref.type.folderType === ref.type.name;
  if (at !== (selfFolder ? parts.length - 2 : parts.length - 1)) return void 0;
  const m = /(.+)\.(.+)/.exec(basename(path4));
  const suffix = facts.suffix;
  return m && suffix !== void 0 && suffix === m[2] ? { fullName: m[1] ?? "", suffix, path: path4 } : void 0;
}
function trimPathToContent(ref, kind, path4) {
  if (kind === "digitalExperience") {
    if (isDigitalExperienceBundle(ref)) return path4;
    const parts2 = dirname(path4).split("/");
    const at2 = parts2.indexOf(refFacts(ref).directoryName);
    if (at2 > -1 && parts2.length > at2 + 5) parts2.length = at2 + 5;
    return parts2.join("/");
  }
  const facts = refFacts(ref);
  const parts = path4.split("/");
  const at = parts.lastIndexOf(facts.directoryName);
  return parts.slice(0, at + (facts.inFolder ? 3 : 2)).join("/");
}
function rootMetadataXmlPath(env, ref, kind, trigger) {
  switch (kind) {
    case "default":
      return trigger;
    case "matchingContent":
      return `${trigger}${META}`;
    case "digitalExperience":
      if (isDigitalExperienceBundle(ref)) return bundleMetadataXmlPath(ref, trigger);
      return joinPath(dirname(trigger), metaFileNameOf(ref) ?? "");
    default: {
      const root = trimPathToContent(ref, kind, trigger);
      if (ownFolder(kind)) return find(env, "metadataXml", basename(root), root);
      return find(env, "metadataXml", baseName(root), dirname(root));
    }
  }
}
function calculateName(env, ref, root) {
  const facts = refFacts(ref);
  if (ref.kind === "folder" || facts.inFolder) {
    const name = parseNestedFullName(root.path, facts.directoryName);
    if (name === void 0)
      throw new AdapterError(
        `${root.path}: ${facts.name} files must sit in a folder below ${facts.directoryName}/.`
      );
    return name;
  }
  const folderType = folderTypeOf(ref);
  if (folderType === void 0) return root.fullName;
  const model = env.registry.types.get(folderType);
  if (model?.folderType === facts.name) return root.fullName;
  if (model?.folderType !== void 0) {
    const parts = root.path.split("/");
    const at = parts.indexOf(model.directoryName);
    if (at !== -1) return `${parts[at + 1] ?? ""}.${root.fullName}`;
  }
  throw new AdapterError(
    `${root.path}: ${facts.name} files must sit below ${model?.directoryName ?? folderType}/<model>/.`
  );
}
function getComponent(env, ref, path4, isResolvingSource) {
  const kind = kindOf(ref);
  let root = rootMetadataXml(ref, kind, path4);
  if (!root) {
    const rootPath = rootMetadataXmlPath(env, ref, kind, path4);
    if (rootPath !== void 0)
      root = kind === "decomposed" ? parseMetadataXml(rootPath) : parseMeta(ref, kind, rootPath);
  }
  if (root && kind !== "decomposed" && env.denies(root.path))
    throw new AdapterError(
      `${root.path} is excluded by .forceignore, but ${path4} needs it; ignore both or neither.`
    );
  const component = root ? { ref, name: calculateName(env, ref, root), xml: root.path } : void 0;
  return populate(env, ref, kind, path4, component, isResolvingSource);
}
function expectedFiles(trigger, ref, component) {
  const facts = refFacts(ref);
  const name = component?.name ?? baseName(trigger);
  if (component?.xml === trigger && facts.suffix !== void 0 && ref.kind === "type") {
    const content = ref.type.strategy === "matchingContent" ? `${basename(trigger).slice(0, -META.length)}` : `${baseName(trigger)}.<ext> or a folder ${baseName(trigger)}/`;
    return new AdapterError(
      `${facts.name} ${name}: ${trigger} has no content file ${content} beside it.`
    );
  }
  return new AdapterError(
    `${facts.name} ${name}: ${trigger} has no content (expected a file or folder beside its meta file).`
  );
}
function populate(env, ref, kind, trigger, component, isResolvingSource) {
  switch (kind) {
    case "default":
      return component;
    case "matchingContent":
      return populateMatching(env, ref, trigger, component);
    case "decomposed":
      return populateDecomposed(ref, trigger, component, isResolvingSource);
    case "digitalExperience":
      return populateDigitalExperience(env, ref, trigger, component);
    case "uiBundle":
      return populateUiBundle(env, ref, trigger, component);
    default:
      return populateMixed(env, ref, kind, trigger, component);
  }
}
function populateMatching(env, ref, trigger, component) {
  let source;
  if (component?.xml === trigger) {
    const path4 = trigger.slice(0, trigger.lastIndexOf(META));
    if (env.tree.exists(path4)) source = path4;
  } else {
    const byExt = env.typeOfSuffix(extName(trigger));
    if (byExt?.kind === "type" && ref.kind === "type" && byExt.type === ref.type) source = trigger;
  }
  if (source === void 0 || component === void 0) throw expectedFiles(trigger, ref, component);
  if (env.denies(source))
    throw new AdapterError(
      `${source} is excluded by .forceignore, but ${component.xml ?? trigger} needs it; ignore both (append "*" to the pattern) or neither.`
    );
  component.content = source;
  return component;
}
function populateMixed(env, ref, kind, trigger, component) {
  if (ownFolder(kind) && env.tree.isDirectory(trigger) && env.tree.readDirectory(trigger).length === 0)
    return void 0;
  const trimmed = trimPathToContent(ref, kind, trigger);
  const contentPath = trimmed === component?.xml ? find(env, "content", baseName(trimmed), dirname(trimmed)) : trimmed;
  if (contentPath === void 0 || !env.tree.exists(contentPath))
    throw expectedFiles(trigger, ref, component);
  if (component) {
    component.content = contentPath;
    return component;
  }
  const metaFile = metaFileNameOf(ref);
  return {
    ref,
    name: baseName(contentPath),
    content: contentPath,
    ...metaFile === void 0 ? {} : { xml: joinPath(contentPath, metaFile) }
  };
}
function populateUiBundle(env, ref, trigger, component) {
  const source = populateMixed(env, ref, "uiBundle", trigger, component);
  if (source?.content === void 0) return source;
  const app = baseName(source.content);
  const xml = joinPath(source.content, `${app}.uibundle${META}`);
  if (!env.tree.exists(xml))
    throw new AdapterError(`${source.content}: a UI bundle needs ${xml} inside its folder.`);
  return source.xml === xml ? source : { ...source, name: app, xml };
}
function populateDecomposed(ref, trigger, component, isResolvingSource) {
  if (ref.kind !== "type") return component;
  const type = ref.type;
  const meta = parseMetadataXml(trigger);
  if (!meta?.suffix) return component;
  const pathToContent = trimPathToContent(ref, "decomposed", trigger);
  const child2 = type.childSuffixes.get(meta.suffix);
  if (child2 && !child2.unaddressableWithoutParent && child2.addressable) {
    void isResolvingSource;
    const parent = component ?? { ref, name: baseName(pathToContent) };
    parent.content = pathToContent;
    return {
      ref: { kind: "child", child: child2, parent: type },
      name: meta.fullName,
      xml: trigger,
      parent
    };
  }
  if (!component)
    throw new AdapterError(
      `${trigger}: ${child2 ? `${child2.name} files need the ${type.name} file (${baseName(pathToContent)}.${type.suffix ?? ""}${META}) beside them` : `not a child type of ${type.name}; only its child types belong in ${pathToContent}/`}.`
    );
  component.content = pathToContent;
  return component;
}
function populateDigitalExperience(env, ref, trigger, component) {
  if (isDigitalExperienceBundle(ref) && component) return component;
  const source = populateMixed(env, ref, "digitalExperience", trigger, component);
  const bundle = ref.kind === "child" ? ref.parent : void 0;
  if (!source?.content || !bundle)
    throw new AdapterError(
      `${trigger}: not part of a digital experience (digitalExperiences/<type>/<space>/).`
    );
  const bundleRef = { kind: "type", type: bundle };
  const parent = {
    ref: bundleRef,
    name: bundleName(bundleRef, source.content),
    xml: bundleMetadataXmlPath(bundleRef, source.content)
  };
  return {
    ref,
    name: `${parentName(source.content)}/${baseName(source.content)}`,
    content: source.content,
    ...source.xml === void 0 ? {} : { xml: source.xml },
    parent
  };
}
function bundleName(ref, contentPath) {
  const xml = bundleMetadataXmlPath(ref, contentPath);
  return `${parentName(dirname(xml))}/${parentName(xml)}`;
}
function bundleMetadataXmlPath(ref, path4) {
  if (isDigitalExperienceBundle(ref) && path4.endsWith(META)) return path4;
  const bundle = ref.kind === "type" ? ref.type : ref.kind === "child" ? ref.parent : void 0;
  const parts = path4.split("/");
  const at = parts.lastIndexOf(refFacts(ref).directoryName);
  const base = parts.slice(0, at + 3).join("/");
  return `${base}/${parts[at + 2] ?? ""}.${bundle?.suffix ?? ""}${META}`;
}

// src/source/component.ts
function componentKey(typeName, fullName, isFolder3 = false) {
  return `${typeName}${isFolder3 ? "#folder" : ""}:${fullName}`;
}

// src/source/resolve.ts
function walkRoot(registry, tree, packageDir, root, denies, next) {
  const walk = {
    resolver: new TypeResolver(registry, tree),
    tree,
    registry,
    packageDir,
    denies,
    result: { copies: [], unknown: [], problems: [], seen: /* @__PURE__ */ new Set() },
    next
  };
  const raws = [];
  if (tree.isDirectory(root) && !walk.resolver.isComponentFolder(root)) walkFolder(walk, root, raws);
  else {
    const c = resolveComponent(walk, root, true);
    if (c) raws.push(c);
  }
  for (const raw of raws) addCopy(walk, raw);
  return walk.result;
}
function walkFolder(walk, dir, out) {
  const entries = walk.tree.children(dir);
  const folders = entries.filter((p) => walk.tree.isDirectory(p));
  const files = entries.filter((p) => !walk.tree.isDirectory(p));
  const skip2 = /* @__PURE__ */ new Set();
  const queue = [];
  for (const folder of folders) {
    if (walk.resolver.isComponentFolder(folder)) {
      const c = resolveComponent(walk, folder, true);
      if (c) {
        out.push(c);
        if (c.xml !== void 0) skip2.add(c.xml);
      }
    } else if (!(walk.denies(folder) && folder.split("/").includes("node_modules"))) {
      queue.push(folder);
    }
  }
  for (const file of files) {
    if (skip2.has(file) || !walk.resolver.isMetadata(file)) continue;
    const c = resolveComponent(walk, file, false);
    if (!c) continue;
    out.push(c);
    if (c.content !== void 0) skip2.add(c.content);
    const facts = refFacts(c.ref);
    const typeDir = basename(dirname(facts.inFolder ? dirname(file) : file));
    if (facts.strict && typeDir !== facts.directoryName) return;
  }
  for (const folder of queue) walkFolder(walk, folder, out);
}
function resolveComponent(walk, path4, isResolvingSource) {
  if (walk.denies(path4)) return void 0;
  const ref = walk.resolver.resolve(path4);
  if (!ref) {
    walk.result.seen.add(path4);
    if (isProbablyPackageManifest(path4)) return void 0;
    walk.result.unknown.push(path4);
    return void 0;
  }
  const shouldResolve = isResolvingSource || parseMetadataXml(path4) !== void 0 || !walk.resolver.isContentFile(path4) || !allowMetadataWithContent(ref);
  if (!shouldResolve) return void 0;
  walk.result.seen.add(path4);
  try {
    return getComponent(
      {
        tree: walk.tree,
        registry: walk.registry,
        denies: walk.denies,
        typeOfSuffix: (s) => walk.resolver.bySuffix(s)
      },
      ref,
      path4,
      isResolvingSource
    );
  } catch (error) {
    if (!(error instanceof AdapterError)) throw error;
    walk.result.problems.push(error.message);
    return void 0;
  }
}
function isProbablyPackageManifest(path4) {
  return path4.endsWith("package.xml") && !path4.endsWith(META);
}
function walkContent(walk, content, xml) {
  if (content === void 0) return [];
  if (!walk.tree.isDirectory(content)) return content === xml ? [] : [content];
  const out = [];
  const visit = (dir) => {
    for (const path4 of walk.tree.children(dir)) {
      if (walk.denies(path4)) continue;
      if (walk.tree.isDirectory(path4)) visit(path4);
      else if (path4 !== xml) out.push(path4);
    }
  };
  visit(content);
  return out;
}
function childName(file, child2) {
  return basename(file).replace(META, "").split(".").filter((part) => part !== child2.suffix && part !== child2.legacySuffix).join(".");
}
function decomposedChildren(walk, type, folder) {
  const out = [];
  for (const path4 of walkContent(walk, folder)) {
    const meta = parseMetadataXml(path4);
    if (!meta || meta.suffix === type.suffix || meta.suffix === type.legacySuffix) continue;
    walk.result.seen.add(path4);
    const child2 = type.childSuffixes.get(meta.suffix);
    if (!child2) {
      walk.result.problems.push(
        `${path4}: ${meta.suffix} is not a child type of ${type.name}; only ${type.children.map((c) => `.${c.suffix ?? ""}${META}`).join(", ")} files belong in ${folder}/.`
      );
      continue;
    }
    out.push({ type: child2, name: childName(path4, child2), path: path4 });
  }
  return out;
}
function addCopy(walk, raw) {
  const copy = toResolved(walk, raw);
  if (!copy) return;
  walk.result.copies.push({ ...copy, seq: walk.next() });
}
function resolved(walk, type, fullName, parts) {
  const isFolder3 = parts.isFolder ?? false;
  return {
    key: componentKey(type.name, fullName, isFolder3),
    component: {
      type,
      fullName,
      packageDir: walk.packageDir,
      content: [],
      children: [],
      ...parts,
      isFolder: isFolder3
    }
  };
}
function toResolved(walk, raw) {
  const xml = raw.xml !== void 0 && walk.tree.isFile(raw.xml) ? raw.xml : void 0;
  const meta = xml === void 0 ? {} : { meta: xml };
  const ref = raw.ref;
  if (ref.kind === "folder")
    return resolved(walk, ref.content, raw.name, { ...meta, isFolder: true });
  if (ref.kind === "child") return childCopy(walk, raw);
  const type = ref.type;
  switch (type.strategy) {
    case "labels":
      return resolved(walk, type, type.name, { content: xml === void 0 ? [] : [xml] });
    case "copy":
      return resolved(walk, type, raw.name, meta);
    case "matchingContent":
      return resolved(walk, type, raw.name, { ...meta, content: walkContent(walk, raw.content) });
    case "decomposed":
    case "decomposedBeside": {
      const folder = raw.content !== void 0 && walk.tree.isDirectory(raw.content) ? raw.content : void 0;
      return resolved(walk, type, raw.name, {
        ...meta,
        ...folder === void 0 ? {} : { folder },
        children: folder === void 0 ? [] : decomposedChildren(walk, type, folder)
      });
    }
    case "digitalExperience": {
      const folder = xml === void 0 ? void 0 : dirname(xml);
      return resolved(walk, type, raw.name, {
        ...meta,
        ...folder === void 0 ? {} : { folder },
        content: xml === void 0 ? [] : [xml]
      });
    }
    default: {
      const isDir = raw.content !== void 0 && walk.tree.isDirectory(raw.content);
      const content = walkContent(walk, raw.content, raw.xml);
      if (type.strategy === "bundle" && xml !== void 0 && isDir && !walk.denies(xml))
        content.push(xml);
      return resolved(walk, type, raw.name, {
        ...meta,
        content: content.sort(),
        ...isDir && raw.content !== void 0 ? { folder: raw.content } : {}
      });
    }
  }
}
function childCopy(walk, raw) {
  const ref = raw.ref;
  if (ref.kind !== "child") return void 0;
  const parent = raw.parent;
  if (!parent) {
    const path4 = raw.xml ?? raw.content ?? raw.name;
    walk.result.problems.push(
      `${path4}: ${ref.child.name} is part of ${ref.parent.name}; it belongs in a ${ref.parent.name} file or folder (${ref.parent.directoryName}/).`
    );
    return void 0;
  }
  const parentXml = parent.xml !== void 0 && walk.tree.isFile(parent.xml) ? { meta: parent.xml } : {};
  if (ref.parent.strategy === "digitalExperience") {
    return resolved(walk, ref.parent, parent.name, {
      ...parentXml,
      folder: dirname(parent.xml ?? raw.content ?? ""),
      content: walkContent(walk, raw.content).sort(),
      children: raw.xml !== void 0 && walk.tree.isFile(raw.xml) ? [{ type: ref.child, name: raw.name, path: raw.xml }] : []
    });
  }
  const folder = parent.content;
  const copy = resolved(walk, ref.parent, parent.name, {
    ...parentXml,
    ...folder === void 0 ? {} : { folder },
    children: raw.xml === void 0 ? [] : [{ type: ref.child, name: raw.name, path: raw.xml }]
  });
  copy.component.parentSelected = false;
  return copy;
}
function inTypeFolder(registry, packageDir, path4) {
  const rel = packageDir === "" ? path4 : path4.slice(packageDir.length + 1);
  const segs = rel.split("/").slice(0, -1);
  return segs.some((s) => registry.folderNames.has(s));
}
function loneContentType(registry, path4) {
  const type = registry.bySuffix.get(extName(path4));
  return type?.strategy === "matchingContent" ? type : void 0;
}

// src/source/sources.ts
async function selectRoots(tree, projectDir, config, sourceDirs, problems) {
  const packageDirs2 = config.packageDirectories.map((p) => joinTreePath(projectDir, p));
  const missing = [];
  for (const dir of packageDirs2) if (!await tree.exists(dir)) missing.push(dir);
  if (missing.length > 0)
    problems.push(
      `Package directories listed in sfdx-project.json do not exist: ${missing.join(", ")}.`
    );
  if (sourceDirs.length === 0)
    return packageDirs2.filter((d) => !missing.includes(d)).map((d) => ({ packageDir: d, path: d }));
  const roots = [];
  for (const raw of sourceDirs) {
    const rel = normalizeTreePath(raw);
    const path4 = rel === void 0 ? void 0 : joinTreePath(projectDir, rel);
    const owner = path4 === void 0 ? void 0 : packageDirs2.find((d) => path4 === d || path4.startsWith(`${d}/`) || d === "");
    if (path4 === void 0 || owner === void 0) {
      problems.push(
        `Source dir ${raw} is not inside a package directory (${config.packageDirectories.join(", ")}); list a path inside one so that .forceignore and replacements keep their meaning.`
      );
    } else if (!await tree.exists(path4)) problems.push(`Source dir ${raw} does not exist.`);
    else roots.push({ packageDir: owner, path: path4 });
  }
  return roots;
}
var IGNORE_FILE = ".forceignore";
async function ignoreFor(tree, root, isDir, cache, warnings) {
  for (let dir = isDir ? root : dirname(root); ; dir = dirname(dir)) {
    const file = joinTreePath(dir, IGNORE_FILE);
    let found = cache.get(file);
    if (found === void 0) {
      found = await tree.exists(file) ? { dir, rules: new ForceIgnore(decodeUtf8(await tree.readFile(file)), file) } : null;
      if (found) warnings.push(...found.rules.warnings);
      cache.set(file, found);
    }
    if (found) return found;
    if (dir === "") return void 0;
  }
}
function deniesWith(ignore, index) {
  if (!ignore) return () => false;
  const prefix = ignore.dir === "" ? "" : `${ignore.dir}/`;
  return (path4) => {
    if (!path4.startsWith(prefix)) return false;
    const rel = path4.slice(prefix.length);
    return ignore.rules.ignores(rel) || index.isDirectory(path4) && ignore.rules.ignoresDir(rel);
  };
}
async function findSources(tree, registry, projectDir, config, sourceDirs) {
  const found = { components: [], unknown: [], problems: [], warnings: [], notes: [] };
  const roots = await selectRoots(tree, projectDir, config, sourceDirs, found.problems);
  const listings = /* @__PURE__ */ new Map();
  const ignores = /* @__PURE__ */ new Map();
  const copies = [];
  const seen = /* @__PURE__ */ new Set();
  const walked = [];
  let seq = 0;
  for (const root of roots) {
    let listing = listings.get(root.packageDir);
    if (!listing) {
      const files = await tree.listFiles(root.packageDir);
      listing = { files, index: new DirIndex(files) };
      listings.set(root.packageDir, listing);
    }
    const { index } = listing;
    const ignore = await ignoreFor(
      tree,
      root.path,
      index.isDirectory(root.path),
      ignores,
      found.warnings
    );
    const denies = deniesWith(ignore, index);
    const result = walkRoot(registry, index, root.packageDir, root.path, denies, () => seq++);
    copies.push(...result.copies);
    found.unknown.push(...result.unknown);
    found.problems.push(...result.problems);
    for (const path4 of result.seen) seen.add(path4);
    walked.push({ root, files: listing.files, denies });
  }
  for (const c of copies) for (const path4 of filesOf(c.component)) seen.add(path4);
  for (const path4 of found.unknown) seen.add(path4);
  const skipped = [];
  for (const { root, files, denies } of walked) {
    const under = root.path === root.packageDir ? void 0 : `${root.path}/`;
    for (const path4 of files) {
      if (seen.has(path4)) continue;
      if (under !== void 0 && path4 !== root.path && !path4.startsWith(under)) continue;
      seen.add(path4);
      if (!denies(path4)) classifyLeftover(registry, root.packageDir, path4, found, skipped);
    }
  }
  if (skipped.length > 0)
    found.notes.push(
      `${skipped.length} file${skipped.length === 1 ? " is" : "s are"} not metadata and ${skipped.length === 1 ? "is" : "are"} left out of the package, as the Salesforce CLI leaves ${skipped.length === 1 ? "it" : "them"} out: ${skipped.join(", ")}.`
    );
  found.components = await mergeCopies(tree, copies, found.warnings);
  return found;
}
function classifyLeftover(registry, packageDir, path4, found, skipped) {
  const name = basename(path4);
  if (name.startsWith(".") || !inTypeFolder(registry, packageDir, path4)) {
    if (name.endsWith(META)) found.unknown.push(path4);
    else skipped.push(path4);
    return;
  }
  const lone = loneContentType(registry, path4);
  if (lone && !name.endsWith(META)) {
    const stem = name.slice(0, name.lastIndexOf("."));
    found.problems.push(`${lone.name} ${stem}: ${path4} has no ${name}${META} beside it.`);
    return;
  }
  found.unknown.push(path4);
}
function filesOf(c) {
  return [...c.meta === void 0 ? [] : [c.meta], ...c.content, ...c.children.map((x) => x.path)];
}
async function mergeCopies(tree, copies, warnings) {
  const groups = /* @__PURE__ */ new Map();
  for (const copy of [...copies].sort((a, b) => a.seq - b.seq)) {
    const list2 = groups.get(copy.key);
    if (list2) list2.push(copy.component);
    else groups.set(copy.key, [copy.component]);
  }
  const out = /* @__PURE__ */ new Map();
  for (const [key, list2] of groups) {
    const strategy = list2[0]?.type.strategy;
    let merged;
    if (list2.length === 1) merged = list2[0];
    else if (strategy === "labels") merged = mergeLabels(list2);
    else if (strategy === "decomposed" || strategy === "decomposedBeside")
      merged = await mergeDecomposed(tree, list2, warnings);
    else if (strategy === "digitalExperience") merged = mergeExperience(list2);
    else merged = await mergeDuplicates(tree, list2, warnings);
    if (merged) out.set(key, list2.length === 1 ? merged : withShadowed(merged, list2));
  }
  return [...out.keys()].sort().map((k) => out.get(k)).filter((c) => c !== void 0);
}
function withShadowed(merged, list2) {
  const kept = new Set(filesOf(merged));
  const shadowed = [...new Set(list2.flatMap(filesOf))].filter((f) => !kept.has(f)).sort();
  return shadowed.length > 0 ? { ...merged, shadowed } : merged;
}
function mergeLabels(list2) {
  const first = list2[0];
  return { ...first, content: [...new Set(list2.flatMap((c) => c.content))] };
}
function mergeExperience(list2) {
  const withMeta = list2.find((c) => c.meta !== void 0) ?? list2[0];
  const children = /* @__PURE__ */ new Map();
  for (const c of list2) for (const child2 of c.children) children.set(child2.path, child2);
  return {
    ...withMeta,
    content: [...new Set(list2.flatMap((c) => c.content))].sort(),
    children: [...children.values()]
  };
}
async function sameBytes(tree, a, b) {
  if (a === b) return true;
  const [x, y] = await Promise.all([tree.readFile(a), tree.readFile(b)]);
  return Buffer.from(x.buffer, x.byteOffset, x.byteLength).equals(
    Buffer.from(y.buffer, y.byteOffset, y.byteLength)
  );
}
var describe = (c) => `${c.type.name} ${c.fullName}`;
async function mergeDecomposed(tree, list2, warnings) {
  const first = list2[0];
  const metas = [...new Set(list2.flatMap((c) => c.meta === void 0 ? [] : [c.meta]))];
  const meta = metas[0];
  for (const other of metas.slice(1)) {
    if (meta !== void 0 && !await sameBytes(tree, meta, other))
      warnings.push(
        `${describe(first)} has a parent file in ${meta} and in ${other} with different content; the first one is used, as the Salesforce CLI uses it.`
      );
  }
  const children = /* @__PURE__ */ new Map();
  for (const c of list2) {
    for (const child2 of c.children) {
      const key = `${child2.type.name}:${child2.name}`;
      const kept = children.get(key);
      if (!kept) children.set(key, child2);
      else if (!await sameBytes(tree, kept.path, child2.path))
        warnings.push(
          `${child2.type.name} ${first.fullName}.${child2.name} is defined in ${kept.path} and in ${child2.path} with different content; the first one is deployed.`
        );
    }
  }
  const owner = list2.find((c) => c.meta === meta) ?? first;
  const parentSelected = list2.some((c) => c.parentSelected !== false);
  const merged = {
    ...owner,
    packageDir: first.packageDir,
    children: [...children.values()]
  };
  if (meta === void 0) delete merged.meta;
  else merged.meta = meta;
  if (parentSelected) delete merged.parentSelected;
  else merged.parentSelected = false;
  const folder = owner.folder ?? first.folder;
  if (folder !== void 0) merged.folder = folder;
  return merged;
}
function relativeFiles(c, withMeta = true) {
  const files = [...withMeta && c.meta !== void 0 ? [c.meta] : [], ...c.content];
  const base = c.folder ?? dirname(c.meta ?? files[0] ?? "");
  const out = /* @__PURE__ */ new Map();
  for (const f of files)
    out.set(
      base !== "" && f.startsWith(`${base}/`) ? f.slice(base.length + 1) : `../${basename(f)}`,
      f
    );
  return out;
}
async function mergeDuplicates(tree, list2, warnings) {
  const distinct = [];
  const signatures = /* @__PURE__ */ new Set();
  for (const c of list2) {
    const signature2 = filesOf(c).join("\n");
    if (!signatures.has(signature2)) {
      signatures.add(signature2);
      distinct.push(c);
    }
  }
  const first = distinct[0];
  if (distinct.length === 1) return first;
  const maps = distinct.map((c) => relativeFiles(c));
  let identical = true;
  for (const other of maps.slice(1)) {
    const base = maps[0] ?? /* @__PURE__ */ new Map();
    if (other.size !== base.size) identical = false;
    for (const [rel, path4] of other) {
      const mine = base.get(rel);
      if (mine === void 0 || !await sameBytes(tree, mine, path4)) identical = false;
      if (!identical) break;
    }
    if (!identical) break;
  }
  if (identical) return first;
  const last = distinct[distinct.length - 1];
  const overlay = first.type.strategy === "bundle" || first.type.strategy === "experienceBundle";
  const where = distinct.map((c) => c.meta ?? c.folder ?? c.content[0] ?? "").join(" and ");
  warnings.push(
    `${describe(first)} is defined in ${where} with different content; ${overlay ? "each file of the later copy replaces the same file of the earlier one" : `the last one (${last.meta ?? last.folder ?? last.content[0] ?? ""}) is deployed`}, as the Salesforce CLI deploys it.`
  );
  if (!overlay) return last;
  const byRel = /* @__PURE__ */ new Map();
  for (const c of distinct) for (const [rel, path4] of relativeFiles(c, false)) byRel.set(rel, path4);
  return { ...last, content: [...byRel.values()].sort() };
}

// src/source/young-generation.ts
import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";
var YOUNG_GENERATION_CAP = 8 * 2 ** 20;
var DEFAULT_GROWTH = 2;
var inProgress = 0;
var tunedByUser = () => process.execArgv.some((a) => /semi[-_]space/.test(a));
var CHECK_EVERY = 16;
var newSpaceSize = () => getHeapSpaceStatistics().find((s) => s.space_name === "new_space")?.space_size ?? 0;
var NO_HOLD = {
  growTo: () => void 0,
  check: () => void 0,
  release: () => void 0
};
function holdYoungGeneration() {
  if (tunedByUser()) return NO_HOLD;
  if (inProgress++ === 0) setFlagsFromString("--semi-space-growth-factor=1");
  let released = false;
  let cap = 0;
  let calls = 0;
  const stop = () => {
    cap = 0;
    setFlagsFromString("--semi-space-growth-factor=1");
  };
  return {
    growTo: (bytes) => {
      if (released || newSpaceSize() >= bytes) return;
      cap = bytes;
      setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_GROWTH}`);
    },
    check: () => {
      if (cap > 0 && ++calls % CHECK_EVERY === 0 && newSpaceSize() >= cap) stop();
    },
    release: () => {
      if (released) return;
      released = true;
      if (cap > 0) stop();
      if (--inProgress === 0) setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_GROWTH}`);
    }
  };
}

// src/source/build-package.ts
var FALLBACK_API_VERSION = "58.0";
async function readProject(tree, projectDir) {
  const path4 = joinTreePath(projectDir, PROJECT_FILE);
  const text = await readTreeText(tree, path4);
  if (text === void 0)
    throw new BuildError([`${path4} not found: the project directory must hold sfdx-project.json.`]);
  return readProjectConfig(text, path4);
}
async function readDestructive(tree, projectDir, file, problems) {
  const path4 = joinTreePath(projectDir, normalizeTreePath(file) ?? file);
  const text = await readTreeText(tree, path4);
  if (text === void 0) {
    problems.push(`Destructive manifest ${file} does not exist.`);
    return [];
  }
  const { members } = parsePackageXml(text, path4);
  for (const m of members.filter((x) => x.fullName === "*")) {
    problems.push(
      `${path4}: wildcard member for ${m.type}; destructive manifests must name each component.`
    );
  }
  return members;
}
async function buildPackage(tree, options) {
  const young = holdYoungGeneration();
  try {
    return await build(tree, options, young);
  } finally {
    young.release();
  }
}
async function build(tree, options, young) {
  const projectDir = normalizeTreePath(options.projectDir) ?? "";
  const config = await readProject(tree, projectDir);
  const registry = defaultRegistry();
  const found = await findSources(tree, registry, projectDir, config, options.sourceDirs);
  const problems = [...found.problems];
  const warnings = [...config.warnings, ...found.warnings];
  reportUnknown(found.unknown, options.ignoreUnknown, problems, warnings);
  const active = await activateProjectReplacements(
    tree,
    projectDir,
    config.replacements,
    options.env,
    problems
  );
  const manifest = options.manifest === void 0 ? void 0 : await readManifest(tree, projectDir, options.manifest, problems);
  const selection = manifest === void 0 ? void 0 : selectionFromManifest(manifest);
  const pre = options.preDestructiveChanges === void 0 ? [] : await readDestructive(tree, projectDir, options.preDestructiveChanges, problems);
  const post = options.postDestructiveChanges === void 0 ? [] : await readDestructive(tree, projectDir, options.postDestructiveChanges, problems);
  const stats = /* @__PURE__ */ new Map();
  const prefix = projectDir === "" ? "" : `${projectDir}/`;
  const readRaw = readAhead(
    (path4) => tree.readFile(path4),
    selection === void 0 ? filesInOrder(found.components) : [],
    READ_AHEAD
  );
  const ctx = {
    read: async (path4) => applyReplacements(
      path4.slice(prefix.length),
      await readRaw(path4),
      active,
      stats,
      (w) => warnings.push(w)
    ),
    ...selection === void 0 ? {} : { selection },
    // Compressed as they are written: a fifth of the memory, and the zip that follows is a copy.
    files: new PackageFiles(PACKAGE_ZIP_LEVEL),
    members: [],
    sourceMap: emptySourceMap(),
    problems,
    warnings
  };
  young.growTo(YOUNG_GENERATION_CAP);
  await convertAll(ctx, found.components, young);
  if (manifest && selection) {
    ctx.members = ctx.members.filter((m) => selection.covers(m) || m.type === "CustomLabels");
    for (const m of missingMembers(manifest, ctx.members)) {
      ctx.problems.push(
        `${options.manifest ?? ""} lists ${m.type} ${m.fullName}, which is not in the source directories.`
      );
    }
  }
  warnReplacements(config, stats, warnings);
  if (ctx.problems.length > 0) throw new BuildError([...new Set(ctx.problems)]);
  const apiVersion = options.apiVersion ?? config.sourceApiVersion ?? fallbackVersion(warnings);
  const packageXml = buildPackageXml(ctx.members, apiVersion);
  const files = ctx.files;
  files.set("package.xml", encodeUtf8(packageXml));
  if (pre.length > 0)
    files.set("destructiveChangesPre.xml", encodeUtf8(buildPackageXml(pre, apiVersion)));
  if (post.length > 0)
    files.set("destructiveChangesPost.xml", encodeUtf8(buildPackageXml(post, apiVersion)));
  const limits = checkPackageLimits(files, options.limits);
  if (limits.errors.length > 0) throw new BuildError(limits.errors);
  warnings.push(...limits.warnings);
  return {
    files,
    packageXml,
    components: uniqueMembers(ctx.members),
    apiVersion,
    sourceMap: ctx.sourceMap,
    warnings,
    notes: found.notes,
    replacements: [...stats.values()].sort((a, b) => a.index - b.index)
  };
}
var READ_AHEAD = 64;
function filesInOrder(components) {
  const out = [];
  for (const c of components) {
    if (c.meta !== void 0) out.push(c.meta);
    for (const f of c.content) out.push(f);
    if (c.type.strategy === "decomposed" || c.type.strategy === "decomposedBeside")
      for (const child2 of c.children) out.push(child2.path);
  }
  return out;
}
async function convertAll(ctx, components, young) {
  for (const c of components) {
    young.check();
    try {
      await convertComponent(ctx, c);
    } catch (error) {
      if (error instanceof BuildError) ctx.problems.push(...error.problems);
      else throw error;
    }
  }
}
async function readManifest(tree, projectDir, file, problems) {
  const path4 = joinTreePath(projectDir, normalizeTreePath(file) ?? file);
  const text = await readTreeText(tree, path4);
  if (text === void 0) {
    problems.push(`Manifest ${file} does not exist.`);
    return void 0;
  }
  return parsePackageXml(text, path4).members;
}
function reportUnknown(unknown, ignore, problems, warnings) {
  if (unknown.length === 0) return;
  const bySuffix = /* @__PURE__ */ new Map();
  for (const path4 of unknown) {
    const name = path4.slice(path4.lastIndexOf("/") + 1);
    const m = /(\.[^.]+(?:-meta\.xml)?)$/.exec(name);
    const key = m?.[1] ?? "(no extension)";
    bySuffix.set(key, [...bySuffix.get(key) ?? [], path4]);
  }
  const groups = [...bySuffix].map(([suffix, paths]) => `${suffix}: ${paths.join(", ")}`).join("; ");
  const message = `${unknown.length} file${unknown.length === 1 ? "" : "s"} match no metadata type (${groups}). Expected X.<suffix>-meta.xml of a known type, a content file beside its meta file, or a file inside a bundle or static-resource folder. Add them to .forceignore or report the type.`;
  if (ignore) warnings.push(message);
  else problems.push(message);
}
function warnReplacements(config, stats, warnings) {
  for (const rule of config.replacements) {
    if (rule.filename !== void 0 && !stats.has(rule.index)) {
      warnings.push(
        `replacements[${rule.index}]: nothing replaced in ${rule.filename} (no such file in the package, or the text was not found).`
      );
    }
  }
}
function fallbackVersion(warnings) {
  warnings.push(
    `No API version: neither the apiVersion option nor sourceApiVersion in sfdx-project.json is set; package.xml uses ${FALLBACK_API_VERSION}.`
  );
  return FALLBACK_API_VERSION;
}
function uniqueMembers(members) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const m of members) {
    const key = `${m.type}:${m.fullName}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ type: m.type, fullName: m.fullName });
    }
  }
  return out;
}

// src/source/fs-source-tree.ts
import {
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  statSync
} from "node:fs";
import path from "node:path";
var FsSourceTree = class {
  root;
  /** Tree paths of regular files met by a walk of checked folders: reading them needs no check. */
  walked = /* @__PURE__ */ new Set();
  /** Folders (tree paths) whose real location was checked, with the problem found, if any. */
  folders = /* @__PURE__ */ new Map();
  /** `root`: absolute or cwd-relative folder that tree paths are relative to. */
  constructor(root) {
    this.root = root;
  }
  /**
   * Walks folder by folder with synchronous reads: each folder's entries die as soon as it is
   * listed (one recursive readdir holds an entry object for every file of the tree at once), and
   * tree paths are built from the folder's tree path instead of path.join + path.relative.
   */
  listFiles(dir) {
    try {
      return Promise.resolve(this.walk(joinTreePath(dir)));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
  walk(base) {
    const out = [];
    const refused = [];
    const loops = [];
    this.requireFolderInside(base);
    const pending = [
      { folder: path.join(this.root, base), prefix: base === "" ? "" : `${base}/`, via: [] }
    ];
    for (let first = true; pending.length > 0; first = false) {
      const { folder, prefix, via } = pending.pop() ?? { folder: "", prefix: "", via: [] };
      let entries;
      try {
        entries = readdirSync(folder, { withFileTypes: true });
      } catch (error) {
        if (first && isMissing(error)) return [];
        throw error;
      }
      for (const entry of entries) {
        if (entry.name === ".git") continue;
        const treePath = `${prefix}${entry.name}`;
        if (CONTROL_CHARACTER.test(entry.name)) refused.push(controlName(treePath));
        else if (entry.isDirectory())
          pending.push({ folder: path.join(folder, entry.name), prefix: `${treePath}/`, via });
        else if (entry.isFile()) {
          out.push(treePath);
          this.walked.add(treePath);
        } else if (entry.isSymbolicLink()) {
          const full = path.join(folder, entry.name);
          const problem = this.linkProblem(treePath, full);
          if (problem) refused.push(problem);
          else if (isFile(full)) out.push(treePath);
          else if (isFolder(full)) {
            const next = followed(folder, full, via);
            if (next) pending.push({ folder: full, prefix: `${treePath}/`, via: next });
            else loops.push(loopProblem(treePath, full));
          }
        } else refused.push(notRegular(treePath));
      }
    }
    if (refused.length > 0) throw outsideRefusal([...refused.sort(), ...loops.sort()]);
    if (loops.length > 0) throw new BuildError(loops.sort());
    return out.sort();
  }
  /**
   * Reads synchronously: for thousands of small files this is several times faster than the
   * promise API (no thread-pool round trips), and nothing else needs the event loop meanwhile.
   */
  readFile(p) {
    try {
      const treePath = joinTreePath(p);
      const full = this.walked.has(treePath) ? `${this.root}/${treePath}` : this.requireReadable(treePath);
      const buf = readFileSync(full);
      return Promise.resolve(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
  /** Synchronous for the reason reads are: a thread-pool round trip costs more than the stat. */
  exists(p) {
    try {
      statSync(path.join(this.root, joinTreePath(p)));
      return Promise.resolve(true);
    } catch (error) {
      if (isMissing(error)) return Promise.resolve(false);
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
  /**
   * A file not met by a walk (a manifest, sfdx-project.json, a delta's file): one lstat, and its
   * folder. Returns the path that was checked, to be read as it is: path.join resolves `..`
   * lexically, the kernel through links (a `link` segment followed by `..`, with the link to a
   * folder outside, names a file beside that folder), so the unjoined path could be another file
   * than the checked one.
   */
  requireReadable(treePath) {
    const full = path.join(this.root, treePath);
    const entry = lstatSync(full);
    if (entry.isSymbolicLink()) {
      const problem = this.linkProblem(treePath, full);
      if (problem) throw outsideRefusal([problem]);
    } else if (!entry.isFile()) throw outsideRefusal([notRegular(treePath)]);
    const parent = path.posix.dirname(treePath);
    this.requireFolderInside(parent === "." ? "" : parent);
    return full;
  }
  requireFolderInside(treeDir) {
    if (!this.folders.has(treeDir)) {
      const problem2 = escapeFromProject(this.root, path.join(this.root, treeDir));
      this.folders.set(treeDir, problem2 && `${treeDir || "."} ${problem2}`);
    }
    const problem = this.folders.get(treeDir);
    if (problem)
      throw outsideRefusal([
        `${problem}: a folder of the project may not be a link out of it; ${FOLDER_FIX}.`
      ]);
  }
  /** Names the link, where it really leads and what to do instead. */
  linkProblem(treePath, full) {
    const problem = escapeFromProject(this.root, full);
    if (!problem) return void 0;
    const fix = isFolder(full) ? FOLDER_FIX : "replace the link with a copy of the file";
    return `${treePath} is a symbolic link that ${problem}; ${fix}.`;
  }
};
var FOLDER_FIX = "move the folder into the project and link to it there, or replace the link with a copy of the folder";
function followed(folder, link, via) {
  const target = realpathSync.native(link);
  const stops = [...via, realpathSync.native(folder)];
  const inside = (stop) => stop === target || stop.startsWith(target.endsWith(path.sep) ? target : target + path.sep);
  return stops.some(inside) ? void 0 : stops;
}
function loopProblem(treePath, link) {
  return `${treePath} is a symbolic link to ${readlinkSync(link)}, a folder that holds the link itself: following it would loop for ever. Remove the link, or point it at a folder that does not hold it.`;
}
function controlName(treePath) {
  return `${JSON.stringify(treePath)} has a control character in its name (a line break, a tab, ...); rename it.`;
}
function notRegular(treePath) {
  return `${treePath} is not a regular file (a device, pipe or socket).`;
}
function isMissing(error) {
  const code = error?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
function isFile(p) {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
function isFolder(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

// src/delta/git-diff.ts
import { execFile } from "node:child_process";
import { readFileSync as readFileSync2 } from "node:fs";
import path2 from "node:path";
import { promisify } from "node:util";

// src/delta/git-index.ts
var HEADER = 12;
var SHA1 = 20;
var ENTRY_FIXED = 40 + SHA1 + 2;
var EXTENDED = 16384;
var NAME_MASK = 4095;
var TYPE_MASK = 61440;
var DIRECTORY = 16384;
var SYMLINK = 40960;
function u32(bytes, at) {
  return ((bytes[at] ?? 0) << 24 | (bytes[at + 1] ?? 0) << 16 | (bytes[at + 2] ?? 0) << 8 | (bytes[at + 3] ?? 0)) >>> 0;
}
function u16(bytes, at) {
  return (bytes[at] ?? 0) << 8 | (bytes[at + 1] ?? 0);
}
function indexEntries(bytes, root) {
  if (bytes.length < HEADER + SHA1 || u32(bytes, 0) !== 1145655875) return void 0;
  const version = u32(bytes, 4);
  if (version < 2 || version > 4) return void 0;
  const count = u32(bytes, 8);
  const end = bytes.length - SHA1;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const utf8 = new TextDecoder("utf-8", { fatal: false });
  const paths = [];
  const links = [];
  let previous = "";
  let at = HEADER;
  for (let i = 0; i < count; i++) {
    if (at + ENTRY_FIXED > end) return void 0;
    const mode = u32(bytes, at + 24);
    const flags = u16(bytes, at + 60);
    if ((flags & 12288) !== 0 || (mode & TYPE_MASK) === DIRECTORY) return void 0;
    let name = at + ENTRY_FIXED + (version >= 3 && (flags & EXTENDED) !== 0 ? 2 : 0);
    let strip = 0;
    if (version === 4) {
      let c = bytes[name++] ?? 0;
      strip = c & 127;
      while ((c & 128) !== 0) {
        c = bytes[name++] ?? 0;
        strip = strip + 1 << 7 | c & 127;
      }
    }
    const nul = bytes.indexOf(0, name);
    if (nul === -1 || nul >= end) return void 0;
    let raw = text.slice(name, nul);
    if (/[\u0080-\u00ff]/.test(raw)) raw = utf8.decode(bytes.subarray(name, nul));
    let path4 = raw;
    if (version === 4) {
      const previousBytes = Buffer.byteLength(previous);
      if (strip > previousBytes) return void 0;
      path4 = decodeJoin(previous, previousBytes, strip, bytes.subarray(name, nul), raw);
    } else if ((flags & NAME_MASK) !== NAME_MASK && (flags & NAME_MASK) !== nul - name)
      return void 0;
    previous = path4;
    if (path4.startsWith(root)) {
      paths.push(path4.slice(root.length));
      if ((mode & TYPE_MASK) === SYMLINK) links.push(path4.slice(root.length));
    }
    at = version === 4 ? nul + 1 : at + (name - at + (nul - name) + 8 & ~7);
  }
  return hasUnsupportedExtension(bytes, at, end) ? void 0 : { paths, links };
}
function decodeJoin(previous, previousBytes, strip, suffix, suffixText) {
  if (previousBytes === previous.length)
    return previous.slice(0, previousBytes - strip) + suffixText;
  const head = Buffer.from(previous, "utf8").subarray(0, previousBytes - strip);
  return Buffer.concat([head, suffix]).toString("utf8");
}
function hasUnsupportedExtension(bytes, from, end) {
  let at = from;
  while (at + 8 <= end) {
    const signature2 = String.fromCharCode(...bytes.subarray(at, at + 4));
    if (signature2 === "link" || signature2 === "sdir") return true;
    at += 8 + u32(bytes, at + 4);
  }
  return at !== end;
}

// src/delta/name-status.ts
var LINK_MODE = "120000";
function parseNameStatus(output, strip = "") {
  const fields = output.split("\0");
  const changes = new ChangeList(strip);
  for (let i = 0; i < fields.length; ) {
    const status = fields[i++] ?? "";
    if (status === "") continue;
    const paths = status[0] === "R" || status[0] === "C" ? 2 : 1;
    changes.add(status, fields.slice(i, i += paths), {});
  }
  return changes.done();
}
function parseRawDiff(output, strip = "") {
  const fields = output.split("\0");
  const changes = new ChangeList(strip);
  for (let i = 0; i < fields.length; ) {
    const header = fields[i++] ?? "";
    if (header === "") continue;
    const [oldMode = "", newMode = "", , , status = ""] = header.slice(1).split(" ");
    const paths = status[0] === "R" || status[0] === "C" ? 2 : 1;
    const link = oldMode === LINK_MODE || newMode === LINK_MODE;
    changes.add(status, fields.slice(i, i += paths), { link });
  }
  return changes.done();
}
var ChangeList = class {
  strip;
  changes = [];
  unmerged = [];
  constructor(strip) {
    this.strip = strip;
  }
  rel(p) {
    return this.strip !== "" && p.startsWith(this.strip) ? p.slice(this.strip.length) : p;
  }
  add(status, paths, extra) {
    const code = status[0];
    const [first = "", second = ""] = paths.map((p) => this.rel(p));
    const push = (s, path4) => {
      this.changes.push({ status: s, path: path4, ...extra });
    };
    if (code === "R" || code === "C") {
      if (code === "R") push("D", first);
      push("A", second);
    } else if (code === "A") push("A", first);
    else if (code === "D") push("D", first);
    else if (code === "M" || code === "T") push("M", first);
    else if (code === "U") this.unmerged.push(first);
    else throw new Error(`git diff reported an unexpected status "${status}" for ${first}.`);
  }
  done() {
    if (this.unmerged.length > 0)
      throw new Error(
        `Unmerged files in the diff (${this.unmerged.join(", ")}): resolve the merge conflicts before deploying a delta.`
      );
    return this.changes;
  }
};

// src/delta/git-diff.ts
var exec = promisify(execFile);
var GitDeltaError = class extends Error {
  /** The range could not be resolved because the clone is shallow. */
  shallow;
  constructor(message, shallow = false) {
    super(message);
    this.name = "GitDeltaError";
    this.shallow = shallow;
  }
};
async function git(cwd, args) {
  const { stdout } = await exec("git", ["-c", "core.quotePath=false", ...args], {
    cwd,
    maxBuffer: 512 * 1024 * 1024,
    encoding: "utf8"
  });
  return stdout;
}
async function gitOk(cwd, args) {
  try {
    return await git(cwd, args);
  } catch {
    return void 0;
  }
}
async function openRepo(dir, refs = []) {
  const safe = refs.every((r) => r !== "" && !r.startsWith("-"));
  const peeled = refs.map((r) => `${r}^{commit}`);
  const symmetric = peeled.length === 2 ? [`${peeled[0] ?? ""}...${peeled[1] ?? ""}`] : [];
  const withRefs = safe && refs.length > 0 ? await gitOk(dir, [
    "rev-parse",
    "--git-path",
    "index",
    "--is-shallow-repository",
    "--show-prefix",
    "HEAD",
    ...peeled,
    ...symmetric,
    "--"
  ]) : void 0;
  if (withRefs !== void 0) {
    const [index = "", ...lines] = withRefs.split("\n");
    const repo = parseRepo(dir, lines.slice(0, 3).join("\n"));
    const mergeBases = lines.slice(3 + refs.length).filter((l) => l.startsWith("^")).map((l) => l.slice(1).trim());
    const mergeBase = mergeBases[0];
    return {
      ...repo,
      commits: lines.slice(3, 3 + refs.length).map((l) => l.trim()),
      indexFile: path2.resolve(dir, index),
      ...mergeBase ? { mergeBase, mergeBases } : {}
    };
  }
  const out = await gitOk(dir, ["rev-parse", "--is-shallow-repository", "--show-prefix", "HEAD"]) ?? await gitOk(dir, ["rev-parse", "--is-shallow-repository", "--show-prefix"]);
  if (out === void 0)
    throw new GitDeltaError(
      `${dir} is not inside a git repository, so no delta can be computed. Check out the repository with actions/checkout (fetch-depth: 0) or remove delta-from.`
    );
  return parseRepo(dir, out);
}
function parseRepo(dir, out) {
  const [shallow = "", prefix = "", head] = out.split("\n");
  return {
    cwd: dir,
    prefix: prefix.trim().replace(/\/$/, ""),
    shallow: shallow.trim() === "true",
    ...head?.trim() ? { head: head.trim() } : {}
  };
}
async function commitOf(repo, ref) {
  const out = await gitOk(repo.cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  return out?.trim() || void 0;
}
async function commitsOf(repo, a, b) {
  const both = (await gitOk(repo.cwd, ["rev-parse", `${a}^{commit}`, `${b}^{commit}`, "--"]))?.trim().split("\n");
  if (both?.length === 2) return [both[0], both[1]];
  return Promise.all([commitOf(repo, a), commitOf(repo, b)]);
}
function shallowHint(shallow) {
  return shallow ? "This clone is shallow (actions/checkout fetches a single commit by default): set fetch-depth: 0 on actions/checkout, or a depth that includes the base, and run again." : "Fetch it first (for example with fetch-depth: 0 on actions/checkout), or check the ref name.";
}
async function resolveRange(repo, fromRef, toRef, mode) {
  for (const ref of [fromRef, toRef])
    if (ref.startsWith("-") || ref.trim() === "")
      throw new GitDeltaError(
        `"${ref}" is not a commit, tag or branch name (it must not be empty or start with -).`
      );
  const [from, to] = repo.commits?.length === 2 ? repo.commits : await commitsOf(repo, fromRef, toRef);
  const shallow = repo.shallow;
  const missing = [
    ...from === void 0 ? [`delta-from ${fromRef}`] : [],
    ...to === void 0 ? [`delta-to ${toRef}`] : []
  ];
  if (from === void 0 || to === void 0)
    throw new GitDeltaError(
      `${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} not a commit in this clone. ${shallowHint(shallow)}`,
      shallow
    );
  const warnings = [];
  if (mode === "exact") return { fromRef, toRef, from, to, base: from, warnings };
  const base = repo.mergeBase ?? (await gitOk(repo.cwd, ["merge-base", from, to]))?.trim();
  if (!base)
    throw new GitDeltaError(
      `delta-from ${fromRef} and delta-to ${toRef} share no history in this clone. ${shallowHint(shallow)}`,
      shallow
    );
  if (base !== from)
    warnings.push(
      `delta-from ${fromRef} is not an ancestor of delta-to ${toRef}; the delta starts at their merge-base ${base.slice(0, 12)} so that changes made only on the other side are not deployed as deletions.`
    );
  return { fromRef, toRef, from, to, base, warnings };
}
async function changedFiles(repo, base, to) {
  const out = await git(repo.cwd, [
    ...DIFF,
    base,
    to,
    "--",
    repo.prefix === "" ? ":(top)" : `:(top,literal)${repo.prefix}`
  ]);
  return parseNameStatus(out, rootOf(repo));
}
async function rawChanges(repo, base, to) {
  const out = await git(repo.cwd, [...RAW_DIFF, base, to, "--", pathspecOf(repo)]);
  return parseRawDiff(out, rootOf(repo));
}
var DIFF = ["diff", "--name-status", "-z", "--no-renames", "--no-ext-diff", "--no-textconv"];
var RAW_DIFF = ["diff", "--raw", "-z", "--no-abbrev", "--no-renames", "--no-ext-diff"];
var LS_FILES = ["ls-files", "-z", "--full-name", "--stage"];
function pathspecOf(repo) {
  return repo.prefix === "" ? ":(top)" : `:(top,literal)${repo.prefix}`;
}
function rootOf(repo) {
  return repo.prefix === "" ? "" : `${repo.prefix}/`;
}
async function listTracked(repo) {
  const out = await git(repo.cwd, [...LS_FILES, "--", pathspecOf(repo)]);
  return parseStaged(out, rootOf(repo));
}
async function listCommit(repo, commit) {
  const args = ["ls-tree", "-r", "-z", "--full-tree", commit];
  if (repo.prefix !== "") args.push("--", repo.prefix);
  return parseTree(await git(repo.cwd, args), rootOf(repo));
}
function parseStaged(out, root) {
  const paths = [];
  const links = [];
  let previous = "";
  for (const record of out.split("\0")) {
    const tab = record.indexOf("	");
    const p = record.slice(tab + 1);
    if (tab === -1 || p === previous || !p.startsWith(root)) continue;
    previous = p;
    paths.push(p.slice(root.length));
    if (record.startsWith(LINK)) links.push(p.slice(root.length));
  }
  return { paths, links };
}
function parseTree(out, root) {
  const paths = [];
  const links = [];
  const ids = /* @__PURE__ */ new Map();
  for (const record of out.split("\0")) {
    const tab = record.indexOf("	");
    if (tab === -1 || record.slice(7, 12) !== "blob ") continue;
    const p = record.slice(tab + 1);
    if (!p.startsWith(root)) continue;
    const rel = p.slice(root.length);
    paths.push(rel);
    if (record.startsWith(LINK)) links.push(rel);
    else ids.set(rel, record.slice(12, tab));
  }
  return { paths, links, ids };
}
var LINK = "120000 ";
async function readDelta(dir, fromRef, toRef, mode) {
  const opening = openRepo(dir, [fromRef, toRef]);
  const early = [fromRef, toRef].every((r) => r.trim() !== "" && !/^-|\.\./.test(r));
  const [from, to] = [`${fromRef}^{commit}`, `${toRef}^{commit}`];
  const ends = mode === "exact" ? [from, to] : [`${from}...${to}`];
  const diff = early ? gitOk(dir, [...RAW_DIFF, ...ends, "--", "."]) : void 0;
  const repo = await opening;
  const range = await resolveRange(repo, fromRef, toRef, mode);
  const sameBase = mode === "exact" || repo.mergeBases?.length === 1 && repo.mergeBase === range.base;
  const diffed = sameBase ? await diff : void 0;
  const changes = diffed === void 0 ? await rawChanges(repo, range.base, range.to) : parseRawDiff(diffed, rootOf(repo));
  if (range.to !== repo.head)
    return { repo, range, changes, listed: await listCommit(repo, range.to), checkedOut: false };
  const listed = readIndex(repo.indexFile, range.to, rootOf(repo)) ?? await listTracked(repo);
  return { repo, range, changes, listed, checkedOut: true };
}
function readIndex(file, commit, root) {
  if (file === void 0 || commit.length !== 40) return void 0;
  try {
    return indexEntries(readFileSync2(file), root);
  } catch {
    return void 0;
  }
}

// src/source/metadata-dir.ts
function fromFiles(files, label, sourceOf) {
  const manifest = files.get("package.xml");
  if (!manifest)
    throw new BuildError([
      `${label} has no package.xml at its root; a metadata-format package needs one.`
    ]);
  const parsed = parsePackageXml(decodeUtf8(manifest), `${label}/package.xml`);
  const warnings = [];
  const wildcards = parsed.members.filter((m) => m.fullName === "*").map((m) => m.type);
  if (wildcards.length > 0)
    warnings.push(
      `${label}/package.xml uses wildcards (${wildcards.join(", ")}); the org decides what they cover.`
    );
  const limits = checkPackageLimits(files);
  if (limits.errors.length > 0) throw new BuildError(limits.errors);
  warnings.push(...limits.warnings);
  const sourceMap = emptySourceMap();
  for (const path4 of files.keys()) {
    const source = sourceOf(path4);
    if (source !== void 0) sourceMap.files[path4] = [source];
  }
  const apiVersion = parsed.version ?? FALLBACK_API_VERSION;
  if (parsed.version === void 0)
    warnings.push(`${label}/package.xml has no <version>; using ${FALLBACK_API_VERSION}.`);
  return {
    files,
    packageXml: decodeUtf8(manifest),
    components: parsed.members,
    apiVersion,
    sourceMap,
    warnings
  };
}
async function readMetadataDir(tree, dir) {
  const base = joinTreePath(dir);
  const prefix = base === "" ? "" : `${base}/`;
  const paths = await tree.listFiles(base);
  if (paths.length === 0)
    throw new BuildError([`Metadata folder ${dir || "."} is empty or does not exist.`]);
  const files = /* @__PURE__ */ new Map();
  for (const path4 of paths) files.set(path4.slice(prefix.length), await tree.readFile(path4));
  return fromFiles(files, dir || ".", (zipPath) => `${prefix}${zipPath}`);
}
function readMetadataZip(zip) {
  let files;
  try {
    files = unzipEntries(zip, "metadata zip");
  } catch (error) {
    return Promise.reject(new BuildError([error instanceof Error ? error.message : String(error)]));
  }
  if (!files.has("package.xml")) {
    const tops = new Set([...files.keys()].map((p) => p.split("/")[0] ?? ""));
    const [top] = tops;
    if (tops.size === 1 && top !== void 0 && files.has(`${top}/package.xml`)) {
      const lifted = /* @__PURE__ */ new Map();
      for (const [p, b] of files) lifted.set(p.slice(top.length + 1), b);
      files = lifted;
    }
  }
  try {
    return Promise.resolve(fromFiles(files, "metadata zip", () => void 0));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

// src/delta/test-selection.ts
function stripCommentsAndStrings(text) {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'/g, " ");
}
function isTestClass(text) {
  const code = stripCommentsAndStrings(text);
  return /@istest\b/i.test(code) || /\btestmethod\b/i.test(code);
}
function triggerObject(text) {
  return /\btrigger\s+\w+\s+on\s+(\w+)/i.exec(stripCommentsAndStrings(text))?.[1];
}
function conventionalNames(name) {
  const n = name.toLowerCase();
  return [`${n}test`, `${n}_test`, `test${n}`, `${n}tests`];
}
function identifiers(text) {
  return new Set(
    stripCommentsAndStrings(text).toLowerCase().match(/[a-z_][a-z0-9_]*/g) ?? []
  );
}
function selectTests(changed, sources) {
  const tests = sources.filter((s) => s.kind === "class" && isTestClass(s.text)).map((s) => ({ name: s.name, tokens: identifiers(s.text) }));
  const byLower = new Map(tests.map((t) => [t.name.toLowerCase(), t]));
  const text = new Map(sources.map((s) => [`${s.kind}:${s.name.toLowerCase()}`, s.text]));
  const reasons = /* @__PURE__ */ new Map();
  const choose = (test, reason) => {
    const list2 = reasons.get(test) ?? [];
    if (!list2.includes(reason)) list2.push(reason);
    reasons.set(test, list2);
  };
  const uncovered = [];
  for (const c of changed) {
    const own2 = byLower.get(c.name.toLowerCase());
    if (c.kind === "class" && own2) {
      choose(own2.name, "changed test class");
      continue;
    }
    const label = `${c.kind === "class" ? "ApexClass" : "ApexTrigger"} ${c.name}`;
    let found = false;
    for (const candidate of conventionalNames(c.name)) {
      const t = byLower.get(candidate);
      if (t) {
        choose(t.name, `named after ${label}`);
        found = true;
      }
    }
    const target = c.name.toLowerCase();
    const object = c.kind === "trigger" ? triggerObject(text.get(`trigger:${target}`) ?? "") : void 0;
    for (const t of tests) {
      if (t.tokens.has(target)) {
        choose(t.name, `refers to ${label}`);
        found = true;
      } else if (object && t.tokens.has(object.toLowerCase())) {
        choose(t.name, `uses ${object}, the object ${label} fires on`);
        found = true;
      }
    }
    if (!found) uncovered.push(label);
  }
  const names = [...reasons.keys()].sort((a, b) => a.toLowerCase() < b.toLowerCase() ? -1 : 1);
  return { tests: names.map((n) => ({ testClass: n, reasons: reasons.get(n) ?? [] })), uncovered };
}
function decideTestRun(selection, missing) {
  if (selection.uncovered.length > 0) {
    const names2 = selection.uncovered.join(", ");
    if (missing === "fail")
      return {
        error: `run-tests: auto found no test class for ${names2}. Add a test class named after it (FooTest, Foo_Test, TestFoo, FooTests) or one that refers to it, list the tests in run-tests, or set missing-tests: run-local.`
      };
    return {
      testLevel: "RunLocalTests",
      runTests: [],
      note: `Tests: RunLocalTests instead of the chosen tests, because no test class was found for ${names2} (missing-tests: run-local).`
    };
  }
  if (selection.tests.length === 0)
    return {
      runTests: [],
      note: "Tests: no Apex class or trigger changed, so no tests were chosen; the org runs its default (none outside production)."
    };
  const names = selection.tests.map((t) => t.testClass);
  return {
    testLevel: "RunSpecifiedTests",
    runTests: names,
    note: `Tests: RunSpecifiedTests with ${names.join(", ")} (chosen from the changed Apex code).`
  };
}

// src/source/build-subset.ts
async function loadSourceIndex(tree, projectDir, sourceDirs, configTree = tree) {
  const dir = normalizeTreePath(projectDir) ?? "";
  const path4 = joinTreePath(dir, PROJECT_FILE);
  if (!await configTree.exists(path4))
    throw new BuildError([`${path4} not found: the project directory must hold sfdx-project.json.`]);
  const config = readProjectConfig(decodeUtf8(await configTree.readFile(path4)), path4);
  const registry = defaultRegistry();
  const found = await findSources(tree, registry, dir, config, sourceDirs);
  return { projectDir: dir, config, registry, found };
}
function subsetSelection(picks) {
  const byKey = new Map(
    picks.map((p) => [componentKey(p.component.type.name, p.component.fullName), p])
  );
  const labels = picks.find((p) => p.component.type.strategy === "labels")?.labels;
  return {
    component: (type, member) => {
      const pick = byKey.get(componentKey(type.name, member));
      if (!pick) return true;
      if (type.strategy === "labels") return false;
      const decomposed = type.strategy === "decomposed";
      return decomposed ? pick.listParent : true;
    },
    child: (type, member) => type.ignoreParentName ? labels?.has(member) ?? false : true
  };
}
async function buildSubset(tree, index, options) {
  const { projectDir, config } = index;
  const problems = [];
  const warnings = [...config.warnings];
  const active = await activateProjectReplacements(
    tree,
    projectDir,
    config.replacements,
    options.env,
    problems
  );
  const stats = /* @__PURE__ */ new Map();
  const prefix = projectDir === "" ? "" : `${projectDir}/`;
  const ctx = {
    read: async (path4) => applyReplacements(
      path4.slice(prefix.length),
      await tree.readFile(path4),
      active,
      stats,
      (w) => warnings.push(w)
    ),
    selection: subsetSelection(options.picks),
    files: /* @__PURE__ */ new Map(),
    members: [],
    sourceMap: emptySourceMap(),
    problems,
    warnings
  };
  for (const pick of options.picks) {
    try {
      await convertComponent(ctx, pick.component);
    } catch (error) {
      if (error instanceof BuildError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length > 0) throw new BuildError([...new Set(problems)]);
  const apiVersion = options.apiVersion ?? config.sourceApiVersion ?? FALLBACK_API_VERSION;
  if (options.apiVersion === void 0 && config.sourceApiVersion === void 0)
    warnings.push(
      `No API version: neither the apiVersion option nor sourceApiVersion in sfdx-project.json is set; package.xml uses ${FALLBACK_API_VERSION}.`
    );
  const packageXml = buildPackageXml(ctx.members, apiVersion);
  const files = /* @__PURE__ */ new Map([["package.xml", encodeUtf8(packageXml)]]);
  if (options.preDestructive.length > 0)
    files.set(
      "destructiveChangesPre.xml",
      encodeUtf8(buildPackageXml(options.preDestructive, apiVersion))
    );
  if (options.postDestructive.length > 0)
    files.set(
      "destructiveChangesPost.xml",
      encodeUtf8(buildPackageXml(options.postDestructive, apiVersion))
    );
  for (const [path4, bytes] of ctx.files) files.set(path4, bytes);
  const limits = checkPackageLimits(files);
  if (limits.errors.length > 0) throw new BuildError(limits.errors);
  warnings.push(...limits.warnings);
  const seen = /* @__PURE__ */ new Set();
  const components = ctx.members.filter((m) => {
    const key = `${m.type}:${m.fullName}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return {
    files,
    packageXml,
    components,
    apiVersion,
    sourceMap: ctx.sourceMap,
    warnings,
    replacements: [...stats.values()].sort((a, b) => a.index - b.index)
  };
}

// src/source/git-source-tree.ts
import { spawn } from "node:child_process";
import { execFile as execFile2 } from "node:child_process";
import { promisify as promisify2 } from "node:util";
var run2 = promisify2(execFile2);
var GitSourceTree = class {
  options;
  listing;
  sorted;
  /** Committed symbolic links (mode 120000): read by path, so that git follows them. */
  links = /* @__PURE__ */ new Set();
  /** Links to a folder that holds them, by path, with the problem: listing their folder fails. */
  loops = /* @__PURE__ */ new Map();
  /**
   * Links that lead out of the repository, by path, with the problem: listing their folder fails,
   * as a link out of the project fails the walk of a work tree (FsSourceTree).
   */
  outside = /* @__PURE__ */ new Map();
  reader;
  constructor(options) {
    this.options = { ...options, prefix: joinTreePath(options.prefix) };
    this.reader = options.reader ?? new GitObjectReader(options.cwd);
  }
  /** Tree path -> blob id of every file (submodules skipped). */
  files() {
    this.listing ??= this.load();
    return this.listing;
  }
  async load() {
    const { cwd, rev, prefix, listing } = this.options;
    if (listing) {
      this.sorted = [...new Set(listing)].sort();
      return new Map(this.sorted.map((p) => [p, ""]));
    }
    const args = ["-c", "core.quotePath=false", "ls-tree", "-r", "-z", "--full-tree", rev];
    if (prefix !== "") args.push("--", prefix);
    const { stdout } = await run2("git", args, {
      cwd,
      maxBuffer: 512 * 1024 * 1024,
      encoding: "buffer"
    });
    const out = /* @__PURE__ */ new Map();
    const strip = prefix === "" ? 0 : prefix.length + 1;
    for (const record of stdout.toString("utf8").split("\0")) {
      const tab = record.indexOf("	");
      if (tab === -1 || record.slice(7, 11) !== "blob") continue;
      const path4 = record.slice(tab + 1).slice(strip);
      out.set(path4, record.slice(12, tab));
      if (record.startsWith("120000")) this.links.add(path4);
    }
    if (this.links.size > 0) await this.expandFolderLinks(out);
    this.sorted = [...out.keys()].sort();
    return out;
  }
  /**
   * Replaces each link that git resolves (--follow-symlinks) to a folder of the revision by that
   * folder's files, links among them included. A link that leads out of the repository, names
   * nothing or loops stays a file: reading it reports why. A link to a folder that holds the link
   * would list for ever; it is left out, and listing a folder that holds it fails naming it.
   */
  async expandFolderLinks(out) {
    const queue = [...this.links];
    for (let link = queue.shift(); link !== void 0; link = queue.shift()) {
      const target = await this.reader.readObject(this.spec(link)).catch((error) => error);
      if (target instanceof LinkError && target.kind === "symlink") {
        out.delete(link);
        this.outside.set(
          link,
          `${link} is a symbolic link that leads out of the repository; ${OUTSIDE_FIX}.`
        );
        continue;
      }
      if (target instanceof Error || target.type !== "tree") continue;
      out.delete(link);
      this.links.delete(link);
      if (await this.holdsItself(link, target.sha)) {
        this.loops.set(
          link,
          `${link} is a symbolic link to a folder that holds the link itself: following it would loop for ever. Remove the link, or point it at a folder that does not hold it.`
        );
        continue;
      }
      const { stdout } = await run2("git", ["ls-tree", "-r", "-z", target.sha], {
        cwd: this.options.cwd,
        maxBuffer: 512 * 1024 * 1024,
        encoding: "buffer"
      });
      for (const record of stdout.toString("utf8").split("\0")) {
        const tab = record.indexOf("	");
        if (tab === -1 || record.slice(7, 11) !== "blob") continue;
        const path4 = `${link}/${record.slice(tab + 1)}`;
        out.set(path4, record.slice(12, tab));
        if (record.startsWith("120000")) {
          this.links.add(path4);
          queue.push(path4);
        }
      }
    }
  }
  /**
   * Whether the folder `sha` a link names is one of the folders the link lies in (from the
   * repository root, each resolved by git through the links on the way): then it holds the link.
   */
  async holdsItself(link, sha) {
    const full = this.options.prefix === "" ? link : `${this.options.prefix}/${link}`;
    const segs = full.split("/");
    for (let i = 0; i < segs.length; i++) {
      const folder = await this.reader.lookUp(`${this.options.rev}:${segs.slice(0, i).join("/")}`);
      if (folder?.sha === sha) return true;
    }
    return false;
  }
  /** `<rev>:<path>` of a tree path, for git to resolve (links followed). */
  spec(path4) {
    const prefix = this.options.prefix === "" ? "" : `${this.options.prefix}/`;
    return `${this.options.rev}:${prefix}${path4}`;
  }
  /** Index of the first sorted path >= `key`. */
  lowerBound(key) {
    const all = this.sorted ?? [];
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if ((all[mid] ?? "") < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  async listFiles(dir) {
    await this.files();
    const d = joinTreePath(dir);
    const all = this.sorted ?? [];
    const prefix = d === "" ? "" : `${d}/`;
    const under = (problems) => [...problems].filter(([link]) => link.startsWith(prefix)).map(([, problem]) => problem);
    const outside = under(this.outside).sort();
    const loops = under(this.loops).sort();
    if (outside.length > 0) throw outsideRefusal([...outside, ...loops]);
    if (loops.length > 0) throw new BuildError(loops);
    if (d === "") return [...all];
    const out = [];
    for (let i = this.lowerBound(prefix); i < all.length && (all[i] ?? "").startsWith(prefix); i++)
      out.push(all[i] ?? "");
    return out;
  }
  async exists(path4) {
    const files = await this.files();
    const p = joinTreePath(path4);
    if (p === "" || files.has(p)) return true;
    const next = this.sorted?.[this.lowerBound(`${p}/`)];
    if (next?.startsWith(`${p}/`) === true) return true;
    if (!this.options.listing) return false;
    if (p.includes("\n")) return false;
    const prefix = this.options.prefix === "" ? "" : `${this.options.prefix}/`;
    return this.readBlob(`${this.options.rev}:${prefix}${p}`).then(
      () => true,
      () => false
    );
  }
  async readFile(path4) {
    const p = joinTreePath(path4);
    const sha = (await this.files()).get(p);
    if (sha && !this.links.has(p)) return this.readBlob(sha);
    const outside = this.outside.get(p);
    if (outside) throw outsideRefusal([outside]);
    if ((sha !== void 0 || this.options.listing) && !p.includes("\n")) {
      const object = await this.reader.readObject(this.spec(p));
      if (object.type !== "blob")
        throw new Error(
          `${path4} is a folder at ${this.options.rev} (a symbolic link to a folder, or a folder given as a file), not a file.`
        );
      return object.bytes;
    }
    throw new Error(`${path4}: no such file at ${this.options.rev}`);
  }
  /** Stops the cat-file process unless it is shared. Safe to call more than once. */
  close() {
    if (!this.options.reader) this.reader.close();
  }
  readBlob(spec) {
    return this.reader.read(spec);
  }
};
var GitObjectReader = class {
  cwd;
  batch;
  queue = [];
  buffer = Buffer.alloc(0);
  /** `cwd`: any folder of the repository's work tree. */
  constructor(cwd) {
    this.cwd = cwd;
  }
  /** Starts the process now rather than on the first read. */
  start() {
    this.process();
    return this;
  }
  /** Reads an object by id or `<rev>:<path>` (a tree's raw bytes when the path is a folder). */
  read(spec) {
    return this.readObject(spec).then((object) => object.bytes);
  }
  /** Reads an object with its id and type. */
  readObject(spec) {
    const proc = this.process();
    return new Promise((resolve, reject) => {
      this.queue.push({ spec, resolve, reject });
      proc.stdin.write(`${spec}
`);
    });
  }
  /** The id and type of an object, or undefined when git finds none by that name. */
  lookUp(spec) {
    if (spec.includes("\n")) return Promise.resolve(void 0);
    return this.readObject(spec).then(
      ({ sha, type }) => ({ sha, type }),
      () => void 0
    );
  }
  /** Stops the process. Safe to call more than once. */
  close() {
    const proc = this.batch;
    this.batch = void 0;
    if (!proc) return;
    proc.stdin.end();
    if (this.queue.length === 0)
      for (const handle of [proc, proc.stdin, proc.stdout, proc.stderr]) unref(handle);
  }
  process() {
    if (this.batch) return this.batch;
    const proc = spawn("git", ["cat-file", "--batch", "--follow-symlinks"], {
      cwd: this.cwd,
      stdio: "pipe"
    });
    proc.stdout.on("data", (chunk) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    const fail = (error) => {
      for (const p of this.queue.splice(0)) p.reject(error);
      if (this.batch === proc) this.batch = void 0;
    };
    proc.on("error", fail);
    proc.stdin.on("error", fail);
    proc.on("close", (code) => {
      if (this.batch === proc || this.batch === void 0)
        fail(new Error(`git cat-file --batch exited with code ${code ?? "null"}`));
    });
    this.batch = proc;
    return proc;
  }
  /** Answers queued reads, in order, as whole `<sha> <type> <size>\n<bytes>\n` records arrive. */
  drain() {
    while (this.queue.length > 0) {
      const nl = this.buffer.indexOf(10);
      if (nl === -1) return;
      const header = this.buffer.subarray(0, nl).toString("utf8");
      const pending = this.queue[0];
      if (!pending) return;
      if (header.endsWith(" missing")) {
        this.queue.shift();
        this.buffer = this.buffer.subarray(nl + 1);
        pending.reject(new Error(`git object ${pending.spec} is missing`));
        continue;
      }
      const link = LINK_ANSWER.exec(header);
      if (link) {
        const size2 = Number(link[2]);
        if (this.buffer.length < nl + 1 + size2 + 1) return;
        this.buffer = this.buffer.subarray(nl + 1 + size2 + 1);
        this.queue.shift();
        const kind = link[1] ?? "";
        pending.reject(new LinkError(linkProblem(pending.spec, kind), kind));
        continue;
      }
      const [sha = "", type = "", sizeText] = header.split(" ");
      const size = Number(sizeText);
      if (this.buffer.length < nl + 1 + size + 1) return;
      const body = Uint8Array.prototype.slice.call(this.buffer, nl + 1, nl + 1 + size);
      this.buffer = this.buffer.subarray(nl + 1 + size + 1);
      this.queue.shift();
      pending.resolve({ sha, type, bytes: body });
    }
  }
};
var OUTSIDE_FIX = "a revision holds only what is committed in it: commit the file or folder itself inside the repository instead of a link to it";
var LinkError = class extends Error {
  kind;
  constructor(message, kind) {
    super(message);
    this.kind = kind;
  }
};
var LINK_ANSWER = /^(symlink|dangling|loop|notdir) (\d+)$/;
function linkProblem(spec, kind) {
  const path4 = spec.slice(spec.indexOf(":") + 1);
  const why = kind === "symlink" ? "leads out of the repository" : kind === "loop" ? "is part of a loop of links" : "names no file";
  return `${path4} is a symbolic link that ${why}; commit the file itself, or add the link to .forceignore.`;
}
function unref(handle) {
  const ref = handle;
  if (typeof ref.unref === "function") ref.unref();
}

// src/delta/component-index.ts
function keyOf2(c) {
  return componentKey(c.type.name, c.fullName, c.isFolder);
}
function indexComponents(components) {
  const byPath = /* @__PURE__ */ new Map();
  const byKey = /* @__PURE__ */ new Map();
  const shadowed = /* @__PURE__ */ new Set();
  for (const component of components) {
    byKey.set(keyOf2(component), component);
    for (const path4 of component.shadowed ?? []) shadowed.add(path4);
    if (component.meta !== void 0) byPath.set(component.meta, { component });
    for (const path4 of component.content) byPath.set(path4, { component });
    for (const child2 of component.children) {
      if (component.type.strategy === "digitalExperience") continue;
      byPath.set(child2.path, { component, child: child2 });
    }
  }
  return { byPath, byKey, shadowed };
}
function childNamed(c, name) {
  return c?.children.find((x) => x.name === name);
}

// src/delta/delta-content.ts
async function readXml2(tree, path4) {
  return parseXml(decodeUtf8(await tree.readFile(path4)), path4);
}
function fingerprint(nodes) {
  let out = "";
  for (const n of nodes) {
    if (n.kind === "element") {
      const attrs = n.attrs.map((a) => `${a.name}=${a.value}`).join(" ");
      out += `<${n.name} ${attrs}>${fingerprint(n.children)}</>`;
    } else out += `${n.kind}:${n.value}\0`;
  }
  return out;
}
async function labelsOf(tree, c) {
  const out = /* @__PURE__ */ new Map();
  const child2 = c?.type.children[0];
  if (!c || !child2) return out;
  for (const path4 of c.content) {
    const text = decodeUtf8(await tree.readFile(path4));
    if (scanLabels(text, out)) continue;
    const root = parseXml(text, path4);
    for (const node of root.children) {
      if (node.kind !== "element" || node.name !== child2.tag) continue;
      const id = childText(node, child2.uniqueIdElement);
      if (!out.has(id)) out.set(id, fingerprint(node.children));
    }
  }
  return out;
}
function labelBlocks(text) {
  if (text.includes("<![CDATA[")) return void 0;
  const blank2 = text.includes("<!--") ? text.replace(/<!--[\s\S]*?-->/g, (c) => " ".repeat(c.length)) : text;
  if (blank2.includes("<!--")) return void 0;
  const blocks = [
    ...blank2.matchAll(/<labels>\s*<fullName>([^<]*)<\/fullName>([\s\S]*?)<\/labels>/dg)
  ];
  return blocks.length === (blank2.match(/<labels[\s>]/g) ?? []).length ? blocks : void 0;
}
function scanLabels(text, out) {
  const blocks = labelBlocks(text);
  if (blocks === void 0) return false;
  for (const m of blocks) {
    const id = (m[1] ?? "").trim();
    const [from, to] = m.indices?.[2] ?? [0, 0];
    if (!out.has(id)) out.set(id, `scan:${text.slice(from, to)}`);
  }
  return true;
}
async function labelIds(tree, c, skip2) {
  const ids = /* @__PURE__ */ new Set();
  for (const path4 of c?.content ?? []) {
    if (skip2.has(path4)) continue;
    const blocks = labelBlocks(decodeUtf8(await tree.readFile(path4)));
    if (blocks) for (const m of blocks) ids.add((m[1] ?? "").trim());
    else
      for (const id of (await labelsOf(tree, { ...c, content: [path4] })).keys())
        ids.add(id);
  }
  return ids;
}
function compareLabels(base, head) {
  const changed = [...head].filter(([id, fp]) => base.get(id) !== fp).map(([id]) => id);
  const deleted = [...base.keys()].filter((id) => !head.has(id));
  return { changed, deleted };
}
async function inFileChildren(tree, c) {
  if (c.meta === void 0 || c.type.children.length === 0) return [];
  const root = await readXml2(tree, c.meta);
  const out = [];
  for (const node of root.children) {
    if (node.kind !== "element") continue;
    const child2 = c.type.children.find((t) => t.tag === node.name);
    if (child2)
      out.push({
        type: child2.name,
        fullName: `${c.fullName}.${childText(node, child2.uniqueIdElement)}`
      });
  }
  return out;
}
async function isMasterDetail(tree, path4) {
  return childText(await readXml2(tree, path4), "type") === "MasterDetail";
}

// src/delta/delta-plan-state.ts
function isCustomName(name) {
  return name.includes("__");
}
function memberOf2(c) {
  const slash = c.isFolder && c.type.inFolder?.trailingSlash === true ? "/" : "";
  return { type: c.type.name, fullName: `${c.fullName}${slash}` };
}
function destroy(state, member) {
  state.destructive.set(`${member.type}:${member.fullName}`, member);
}
function skip(state, member, reason) {
  state.plan.skipped.push({ ...member, reason });
}

// src/delta/delta-finish.ts
var LABELS_KEY = componentKey("CustomLabels", "CustomLabels");
async function finishPlan(state) {
  const picks = [];
  const entries = [];
  if (state.labelFiles.size > 0) {
    const labels = await labelChanges(state);
    if (labels.pick) picks.push(labels.pick);
    entries.push(...labels.entries);
  }
  for (const key of state.inFileTouched.keys()) await compareInFile(state, key);
  for (const key of state.experiencesTouched) compareExperience(state, key);
  for (const c of [...state.whole.values()]) addNewFolders(state, c);
  for (const entry of state.objects.values()) {
    const pick = await objectPick(state, entry);
    if (pick) picks.push(pick);
    entries.push(...objectEntries(state, entry.component, pick));
  }
  for (const [key, c] of state.whole) {
    picks.push({ component: c, listParent: true });
    entries.push({ ...memberOf2(c), change: state.base.byKey.has(key) ? "changed" : "added" });
  }
  const destructive = [...state.destructive.values()];
  entries.push(...destructive.map((m) => ({ ...m, change: "deleted" })));
  const seen = /* @__PURE__ */ new Set();
  const skipped = state.plan.skipped.filter((s) => {
    const k = `${s.type}:${s.fullName}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
  return { ...state.plan, picks: sortPicks(picks), destructive, entries, skipped };
}
async function labelChanges(state) {
  const { head, base } = state.input;
  const headLabels = state.head.byKey.get(LABELS_KEY);
  const baseLabels = state.base.byKey.get(LABELS_KEY);
  const changedIn = (c) => c && { ...c, content: c.content.filter((p) => state.labelFiles.has(p)) };
  const before = await labelsOf(base.tree, changedIn(baseLabels));
  const after = await labelsOf(head.tree, changedIn(headLabels));
  const ids = await labelIds(head.tree, headLabels, state.labelFiles);
  for (const id of after.keys()) ids.add(id);
  const diff = compareLabels(before, after);
  for (const id of diff.deleted)
    if (!ids.has(id)) destroy(state, { type: "CustomLabel", fullName: id });
  if (!headLabels || diff.changed.length === 0) return { entries: [] };
  return {
    pick: { component: headLabels, listParent: false, labels: new Set(diff.changed) },
    entries: diff.changed.map((id) => ({
      type: "CustomLabel",
      fullName: id,
      change: before.has(id) ? "changed" : "added"
    }))
  };
}
function sortPicks(picks) {
  const key = (p) => keyOf2(p.component);
  return picks.sort((a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}
async function compareInFile(state, key) {
  const before = state.base.byKey.get(key);
  const now = state.head.byKey.get(key);
  const old = before ? await inFileChildren(state.input.base.tree, before) : [];
  const kept = new Set(
    (now ? await inFileChildren(state.input.head.tree, now) : []).map(
      (m) => `${m.type}:${m.fullName}`
    )
  );
  for (const m of old) if (!kept.has(`${m.type}:${m.fullName}`)) destroy(state, m);
}
function compareExperience(state, key) {
  const before = state.base.byKey.get(key);
  const now = state.head.byKey.get(key);
  for (const child2 of before?.children ?? [])
    if (!childNamed(now, child2.name))
      destroy(state, { type: child2.type.name, fullName: `${before?.fullName ?? ""}.${child2.name}` });
}
function addNewFolders(state, c) {
  if (!c.type.inFolder || c.isFolder) return;
  let name = c.fullName;
  while (name.includes("/")) {
    name = name.slice(0, name.lastIndexOf("/"));
    const key = componentKey(c.type.name, name, true);
    const folder = state.head.byKey.get(key);
    if (folder && !state.base.byKey.has(key)) state.whole.set(key, folder);
  }
}
async function objectPick(state, entry) {
  const c = entry.component;
  const tree = state.input.head.tree;
  const fields = c.children.filter((x) => x.type.name === "CustomField");
  for (const f of fields)
    if (entry.children.has(f.name) && await isMasterDetail(tree, f.path)) entry.listParent = true;
  if (entry.listParent && c.meta === void 0) entry.listParent = false;
  if (entry.listParent) {
    for (const f of fields) if (await isMasterDetail(tree, f.path)) entry.children.add(f.name);
  }
  const children = c.children.filter((x) => entry.children.has(x.name));
  if (!entry.listParent && children.length === 0) return void 0;
  return { component: { ...c, children }, listParent: entry.listParent };
}
function objectEntries(state, c, pick) {
  if (!pick) return [];
  const before = state.base.byKey.get(keyOf2(c));
  const out = [];
  if (pick.listParent)
    out.push({ ...memberOf2(c), change: before?.meta !== void 0 ? "changed" : "added" });
  for (const child2 of pick.component.children) {
    if (!child2.type.addressable) continue;
    const change = childNamed(before, child2.name) ? "changed" : "added";
    out.push({ type: child2.type.name, fullName: `${c.fullName}.${child2.name}`, change });
  }
  return out;
}
function dropCollisions(plan, deployed) {
  const norm = (m) => `${m.type}:${m.fullName}`.toLowerCase();
  const inPackage = new Set(deployed.map(norm));
  const kept = plan.destructive.filter((m) => !inPackage.has(norm(m)));
  const dropped = new Set(plan.destructive.filter((m) => inPackage.has(norm(m))).map(norm));
  return {
    ...plan,
    destructive: kept,
    entries: plan.entries.filter((e) => e.change !== "deleted" || !dropped.has(norm(e)))
  };
}

// src/delta/delta-plan.ts
function underPackageDir(dirs, path4) {
  return dirs.some((d) => d === "" || path4 === d || path4.startsWith(`${d}/`));
}
function noteConfigChange(state, path4) {
  const name = path4.slice(path4.lastIndexOf("/") + 1);
  const project = state.input.projectDir === "" ? "sfdx-project.json" : `${state.input.projectDir}/sfdx-project.json`;
  if (path4 === project || name === ".forceignore")
    state.plan.warnings.push(
      `${path4} changed in this range: package directories, replacements or ignore rules may differ between the two commits, so the delta may be incomplete. Consider a full deploy.`
    );
}
async function planDelta(input) {
  const state = {
    input,
    head: indexComponents(input.head.components),
    base: indexComponents(input.base.components),
    whole: /* @__PURE__ */ new Map(),
    objects: /* @__PURE__ */ new Map(),
    labelFiles: /* @__PURE__ */ new Set(),
    inFileTouched: /* @__PURE__ */ new Map(),
    experiencesTouched: /* @__PURE__ */ new Set(),
    destructive: /* @__PURE__ */ new Map(),
    plan: {
      picks: [],
      destructive: [],
      entries: [],
      skipped: [],
      ignoredFiles: [],
      shadowedFiles: [],
      unknownFiles: [],
      warnings: []
    }
  };
  const unknown = new Set(input.unknownAtHead);
  for (const change of input.changes) {
    noteConfigChange(state, change.path);
    if (!underPackageDir(input.packageDirs, change.path)) continue;
    if (change.path.endsWith(".labels-meta.xml")) state.labelFiles.add(change.path);
    if (change.status !== "D") {
      const owner2 = state.head.byPath.get(change.path);
      if (owner2) onHeadChange(state, owner2);
      else if (unknown.has(change.path)) state.plan.unknownFiles.push(change.path);
      else if (state.head.shadowed.has(change.path)) state.plan.shadowedFiles.push(change.path);
      else state.plan.ignoredFiles.push(change.path);
      continue;
    }
    const owner = state.base.byPath.get(change.path);
    if (owner) onDelete(state, owner);
    else if (state.base.shadowed.has(change.path)) state.plan.shadowedFiles.push(change.path);
    else state.plan.ignoredFiles.push(change.path);
  }
  return finishPlan(state);
}
function onHeadChange(state, owner) {
  const c = owner.component;
  switch (c.type.strategy) {
    case "decomposed":
      if (owner.child) touchObject(state, c).children.add(owner.child.name);
      else touchObject(state, c).listParent = true;
      return;
    case "labels":
      return;
    case "digitalExperience":
      state.experiencesTouched.add(keyOf2(c));
      break;
    default:
      if (c.type.children.length > 0 && c.type.strategy === "copy")
        state.inFileTouched.set(keyOf2(c), c);
  }
  state.whole.set(keyOf2(c), c);
}
function touchObject(state, c) {
  const key = keyOf2(c);
  let entry = state.objects.get(key);
  if (!entry) {
    entry = { component: c, children: /* @__PURE__ */ new Set(), listParent: false };
    state.objects.set(key, entry);
  }
  return entry;
}
function onDelete(state, owner) {
  const before = owner.component;
  const now = state.head.byKey.get(keyOf2(before));
  if (before.type.strategy === "labels") return;
  if (before.type.strategy === "decomposed") return onObjectDelete(state, owner, now);
  if (now) {
    onHeadChange(state, { component: now });
    if (before.type.strategy === "decomposedBeside" && owner.child && !childNamed(now, owner.child.name)) {
      if (owner.child.type.addressable)
        destroy(state, {
          type: owner.child.type.name,
          fullName: `${before.fullName}.${owner.child.name}`
        });
    }
    return;
  }
  onComponentGone(state, before);
}
function onObjectDelete(state, owner, now) {
  const before = owner.component;
  const child2 = owner.child;
  if (!now) {
    if (before.meta !== void 0 && isCustomName(before.fullName)) {
      destroy(state, memberOf2(before));
      return;
    }
    if (!child2) return;
    skip(
      state,
      memberOf2(before),
      "standard objects are never deleted; only their custom children are"
    );
  }
  if (!child2) {
    state.plan.warnings.push(
      `${owner.component.meta ?? before.fullName} was deleted but ${before.fullName} still has child files; the object itself is neither deployed nor deleted.`
    );
    return;
  }
  if (now && childNamed(now, child2.name)) {
    touchObject(state, now).children.add(child2.name);
    return;
  }
  destroy(state, { type: child2.type.name, fullName: `${before.fullName}.${child2.name}` });
}
function onComponentGone(state, before) {
  const member = memberOf2(before);
  if (before.type.children.length > 0 && before.type.strategy === "copy") {
    state.inFileTouched.set(keyOf2(before), before);
    return;
  }
  if (before.isFolder) {
    const prefix = `${before.fullName}/`;
    const stillUsed = [...state.head.byKey.values()].some(
      (c) => c.type === before.type && c.fullName.startsWith(prefix)
    );
    if (stillUsed) {
      skip(
        state,
        member,
        "its folder meta file was deleted but the folder still holds items at head"
      );
      return;
    }
  }
  if (before.type.name === "Flow")
    state.plan.warnings.push(
      `Flow ${before.fullName} is deleted: an active flow version cannot be deleted; deactivate it first if the deploy fails.`
    );
  destroy(state, member);
}

// src/delta/folder-links.ts
import { statSync as statSync2 } from "node:fs";
import path3 from "node:path";
var PARALLEL = 4;
async function followLinks(request) {
  const atHead = new Set(request.links);
  const start = new Set(atHead);
  for (const c of request.changes) if (c.link) start.add(c.path);
  const walk = new LinkWalk(request, start);
  if (start.size === 0) return walk.result();
  let pending = [...start].map((p) => ({ path: p, expand: atHead.has(p) }));
  while (pending.length > 0) pending = (await inBatches(pending, (p) => walk.follow(p))).flat();
  return walk.result();
}
var LinkWalk = class {
  request;
  /** Paths whose changes come from comparing both ends (those git reported there are replaced). */
  roots = /* @__PURE__ */ new Set();
  seen;
  derived = [];
  files = [];
  ids = /* @__PURE__ */ new Map();
  folders = /* @__PURE__ */ new Set();
  loops = /* @__PURE__ */ new Map();
  refused = /* @__PURE__ */ new Map();
  constructor(request, start) {
    this.request = request;
    this.seen = new Set(start);
  }
  /** Compares one path at both ends; returns the links found below it, to follow next. */
  async follow({ path: p, expand }) {
    const { base: baseRev, head: headRev, disk } = this.request;
    const [b, h] = await Promise.all([this.resolve(baseRev, p), this.resolve(headRev, p)]);
    if (expand && disk !== void 0) {
      const problem = escapeFromProject(disk, path3.join(disk, p));
      if (problem) {
        this.refused.set(p, refusedLink(p, problem, h?.type === "tree" || isFolder2(disk, p)));
        return [];
      }
    }
    if (!b && !h) return [];
    this.roots.add(p);
    let head = h;
    if (h?.type === "tree" && expand) {
      this.folders.add(p);
      if (await this.holdsItself(headRev, p, h.sha)) {
        this.loops.set(p, loopProblem2(p));
        head = void 0;
      }
    }
    const base = b?.type === "tree" && await this.holdsItself(baseRev, p, b.sha) ? void 0 : b;
    const next = [];
    const headFiles = head?.type === "tree" ? await this.list(head.sha) : void 0;
    if (headFiles && expand) {
      for (const f of headFiles.paths) this.files.push(`${p}/${f}`);
      for (const [f, id] of headFiles.ids) this.ids.set(`${p}/${f}`, id);
      for (const l of headFiles.links) next.push({ path: `${p}/${l}`, expand });
    }
    if (base?.type === "tree" && head?.type === "tree") {
      if (base.sha !== head.sha)
        for (const c of await this.diff(base.sha, head.sha)) {
          this.derive(p, c.status, `${p}/${c.path}`);
          if (c.link) next.push({ path: `${p}/${c.path}`, expand: false });
        }
    } else {
      const baseFiles = base?.type === "tree" ? await this.list(base.sha) : void 0;
      for (const f of baseFiles?.paths ?? []) this.derive(p, "D", `${p}/${f}`);
      for (const l of baseFiles?.links ?? []) next.push({ path: `${p}/${l}`, expand: false });
      for (const f of headFiles?.paths ?? []) this.derive(p, "A", `${p}/${f}`);
      if (base?.type === "blob" && head?.type === "blob") {
        if (base.sha !== head.sha) this.derive(p, "M", p);
      } else if (base?.type === "blob") this.derive(p, "D", p);
      else if (head?.type === "blob") this.derive(p, "A", p);
    }
    return next.filter((n) => !this.seen.has(n.path) && Boolean(this.seen.add(n.path)));
  }
  /**
   * The changes: git's own, except at or below a compared path, where the deepest compared path
   * holding a change says what it is (a link inside a linked folder is compared on its own).
   */
  result() {
    const { roots } = this;
    const changes = roots.size === 0 ? [...this.request.changes] : [
      ...this.request.changes.filter((c) => rootOf2(roots, c.path) === void 0),
      ...this.derived.filter((d) => rootOf2(roots, d.change.path) === d.root).map((d) => d.change)
    ];
    return {
      changes,
      files: this.files.filter((f) => !this.folders.has(f)),
      ids: this.ids,
      folders: this.folders,
      loops: this.loops,
      refused: this.refused
    };
  }
  derive(root, status, p) {
    this.derived.push({ root, change: { status, path: p } });
  }
  async resolve(rev, p) {
    const found = await this.request.reader.lookUp(`${rev}:${this.full(p)}`);
    return found?.type === "tree" || found?.type === "blob" ? { sha: found.sha, type: found.type } : void 0;
  }
  /**
   * Whether the folder `sha` a link names is one of the folders the link lies in (each resolved
   * by git through the links on the way), as GitSourceTree decides it: listing it would loop.
   */
  async holdsItself(rev, p, sha) {
    const segs = this.full(p).split("/");
    const folders = await Promise.all(
      segs.map((_, i) => this.request.reader.lookUp(`${rev}:${segs.slice(0, i).join("/")}`))
    );
    return folders.some((f) => f?.sha === sha);
  }
  /** Every file of a folder, relative to it. */
  async list(sha) {
    return parseTree(await git(this.request.cwd, ["ls-tree", "-r", "-z", sha]), "");
  }
  /** The changes between two folders, relative to them. */
  async diff(from, to) {
    const out = await git(this.request.cwd, [
      "diff-tree",
      "-r",
      "-z",
      "--raw",
      "--no-abbrev",
      "--no-renames",
      from,
      to
    ]);
    return parseRawDiff(out);
  }
  full(p) {
    return this.request.prefix === "" ? p : `${this.request.prefix}/${p}`;
  }
};
function rootOf2(roots, p) {
  for (let q = p; q !== ""; q = q.slice(0, Math.max(0, q.lastIndexOf("/"))))
    if (roots.has(q)) return q;
  return void 0;
}
async function inBatches(items, fn) {
  const out = [];
  for (let i = 0; i < items.length; i += PARALLEL)
    out.push(...await Promise.all(items.slice(i, i + PARALLEL).map(fn)));
  return out;
}
function isFolder2(disk, p) {
  try {
    return statSync2(path3.join(disk, p)).isDirectory();
  } catch {
    return false;
  }
}
function loopProblem2(link) {
  return `${link} is a symbolic link to a folder that holds the link itself: following it would loop for ever. Remove the link, or point it at a folder that does not hold it.`;
}
function refusedLink(link, problem, folder) {
  const fix = folder ? "move the folder into the project and link to it there, or replace the link with a copy of the folder" : "replace the link with a copy of the file";
  return `${link} is a symbolic link that ${problem}; ${fix}.`;
}
function refusalSummary(count) {
  return `Refused to read outside the project (${count} path${count === 1 ? "" : "s"}); only files inside the repository are packaged:`;
}

// src/delta/ignore-overlay.ts
var FILE = ".forceignore";
function isIgnoreFile(path4) {
  return path4 === FILE || path4.endsWith(`/${FILE}`);
}
var IgnoreFromHeadTree = class {
  base;
  head;
  constructor(base, head) {
    this.base = base;
    this.head = head;
  }
  async listFiles(dir) {
    const [base, head] = await Promise.all([this.base.listFiles(dir), this.head.listFiles(dir)]);
    const files = base.filter((p) => !isIgnoreFile(p));
    files.push(...head.filter(isIgnoreFile));
    return files.sort();
  }
  readFile(path4) {
    return isIgnoreFile(path4) ? this.head.readFile(path4) : this.base.readFile(path4);
  }
  exists(path4) {
    return isIgnoreFile(path4) ? this.head.exists(path4) : this.base.exists(path4);
  }
};

// src/delta/delta-scope.ts
var LABELS = ".labels-meta.xml";
var IGNORE = ".forceignore";
function dirOf(path4) {
  const i = path4.lastIndexOf("/");
  return i === -1 ? "" : path4.slice(0, i);
}
function baseOf(path4) {
  const name = path4.slice(path4.lastIndexOf("/") + 1);
  const dot = name.indexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function scopeOf(changed, registry) {
  const siblings = /* @__PURE__ */ new Map();
  const ancestors = /* @__PURE__ */ new Set();
  const pairs = /* @__PURE__ */ new Set();
  const parents = /* @__PURE__ */ new Set();
  const subtrees = [];
  let labels = false;
  for (const path4 of changed) {
    const bases = siblings.get(dirOf(path4)) ?? /* @__PURE__ */ new Set();
    siblings.set(dirOf(path4), bases.add(baseOf(path4)));
    for (let d = dirOf(path4); d !== ""; d = dirOf(d)) ancestors.add(dirOf(d));
    if (path4.endsWith(LABELS)) labels = true;
    if (path4.endsWith("Folder-meta.xml"))
      subtrees.push(path4.replace(/\.[^./]+Folder-meta\.xml$/, "/"));
    const segs = path4.split("/");
    let typed = false;
    for (let i = 0; i < segs.length - 1; i++) {
      const dir = segs[i] ?? "";
      const type = registry.byFolder.get(dir);
      if (!type) continue;
      typed = true;
      const name = baseOf(segs[i + 1] ?? "");
      if (type.strategy !== "decomposed") {
        pairs.add(`${dir}/${name}`);
        continue;
      }
      if (i + 2 < segs.length) pairs.add(`${segs.slice(i, -1).join("/")}/${baseOf(path4)}`);
      const parent = `${dir}/${name}/${name}.${type.suffix ?? ""}-meta.xml`;
      parents.add(`${escapeRegExp(parent)}$`);
      if (path4.endsWith(`/${parent}`) || path4 === parent)
        parents.add(`${escapeRegExp(`${dir}/${name}/fields/`)}`);
    }
    if (!typed && segs.length > 1) pairs.add(`${segs[segs.length - 2] ?? ""}/${baseOf(path4)}`);
  }
  const owned = pairs.size + parents.size === 0 ? void 0 : new RegExp(
    `(^|/)(?:(?:${[...pairs].map(escapeRegExp).join("|") || "(?!)"})(?:[./]|$)|${[...parents].join("|") || "(?!)"})`
  );
  return (path4) => {
    const dir = dirOf(path4);
    if (siblings.get(dir)?.has(baseOf(path4)) === true) return true;
    if (path4.endsWith(IGNORE) && (path4 === IGNORE || path4.endsWith(`/${IGNORE}`))) return true;
    if (labels && path4.endsWith(LABELS)) return true;
    if (ancestors.has(dir) && path4.endsWith("Folder-meta.xml")) return true;
    if (owned?.test(path4) === true) return true;
    return subtrees.length > 0 && subtrees.some((s) => path4.startsWith(s));
  };
}
var ScopedTree = class {
  tree;
  scope;
  constructor(tree, scope) {
    this.tree = tree;
    this.scope = scope;
  }
  async listFiles(dir) {
    return (await this.tree.listFiles(dir)).filter(this.scope);
  }
  readFile(path4) {
    return this.tree.readFile(path4);
  }
  exists(path4) {
    return this.tree.exists(path4);
  }
};
var ListedTree = class {
  listing;
  content;
  tracked;
  constructor(listing, content, tracked) {
    this.listing = listing;
    this.content = content;
    this.tracked = tracked;
  }
  listFiles(dir) {
    return this.listing.listFiles(dir);
  }
  async readFile(path4) {
    try {
      return await this.content.readFile(path4);
    } catch {
      return this.listing.readFile(path4);
    }
  }
  /** A scan of the index listing: a few calls per delta cost less than indexing every file. */
  exists(path4) {
    if (!this.tracked) return this.listing.exists(path4);
    const p = joinTreePath(path4);
    if (p === "" || this.tracked.includes(p)) return Promise.resolve(true);
    const n = p.length;
    const below = (f) => f.length > n + 1 && f.charCodeAt(n) === 47 && f.startsWith(p);
    return Promise.resolve(this.tracked.some(below));
  }
};
var BlobsById = class {
  ids;
  read;
  constructor(ids, read) {
    this.ids = ids;
    this.read = read;
  }
  listFiles(dir) {
    const prefix = joinTreePath(dir) === "" ? "" : `${joinTreePath(dir)}/`;
    return Promise.resolve([...this.ids.keys()].filter((p) => p.startsWith(prefix)).sort());
  }
  readFile(path4) {
    const id = this.ids.get(joinTreePath(path4));
    return id === void 0 ? Promise.reject(new Error(`${path4}: no blob id`)) : this.read(id);
  }
  exists(path4) {
    return Promise.resolve(this.ids.has(joinTreePath(path4)));
  }
};

// src/delta/delta-build.ts
async function buildDelta(request) {
  const reading = readDelta(request.root, request.from, request.to, request.base);
  const reader = new GitObjectReader(request.root).start();
  try {
    const registry = defaultRegistry();
    const reads = await reading;
    const { repo, range } = reads;
    const linked = await followLinks({
      cwd: repo.cwd,
      prefix: repo.prefix,
      base: range.base,
      head: range.to,
      reader,
      links: reads.listed.links,
      changes: reads.changes,
      ...reads.checkedOut ? { disk: request.root } : {}
    });
    const { changes } = linked;
    const listed = withLinkedFiles(reads.listed.paths, linked);
    const onDisk = reads.checkedOut ? new FsSourceTree(request.root) : void 0;
    const tracked = onDisk ? [...listed, ...await untrackedInBundles(onDisk, listed, changes, registry)] : void 0;
    const scope = scopeOf(
      changes.map((c) => c.path),
      registry
    );
    const at = (rev, listing) => new GitSourceTree({
      cwd: repo.cwd,
      rev,
      prefix: repo.prefix,
      reader,
      ...listing ? { listing } : {}
    });
    const blobs = onDisk ? void 0 : new BlobsById(idsAtHead(reads.listed, linked), (id) => reader.read(id));
    const headOf = (git2) => new ListedTree(git2, onDisk ?? blobs ?? git2, tracked ?? listed);
    const gitHead = at(range.to, (tracked ?? listed).filter(scope));
    const headFiles = (await gitHead.listFiles("")).filter(scope);
    const added = new Set(changes.filter((c) => c.status === "A").map((c) => c.path));
    const baseGit = at(range.base, [
      ...headFiles.filter((p) => !added.has(p)),
      ...changes.filter((c) => c.status === "D").map((c) => c.path)
    ]);
    const headTree = headOf(gitHead);
    const head = await loadSourceIndex(
      new ScopedTree(headTree, scope),
      request.projectDir,
      request.sourceDirs
    );
    checkLinks(linked, packageDirs(head, request.sourceDirs));
    if (head.found.problems.length > 0) throw new BuildError(head.found.problems);
    const baseTree = new IgnoreFromHeadTree(baseGit, headTree);
    const base = await loadSourceIndex(
      new ScopedTree(baseTree, scope),
      request.projectDir,
      request.sourceDirs,
      headTree
    );
    const plan = await planDelta({
      changes,
      head: { tree: headTree, components: head.found.components },
      base: { tree: baseTree, components: base.found.components },
      packageDirs: packageDirs(head, request.sourceDirs),
      projectDir: head.projectDir,
      unknownAtHead: head.found.unknown
    });
    checkUnknown(plan, request.ignoreUnknown);
    const built = await buildSubset(headTree, head, {
      picks: plan.picks,
      preDestructive: [],
      postDestructive: [],
      ...request.apiVersion ? { apiVersion: request.apiVersion } : {},
      env: request.env
    });
    const final = dropCollisions(plan, built.components);
    final.warnings.unshift(...range.warnings, ...head.found.warnings);
    const deletions = await addDestructive(built, final.destructive, request, headTree);
    let tests;
    if (request.selectTests) {
      const everything = at(range.to, tracked ?? listed);
      tests = await chooseTests(headOf(everything), request, built.components);
    }
    return {
      built: { ...built, warnings: [...final.warnings, ...built.warnings] },
      plan: final,
      range,
      empty: built.components.length === 0 && deletions.length === 0,
      deletions,
      ...tests ? { tests } : {}
    };
  } finally {
    reader.close();
  }
}
function idsAtHead(listed, linked) {
  const ids = listed.ids ?? /* @__PURE__ */ new Map();
  return linked.ids.size === 0 ? ids : new Map([...ids, ...linked.ids]);
}
function withLinkedFiles(paths, linked) {
  if (linked.folders.size === 0 && linked.files.length === 0) return paths;
  return [...paths.filter((p) => !linked.folders.has(p)), ...linked.files];
}
function checkLinks(linked, dirs) {
  const inPackage = (problems) => [...problems].filter(([link]) => dirs.some((d) => d === "" || link === d || link.startsWith(`${d}/`))).map(([, problem]) => problem).sort();
  const refused = inPackage(linked.refused);
  const loops = inPackage(linked.loops);
  if (refused.length > 0)
    throw new BuildError([...refused, ...loops], refusalSummary(refused.length + loops.length));
  if (loops.length > 0) throw new BuildError(loops);
}
var WHOLE_FOLDERS = /* @__PURE__ */ new Set(["bundle", "staticResource", "experienceBundle", "digitalExperience"]);
async function untrackedInBundles(disk, tracked, changes, registry) {
  const folders = /* @__PURE__ */ new Set();
  for (const { path: path4 } of changes) {
    const segs = path4.split("/");
    for (let i = 0; i < segs.length - 2; i++) {
      const type = registry.byFolder.get(segs[i] ?? "");
      if (!type || !WHOLE_FOLDERS.has(type.strategy)) continue;
      const depth = type.strategy === "digitalExperience" ? 3 : 2;
      if (segs.length > i + depth) folders.add(segs.slice(0, i + depth).join("/"));
      break;
    }
  }
  if (folders.size === 0) return [];
  const known = new Set(tracked);
  const out = [];
  for (const folder of folders)
    for (const file of await disk.listFiles(folder)) if (!known.has(file)) out.push(file);
  return out;
}
function packageDirs(index, sourceDirs) {
  const dirs = sourceDirs.length > 0 ? sourceDirs : index.config.packageDirectories;
  return dirs.map((d) => joinTreePath(index.projectDir, d));
}
function checkUnknown(plan, ignoreUnknown) {
  if (plan.unknownFiles.length === 0) return;
  const message = `${plan.unknownFiles.length} changed file${plan.unknownFiles.length === 1 ? " matches" : "s match"} no metadata type: ${plan.unknownFiles.join(", ")}. Add them to .forceignore or report the type.`;
  if (!ignoreUnknown) throw new BuildError([message]);
  plan.warnings.push(message);
}
async function addDestructive(built, computed, request, tree) {
  const read = async (file) => file === void 0 ? [] : parsePackageXml(decodeUtf8(await tree.readFile(file)), file).members;
  const pre = await read(request.preDestructiveFile);
  const post = await read(request.postDestructiveFile);
  (request.destructiveTiming === "pre" ? pre : post).push(...computed);
  if (pre.length > 0)
    built.files.set("destructiveChangesPre.xml", encodeUtf8(buildPackageXml(pre, built.apiVersion)));
  if (post.length > 0)
    built.files.set(
      "destructiveChangesPost.xml",
      encodeUtf8(buildPackageXml(post, built.apiVersion))
    );
  return [...pre, ...post];
}
async function chooseTests(tree, request, deployed) {
  const kinds = { ApexClass: "class", ApexTrigger: "trigger" };
  const apex = new ScopedTree(
    tree,
    (p) => /\.(cls|trigger)(-meta\.xml)?$|(^|\/)\.forceignore$/.test(p)
  );
  const head = await loadSourceIndex(apex, request.projectDir, request.sourceDirs);
  const sources = [];
  for (const c of head.found.components) {
    const kind = kinds[c.type.name];
    const file = c.content[0];
    if (kind && file !== void 0)
      sources.push({ name: c.fullName, kind, text: decodeUtf8(await tree.readFile(file)) });
  }
  const changed = deployed.filter((m) => m.type in kinds).map((m) => ({ name: m.fullName, kind: kinds[m.type] }));
  return selectTests(changed, sources);
}

export {
  BuildError,
  resolveSource,
  textContent,
  encodeUtf8,
  decodeUtf8,
  parseXml,
  escapeXml,
  writeXml,
  childText,
  PackageFiles,
  checkZipSize,
  zipPackage,
  unzipEntries,
  defaultRegistry,
  buildPackageXml,
  parsePackageXml,
  joinTreePath,
  normalizeTreePath,
  applyReplacements,
  PROJECT_FILE,
  parseJson,
  readProjectConfig,
  activateProjectReplacements,
  buildPackage,
  FsSourceTree,
  GitDeltaError,
  git,
  openRepo,
  resolveRange,
  changedFiles,
  decideTestRun,
  buildDelta,
  readMetadataDir,
  readMetadataZip
};
