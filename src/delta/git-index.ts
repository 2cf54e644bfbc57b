/**
 * Pure: the paths in a git index file (`.git/index`, formats 2 to 4), what `git ls-files` lists,
 * read without starting a process. Anything this reader does not handle exactly as ls-files
 * would (unmerged entries, sparse directories, a split index, SHA-256 object ids, a damaged file)
 * returns undefined, and the caller runs ls-files instead.
 */

const HEADER = 12
const SHA1 = 20
/** ctime, mtime, dev, ino, mode, uid, gid, size (4 bytes each but the times: 8), oid, flags. */
const ENTRY_FIXED = 40 + SHA1 + 2
const EXTENDED = 0x4000
const NAME_MASK = 0xfff
const TYPE_MASK = 0o170000
const DIRECTORY = 0o040000
const SYMLINK = 0o120000

/** Tracked paths below a tree root, and which of them are symbolic links. */
export interface TrackedFiles {
  paths: string[]
  /** The paths of `paths` git stores as symbolic links (mode 120000), in the same order. */
  links: string[]
}

function u32(bytes: Uint8Array, at: number): number {
  return (
    (((bytes[at] ?? 0) << 24) |
      ((bytes[at + 1] ?? 0) << 16) |
      ((bytes[at + 2] ?? 0) << 8) |
      (bytes[at + 3] ?? 0)) >>>
    0
  )
}

function u16(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0)
}

/**
 * Tracked paths that start with `root` (a tree-root prefix such as `app/`, or ''), with `root`
 * removed, in index order; undefined when ls-files must answer instead.
 */
export function indexPaths(bytes: Uint8Array, root: string): string[] | undefined {
  return indexEntries(bytes, root)?.paths
}

/** indexPaths, with the symbolic links among them (read from each entry's mode). */
export function indexEntries(bytes: Uint8Array, root: string): TrackedFiles | undefined {
  if (bytes.length < HEADER + SHA1 || u32(bytes, 0) !== 0x44495243) return undefined // "DIRC"
  const version = u32(bytes, 4)
  if (version < 2 || version > 4) return undefined
  const count = u32(bytes, 8)
  const end = bytes.length - SHA1
  // Names are sliced from one Latin-1 view of the file (byte offset = character offset); only
  // names with bytes above 0x7f are decoded again as UTF-8.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  const utf8 = new TextDecoder('utf-8', { fatal: false })
  const paths: string[] = []
  const links: string[] = []
  let previous = ''
  let at = HEADER
  for (let i = 0; i < count; i++) {
    if (at + ENTRY_FIXED > end) return undefined
    const mode = u32(bytes, at + 24)
    const flags = u16(bytes, at + 60)
    if ((flags & 0x3000) !== 0 || (mode & TYPE_MASK) === DIRECTORY) return undefined // unmerged, sparse
    let name = at + ENTRY_FIXED + (version >= 3 && (flags & EXTENDED) !== 0 ? 2 : 0)
    let strip = 0
    if (version === 4) {
      // Offset varint: how many bytes of the previous name to drop before this suffix.
      let c = bytes[name++] ?? 0
      strip = c & 127
      while ((c & 128) !== 0) {
        c = bytes[name++] ?? 0
        strip = ((strip + 1) << 7) | (c & 127)
      }
    }
    const nul = bytes.indexOf(0, name)
    if (nul === -1 || nul >= end) return undefined
    let raw = text.slice(name, nul)
    if (/[\u0080-\u00ff]/.test(raw)) raw = utf8.decode(bytes.subarray(name, nul))
    let path = raw
    if (version === 4) {
      const previousBytes = Buffer.byteLength(previous)
      if (strip > previousBytes) return undefined
      path = decodeJoin(previous, previousBytes, strip, bytes.subarray(name, nul), raw)
    } else if ((flags & NAME_MASK) !== NAME_MASK && (flags & NAME_MASK) !== nul - name)
      return undefined
    previous = path
    if (path.startsWith(root)) {
      paths.push(path.slice(root.length))
      if ((mode & TYPE_MASK) === SYMLINK) links.push(path.slice(root.length))
    }
    // Formats 2 and 3 pad each entry with 1 to 8 NULs to a multiple of 8 bytes.
    at = version === 4 ? nul + 1 : at + ((name - at + (nul - name) + 8) & ~7)
  }
  return hasUnsupportedExtension(bytes, at, end) ? undefined : { paths, links }
}

/** `previous` (`previousBytes` long in UTF-8) less its last `strip` bytes, then `suffix`, as text. */
function decodeJoin(
  previous: string,
  previousBytes: number,
  strip: number,
  suffix: Uint8Array,
  suffixText: string
): string {
  // Only an ASCII name has as many characters as bytes: `é1` (3 bytes) less 1 byte is `é`, not
  // its first 2 characters.
  if (previousBytes === previous.length)
    return previous.slice(0, previousBytes - strip) + suffixText
  const head = Buffer.from(previous, 'utf8').subarray(0, previousBytes - strip)
  return Buffer.concat([head, suffix]).toString('utf8')
}

/** A split index (`link`) or a sparse index (`sdir`) needs git itself to expand. */
function hasUnsupportedExtension(bytes: Uint8Array, from: number, end: number): boolean {
  let at = from
  while (at + 8 <= end) {
    const signature = String.fromCharCode(...bytes.subarray(at, at + 4))
    if (signature === 'link' || signature === 'sdir') return true
    at += 8 + u32(bytes, at + 4)
  }
  return at !== end
}
