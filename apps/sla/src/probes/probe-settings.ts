import { Inject, Injectable } from '@nestjs/common';
import { HostList, type OutboundRules, PLATFORM_CONFIG, type PlatformConfig } from '@meshwork/platform';

const DEFAULT_INTERVAL_MS = 5000;

/**
 * Probe settings, read from the environment when the application starts:
 * - SLA_PROBER=off|on: the loop runs unless off; off by default under NODE_ENV=test, where tests call runOnce.
 * - SLA_PROBER_INTERVAL_MS: pause between two passes of the loop (default 5000).
 * - SLA_PROBE_ALLOWED_HOSTS: comma-separated hosts (`status.example.com`, `*.example.com`, an address); when set,
 *   probes may call only those.
 * - SLA_PROBE_ALLOW_PRIVATE=true: probes may call private, loopback and link-local addresses (refused otherwise).
 */
@Injectable()
export class ProbeSettings {
  readonly prober: boolean;
  readonly intervalMs: number;
  readonly allowedHosts: HostList;
  readonly allowPrivate: boolean;
  /** Probes claimed per transaction, all run at once: a batch holds its locks for one timeout (10 s) at most. */
  readonly batchSize = 8;

  constructor(@Inject(PLATFORM_CONFIG) config: PlatformConfig) {
    const env = process.env;
    this.prober = env.SLA_PROBER ? env.SLA_PROBER !== 'off' : config.nodeEnv !== 'test';
    const interval = Number(env.SLA_PROBER_INTERVAL_MS);
    this.intervalMs = Number.isInteger(interval) && interval > 0 ? interval : DEFAULT_INTERVAL_MS;
    this.allowedHosts = new HostList(env.SLA_PROBE_ALLOWED_HOSTS);
    this.allowPrivate = env.SLA_PROBE_ALLOW_PRIVATE === 'true';
  }

  /** What a probe may reach: the allow-list when set, private addresses only when allowed. */
  get rules(): OutboundRules {
    return {
      ...(this.allowedHosts.empty ? {} : { hostAllowed: (host: string) => this.allowedHosts.has(host) }),
      privateAllowed: () => this.allowPrivate,
    };
  }
}
