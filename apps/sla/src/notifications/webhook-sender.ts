import { Injectable } from '@nestjs/common';
import { sendPinned } from '../net/outbound-request';
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
      const response = await sendPinned(url, verdict.addresses[0], {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
        timeoutMs: WEBHOOK_TIMEOUT_MS,
        maxBodyBytes: MAX_ERROR_BODY,
      });
      if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status, error: null };
      const redirect = response.status >= 300 && response.status < 400 ? ' (redirects are not followed)' : '';
      return { ok: false, status: response.status, error: `answered ${response.status}${redirect}${response.text ? `: ${response.text}` : ''}` };
    } catch (error) {
      return { ok: false, status: null, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
