/**
 * The runner's job cancel, delivered through the run's own cancel port right after the first HTTP
 * answer a predicate picks: the run is then in the middle of that step.
 */
import type { HttpRequest } from '../../src/http/transport.ts'
import { createUndiciTransport } from '../../src/http/undici-transport.ts'
import type { RunDeps } from '../../src/runner/run-deps.ts'

/** Run deps that cancel the job once `when` has matched a request and its answer has arrived. */
export function cancelAfter(when: (request: HttpRequest) => boolean): Partial<RunDeps> {
  const http = createUndiciTransport()
  let listener: (() => void) | undefined
  let fired = false
  return {
    onJobCancel: (l) => {
      listener = l
      return () => (listener = undefined)
    },
    http: {
      async send(request) {
        const response = await http.send(request)
        if (!fired && when(request)) {
          fired = true
          listener?.()
        }
        return response
      }
    }
  }
}

/** A Tooling API create (POST) of `object`, e.g. `ApexClassMember` or `ContainerAsyncRequest`. */
export const toolingCreate =
  (object: string) =>
  (request: HttpRequest): boolean =>
    request.method === 'POST' &&
    new URL(request.url).pathname.endsWith(`/tooling/sobjects/${object}`)

/** The DELETE of a MetadataContainer. */
export const containerDelete = (request: HttpRequest): boolean =>
  request.method === 'DELETE' &&
  new URL(request.url).pathname.includes('/tooling/sobjects/MetadataContainer/')
