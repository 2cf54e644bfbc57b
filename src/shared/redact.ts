/**
 * The one redactor. Every text that leaves the process (log lines, the job summary, report files
 * and artifacts, the check run, the PR comment, outputs) goes through `redact`, which replaces
 * each secret the run knows and anything shaped like a Salesforce or GitHub credential. The org
 * can echo a token in an error message or a component problem, and runner masking covers only
 * the log, so reports must be cleaned by the action itself.
 *
 * The pure functions take the secrets as an argument; `secrets` is the process's registry, fed
 * by the shell as secrets appear (inputs, issued tokens, JWT assertions).
 */

/** What a secret is replaced with (the runner's own mask). */
export const REDACTED = '***'

/** Shorter values are not redacted: they would mangle ordinary words (and cannot be secrets). */
export const MIN_SECRET_LENGTH = 6

/**
 * Credential shapes redacted even when the value is not known: Salesforce session ids and
 * refresh tokens, JWTs (assertions and JWT-format access tokens), auth URLs, private keys and
 * GitHub tokens. Each is linear to match (a text matches each in one way only). They also match
 * a credential in the text the summaries print, since the whole summary is redacted once it is
 * written: an `_` may be markdown-escaped (`ghp\_…`, src/report/escape.ts) and a key's line
 * breaks written as `<br>` in a table cell.
 */
const SHAPES: readonly [RegExp, string][] = [
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
]

/**
 * The forms a secret can take in text the action writes: as given, each of its lines (a PEM key
 * is echoed line by line), URL-encoded, JSON-escaped, and HTML- and markdown-escaped as the
 * summaries print untrusted text. URL-encoded is two forms: encodeURIComponent keeps `!'()~`, but
 * form and query encoders (URLSearchParams, as the token client sends secrets; Java's URLEncoder)
 * percent-encode them, and a Salesforce session id holds a `!`.
 */
export function secretForms(value: string): string[] {
  const v = value.trim()
  const html = v
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
  const forms = [
    v,
    ...v.split(/\r\n|\r|\n/).map((line) => line.trim()),
    encodeURIComponent(v),
    new URLSearchParams({ v }).toString().slice('v='.length),
    JSON.stringify(v).slice(1, -1),
    html,
    html.replace(/([\\`*_[\]])/g, '\\$1')
  ]
  return [...new Set(forms)].filter((f) => f.length >= MIN_SECRET_LENGTH)
}

/** A redactor over fixed secrets (their forms included). Pure. */
export function createRedactor(secrets: Iterable<string>): (text: string) => string {
  const forms = [...new Set([...secrets].flatMap(secretForms))]
  // Longest first, so a secret that contains another is replaced whole.
  forms.sort((a, b) => b.length - a.length)
  const known =
    forms.length > 0
      ? new RegExp(forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g')
      : undefined
  return (text) => {
    let out = known ? text.replace(known, REDACTED) : text
    for (const [shape, replacement] of SHAPES) out = out.replace(shape, replacement)
    return out
  }
}

/**
 * A copy of `value` with every string in it redacted: plain objects and arrays are copied, other
 * objects (dates, functions) are kept as they are.
 */
export function redactDeep<T>(value: T, redact: (text: string) => string): T {
  return walk(value, redact) as T
}

function walk(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value)
  if (Array.isArray(value)) return value.map((item) => walk(item, redact))
  if (value === null || typeof value !== 'object') return value
  const proto = Object.getPrototypeOf(value) as unknown
  if (proto !== Object.prototype && proto !== null) return value
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) out[key] = walk(item, redact)
  return out
}

/** The secrets of this process: added by the shell, applied at every exit. */
export class SecretRegistry {
  private readonly values = new Set<string>()
  private mask: ((form: string) => void) | undefined
  private redactor: ((text: string) => string) | undefined

  /** Remembers a secret and hands each of its forms to the mask. */
  add(value: string | undefined): void {
    if (value === undefined || value.trim().length < MIN_SECRET_LENGTH) return
    const v = value.trim()
    if (this.values.has(v)) return
    this.values.add(v)
    this.redactor = undefined
    for (const form of secretForms(v)) this.mask?.(form)
  }

  /**
   * Sets what masks each form of a secret (the shell gives the runner's add-mask), and applies it
   * to the secrets known already. One mask at a time: setting it again replaces it.
   */
  maskWith(mask: (form: string) => void): void {
    if (this.mask === mask) return
    this.mask = mask
    for (const value of this.values) for (const form of secretForms(value)) mask(form)
  }

  /** The text with every known secret and credential shape replaced by `***`. */
  redact(text: string): string {
    this.redactor ??= createRedactor(this.values)
    return this.redactor(text)
  }

  /** Whether `text` holds one of the known secrets (in any of its forms); shapes do not count. */
  knows(text: string): boolean {
    for (const value of this.values)
      for (const form of secretForms(value)) if (text.includes(form)) return true
    return false
  }

  /** `redactDeep` with the known secrets. */
  redactDeep<T>(value: T): T {
    return redactDeep(value, (text) => this.redact(text))
  }
}

/** The process's secrets. */
export const secrets = new SecretRegistry()

/** Redacts with the process's secrets: the function to call where a text leaves the process. */
export function redact(text: string): string {
  return secrets.redact(text)
}
