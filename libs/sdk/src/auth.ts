import type { Authenticator, Clock } from './transport';

/** A bearer token for each request; may cache it itself. */
export type TokenProvider = () => string | Promise<string>;

/** What POST /v1/auth/token of the access service answers. */
export interface IssuedToken {
  accessToken: string;
  expiresIn: number;
}

/** A static bearer token. */
export function staticToken(token: string): Authenticator {
  return { header: async () => `Bearer ${token}`, refresh: () => false };
}

/** A token from the caller's provider, asked for on every request (and again after a 401). */
export function providedToken(provider: TokenProvider): Authenticator {
  return { header: async () => `Bearer ${await provider()}`, refresh: () => true };
}

/**
 * An API key exchanged for a JWT at the access service, cached, and exchanged again shortly before it expires (a tenth
 * of its lifetime, at most a minute, early) or after a 401. Concurrent callers share one exchange.
 */
export class ApiKeyAuthenticator implements Authenticator {
  private cached: { header: string; refreshAt: number } | undefined;
  private pending: Promise<string> | undefined;

  constructor(
    private readonly exchange: () => Promise<IssuedToken>,
    private readonly clock: Clock,
  ) {}

  async header(): Promise<string> {
    if (this.cached && this.clock.now() < this.cached.refreshAt) return this.cached.header;
    this.pending ??= this.renew().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  refresh(): boolean {
    this.cached = undefined;
    return true;
  }

  private async renew(): Promise<string> {
    const issuedAt = this.clock.now();
    const token = await this.exchange();
    const lifetimeMs = token.expiresIn * 1000;
    const header = `Bearer ${token.accessToken}`;
    this.cached = { header, refreshAt: issuedAt + lifetimeMs - Math.min(60_000, lifetimeMs / 10) };
    return header;
  }
}
