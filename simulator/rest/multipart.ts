/**
 * A minimal multipart/form-data reader for the REST deployRequest upload: finds each part's name,
 * filename, content type and raw bytes (zip parts stay binary).
 */

/** One multipart part. */
export interface FormPart {
  name: string
  filename: string | undefined
  contentType: string | undefined
  data: Buffer
}

/** Splits a multipart body; throws a clear Error when the boundary is missing or unused. */
export function parseMultipart(body: Buffer, contentType: string | undefined): FormPart[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '')
  const token = boundary?.[1] ?? boundary?.[2]?.trim()
  if (!token) throw new Error('Content-Type has no multipart boundary')
  const delimiter = Buffer.from(`--${token}`)
  const parts: FormPart[] = []
  let position = body.indexOf(delimiter)
  if (position < 0) throw new Error('multipart body does not contain its boundary')
  for (;;) {
    const start = position + delimiter.length
    if (body.subarray(start, start + 2).toString() === '--') break
    const next = body.indexOf(delimiter, start)
    if (next < 0) break
    const chunk = body.subarray(start, next)
    const headerEnd = chunk.indexOf('\r\n\r\n')
    if (headerEnd >= 0) {
      const headers = chunk.subarray(0, headerEnd).toString('utf8')
      let data = chunk.subarray(headerEnd + 4)
      if (data.subarray(-2).toString() === '\r\n') data = data.subarray(0, -2)
      const disposition = /content-disposition:([^\r\n]*)/i.exec(headers)?.[1] ?? ''
      const type = /content-type:\s*([^\r\n]*)/i.exec(headers)?.[1]?.trim()
      parts.push({
        name: /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? '',
        filename: /\bfilename="([^"]*)"/i.exec(disposition)?.[1],
        contentType: type,
        data
      })
    }
    position = next
  }
  return parts
}
