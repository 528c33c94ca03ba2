import { Injectable } from '@nestjs/common';
import { postWebhook, type SendOutcome } from '@meshwork/platform';
import { NotificationSettings } from './notification-settings';

export { type SendOutcome, WEBHOOK_TIMEOUT_MS } from '@meshwork/platform';

/** POSTs a webhook with libs/platform's outbound rules: private or loopback hosts only when SLA_WEBHOOK_ALLOWED_HOSTS lists them. */
@Injectable()
export class WebhookSender {
  constructor(private readonly settings: NotificationSettings) {}

  post(rawUrl: string, headers: Record<string, string>, body: string): Promise<SendOutcome> {
    return postWebhook(rawUrl, headers, body, { privateAllowed: (host) => this.settings.allowedHosts.has(host) }, 'meshwork-sla');
  }
}
