/** One HTTP request as the API clients build it. */
export interface HttpRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  url: string
  headers: Record<string, string>
  body?: string | Uint8Array
  /** Per-request timeout; the transport has a default. */
  timeoutMs?: number
}

/** A response of any status; the transport never throws on 4xx/5xx. */
export interface HttpResponse {
  status: number
  headers: Record<string, string>
  body: string
}

/**
 * The HTTP port. Throws TransientError for network failures (reset, refused, DNS, timeout) and
 * never follows redirects, so a token is never sent to a host the caller did not choose.
 */
export interface HttpTransport {
  send(request: HttpRequest): Promise<HttpResponse>
}
