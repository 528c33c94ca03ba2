import { Injectable } from '@nestjs/common';
import { normalHost } from '../net/outbound-address';

const DEFAULT_INTERVAL_MS = 1000;

/**
 * Notification settings, read from the environment when the application starts:
 * - SLA_DISPATCHER=off: no loop; deliveries are made by calling NotificationDispatcher.runOnce (tests).
 * - SLA_DISPATCHER_INTERVAL_MS: pause between two runs of the loop (default 1000).
 * - SLA_ALLOW_HTTP_WEBHOOKS=true: accept http:// webhook URLs (https:// only otherwise).
 * - SLA_WEBHOOK_ALLOWED_HOSTS: comma-separated host names or addresses that may be private or loopback.
 * - MESHWORK_SERVICE_TOKEN: bearer token the service reads grants with (a platform admin's or an auditor's).
 */
@Injectable()
export class NotificationSettings {
  readonly dispatcher: boolean;
  readonly intervalMs: number;
  readonly allowHttp: boolean;
  readonly allowedHosts: ReadonlySet<string>;
  readonly serviceToken: string | undefined;

  constructor() {
    const env = process.env;
    this.dispatcher = env.SLA_DISPATCHER !== 'off';
    const interval = Number(env.SLA_DISPATCHER_INTERVAL_MS);
    this.intervalMs = Number.isInteger(interval) && interval > 0 ? interval : DEFAULT_INTERVAL_MS;
    this.allowHttp = env.SLA_ALLOW_HTTP_WEBHOOKS === 'true';
    this.allowedHosts = new Set(
      (env.SLA_WEBHOOK_ALLOWED_HOSTS ?? '')
        .split(',')
        .map((host) => normalHost(host.trim()))
        .filter((host) => host.length > 0),
    );
    this.serviceToken = env.MESHWORK_SERVICE_TOKEN || undefined;
  }
}
