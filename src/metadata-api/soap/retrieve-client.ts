import { TransientError } from '../../shared/errors.ts'
import { normalizeListMetadata, normalizeRetrieveResult } from '../normalize-retrieve.ts'
import { text } from '../normalize-leaf.ts'
import type { OrgCaller } from '../org-caller.ts'
import type {
  FileProperties,
  ListMetadataQuery,
  RetrieveApi,
  RetrieveRequest,
  RetrieveResult
} from '../retrieve-api.ts'
import type * as wire from '../retrieve-wire.ts'
import type { Leaf } from '../wire.ts'
import * as envelopes from './retrieve-envelopes.ts'
import { soapCaller } from './soap-client.ts'

/** retrieve, checkRetrieveStatus and listMetadata over SOAP (`/services/Soap/m/{version}`). */
export function createSoapRetrieveApi(caller: OrgCaller, apiVersion: string): RetrieveApi {
  const call = soapCaller(caller, apiVersion)
  return {
    async retrieve(request: RetrieveRequest): Promise<string> {
      const result = (await call('retrieve', envelopes.retrieveBody(request))) as
        { id?: Leaf } | undefined
      const id = text(result?.id)
      if (!id) throw new TransientError('retrieve: the response carried no id')
      return id
    },
    async checkRetrieveStatus(id: string, includeZip: boolean): Promise<RetrieveResult> {
      const result = await call(
        'checkRetrieveStatus',
        envelopes.checkRetrieveStatusBody(id, includeZip)
      )
      return normalizeRetrieveResult(result as wire.RetrieveResult)
    },
    async listMetadata(query: ListMetadataQuery): Promise<FileProperties[]> {
      return normalizeListMetadata(
        await call('listMetadata', envelopes.listMetadataBody(query, apiVersion))
      )
    }
  }
}
