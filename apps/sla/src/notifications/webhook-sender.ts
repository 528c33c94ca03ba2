import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { Injectable } from '@nestjs/common';
import { NotificationSettings } from './notification-settings';
import { checkHost } from './webhook-address';

export const WEBHOOK_TIMEOUT_MS = 5000;
const MAX_ERROR_BODY = 500;

/** The outcome of one POST: the HTTP status when there was an answer, and why it failed otherwise. */
export interface SendOutcome {
  ok: boolean;
  status: number | null;
  error: string | null;
}

/**
 * POSTs a webhook: the host is resolved and checked again (its addresses may have changed since the
 * subscription), the connection goes to the checked address, redirects are not followed, 5 s at most.
 */
@Injectable()
export class WebhookSender {
  constructor(private readonly settings: NotificationSettings) {}

  async post(rawUrl: string, headers: Record<string, string>, body: string): Promise<SendOutcome> {
    const url = new URL(rawUrl);
    const verdict = await checkHost(url.hostname, this.settings.allowedHosts);
    if (!verdict.allowed) return { ok: false, status: null, error: `refused: ${verdict.reason}` };
    try {
      const response = await this.request(url, verdict.addresses[0], headers, body);
      if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status, error: null };
      const redirect = response.status >= 300 && response.status < 400 ? ' (redirects are not followed)' : '';
      return { ok: false, status: response.status, error: `answered ${response.status}${redirect}${response.text ? `: ${response.text}` : ''}` };
    } catch (error) {
      return { ok: false, status: null, error: error instanceof Error ? error.message : String(error) };
    }
  }

  private request(url: URL, address: string, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
    const family = isIP(address);
    // Pins the connection to the address just checked, so a name cannot resolve elsewhere in between.
    const lookup = ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
      if (options.all) callback(null, [{ address, family }]);
      else callback(null, address, family);
    }) as unknown as LookupFunction;
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = send(
        url,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'meshwork-sla', ...headers },
          lookup,
          signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
        },
        (res: IncomingMessage) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            if (text.length < MAX_ERROR_BODY) text += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: text.slice(0, MAX_ERROR_BODY).trim() }));
          res.on('error', reject);
        },
      );
      req.on('error', (error: Error) => reject(error.name === 'AbortError' ? new Error(`no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s`) : error));
      req.end(body);
    });
  }
}
