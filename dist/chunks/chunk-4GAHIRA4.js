import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

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

// src/source/zip.ts
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";

// src/source/xml.ts
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
function windowFor(size) {
  const windowBits = Math.min(15, Math.max(9, Math.ceil(Math.log2(size + 262))));
  const chunkSize = Math.min(16384, size < 1024 ? size + 64 : (size >> 2) + 64);
  return { windowBits, memLevel: Math.min(8, Math.max(1, windowBits - 7)), chunkSize };
}
function entryData(bytes, level) {
  if (level > 0 && bytes.length > 0) {
    const deflated = deflateRawSync(bytes, { level, ...windowFor(bytes.length) });
    if (deflated.length < bytes.length) return { data: deflated, method: 8 };
  }
  return { data: bytes, method: 0 };
}
function withDirectories(names) {
  const dirs = /* @__PURE__ */ new Set();
  for (const name of names) {
    for (let i = name.indexOf("/"); i !== -1; i = name.indexOf("/", i + 1))
      dirs.add(name.slice(0, i + 1));
  }
  return dirs;
}
function zipEntries(files, options = {}) {
  const level = options.level ?? 6;
  const names = [...files.keys()];
  const dirs = options.directoryEntries === true ? withDirectories(names) : /* @__PURE__ */ new Set();
  const all = [...names, ...dirs].sort();
  if (all.length > MAX_ENTRIES)
    throw new Error(`A zip holds at most ${MAX_ENTRIES} entries; got ${all.length}.`);
  const entries = [];
  let bound = 22;
  for (const n of all) {
    const name = encodeUtf8(n);
    entries.push({
      name,
      method: 0,
      crc: 0,
      compressedSize: 0,
      size: 0,
      dir: dirs.has(n),
      offset: 0
    });
    bound += 30 + name.length + (files.get(n)?.length ?? 0) + 46 + name.length;
  }
  const out = new Uint8Array(bound);
  const view = new DataView(out.buffer);
  let pos = 0;
  for (const [i, e] of entries.entries()) {
    const bytes = e.dir ? void 0 : files.get(all[i] ?? "");
    if (bytes !== void 0) {
      const { data, method } = entryData(bytes, level);
      e.method = method;
      e.crc = crc32(bytes);
      e.size = bytes.length;
      e.compressedSize = data.length;
      e.offset = pos;
      pos = writeHeader(view, out, pos, e, false);
      out.set(data, pos);
      pos += data.length;
    } else {
      e.offset = pos;
      pos = writeHeader(view, out, pos, e, false);
    }
  }
  const cdStart = pos;
  for (const e of entries) pos = writeHeader(view, out, pos, e, true);
  view.setUint32(pos, 101010256, true);
  view.setUint16(pos + 8, entries.length, true);
  view.setUint16(pos + 10, entries.length, true);
  view.setUint32(pos + 12, pos - cdStart, true);
  view.setUint32(pos + 16, cdStart, true);
  return out.slice(0, pos + 22);
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
function zipPackage(files) {
  return Promise.resolve(zipEntries(files, { level: 6 }));
}
function unzipEntries(zip, label = "zip") {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 101010256) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) throw new Error(`${label}: not a zip file (no end-of-central-directory record).`);
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const out = /* @__PURE__ */ new Map();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(p, true) !== 33639248)
      throw new Error(`${label}: corrupt central directory.`);
    const method = view.getUint16(p + 10, true);
    const compSize = view.getUint32(p + 20, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const rawName = decoder.decode(zip.subarray(p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
    if (rawName.endsWith("/")) continue;
    const name = safeEntryName(rawName, label);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = zip.subarray(dataStart, dataStart + compSize);
    if (method === 0) out.set(name, data);
    else if (method === 8) out.set(name, new Uint8Array(inflateRawSync(data)));
    else
      throw new Error(
        `${label}: entry ${name} uses compression method ${method}; only stored and DEFLATE are supported.`
      );
  }
  return out;
}
function safeEntryName(name, label = "zip") {
  const posix = name.replace(/\\/g, "/");
  const segments = posix.split("/").filter((s) => s !== "" && s !== ".");
  if (posix.startsWith("/") || /^[A-Za-z]:/.test(posix) || segments.includes("..")) {
    throw new Error(
      `${label}: entry "${name}" points outside the package (absolute path or ".."); rebuild the zip with paths relative to its root.`
    );
  }
  return segments.join("/");
}

// src/source/limits.ts
var MAX_FILES = 1e4;
var MAX_ZIP_BYTES_SOAP = 39e6;
var MAX_UNCOMPRESSED_BYTES = 629145600;
var WARN_RATIO = 0.8;
function mb(bytes) {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
function largest(files, by) {
  const totals = /* @__PURE__ */ new Map();
  for (const [path3, bytes] of files) {
    const top = path3.includes("/") ? path3.slice(0, path3.indexOf("/")) : path3;
    totals.set(top, (totals.get(top) ?? 0) + (by === "count" ? 1 : bytes.length));
  }
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([top, n]) => `${top}/ ${by === "count" ? `${n} files` : mb(n)}`).join(", ");
}
function checkPackageLimits(files) {
  const report = { errors: [], warnings: [] };
  const count = files.size;
  let bytes = 0;
  for (const f of files.values()) bytes += f.length;
  if (count > MAX_FILES) {
    report.errors.push(
      `The package has ${count} files; a deploy takes at most ${MAX_FILES}. Largest folders: ${largest(files, "count")}. Deploy in several parts (--source-dir or a manifest).`
    );
  } else if (count > MAX_FILES * WARN_RATIO) {
    report.warnings.push(
      `The package has ${count} files, close to the ${MAX_FILES}-file limit of a deploy.`
    );
  }
  if (bytes > MAX_UNCOMPRESSED_BYTES) {
    report.errors.push(
      `The package is ${mb(bytes)} uncompressed; a deploy takes at most ${mb(MAX_UNCOMPRESSED_BYTES)}. Largest folders: ${largest(files, "bytes")}.`
    );
  } else if (bytes > MAX_UNCOMPRESSED_BYTES * WARN_RATIO) {
    report.warnings.push(
      `The package is ${mb(bytes)} uncompressed, close to the ${mb(MAX_UNCOMPRESSED_BYTES)} limit.`
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
      const child = fromRecomposed(children, q);
      if (child) return child;
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
function list(ctx, type, fullName, path3, line) {
  ctx.members.push({ type, fullName });
  ctx.sourceMap.components[`${type}:${fullName}`] = line === void 0 ? { path: path3 } : { path: path3, line };
}
function locate(ctx, type, fullName, path3, line) {
  ctx.sourceMap.components[`${type}:${fullName}`] = line === void 0 ? { path: path3 } : { path: path3, line };
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
  if (text.includes("<!--")) text = text.replace(/\s+<!--(.*?)-->\s+/g, "<!--$1-->");
  const lines = /* @__PURE__ */ new Map();
  if (marked.length > 0) text = collectMarks(text, marked, lines);
  return { text, lines };
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
      return node.children.map((n) => n.kind === "text" || n.kind === "cdata" ? n.value : "").join("").trim();
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
  const placeholder = {
    kind: "element",
    name: input.element.name,
    attrs: [],
    children: [],
    line: input.element.line
  };
  return { ...input, element: placeholder, fragment: renderFragment(input.element, 1) };
}
function recompose(rootName, parent, children) {
  const byTag = /* @__PURE__ */ new Map();
  for (const child of children) {
    const group = byTag.get(child.type.tag);
    if (group) group.push(child);
    else byTag.set(child.type.tag, [child]);
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

// src/source/convert-decomposed.ts
function signature(el) {
  return JSON.stringify(el.children, (k, v) => k === "line" ? void 0 : v);
}
async function readXml(ctx, path3) {
  return parseXml(decodeUtf8(await ctx.read(path3)), path3);
}
function memberOf(c, input) {
  return input.type.ignoreParentName ? input.id : `${c.fullName}.${input.id}`;
}
async function convertDecomposed(ctx, c) {
  const parent = c.meta === void 0 ? void 0 : await readXml(ctx, c.meta);
  const parentListed = parent !== void 0 && hasContent(parent) && selected(ctx, c);
  const inputs = [];
  for (const child of c.children) {
    const member = `${c.fullName}.${child.name}`;
    const childSelected = parentListed || (ctx.selection?.child(child.type, member) ?? true);
    if (!childSelected) continue;
    const root = await readXml(ctx, child.path);
    const id = childText(root, child.type.uniqueIdElement);
    if (id !== "" && id !== child.name) {
      ctx.problems.push(
        `${child.path} declares <${child.type.uniqueIdElement}>${id}</${child.type.uniqueIdElement}>; the file name must match (rename the file to ${id}.${child.type.suffix ?? ""}-meta.xml or fix the element).`
      );
      continue;
    }
    inputs.push(
      renderedChild({
        type: child.type,
        element: childElement(child.type, root),
        id: child.name,
        path: child.path,
        line: root.line
      })
    );
  }
  if (!parentListed && inputs.length === 0) return;
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
    else locate(ctx, c.type.name, c.fullName, c.meta, parent?.line);
  }
  for (const input of inputs) {
    const member = memberOf(c, input);
    if (input.type.addressable) list(ctx, input.type.name, member, input.path, input.line);
    else locate(ctx, input.type.name, member, input.path, input.line);
  }
}
async function convertLabels(ctx, c) {
  const child = c.type.children[0];
  if (!child) return;
  const wholeSelected = selected(ctx, c);
  const seen = /* @__PURE__ */ new Map();
  for (const path3 of c.content) {
    const root = await readXml(ctx, path3);
    for (const node of root.children) {
      if (node.kind !== "element" || node.name !== child.tag) continue;
      const id = childText(node, child.uniqueIdElement);
      if (!wholeSelected && !(ctx.selection?.child(child, id) ?? true)) continue;
      const first = seen.get(id);
      if (first) {
        if (signature(first.input.element) !== signature(node)) {
          ctx.warnings.push(
            `CustomLabel ${id} is defined in ${first.input.path} and ${path3} with different content; the first one is deployed.`
          );
        }
        continue;
      }
      seen.set(id, { input: { type: child, element: node, id, path: path3, line: node.line } });
    }
  }
  if (seen.size === 0 && !wholeSelected) return;
  const inputs = [...seen.values()].map((s) => s.input);
  const out = `${c.type.directoryName}/CustomLabels.${c.type.suffix ?? ""}`;
  const result = recompose(c.type.name, void 0, inputs);
  emit(ctx, out, encodeUtf8(result.text), [...c.content]);
  ctx.sourceMap.recomposed[out] = result.children.map((p) => ({
    type: child.name,
    fullName: p.id,
    outputLine: p.outputLine,
    path: p.path,
    line: p.sourceLine
  }));
  list(ctx, c.type.name, "CustomLabels", c.content[0] ?? "");
  for (const input of inputs) list(ctx, child.name, input.id, input.path, input.line);
}

// src/source/convert-static-resource.ts
var ARCHIVE_TYPES = /* @__PURE__ */ new Set([
  "application/zip",
  "application/x-zip-compressed",
  "application/jar"
]);
var RESOURCE_ZIP_LEVEL = 9;
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

// src/source/convert.ts
var META = "-meta.xml";
function fileName(path3) {
  return path3.slice(path3.lastIndexOf("/") + 1);
}
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
async function convertCopy(ctx, c) {
  const meta = c.meta ?? "";
  if (!selected(ctx, c)) return;
  const bytes = await ctx.read(meta);
  emit(ctx, `${c.type.directoryName}/${c.fullName}.${c.type.suffix ?? ""}`, bytes, [meta]);
  list(ctx, c.type.name, c.fullName, meta, 1);
  if (c.type.children.length > 0) listInFileChildren(ctx, c, bytes, meta);
}
function listInFileChildren(ctx, c, bytes, path3) {
  const root = parseXml(decodeUtf8(bytes), path3);
  for (const node of root.children) {
    if (node.kind !== "element") continue;
    const child = c.type.children.find((t) => t.tag === node.name);
    if (!child) continue;
    const id = childText(node, child.uniqueIdElement);
    list(ctx, child.name, `${c.fullName}.${id}`, path3, node.line);
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
    emit(ctx, `${outFolder}/${relativeTo(folder, file)}`, await ctx.read(file), [file]);
  ctx.sourceMap.files[outFolder] = [main, ...c.content.filter((f) => f !== main)];
  list(ctx, c.type.name, c.fullName, main);
  for (const child of c.children) {
    const member = `${c.fullName}.${child.name}`;
    list(ctx, child.type.name, member, child.path);
  }
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
      const text2 = m.children.map((n) => n.kind === "text" || n.kind === "cdata" ? n.value : "").join("").trim();
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
      const path3 = order[issued++] ?? "";
      if (pending.has(path3)) continue;
      const promise = read(path3);
      promise.catch(() => void 0);
      pending.set(path3, promise);
      issuedPaths.push(path3);
    }
  };
  return (path3) => {
    const at = position.get(path3);
    if (at !== void 0) {
      issueUpTo(at + 1 + window);
      while (evicted < issuedPaths.length && (position.get(issuedPaths[evicted] ?? "") ?? 0) < at - window) {
        pending.delete(issuedPaths[evicted] ?? "");
        evicted++;
      }
    }
    const ready = pending.get(path3);
    if (ready === void 0) return read(path3);
    pending.delete(path3);
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
  let find;
  if (findKey === "stringToReplace") find = { literal: String(raw.stringToReplace) };
  if (findKey === "regexToReplace") {
    try {
      find = { regex: new RegExp(String(raw.regexToReplace), "g") };
    } catch (error) {
      problems.push(`${where}.regexToReplace is not a valid regular expression: ${String(error)}.`);
    }
  }
  const when = parseWhen(raw.replaceWhenEnv, where, problems);
  if (problems.length > before || !find || !target || !withKey) return void 0;
  const value = withKey === "replaceWithEnv" ? { env: String(raw.replaceWithEnv), allowUnset: raw.allowUnsetEnvVariable === true } : { file: String(raw.replaceWithFile) };
  const rule = { index, find, value, when };
  if (target === "filename")
    rule.filename = String(raw.filename).replace(/\\/g, "/").replace(/^\.\//, "");
  else rule.glob = globToRegExp(`**/${String(raw.glob).replace(/^\.\//, "")}`);
  return rule;
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
async function activateReplacements(rules, env, readText2, file, problems) {
  const out = [];
  for (const rule of rules) {
    if (!rule.when.every((w) => env[w.env] === w.value)) continue;
    if ("env" in rule.value) {
      const text = env[rule.value.env];
      if (text === void 0 && !rule.value.allowUnset) {
        problems.push(
          `${file} replacements[${rule.index}] needs environment variable ${rule.value.env} (or set allowUnsetEnvVariable).`
        );
        continue;
      }
      out.push({ rule, text: text ?? "" });
    } else {
      const text = await readText2(rule.value.file);
      if (text === void 0) {
        problems.push(
          `${file} replacements[${rule.index}].replaceWithFile: ${rule.value.file} does not exist.`
        );
        continue;
      }
      out.push({ rule, text: text.trim() });
    }
  }
  return out;
}
function ruleMatches(rule, projectPath) {
  if (rule.filename !== void 0) return projectPath.endsWith(rule.filename);
  return rule.glob?.test(projectPath) ?? false;
}
var TEXT_EXTENSIONS = /\.(cls|trigger|xml|json|js|mjs|css|html|htm|txt|md|page|component|cmp|app|evt|intf|design|auradoc|svg|tokens|email|csv|yaml|yml)$/i;
function isTextFile(path3, bytes) {
  if (TEXT_EXTENSIONS.test(path3)) return true;
  return !bytes.subarray(0, 8192).includes(0);
}
function applyReplacements(projectPath, bytes, active, stats) {
  const matching = active.filter((a) => ruleMatches(a.rule, projectPath));
  if (matching.length === 0 || !isTextFile(projectPath, bytes)) return bytes;
  const hadBom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
  let text = decodeUtf8(bytes);
  let changed = false;
  for (const { rule, text: replacement } of matching) {
    let count = 0;
    if ("literal" in rule.find) {
      const parts = text.split(rule.find.literal);
      count = parts.length - 1;
      if (count > 0) text = parts.join(replacement);
    } else {
      text = text.replace(rule.find.regex, () => {
        count++;
        return replacement;
      });
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
  return encodeUtf8(hadBom ? `\uFEFF${text}` : text);
}

// src/source/project.ts
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
function readProjectConfig(text, file = "sfdx-project.json") {
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

// src/source/registry/metadata-types.json
var metadata_types_default = {
  $comment: "Clean-room Metadata API type registry for the package builder. 'simple' rows are [name, directoryName, suffix] of single-file types (copy strategy). See docs/package-builder.md.",
  types: [
    {
      name: "ApexClass",
      directoryName: "classes",
      suffix: "cls",
      strategy: "matchingContent"
    },
    {
      name: "ApexTrigger",
      directoryName: "triggers",
      suffix: "trigger",
      strategy: "matchingContent"
    },
    {
      name: "ApexPage",
      directoryName: "pages",
      suffix: "page",
      strategy: "matchingContent"
    },
    {
      name: "ApexComponent",
      directoryName: "components",
      suffix: "component",
      strategy: "matchingContent"
    },
    {
      name: "ContentAsset",
      directoryName: "contentassets",
      suffix: "asset",
      strategy: "matchingContent"
    },
    {
      name: "DataWeaveResource",
      directoryName: "dw",
      suffix: "dwl",
      strategy: "matchingContent"
    },
    {
      name: "Certificate",
      directoryName: "certs",
      suffix: "crt",
      strategy: "matchingContent"
    },
    {
      name: "NetworkBranding",
      directoryName: "networkBranding",
      suffix: "networkBranding",
      strategy: "matchingContent"
    },
    {
      name: "Scontrol",
      directoryName: "scontrols",
      suffix: "scf",
      strategy: "matchingContent"
    },
    {
      name: "SiteDotCom",
      directoryName: "siteDotComSites",
      suffix: "site",
      strategy: "matchingContent",
      strict: true
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
      name: "WaveComponent",
      directoryName: "wave",
      suffix: "wcomp",
      strategy: "matchingContent"
    },
    {
      name: "LightningComponentBundle",
      directoryName: "lwc",
      strategy: "bundle",
      strict: true
    },
    {
      name: "AuraDefinitionBundle",
      directoryName: "aura",
      strategy: "bundle",
      strict: true
    },
    {
      name: "GenAiFunction",
      directoryName: "genAiFunctions",
      strategy: "bundle",
      strict: true
    },
    {
      name: "GenAiPlannerBundle",
      directoryName: "genAiPlannerBundles",
      strategy: "bundle",
      strict: true
    },
    {
      name: "LightningTypeBundle",
      directoryName: "lightningTypes",
      strategy: "bundle",
      strict: true
    },
    {
      name: "ExperiencePropertyTypeBundle",
      directoryName: "experiencePropertyTypeBundles",
      strategy: "bundle",
      strict: true
    },
    {
      name: "ContentTypeBundle",
      directoryName: "contentTypes",
      strategy: "bundle",
      strict: true
    },
    {
      name: "WaveTemplateBundle",
      directoryName: "waveTemplates",
      strategy: "bundle",
      strict: true
    },
    {
      name: "StaticResource",
      directoryName: "staticresources",
      suffix: "resource",
      strategy: "staticResource",
      strict: true
    },
    {
      name: "ExperienceBundle",
      directoryName: "experiences",
      strategy: "experienceBundle",
      strict: true,
      metaSuffix: "site"
    },
    {
      name: "DigitalExperienceBundle",
      directoryName: "digitalExperiences",
      suffix: "digitalExperience",
      strategy: "digitalExperience",
      ownsFolder: true,
      children: [
        {
          name: "DigitalExperience",
          directoryName: "digitalExperiences",
          suffix: "digitalExperience",
          metaFileName: "_meta.json"
        }
      ]
    },
    {
      name: "Document",
      directoryName: "documents",
      suffix: "document",
      strategy: "document",
      strict: true,
      inFolder: {
        folderType: "DocumentFolder",
        folderSuffix: "documentFolder",
        trailingSlash: false
      }
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
      name: "CustomObject",
      directoryName: "objects",
      suffix: "object",
      strategy: "decomposed",
      strict: true,
      children: [
        {
          name: "BusinessProcess",
          directoryName: "businessProcesses",
          suffix: "businessProcess"
        },
        { name: "CompactLayout", directoryName: "compactLayouts", suffix: "compactLayout" },
        { name: "CustomField", directoryName: "fields", suffix: "field" },
        { name: "FieldSet", directoryName: "fieldSets", suffix: "fieldSet" },
        {
          name: "Index",
          directoryName: "indexes",
          suffix: "index",
          legacySuffix: "indexe"
        },
        { name: "ListView", directoryName: "listViews", suffix: "listView" },
        { name: "RecordType", directoryName: "recordTypes", suffix: "recordType" },
        { name: "SharingReason", directoryName: "sharingReasons", suffix: "sharingReason" },
        {
          name: "ValidationRule",
          directoryName: "validationRules",
          suffix: "validationRule"
        },
        { name: "WebLink", directoryName: "webLinks", suffix: "webLink" }
      ]
    },
    {
      name: "CustomObjectTranslation",
      directoryName: "objectTranslations",
      suffix: "objectTranslation",
      strategy: "decomposedBeside",
      strict: true,
      children: [
        {
          name: "CustomFieldTranslation",
          directoryName: "fields",
          suffix: "fieldTranslation",
          uniqueIdElement: "name",
          addressable: false
        }
      ]
    },
    {
      name: "Bot",
      directoryName: "bots",
      suffix: "bot",
      strategy: "decomposedBeside",
      strict: true,
      children: [{ name: "BotVersion", directoryName: "botVersions", suffix: "botVersion" }]
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
          ignoreParentName: true
        }
      ]
    },
    {
      name: "Workflow",
      directoryName: "workflows",
      suffix: "workflow",
      strategy: "copy",
      children: [
        { name: "WorkflowAlert", directoryName: "workflowAlerts", xmlElementName: "alerts" },
        {
          name: "WorkflowFieldUpdate",
          directoryName: "workflowFieldUpdates",
          xmlElementName: "fieldUpdates"
        },
        {
          name: "WorkflowFlowAction",
          directoryName: "workflowFlowActions",
          xmlElementName: "flowActions"
        },
        {
          name: "WorkflowKnowledgePublish",
          directoryName: "workflowKnowledgePublishs",
          xmlElementName: "knowledgePublishes"
        },
        {
          name: "WorkflowOutboundMessage",
          directoryName: "workflowOutboundMessages",
          xmlElementName: "outboundMessages"
        },
        { name: "WorkflowRule", directoryName: "workflowRules", xmlElementName: "rules" },
        { name: "WorkflowSend", directoryName: "workflowSends", xmlElementName: "send" },
        { name: "WorkflowTask", directoryName: "workflowTasks", xmlElementName: "tasks" }
      ]
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
          xmlElementName: "sharingCriteriaRules"
        },
        {
          name: "SharingGuestRule",
          directoryName: "sharingRules",
          xmlElementName: "sharingGuestRules"
        },
        {
          name: "SharingOwnerRule",
          directoryName: "sharingRules",
          xmlElementName: "sharingOwnerRules"
        },
        {
          name: "SharingTerritoryRule",
          directoryName: "sharingRules",
          xmlElementName: "sharingTerritoryRules"
        }
      ]
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
          xmlElementName: "assignmentRule"
        }
      ]
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
          xmlElementName: "autoResponseRule"
        }
      ]
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
          xmlElementName: "escalationRule"
        }
      ]
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
          xmlElementName: "matchingRules"
        }
      ]
    },
    {
      name: "CustomPageWebLink",
      directoryName: "weblinks",
      suffix: "weblink",
      legacySuffix: "custompageweblink",
      strategy: "copy"
    },
    {
      name: "CustomSite",
      directoryName: "sites",
      suffix: "site",
      strategy: "copy",
      strict: true
    },
    {
      name: "Territory2Model",
      directoryName: "territory2Models",
      suffix: "territory2Model",
      strategy: "unsupported",
      ownsFolder: true
    },
    {
      name: "UIBundle",
      directoryName: "uiBundles",
      strategy: "unsupported",
      suffix: "uibundle",
      strict: true
    },
    {
      name: "BotTemplate",
      directoryName: "botTemplates",
      suffix: "botTemplate",
      strategy: "copy",
      strict: true
    },
    {
      name: "EmailServicesFunction",
      directoryName: "emailservices",
      suffix: "xml",
      strategy: "copy",
      strict: true
    },
    {
      name: "FieldRestrictionRule",
      directoryName: "fieldRestrictionRules",
      suffix: "rule",
      strategy: "copy",
      strict: true
    },
    {
      name: "RestrictionRule",
      directoryName: "restrictionRules",
      suffix: "rule",
      strategy: "copy",
      strict: true
    },
    {
      name: "ManagedTopics",
      directoryName: "managedTopics",
      suffix: "managedTopics",
      strategy: "copy",
      children: [{ name: "ManagedTopic", directoryName: "managedTopics" }]
    },
    {
      name: "AiAuthoringBundle",
      directoryName: "aiAuthoringBundles",
      strategy: "bundle",
      strict: true
    },
    {
      name: "UiWidgetBundle",
      directoryName: "uiWidgets",
      strategy: "bundle",
      strict: true
    },
    {
      name: "AppFrameworkTemplateBundle",
      directoryName: "appTemplates",
      strategy: "bundle",
      strict: true
    },
    {
      name: "SlackApp",
      directoryName: "slackapps",
      suffix: "slackapp",
      strategy: "matchingContent"
    }
  ],
  simple: [
    [
      "AccountRelationshipShareRule",
      "accountRelationshipShareRules",
      "accountRelationshipShareRule"
    ],
    ["ActionLinkGroupTemplate", "actionLinkGroupTemplates", "actionLinkGroupTemplate"],
    ["ActionPlanTemplate", "actionPlanTemplates", "apt"],
    ["AIApplication", "aiApplications", "ai"],
    ["AnalyticSnapshot", "analyticSnapshots", "snapshot"],
    ["AnimationRule", "animationRules", "animationRule"],
    ["ApexEmailNotifications", "apexEmailNotifications", "notifications"],
    ["ApexTestSuite", "testSuites", "testSuite"],
    ["AppMenu", "appMenus", "appMenu"],
    ["ApprovalProcess", "approvalProcesses", "approvalProcess"],
    ["Audience", "audience", "audience"],
    ["AuthProvider", "authproviders", "authprovider"],
    ["BatchProcessJobDefinition", "batchProcessJobDefinitions", "batchProcessJobDefinition"],
    ["BlacklistedConsumer", "blacklistedConsumers", "blacklistedConsumer"],
    ["BrandingSet", "brandingSets", "brandingSet"],
    ["BriefcaseDefinition", "briefcaseDefinitions", "briefcaseDefinition"],
    ["BusinessProcessGroup", "businessProcessGroups", "businessProcessGroup"],
    ["CallCenter", "callCenters", "callCenter"],
    ["CallCoachingMediaProvider", "callCoachingMediaProviders", "callCoachingMediaProvider"],
    ["CampaignInfluenceModel", "campaignInfluenceModels", "campaignInfluenceModel"],
    ["CareProviderSearchConfig", "careProviderSearchConfigs", "careProviderSearchConfig"],
    ["ChannelLayout", "channelLayouts", "channelLayout"],
    ["ChatterExtension", "ChatterExtensions", "ChatterExtension"],
    ["ClauseCatgConfiguration", "clauseCatgConfigurations", "clauseCatgConfiguration"],
    ["CleanDataService", "cleanDataServices", "cleanDataService"],
    ["CMSConnectSource", "cmsConnectSource", "cmsConnectSource"],
    ["Community", "communities", "community"],
    ["CommunityTemplateDefinition", "communityTemplateDefinitions", "communityTemplateDefinition"],
    ["CommunityThemeDefinition", "communityThemeDefinitions", "communityThemeDefinition"],
    ["ConnectedApp", "connectedApps", "connectedApp"],
    ["ContractType", "contractTypes", "contractType"],
    [
      "ConversationMessageDefinition",
      "conversationMessageDefinitions",
      "conversationMessageDefinition"
    ],
    ["CorsWhitelistOrigin", "corsWhitelistOrigins", "corsWhitelistOrigin"],
    ["CspTrustedSite", "cspTrustedSites", "cspTrustedSite"],
    ["CustomApplication", "applications", "app"],
    ["CustomApplicationComponent", "customApplicationComponents", "customApplicationComponent"],
    ["CustomFeedFilter", "feedFilters", "feedFilter"],
    ["CustomHelpMenuSection", "customHelpMenuSections", "customHelpMenuSection"],
    ["CustomIndex", "customindex", "indx"],
    ["CustomMetadata", "customMetadata", "md"],
    ["CustomNotificationType", "notificationtypes", "notiftype"],
    ["CustomPermission", "customPermissions", "customPermission"],
    ["CustomTab", "tabs", "tab"],
    ["DataCategoryGroup", "datacategorygroups", "datacategorygroup"],
    ["DataPackageKitDefinition", "dataPackageKitDefinitions", "dataPackageKitDefinition"],
    ["DataSourceObject", "dataSourceObjects", "dataSourceObject"],
    ["DataStreamDefinition", "dataStreamDefinitions", "dataStreamDefinition"],
    ["DecisionMatrixDefinition", "decisionMatrixDefinition", "decisionMatrixDefinition"],
    ["DecisionMatrixDefinitionVersion", "decisionMatrixVersion", "decisionMatrixVersion"],
    ["DelegateGroup", "delegateGroups", "delegateGroup"],
    ["DigitalExperienceConfig", "digitalExperienceConfigs", "digitalExperienceConfig"],
    ["DocumentGenerationSetting", "documentGenerationSettings", "documentGenerationSetting"],
    ["DocumentType", "documentTypes", "documentType"],
    ["DuplicateRule", "duplicateRules", "duplicateRule"],
    ["EmbeddedServiceBranding", "EmbeddedServiceBranding", "EmbeddedServiceBranding"],
    ["EmbeddedServiceConfig", "EmbeddedServiceConfig", "EmbeddedServiceConfig"],
    ["EmbeddedServiceFieldService", "EmbeddedServiceFieldService", "EmbeddedServiceFieldService"],
    ["EmbeddedServiceFlowConfig", "EmbeddedServiceFlowConfig", "EmbeddedServiceFlowConfig"],
    ["EmbeddedServiceLiveAgent", "EmbeddedServiceLiveAgent", "EmbeddedServiceLiveAgent"],
    ["EmbeddedServiceMenuSettings", "EmbeddedServiceMenuSettings", "EmbeddedServiceMenuSettings"],
    ["EntitlementProcess", "entitlementProcesses", "entitlementProcess"],
    ["EntitlementTemplate", "entitlementTemplates", "entitlementTemplate"],
    ["EntityImplements", "entityImplements", "entityImplements"],
    ["EventDelivery", "eventDeliveries", "delivery"],
    ["EventSubscription", "eventSubscriptions", "subscription"],
    ["ExpressionSetDefinition", "expressionSetDefinition", "expressionSetDefinition"],
    ["ExpressionSetDefinitionVersion", "expressionSetVersion", "expressionSetVersion"],
    ["ExternalClientApplication", "externalClientApps", "eca"],
    ["ExternalCredential", "externalCredentials", "externalCredential"],
    ["ExternalDataSource", "dataSources", "dataSource"],
    ["ExternalServiceRegistration", "externalServiceRegistrations", "externalServiceRegistration"],
    ["ExtlClntAppConfigurablePolicies", "extlClntAppPolicies", "ecaPlcy"],
    ["ExtlClntAppGlobalOauthSettings", "extlClntAppGlobalOauthSets", "ecaGlblOauth"],
    ["ExtlClntAppOauthConfigurablePolicies", "extlClntAppOauthPolicies", "ecaOauthPlcy"],
    ["ExtlClntAppOauthSettings", "extlClntAppOauthSettings", "ecaOauth"],
    ["FeatureParameterBoolean", "featureParameters", "featureParameterBoolean"],
    ["FeatureParameterDate", "featureParameters", "featureParameterDate"],
    ["FeatureParameterInteger", "featureParameters", "featureParameterInteger"],
    ["FlexiPage", "flexipages", "flexipage"],
    ["Flow", "flows", "flow"],
    ["FlowCategory", "flowCategories", "flowCategory"],
    ["FlowDefinition", "flowDefinitions", "flowDefinition"],
    ["FlowTest", "flowtests", "flowtest"],
    ["ForecastingSourceDefinition", "forecastingSourceDefinitions", "forecastingSourceDefinition"],
    ["ForecastingType", "forecastingTypes", "forecastingType"],
    ["ForecastingTypeSource", "forecastingTypeSources", "forecastingTypeSource"],
    ["FuelType", "fuelTypes", "fuelType"],
    [
      "GatewayProviderPaymentMethodType",
      "gatewayProviderPaymentMethodTypes",
      "gatewayProviderPaymentMethodType"
    ],
    ["GenAiPlugin", "genAiPlugins", "genAiPlugin"],
    ["GenAiPromptTemplate", "genAiPromptTemplates", "genAiPromptTemplate"],
    ["GlobalValueSet", "globalValueSets", "globalValueSet"],
    ["GlobalValueSetTranslation", "globalValueSetTranslations", "globalValueSetTranslation"],
    ["Group", "groups", "group"],
    ["HomePageComponent", "homePageComponents", "homePageComponent"],
    ["HomePageLayout", "homePageLayouts", "homePageLayout"],
    ["IframeWhiteListUrlSettings", "iframeWhiteListUrlSettings", "iframeWhiteListUrlSettings"],
    ["InboundNetworkConnection", "inboundNetworkConnections", "inboundNetworkConnection"],
    ["InstalledPackage", "installedPackages", "installedPackage"],
    ["KeywordList", "moderation", "keywords"],
    ["Layout", "layouts", "layout"],
    ["Letterhead", "letterhead", "letter"],
    ["LicenseDefinition", "licenseDefinitions", "licenseDefinition"],
    ["LightningBolt", "lightningBolts", "lightningBolt"],
    ["LightningExperienceTheme", "lightningExperienceThemes", "lightningExperienceTheme"],
    ["LightningMessageChannel", "messageChannels", "messageChannel"],
    ["LightningOnboardingConfig", "lightningOnboardingConfigs", "lightningOnboardingConfig"],
    ["LiveChatAgentConfig", "liveChatAgentConfigs", "liveChatAgentConfig"],
    ["LiveChatButton", "liveChatButtons", "liveChatButton"],
    ["LiveChatDeployment", "liveChatDeployments", "liveChatDeployment"],
    ["LiveChatSensitiveDataRule", "liveChatSensitiveDataRule", "liveChatSensitiveDataRule"],
    ["ManagedContentType", "managedContentTypes", "managedContentType"],
    ["MarketingAppExtension", "marketingappextensions", "marketingappextension"],
    ["MarketSegmentDefinition", "marketSegmentDefinitions", "marketSegmentDefinition"],
    ["MessagingChannel", "messagingChannels", "messagingChannel"],
    ["MilestoneType", "milestoneTypes", "milestoneType"],
    ["MlDomain", "mlDomains", "mlDomain"],
    ["MobileApplicationDetail", "MobileApplicationDetails", "MobileApplicationDetail"],
    ["ModerationRule", "moderation", "rule"],
    ["MutingPermissionSet", "mutingpermissionsets", "mutingpermissionset"],
    ["MyDomainDiscoverableLogin", "myDomainDiscoverableLogins", "myDomainDiscoverableLogin"],
    ["NamedCredential", "namedCredentials", "namedCredential"],
    ["NavigationMenu", "navigationMenus", "navigationMenu"],
    ["Network", "networks", "network"],
    ["NotificationTypeConfig", "notificationTypeConfig", "config"],
    ["OauthCustomScope", "oauthcustomscopes", "oauthcustomscope"],
    ["ObjectSourceTargetMap", "objectSourceTargetMaps", "objectSourceTargetMap"],
    ["OcrSampleDocument", "ocrSampleDocuments", "ocrSampleDocument"],
    ["OcrTemplate", "ocrTemplates", "ocrTemplate"],
    ["OmniDataTransform", "omniDataTransforms", "rpt"],
    ["OmniIntegrationProcedure", "omniIntegrationProcedures", "oip"],
    ["OmniScript", "omniScripts", "os"],
    ["OmniSupervisorConfig", "omniSupervisorConfigs", "omniSupervisorConfig"],
    ["OmniUiCard", "omniUiCard", "ouc"],
    ["OutboundNetworkConnection", "outboundNetworkConnections", "outboundNetworkConnection"],
    ["PathAssistant", "pathAssistants", "pathAssistant"],
    ["PaymentGatewayProvider", "paymentGatewayProviders", "paymentGatewayProvider"],
    ["PermissionSet", "permissionsets", "permissionset"],
    ["PermissionSetGroup", "permissionsetgroups", "permissionsetgroup"],
    ["PipelineInspMetricConfig", "pipelineInspMetricConfigs", "pipelineInspMetricConfig"],
    ["PlatformCachePartition", "cachePartitions", "cachePartition"],
    ["PlatformEventChannel", "platformEventChannels", "platformEventChannel"],
    ["PlatformEventChannelMember", "platformEventChannelMembers", "platformEventChannelMember"],
    [
      "PlatformEventSubscriberConfig",
      "PlatformEventSubscriberConfigs",
      "platformEventSubscriberConfig"
    ],
    ["Portal", "portals", "portal"],
    ["PostTemplate", "postTemplates", "postTemplate"],
    ["PresenceDeclineReason", "presenceDeclineReasons", "presenceDeclineReason"],
    ["PresenceUserConfig", "presenceUserConfigs", "presenceUserConfig"],
    ["ProductAttributeSet", "productAttributeSets", "productAttributeSet"],
    ["Profile", "profiles", "profile"],
    ["ProfilePasswordPolicy", "profilePasswordPolicies", "profilePasswordPolicy"],
    ["ProfileSessionSetting", "profileSessionSettings", "profileSessionSetting"],
    ["Prompt", "prompts", "prompt"],
    ["Queue", "queues", "queue"],
    ["QueueRoutingConfig", "queueRoutingConfigs", "queueRoutingConfig"],
    ["QuickAction", "quickActions", "quickAction"],
    ["RecommendationStrategy", "recommendationStrategies", "recommendationStrategy"],
    ["RecordActionDeployment", "recordActionDeployments", "deployment"],
    ["RecordAlertCategory", "recordAlertCategories", "recordAlertCategory"],
    ["RecordAlertDataSource", "recordAlertDataSources", "recordAlertDataSource"],
    ["RedirectWhitelistUrl", "redirectWhitelistUrls", "redirectWhitelistUrl"],
    ["RegisteredExternalService", "registeredExternalServices", "registeredExternalService"],
    ["RelationshipGraphDefinition", "relationshipGraphDefinitions", "relationshipGraphDefinition"],
    ["RemoteSiteSetting", "remoteSiteSettings", "remoteSite"],
    ["ReportType", "reportTypes", "reportType"],
    ["Role", "roles", "role"],
    ["SamlSsoConfig", "samlssoconfigs", "samlssoconfig"],
    ["SchedulingRule", "SchedulingRules", "schedulingRule"],
    ["SearchCustomization", "searchCustomizations", "searchCustomization"],
    ["ServiceChannel", "serviceChannels", "serviceChannel"],
    ["ServicePresenceStatus", "servicePresenceStatuses", "servicePresenceStatus"],
    ["Settings", "settings", "settings"],
    ["SharingSet", "sharingSets", "sharingSet"],
    ["Skill", "skills", "skill"],
    ["StandardValueSet", "standardValueSets", "standardValueSet"],
    ["StandardValueSetTranslation", "standardValueSetTranslations", "standardValueSetTranslation"],
    ["SynonymDictionary", "synonymDictionaries", "synonymDictionary"],
    ["Territory", "territories", "territory"],
    ["Territory2Type", "territory2Types", "territory2Type"],
    ["TimelineObjectDefinition", "timelineObjectDefinitions", "timelineObjectDefinition"],
    ["TimeSheetTemplate", "timeSheetTemplates", "timeSheetTemplate"],
    ["TopicsForObjects", "topicsForObjects", "topicsForObjects"],
    ["TransactionSecurityPolicy", "transactionSecurityPolicies", "transactionSecurityPolicy"],
    ["Translations", "translations", "translation"],
    ["UserCriteria", "userCriteria", "userCriteria"],
    ["UserProfileSearchScope", "userProfileSearchScopes", "userProfileSearchScope"],
    ["UserProvisioningConfig", "userProvisioningConfigs", "userProvisioningConfig"],
    ["WaveApplication", "wave", "wapp"],
    ["WaveDataset", "wave", "wds"],
    ["WaveXmd", "wave", "xmd"],
    ["WebStoreTemplate", "webStoreTemplates", "webStoreTemplate"]
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
  "decomposedBeside",
  "unsupported"
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
    ignoreParentName: raw.ignoreParentName ?? false,
    ...raw.metaFileName === void 0 ? {} : { metaFileName: raw.metaFileName }
  };
}
function toType(raw) {
  const strategy = raw.strategy;
  const type = {
    name: raw.name,
    directoryName: raw.directoryName,
    strategy,
    strict: raw.strict ?? false,
    ownsFolder: (raw.ownsFolder ?? false) || raw.strict === true && FOLDER_STRATEGIES.has(strategy),
    children: (raw.children ?? []).map((c) => toChild(raw.name, c))
  };
  if (raw.suffix !== void 0) type.suffix = raw.suffix;
  if (raw.metaSuffix !== void 0) type.metaSuffix = raw.metaSuffix;
  if (raw.legacySuffix !== void 0) type.legacySuffix = raw.legacySuffix;
  if (raw.inFolder !== void 0) type.inFolder = raw.inFolder;
  return type;
}
function buildRegistry(raw = metadata_types_default) {
  const rows = [
    ...raw.types,
    ...raw.simple.map(([name = "", directoryName = "", suffix]) => ({
      name,
      directoryName,
      ...suffix === void 0 ? {} : { suffix },
      strategy: "copy"
    }))
  ];
  const registry = {
    types: /* @__PURE__ */ new Map(),
    bySuffix: /* @__PURE__ */ new Map(),
    byFolder: /* @__PURE__ */ new Map(),
    byFolderSuffix: /* @__PURE__ */ new Map(),
    children: /* @__PURE__ */ new Map()
  };
  for (const row of rows) {
    const type = toType(row);
    registry.types.set(type.name, type);
    if (type.strict || type.ownsFolder) registry.byFolder.set(type.directoryName, type);
    if (!type.strict && !type.ownsFolder) {
      if (type.suffix !== void 0) registry.bySuffix.set(type.suffix, type);
      if (type.legacySuffix !== void 0) registry.bySuffix.set(type.legacySuffix, type);
    }
    if (type.inFolder) {
      registry.byFolderSuffix.set(type.inFolder.folderSuffix, type);
      if (type.inFolder.aliasSuffix) registry.byFolderSuffix.set(type.inFolder.aliasSuffix, type);
    }
    for (const child of type.children) registry.children.set(child.name, child);
  }
  return registry;
}
var shared;
function defaultRegistry() {
  shared ??= buildRegistry();
  return shared;
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

// src/source/forceignore.ts
var LINE_BREAK = /[\n\r\u2028\u2029]/;
var DEFAULT_IGNORE_LINES = [
  "**/*.dup",
  "**/.*",
  "!**/package2-descriptor.json",
  "!**/package2-manifest.json"
];
function classToRegex(body) {
  return `[${body.replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
}
function patternBody(pattern) {
  let p = pattern;
  const anchored = p.includes("/");
  if (p.startsWith("/")) p = p.slice(1);
  let re = "";
  let i = 0;
  if (p.startsWith("**/")) {
    re += "(?:.*/)?";
    i = 3;
  } else if (!anchored) re += "(?:.*/)?";
  while (i < p.length) {
    const c = p[i] ?? "";
    if (p.startsWith("/**/", i)) {
      re += "/(?:.*/)?";
      i += 4;
      continue;
    }
    if (p.startsWith("/**", i) && i + 3 === p.length) {
      re += "/.+";
      i += 3;
      continue;
    }
    if (c === "*") {
      const double = p[i + 1] === "*";
      re += double ? ".*" : "[^/]*";
      i += double ? 2 : 1;
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
var ForceIgnore = class {
  rules = [];
  dirCache = /* @__PURE__ */ new Map();
  /** Lines that earned a warning (backslash separators). */
  warnings = [];
  /** `text`: the file's content; `withDefaults`: prepend DEFAULT_IGNORE_LINES (the reference does). */
  constructor(text, file = ".forceignore", withDefaults = true) {
    const lines = [...withDefaults ? DEFAULT_IGNORE_LINES : [], ...text.split(/\r?\n/)];
    for (const rawLine of lines) this.addLine(rawLine, file);
  }
  addLine(rawLine, file) {
    let line = rawLine.replace(/(?<!\\)\s+$/, "");
    if (line === "" || line.startsWith("#")) return;
    if (/\\(?![*?[\]!# \\])/.test(line)) {
      this.warnings.push(`${file}: "${line}" uses a backslash; patterns take "/" as the separator.`);
    }
    const negate = line.startsWith("!");
    if (negate) line = line.slice(1);
    else if (line.startsWith("\\!") || line.startsWith("\\#")) line = line.slice(1);
    const dirOnly = line.endsWith("/");
    if (dirOnly) line = line.slice(0, -1);
    if (line === "") return;
    const tail = dirOnly ? "/$" : "/?$";
    const rule = { negate, regex: new RegExp(`^${patternBody(line)}${tail}`) };
    const segment = segmentPattern(line);
    if (segment !== void 0)
      rule.base = { regex: new RegExp(`^${patternBody(segment)}$`), dirOnly };
    this.rules.push(rule);
  }
  test(candidate) {
    let result;
    let last;
    const slashEnd = candidate.endsWith("/");
    const plain = !LINE_BREAK.test(candidate);
    for (const rule of this.rules) {
      if (rule.negate ? result === true : result !== true) {
        let hit;
        if (rule.base && plain) {
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
  ignores(path3) {
    const slash = path3.lastIndexOf("/");
    if (slash !== -1 && this.dirIgnored(path3.slice(0, slash))) return true;
    return this.test(path3) === true;
  }
  /** Whether a folder is ignored (tested as `dir/`, and through its parents). */
  ignoresDir(dir) {
    return this.dirIgnored(dir);
  }
};

// src/source/forceignore-index.ts
var FILE = ".forceignore";
var ForceIgnoreIndex = class _ForceIgnoreIndex {
  byDir = /* @__PURE__ */ new Map();
  nearest = /* @__PURE__ */ new Map();
  warnings = [];
  /** Finds the files: at the project root and its ancestors in the tree, and inside `files`. */
  static async load(tree, projectDir, files) {
    const index = new _ForceIgnoreIndex();
    const dirs = /* @__PURE__ */ new Set();
    const segs = projectDir === "" ? [] : projectDir.split("/");
    for (let i = segs.length; i >= 0; i--) {
      const dir = segs.slice(0, i).join("/");
      if (await tree.exists(joinTreePath(dir, FILE))) dirs.add(dir);
    }
    for (const f of files)
      if (f === FILE || f.endsWith(`/${FILE}`))
        dirs.add(f.slice(0, Math.max(0, f.length - FILE.length - 1)));
    for (const dir of dirs) {
      const path3 = joinTreePath(dir, FILE);
      const ignore = new ForceIgnore(decodeUtf8(await tree.readFile(path3)), path3);
      index.byDir.set(dir, ignore);
      index.warnings.push(...ignore.warnings);
    }
    if (dirs.size > 1) {
      index.warnings.push(
        `Several .forceignore files apply (${[...dirs].map((d) => joinTreePath(d, FILE)).join(", ")}); each file follows the nearest one above it, without merging.`
      );
    }
    return index;
  }
  nearestDir(dir) {
    const cached = this.nearest.get(dir);
    if (cached !== void 0) return cached;
    let found;
    if (this.byDir.has(dir)) found = dir;
    else if (dir === "") found = null;
    else found = this.nearestDir(dir.includes("/") ? dir.slice(0, dir.lastIndexOf("/")) : "");
    this.nearest.set(dir, found);
    return found;
  }
  /** Whether a tree path is ignored (the .forceignore files themselves always are). */
  ignores(path3) {
    if (path3 === FILE || path3.endsWith(`/${FILE}`)) return true;
    const dir = path3.includes("/") ? path3.slice(0, path3.lastIndexOf("/")) : "";
    const base = this.nearestDir(dir);
    if (base === null) return false;
    const ignore = this.byDir.get(base);
    return ignore?.ignores(base === "" ? path3 : path3.slice(base.length + 1)) ?? false;
  }
};

// src/source/component.ts
function componentKey(typeName, fullName, isFolder = false) {
  return `${typeName}${isFolder ? "#folder" : ""}:${fullName}`;
}

// src/source/resolve.ts
var META2 = "-meta.xml";
function getComponent(ctx, type, fullName, isFolder = false) {
  const key = componentKey(type.name, fullName, isFolder);
  let c = ctx.result.components.get(key);
  if (!c) {
    c = { type, fullName, packageDir: ctx.packageDir, content: [], children: [], isFolder };
    ctx.result.components.set(key, c);
  }
  return c;
}
function resolvePackageDir(registry, packageDir, files) {
  const ctx = {
    registry,
    packageDir,
    result: { components: /* @__PURE__ */ new Map(), unknown: [], problems: [] }
  };
  const prefix = packageDir === "" ? "" : `${packageDir}/`;
  const folders = /* @__PURE__ */ new Map();
  for (const path3 of files) {
    const rel = path3.slice(prefix.length);
    const slash = rel.lastIndexOf("/");
    const dir = slash === -1 ? "" : rel.slice(0, slash);
    let info = folders.get(dir);
    if (info === void 0) {
      info = folderInfo(ctx, dir);
      folders.set(dir, info);
    }
    const file = rel.slice(slash + 1);
    const segs = [...info.segs, file];
    if (info.type && resolveInFolder(ctx, info, info.type, path3, segs, file)) continue;
    if (resolveBySuffix(ctx, path3, segs)) continue;
    ctx.result.unknown.push(path3);
  }
  checkMatchingContent(ctx);
  return ctx.result;
}
function folderInfo(ctx, dir) {
  const segs = dir === "" ? [] : dir.split("/");
  for (let i = 0; i < segs.length; i++) {
    const type = ctx.registry.byFolder.get(segs[i] ?? "");
    if (!type) continue;
    const folder = [ctx.packageDir, ...segs.slice(0, i + 1)].filter((s) => s !== "").join("/");
    return { segs, type, folder, rest: segs.slice(i + 1) };
  }
  return { segs, folder: "", rest: [] };
}
function resolveInFolder(ctx, info, type, path3, segs, file) {
  if (type.ownsFolder) return resolveOwned(ctx, type, info.folder, [...info.rest, file], path3);
  return resolveBySuffix(ctx, path3, segs, type);
}
function resolveOwned(ctx, type, folder, rest, path3) {
  switch (type.strategy) {
    case "bundle":
      return resolveBundle(ctx, type, folder, rest, path3);
    case "staticResource":
    case "experienceBundle":
      return resolveMixed(ctx, type, folder, rest, path3);
    case "document":
      return resolveDocument(ctx, type, rest, path3);
    case "digitalExperience":
      return resolveDigitalExperience(ctx, type, folder, rest, path3);
    case "decomposed":
    case "decomposedBeside":
      return resolveDecomposed(ctx, type, folder, rest, path3);
    default:
      ctx.result.problems.push(
        `${path3}: ${type.name} (${type.directoryName}/) is not supported yet; add the folder to .forceignore and deploy it with the sf CLI.`
      );
      return true;
  }
}
function resolveBundle(ctx, type, folder, rest, path3) {
  if (rest.length < 2) return false;
  const name = rest[0] ?? "";
  const c = getComponent(ctx, type, name);
  c.folder = `${folder}/${name}`;
  c.content.push(path3);
  const file = rest[rest.length - 1] ?? "";
  if (rest.length === 2 && c.meta === void 0 && (file.endsWith(META2) || file === "schema.json"))
    c.meta = path3;
  return true;
}
function resolveMixed(ctx, type, folder, rest, path3) {
  const first = rest[0] ?? "";
  const metaSuffix = `.${type.metaSuffix ?? type.suffix ?? ""}${META2}`;
  if (rest.length === 1 && first.endsWith(metaSuffix)) {
    getComponent(ctx, type, first.slice(0, -metaSuffix.length)).meta = path3;
    return true;
  }
  const name = rest.length === 1 ? first.slice(0, first.includes(".") ? first.indexOf(".") : void 0) : first;
  const c = getComponent(ctx, type, name);
  c.content.push(path3);
  if (rest.length > 1) c.folder = `${folder}/${name}`;
  return true;
}
function resolveDocument(ctx, type, rest, path3) {
  const file = rest[rest.length - 1] ?? "";
  const dir = rest.slice(0, -1).join("/");
  const folderSuffix = `.${type.inFolder?.folderSuffix ?? ""}${META2}`;
  if (file.endsWith(folderSuffix)) {
    const fullName = [dir, file.slice(0, -folderSuffix.length)].filter((s) => s !== "").join("/");
    getComponent(ctx, type, fullName, true).meta = path3;
    return true;
  }
  if (rest.length < 2) return false;
  const docSuffix = `.${type.suffix ?? ""}${META2}`;
  if (file.endsWith(docSuffix)) {
    getComponent(ctx, type, `${dir}/${file.slice(0, -docSuffix.length)}`).meta = path3;
    return true;
  }
  const dot = file.lastIndexOf(".");
  getComponent(ctx, type, `${dir}/${dot > 0 ? file.slice(0, dot) : file}`).content.push(path3);
  return true;
}
function resolveDigitalExperience(ctx, type, folder, rest, path3) {
  if (rest.length < 3) return false;
  const [baseType = "", space = ""] = rest;
  const c = getComponent(ctx, type, `${baseType}/${space}`);
  c.folder = `${folder}/${baseType}/${space}`;
  c.content.push(path3);
  const file = rest[rest.length - 1] ?? "";
  if (rest.length === 3 && file === `${space}.${type.suffix ?? ""}${META2}`) c.meta = path3;
  const child = type.children[0];
  if (child && rest.length === 5 && file === child.metaFileName) {
    c.children.push({ type: child, name: `${rest[2] ?? ""}/${rest[3] ?? ""}`, path: path3 });
  }
  return true;
}
function childFor(type, file) {
  if (!file.endsWith(META2)) return void 0;
  const base = file.slice(0, -META2.length);
  const dot = base.lastIndexOf(".");
  if (dot <= 0) return void 0;
  const suffix = base.slice(dot + 1);
  const child = type.children.find((c) => c.suffix === suffix || c.legacySuffix === suffix);
  return child ? { child, name: base.slice(0, dot) } : void 0;
}
function resolveDecomposed(ctx, type, folder, rest, path3) {
  if (rest.length < 2) return false;
  if (type.strategy === "decomposedBeside" && rest.length > 2) return false;
  const name = rest[0] ?? "";
  const file = rest[rest.length - 1] ?? "";
  if (rest.length === 2 && file === `${name}.${type.suffix ?? ""}${META2}`) {
    const c2 = getComponent(ctx, type, name);
    c2.meta = path3;
    c2.folder = `${folder}/${name}`;
    return true;
  }
  const found = childFor(type, file);
  if (!found) return false;
  const c = getComponent(ctx, type, name);
  c.folder ??= `${folder}/${name}`;
  c.children.push({ type: found.child, name: found.name, path: path3 });
  return true;
}
function inFolderName(type, segs, base) {
  const at = segs.indexOf(type.directoryName);
  if (at === -1 || at >= segs.length - 1) return void 0;
  return [...segs.slice(at + 1, -1), base].join("/");
}
function resolveBySuffix(ctx, path3, segs, strictType) {
  const file = segs[segs.length - 1] ?? "";
  const isMeta = file.endsWith(META2);
  const name = isMeta ? file.slice(0, -META2.length) : file;
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return false;
  const suffix = name.slice(dot + 1);
  const base = name.slice(0, dot);
  if (strictType) {
    if (suffix !== strictType.suffix) return false;
    return addBySuffix(ctx, strictType, path3, segs, base, isMeta);
  }
  const folderType = isMeta ? ctx.registry.byFolderSuffix.get(suffix) : void 0;
  if (folderType) {
    const fullName = inFolderName(folderType, segs, base);
    if (fullName === void 0) return misplaced(ctx, path3, folderType);
    getComponent(ctx, folderType, fullName, true).meta = path3;
    return true;
  }
  const type = ctx.registry.bySuffix.get(suffix);
  if (!type) return false;
  if (!isMeta && type.strategy !== "matchingContent") return false;
  return addBySuffix(ctx, type, path3, segs, base, isMeta);
}
function addBySuffix(ctx, type, path3, segs, base, isMeta) {
  if (type.strategy === "labels") {
    getComponent(ctx, type, "CustomLabels").content.push(path3);
    return true;
  }
  let fullName = base;
  if (type.inFolder) {
    const inFolder = inFolderName(type, segs, base);
    if (inFolder === void 0) return misplaced(ctx, path3, type);
    fullName = inFolder;
  }
  const c = getComponent(ctx, type, fullName);
  if (isMeta) c.meta = path3;
  else c.content.push(path3);
  return true;
}
function misplaced(ctx, path3, type) {
  ctx.result.problems.push(
    `${path3}: ${type.name} files must sit in a folder below ${type.directoryName}/ (for example ${type.directoryName}/MyFolder/).`
  );
  return true;
}
function checkMatchingContent(ctx) {
  for (const [key, c] of ctx.result.components) {
    if (c.type.strategy === "matchingContent" && !c.isFolder && (c.meta === void 0 || c.content.length === 0)) {
      ctx.result.components.delete(key);
    }
    if (c.type.strategy !== "matchingContent" || c.isFolder) continue;
    const content = `${c.fullName.slice(c.fullName.lastIndexOf("/") + 1)}.${c.type.suffix ?? ""}`;
    if (c.meta === void 0) {
      ctx.result.problems.push(
        `${c.type.name} ${c.fullName}: ${c.content[0] ?? ""} has no ${content}${META2} beside it.`
      );
    } else if (c.content.length === 0) {
      ctx.result.problems.push(
        `${c.type.name} ${c.fullName}: ${c.meta} has no content file ${content} beside it.`
      );
    }
  }
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
    const path3 = rel === void 0 ? void 0 : joinTreePath(projectDir, rel);
    const owner = path3 === void 0 ? void 0 : packageDirs2.find((d) => path3 === d || path3.startsWith(`${d}/`) || d === "");
    if (path3 === void 0 || owner === void 0) {
      problems.push(
        `Source dir ${raw} is not inside a package directory (${config.packageDirectories.join(", ")}); list a path inside one so that .forceignore and replacements keep their meaning.`
      );
    } else if (!await tree.exists(path3)) problems.push(`Source dir ${raw} does not exist.`);
    else roots.push({ packageDir: owner, path: path3 });
  }
  return roots;
}
async function listRoot(tree, root) {
  const files = await tree.listFiles(root.path);
  if (files.length > 0) return files;
  const partner = root.path.endsWith("-meta.xml") ? root.path.slice(0, -"-meta.xml".length) : `${root.path}-meta.xml`;
  return await tree.exists(partner) && !(await tree.listFiles(partner)).length ? [root.path, partner].sort() : [root.path];
}
async function findSources(tree, registry, projectDir, config, sourceDirs) {
  const found = { components: [], unknown: [], problems: [], warnings: [] };
  const roots = await selectRoots(tree, projectDir, config, sourceDirs, found.problems);
  const listed = /* @__PURE__ */ new Map();
  const allFiles = [];
  for (const root of roots) {
    const files = await listRoot(tree, root);
    const set = listed.get(root.packageDir) ?? /* @__PURE__ */ new Set();
    for (const f of files) set.add(f);
    listed.set(root.packageDir, set);
    allFiles.push(...files);
  }
  const ignore = await ForceIgnoreIndex.load(tree, projectDir, allFiles);
  found.warnings.push(...ignore.warnings);
  const merged = /* @__PURE__ */ new Map();
  for (const [packageDir, set] of listed) {
    const files = [...set].filter((f) => !ignore.ignores(f)).sort();
    const result = resolvePackageDir(registry, packageDir, files);
    found.unknown.push(...result.unknown);
    found.problems.push(...result.problems);
    for (const [key, c] of result.components) mergeComponent(merged, key, c, found);
  }
  found.components = [...merged.keys()].sort().map((k) => merged.get(k)).filter((c) => c !== void 0);
  return found;
}
function pathsOf(c) {
  return [c.meta, ...c.content].filter((p) => p !== void 0).join(", ");
}
function mergeComponent(merged, key, c, found) {
  const existing = merged.get(key);
  if (!existing) {
    merged.set(key, c);
    return;
  }
  const strategy = c.type.strategy;
  if (strategy === "labels") {
    existing.content.push(...c.content);
  } else if (strategy === "decomposed" || strategy === "decomposedBeside") {
    existing.children.push(...c.children);
    if (existing.meta === void 0 && c.meta !== void 0) existing.meta = c.meta;
    else if (c.meta !== void 0)
      found.warnings.push(
        `${c.type.name} ${c.fullName} has a parent file in several package directories (${existing.meta ?? ""}, ${c.meta}); the first one is used.`
      );
  } else {
    found.problems.push(
      `${c.type.name} ${c.fullName} is defined twice: ${pathsOf(existing)} and ${pathsOf(c)}.`
    );
  }
}

// src/source/build-package.ts
var FALLBACK_API_VERSION = "58.0";
var PROJECT_FILE = "sfdx-project.json";
async function readText(tree, path3) {
  return await tree.exists(path3) ? decodeUtf8(await tree.readFile(path3)) : void 0;
}
async function readProject(tree, projectDir) {
  const path3 = joinTreePath(projectDir, PROJECT_FILE);
  const text = await readText(tree, path3);
  if (text === void 0)
    throw new BuildError([`${path3} not found: the project directory must hold sfdx-project.json.`]);
  return readProjectConfig(text, path3);
}
async function readDestructive(tree, projectDir, file, problems) {
  const path3 = joinTreePath(projectDir, normalizeTreePath(file) ?? file);
  const text = await readText(tree, path3);
  if (text === void 0) {
    problems.push(`Destructive manifest ${file} does not exist.`);
    return [];
  }
  const { members } = parsePackageXml(text, path3);
  for (const m of members.filter((x) => x.fullName === "*")) {
    problems.push(
      `${path3}: wildcard member for ${m.type}; destructive manifests must name each component.`
    );
  }
  return members;
}
async function buildPackage(tree, options) {
  const projectDir = normalizeTreePath(options.projectDir) ?? "";
  const config = await readProject(tree, projectDir);
  const registry = defaultRegistry();
  const found = await findSources(tree, registry, projectDir, config, options.sourceDirs);
  const problems = [...found.problems];
  const warnings = [...config.warnings, ...found.warnings];
  reportUnknown(found.unknown, options.ignoreUnknown, problems, warnings);
  const projectFile = joinTreePath(projectDir, PROJECT_FILE);
  const active = await activateReplacements(
    config.replacements,
    options.env,
    (p) => readText(tree, joinTreePath(projectDir, p)),
    projectFile,
    problems
  );
  const manifest = options.manifest === void 0 ? void 0 : await readManifest(tree, projectDir, options.manifest, problems);
  const selection = manifest === void 0 ? void 0 : selectionFromManifest(manifest);
  const pre = options.preDestructiveChanges === void 0 ? [] : await readDestructive(tree, projectDir, options.preDestructiveChanges, problems);
  const post = options.postDestructiveChanges === void 0 ? [] : await readDestructive(tree, projectDir, options.postDestructiveChanges, problems);
  const stats = /* @__PURE__ */ new Map();
  const prefix = projectDir === "" ? "" : `${projectDir}/`;
  const readRaw = readAhead(
    (path3) => tree.readFile(path3),
    selection === void 0 ? filesInOrder(found.components) : [],
    READ_AHEAD
  );
  const ctx = {
    read: async (path3) => applyReplacements(path3.slice(prefix.length), await readRaw(path3), active, stats),
    ...selection === void 0 ? {} : { selection },
    files: /* @__PURE__ */ new Map(),
    members: [],
    sourceMap: emptySourceMap(),
    problems,
    warnings
  };
  await convertAll(ctx, found.components);
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
  const files = /* @__PURE__ */ new Map([["package.xml", encodeUtf8(packageXml)]]);
  if (pre.length > 0)
    files.set("destructiveChangesPre.xml", encodeUtf8(buildPackageXml(pre, apiVersion)));
  if (post.length > 0)
    files.set("destructiveChangesPost.xml", encodeUtf8(buildPackageXml(post, apiVersion)));
  for (const [path3, bytes] of ctx.files) files.set(path3, bytes);
  const limits = checkPackageLimits(files);
  if (limits.errors.length > 0) throw new BuildError(limits.errors);
  warnings.push(...limits.warnings);
  return {
    files,
    packageXml,
    components: uniqueMembers(ctx.members),
    apiVersion,
    sourceMap: ctx.sourceMap,
    warnings,
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
      for (const child of c.children) out.push(child.path);
  }
  return out;
}
async function convertAll(ctx, components) {
  for (const c of components) {
    try {
      await convertComponent(ctx, c);
    } catch (error) {
      if (error instanceof BuildError) ctx.problems.push(...error.problems);
      else throw error;
    }
  }
}
async function readManifest(tree, projectDir, file, problems) {
  const path3 = joinTreePath(projectDir, normalizeTreePath(file) ?? file);
  const text = await readText(tree, path3);
  if (text === void 0) {
    problems.push(`Manifest ${file} does not exist.`);
    return void 0;
  }
  return parsePackageXml(text, path3).members;
}
function reportUnknown(unknown, ignore, problems, warnings) {
  if (unknown.length === 0) return;
  const bySuffix = /* @__PURE__ */ new Map();
  for (const path3 of unknown) {
    const name = path3.slice(path3.lastIndexOf("/") + 1);
    const m = /(\.[^.]+(?:-meta\.xml)?)$/.exec(name);
    const key = m?.[1] ?? "(no extension)";
    bySuffix.set(key, [...bySuffix.get(key) ?? [], path3]);
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
import { readdirSync, readFileSync, statSync } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
var FsSourceTree = class {
  root;
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
    const pending = [
      [path.join(this.root, base), base === "" ? "" : `${base}/`]
    ];
    for (let first = true; pending.length > 0; first = false) {
      const [folder, prefix] = pending.pop() ?? ["", ""];
      let entries;
      try {
        entries = readdirSync(folder, { withFileTypes: true });
      } catch (error) {
        if (first && isMissing(error)) return [];
        throw error;
      }
      for (const entry of entries) {
        if (entry.isDirectory())
          pending.push([path.join(folder, entry.name), `${prefix}${entry.name}/`]);
        else if (!entry.isSymbolicLink() || isFile(path.join(folder, entry.name)))
          out.push(`${prefix}${entry.name}`);
      }
    }
    return out.sort();
  }
  /**
   * Reads synchronously: for thousands of small files this is several times faster than the
   * promise API (no thread-pool round trips), and nothing else needs the event loop meanwhile.
   */
  readFile(p) {
    try {
      const buf = readFileSync(`${this.root}/${joinTreePath(p)}`);
      return Promise.resolve(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
  async exists(p) {
    try {
      await stat(path.join(this.root, joinTreePath(p)));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }
};
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
  for (const path3 of files.keys()) {
    const source = sourceOf(path3);
    if (source !== void 0) sourceMap.files[path3] = [source];
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
  for (const path3 of paths) files.set(path3.slice(prefix.length), await tree.readFile(path3));
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
function u32(bytes, at) {
  return ((bytes[at] ?? 0) << 24 | (bytes[at + 1] ?? 0) << 16 | (bytes[at + 2] ?? 0) << 8 | (bytes[at + 3] ?? 0)) >>> 0;
}
function u16(bytes, at) {
  return (bytes[at] ?? 0) << 8 | (bytes[at + 1] ?? 0);
}
function indexPaths(bytes, root) {
  if (bytes.length < HEADER + SHA1 || u32(bytes, 0) !== 1145655875) return void 0;
  const version = u32(bytes, 4);
  if (version < 2 || version > 4) return void 0;
  const count = u32(bytes, 8);
  const end = bytes.length - SHA1;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const utf8 = new TextDecoder("utf-8", { fatal: false });
  const paths = [];
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
    let path3 = raw;
    if (version === 4) {
      const previousBytes = Buffer.byteLength(previous);
      if (strip > previousBytes) return void 0;
      path3 = decodeJoin(previous, previousBytes - strip, bytes.subarray(name, nul), raw);
    } else if ((flags & NAME_MASK) !== NAME_MASK && (flags & NAME_MASK) !== nul - name)
      return void 0;
    previous = path3;
    if (path3.startsWith(root)) paths.push(path3.slice(root.length));
    at = version === 4 ? nul + 1 : at + (name - at + (nul - name) + 8 & ~7);
  }
  return hasUnsupportedExtension(bytes, at, end) ? void 0 : paths;
}
function decodeJoin(previous, keep, suffix, suffixText) {
  if (keep === previous.length) return previous + suffixText;
  const head = Buffer.from(previous, "utf8").subarray(0, keep);
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
function parseNameStatus(output, strip = "") {
  const fields = output.split("\0");
  const changes = [];
  const unmerged = [];
  const rel = (p) => strip !== "" && p.startsWith(strip) ? p.slice(strip.length) : p;
  for (let i = 0; i < fields.length; ) {
    const status = fields[i++] ?? "";
    if (status === "") continue;
    const code = status[0];
    if (code === "R" || code === "C") {
      const from = fields[i++] ?? "";
      const to = fields[i++] ?? "";
      if (code === "R") changes.push({ status: "D", path: rel(from) });
      changes.push({ status: "A", path: rel(to) });
      continue;
    }
    const path3 = rel(fields[i++] ?? "");
    if (code === "A") changes.push({ status: "A", path: path3 });
    else if (code === "D") changes.push({ status: "D", path: path3 });
    else if (code === "M" || code === "T") changes.push({ status: "M", path: path3 });
    else if (code === "U") unmerged.push(path3);
    else throw new Error(`git diff reported an unexpected status "${status}" for ${path3}.`);
  }
  if (unmerged.length > 0)
    throw new Error(
      `Unmerged files in the diff (${unmerged.join(", ")}): resolve the merge conflicts before deploying a delta.`
    );
  return changes;
}

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
var DIFF = ["diff", "--name-status", "-z", "--no-renames", "--no-ext-diff", "--no-textconv"];
var LS_FILES = ["ls-files", "-z", "--full-name"];
function rootOf(repo) {
  return repo.prefix === "" ? "" : `${repo.prefix}/`;
}
async function listTracked(repo) {
  const out = await git(repo.cwd, [
    ...LS_FILES,
    "--",
    repo.prefix === "" ? ":(top)" : `:(top,literal)${repo.prefix}`
  ]);
  return parseTracked(out, rootOf(repo));
}
function parseTracked(out, root) {
  const files = [];
  for (const p of out.split("\0")) {
    if (p === "" || !p.startsWith(root)) continue;
    files.push(p.slice(root.length));
  }
  return files;
}
async function readDelta(dir, fromRef, toRef, mode) {
  const opening = openRepo(dir, [fromRef, toRef]);
  const early = [fromRef, toRef].every((r) => r.trim() !== "" && !/^-|\.\./.test(r));
  const [from, to] = [`${fromRef}^{commit}`, `${toRef}^{commit}`];
  const ends = mode === "exact" ? [from, to] : [`${from}...${to}`];
  const diff = early ? gitOk(dir, [...DIFF, ...ends, "--", "."]) : void 0;
  const repo = await opening;
  const range = await resolveRange(repo, fromRef, toRef, mode);
  const sameBase = mode === "exact" || repo.mergeBases?.length === 1 && repo.mergeBase === range.base;
  const diffed = sameBase ? await diff : void 0;
  const changes = diffed === void 0 ? await changedFiles(repo, range.base, range.to) : parseNameStatus(diffed, rootOf(repo));
  if (range.to !== repo.head) return { repo, range, changes };
  const tracked = readIndex(repo.indexFile, range.to, rootOf(repo)) ?? await listTracked(repo);
  return { repo, range, changes, tracked };
}
function readIndex(file, commit, root) {
  if (file === void 0 || commit.length !== 40) return void 0;
  try {
    return indexPaths(readFileSync2(file), root);
  } catch {
    return void 0;
  }
}

// src/source/build-subset.ts
var PROJECT_FILE2 = "sfdx-project.json";
async function loadSourceIndex(tree, projectDir, sourceDirs, configTree = tree) {
  const dir = normalizeTreePath(projectDir) ?? "";
  const path3 = joinTreePath(dir, PROJECT_FILE2);
  if (!await configTree.exists(path3))
    throw new BuildError([`${path3} not found: the project directory must hold sfdx-project.json.`]);
  const config = readProjectConfig(decodeUtf8(await configTree.readFile(path3)), path3);
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
  const readText2 = async (p) => {
    const path3 = joinTreePath(projectDir, p);
    return await tree.exists(path3) ? decodeUtf8(await tree.readFile(path3)) : void 0;
  };
  const active = await activateReplacements(
    config.replacements,
    options.env,
    readText2,
    joinTreePath(projectDir, PROJECT_FILE2),
    problems
  );
  const stats = /* @__PURE__ */ new Map();
  const prefix = projectDir === "" ? "" : `${projectDir}/`;
  const ctx = {
    read: async (path3) => applyReplacements(path3.slice(prefix.length), await tree.readFile(path3), active, stats),
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
  for (const [path3, bytes] of ctx.files) files.set(path3, bytes);
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
var run = promisify2(execFile2);
var GitSourceTree = class {
  options;
  listing;
  sorted;
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
    const { stdout } = await run("git", args, {
      cwd,
      maxBuffer: 512 * 1024 * 1024,
      encoding: "buffer"
    });
    const out = /* @__PURE__ */ new Map();
    const strip = prefix === "" ? 0 : prefix.length + 1;
    for (const record of stdout.toString("utf8").split("\0")) {
      const tab = record.indexOf("	");
      if (tab === -1 || record.slice(7, 11) !== "blob") continue;
      out.set(record.slice(tab + 1).slice(strip), record.slice(12, tab));
    }
    this.sorted = [...out.keys()].sort();
    return out;
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
    if (d === "") return [...all];
    const prefix = `${d}/`;
    const out = [];
    for (let i = this.lowerBound(prefix); i < all.length && (all[i] ?? "").startsWith(prefix); i++)
      out.push(all[i] ?? "");
    return out;
  }
  async exists(path3) {
    const files = await this.files();
    const p = joinTreePath(path3);
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
  async readFile(path3) {
    const p = joinTreePath(path3);
    const sha = (await this.files()).get(p);
    if (sha) return this.readBlob(sha);
    if ((sha !== void 0 || this.options.listing) && !p.includes("\n")) {
      const prefix = this.options.prefix === "" ? "" : `${this.options.prefix}/`;
      return this.readBlob(`${this.options.rev}:${prefix}${p}`);
    }
    throw new Error(`${path3}: no such file at ${this.options.rev}`);
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
    const proc = this.process();
    return new Promise((resolve, reject) => {
      this.queue.push({ spec, resolve, reject });
      proc.stdin.write(`${spec}
`);
    });
  }
  /** Stops the process. Safe to call more than once. */
  close() {
    this.batch?.stdin.end();
    this.batch = void 0;
  }
  process() {
    if (this.batch) return this.batch;
    const proc = spawn("git", ["cat-file", "--batch"], { cwd: this.cwd, stdio: "pipe" });
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
      const size = Number(header.split(" ")[2]);
      if (this.buffer.length < nl + 1 + size + 1) return;
      const body = Uint8Array.prototype.slice.call(this.buffer, nl + 1, nl + 1 + size);
      this.buffer = this.buffer.subarray(nl + 1 + size + 1);
      this.queue.shift();
      pending.resolve(body);
    }
  }
};

// src/delta/component-index.ts
function keyOf2(c) {
  return componentKey(c.type.name, c.fullName, c.isFolder);
}
function indexComponents(components) {
  const byPath = /* @__PURE__ */ new Map();
  const byKey = /* @__PURE__ */ new Map();
  for (const component of components) {
    byKey.set(keyOf2(component), component);
    if (component.meta !== void 0) byPath.set(component.meta, { component });
    for (const path3 of component.content) byPath.set(path3, { component });
    for (const child of component.children) {
      if (component.type.strategy === "digitalExperience") continue;
      byPath.set(child.path, { component, child });
    }
  }
  return { byPath, byKey };
}
function childNamed(c, name) {
  return c?.children.find((x) => x.name === name);
}

// src/delta/delta-content.ts
async function readXml2(tree, path3) {
  return parseXml(decodeUtf8(await tree.readFile(path3)), path3);
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
  const child = c?.type.children[0];
  if (!c || !child) return out;
  for (const path3 of c.content) {
    const text = decodeUtf8(await tree.readFile(path3));
    if (scanLabels(text, out)) continue;
    const root = parseXml(text, path3);
    for (const node of root.children) {
      if (node.kind !== "element" || node.name !== child.tag) continue;
      const id = childText(node, child.uniqueIdElement);
      if (!out.has(id)) out.set(id, fingerprint(node.children));
    }
  }
  return out;
}
function scanLabels(text, out) {
  if (text.includes("<!--") || text.includes("<![CDATA[")) return false;
  const blocks = [...text.matchAll(/<labels>\s*<fullName>([^<]*)<\/fullName>([\s\S]*?)<\/labels>/g)];
  if (blocks.length !== (text.match(/<labels[\s>]/g) ?? []).length) return false;
  for (const m of blocks) {
    const id = (m[1] ?? "").trim();
    if (!out.has(id)) out.set(id, `scan:${m[2] ?? ""}`);
  }
  return true;
}
async function labelIds(tree, c, skip2) {
  const ids = /* @__PURE__ */ new Set();
  for (const path3 of c?.content ?? []) {
    if (skip2.has(path3)) continue;
    const text = decodeUtf8(await tree.readFile(path3));
    const found = [...text.matchAll(/<labels>\s*<fullName>([^<]*)<\/fullName>/g)].map(
      (m) => (m[1] ?? "").trim()
    );
    if (found.length === (text.match(/<labels>/g) ?? []).length) for (const id of found) ids.add(id);
    else
      for (const id of (await labelsOf(tree, { ...c, content: [path3] })).keys())
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
    const child = c.type.children.find((t) => t.tag === node.name);
    if (child)
      out.push({
        type: child.name,
        fullName: `${c.fullName}.${childText(node, child.uniqueIdElement)}`
      });
  }
  return out;
}
async function isMasterDetail(tree, path3) {
  return childText(await readXml2(tree, path3), "type") === "MasterDetail";
}

// src/delta/delta-plan.ts
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
function underPackageDir(dirs, path3) {
  return dirs.some((d) => d === "" || path3 === d || path3.startsWith(`${d}/`));
}
function noteConfigChange(state, path3) {
  const name = path3.slice(path3.lastIndexOf("/") + 1);
  const project = state.input.projectDir === "" ? "sfdx-project.json" : `${state.input.projectDir}/sfdx-project.json`;
  if (path3 === project || name === ".forceignore")
    state.plan.warnings.push(
      `${path3} changed in this range: package directories, replacements or ignore rules may differ between the two commits, so the delta may be incomplete. Consider a full deploy.`
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
      else state.plan.ignoredFiles.push(change.path);
      continue;
    }
    const owner = state.base.byPath.get(change.path);
    if (owner) onDelete(state, owner);
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
  const child = owner.child;
  if (!now) {
    if (before.meta !== void 0 && isCustomName(before.fullName)) {
      destroy(state, memberOf2(before));
      return;
    }
    if (!child) return;
    skip(
      state,
      memberOf2(before),
      "standard objects are never deleted; only their custom children are"
    );
  }
  if (!child) {
    state.plan.warnings.push(
      `${owner.component.meta ?? before.fullName} was deleted but ${before.fullName} still has child files; the object itself is neither deployed nor deleted.`
    );
    return;
  }
  if (now && childNamed(now, child.name)) {
    touchObject(state, now).children.add(child.name);
    return;
  }
  const member = { type: child.type.name, fullName: `${before.fullName}.${child.name}` };
  if (child.type.name === "RecordType")
    skip(
      state,
      member,
      "record types cannot be deleted through the Metadata API; deactivate them instead"
    );
  else destroy(state, member);
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
  for (const child of before?.children ?? [])
    if (!childNamed(now, child.name))
      destroy(state, { type: child.type.name, fullName: `${before?.fullName ?? ""}.${child.name}` });
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
  for (const child of pick.component.children) {
    if (!child.type.addressable) continue;
    const change = childNamed(before, child.name) ? "changed" : "added";
    out.push({ type: child.type.name, fullName: `${c.fullName}.${child.name}`, change });
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

// src/delta/ignore-overlay.ts
var FILE2 = ".forceignore";
function isIgnoreFile(path3) {
  return path3 === FILE2 || path3.endsWith(`/${FILE2}`);
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
  readFile(path3) {
    return isIgnoreFile(path3) ? this.head.readFile(path3) : this.base.readFile(path3);
  }
  exists(path3) {
    return isIgnoreFile(path3) ? this.head.exists(path3) : this.base.exists(path3);
  }
};

// src/delta/delta-scope.ts
var LABELS = ".labels-meta.xml";
var IGNORE = ".forceignore";
function dirOf(path3) {
  const i = path3.lastIndexOf("/");
  return i === -1 ? "" : path3.slice(0, i);
}
function baseOf(path3) {
  const name = path3.slice(path3.lastIndexOf("/") + 1);
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
  for (const path3 of changed) {
    const bases = siblings.get(dirOf(path3)) ?? /* @__PURE__ */ new Set();
    siblings.set(dirOf(path3), bases.add(baseOf(path3)));
    for (let d = dirOf(path3); d !== ""; d = dirOf(d)) ancestors.add(dirOf(d));
    if (path3.endsWith(LABELS)) labels = true;
    if (path3.endsWith("Folder-meta.xml"))
      subtrees.push(path3.replace(/\.[^./]+Folder-meta\.xml$/, "/"));
    const segs = path3.split("/");
    for (let i = 0; i < segs.length - 1; i++) {
      const dir = segs[i] ?? "";
      const type = registry.byFolder.get(dir);
      if (!type) continue;
      const name = baseOf(segs[i + 1] ?? "");
      if (type.strategy !== "decomposed") {
        pairs.add(`${dir}/${name}`);
        continue;
      }
      const parent = `${dir}/${name}/${name}.${type.suffix ?? ""}-meta.xml`;
      parents.add(`${escapeRegExp(parent)}$`);
      if (path3.endsWith(`/${parent}`) || path3 === parent)
        parents.add(`${escapeRegExp(`${dir}/${name}/fields/`)}`);
    }
  }
  const owned = pairs.size + parents.size === 0 ? void 0 : new RegExp(
    `(^|/)(?:(?:${[...pairs].map(escapeRegExp).join("|") || "(?!)"})(?:[./]|$)|${[...parents].join("|") || "(?!)"})`
  );
  return (path3) => {
    const dir = dirOf(path3);
    if (siblings.get(dir)?.has(baseOf(path3)) === true) return true;
    if (path3.endsWith(IGNORE) && (path3 === IGNORE || path3.endsWith(`/${IGNORE}`))) return true;
    if (labels && path3.endsWith(LABELS)) return true;
    if (ancestors.has(dir) && path3.endsWith("Folder-meta.xml")) return true;
    if (owned?.test(path3) === true) return true;
    return subtrees.length > 0 && subtrees.some((s) => path3.startsWith(s));
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
  readFile(path3) {
    return this.tree.readFile(path3);
  }
  exists(path3) {
    return this.tree.exists(path3);
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
  async readFile(path3) {
    try {
      return await this.content.readFile(path3);
    } catch {
      return this.listing.readFile(path3);
    }
  }
  /** A scan of the index listing: a few calls per delta cost less than indexing every file. */
  exists(path3) {
    if (!this.tracked) return this.listing.exists(path3);
    const p = joinTreePath(path3);
    if (p === "" || this.tracked.includes(p)) return Promise.resolve(true);
    const n = p.length;
    const below = (f) => f.length > n + 1 && f.charCodeAt(n) === 47 && f.startsWith(p);
    return Promise.resolve(this.tracked.some(below));
  }
};

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

// src/delta/delta-build.ts
async function buildDelta(request) {
  const reading = readDelta(request.root, request.from, request.to, request.base);
  const reader = new GitObjectReader(request.root).start();
  try {
    const { repo, range, changes, tracked } = await reading;
    const onDisk = tracked ? new FsSourceTree(request.root) : void 0;
    const registry = defaultRegistry();
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
    const headOf = (git2) => onDisk ? new ListedTree(git2, onDisk, tracked) : git2;
    const gitHead = at(range.to, tracked?.filter(scope));
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
      const everything = at(range.to, tracked);
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
function packageDirs(index, sourceDirs) {
  const dirs = sourceDirs.length > 0 ? sourceDirs : index.config.packageDirectories;
  return dirs.map((d) => joinTreePath(index.projectDir, d));
}
function checkUnknown(plan, ignoreUnknown) {
  if (plan.unknownFiles.length === 0) return;
  const message = `${plan.unknownFiles.length} changed file${plan.unknownFiles.length === 1 ? "" : "s"} match no metadata type: ${plan.unknownFiles.join(", ")}. Add them to .forceignore or report the type.`;
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
  encodeUtf8,
  decodeUtf8,
  parseXml,
  zipPackage,
  unzipEntries,
  defaultRegistry,
  writeXml,
  buildPackageXml,
  parsePackageXml,
  resolveSource,
  checkZipSize,
  buildPackage,
  FsSourceTree,
  GitDeltaError,
  openRepo,
  resolveRange,
  changedFiles,
  decideTestRun,
  buildDelta,
  readMetadataDir,
  readMetadataZip
};
