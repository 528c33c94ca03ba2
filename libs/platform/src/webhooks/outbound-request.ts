import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';

/** One outbound HTTP request: its body (if any), a deadline for the whole exchange, and how much of the answer to read. */
export interface OutboundRequest {
  method: 'GET' | 'HEAD' | 'POST';
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** Bytes of the answer's body kept; the rest is not read (the connection is closed). */
  maxBodyBytes: number;
  /** The User-Agent header; `meshwork` when absent. */
  userAgent?: string;
}

export interface OutboundAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The first `maxBodyBytes` of the body as UTF-8, trimmed. */
  text: string;
}

/** Why a request got no answer within its deadline. */
export function noAnswerWithin(timeoutMs: number): string {
  return timeoutMs % 1000 === 0 ? `no answer within ${timeoutMs / 1000} s` : `no answer within ${timeoutMs} ms`;
}

/**
 * Sends a request to `address`, the address just checked for the URL's host: the connection is pinned to it, so a
 * name cannot resolve elsewhere in between. Redirects are never followed (node's http does not); the deadline
 * covers connecting, the answer and the body read.
 */
export function sendPinned(url: URL, address: string, request: OutboundRequest): Promise<OutboundAnswer> {
  const family = isIP(address);
  const lookup = ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as unknown as LookupFunction;
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const headers = { 'user-agent': request.userAgent ?? 'meshwork', ...request.headers, ...(request.body !== undefined ? { 'content-length': String(Buffer.byteLength(request.body)) } : {}) };
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => reject(error.name === 'AbortError' || error.name === 'TimeoutError' ? new Error(noAnswerWithin(request.timeoutMs)) : error);
    const req = send(url, { method: request.method, headers, lookup, signal: AbortSignal.timeout(request.timeoutMs) }, (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8').slice(0, request.maxBodyBytes).trim() });
      res.on('data', (chunk: Buffer) => {
        if (size < request.maxBodyBytes) chunks.push(chunk.subarray(0, request.maxBodyBytes - size));
        size += chunk.length;
        // Enough read: the rest of a large or endless body is not waited for.
        if (size >= request.maxBodyBytes) {
          done();
          res.destroy();
        }
      });
      res.on('end', done);
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end(request.body);
  });
}
