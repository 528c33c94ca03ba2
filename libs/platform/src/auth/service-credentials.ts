/** What POST /v1/auth/token of the access service answers. */
interface IssuedToken {
  accessToken?: unknown;
  expiresIn?: unknown;
}

export interface ServiceCredentialsOptions {
  /** An API key of the service's own account, exchanged for a JWT at the access service (MESHWORK_SERVICE_API_KEY). */
  apiKey: () => string | undefined;
  /** A bearer token used as it is, when no API key is given (MESHWORK_SERVICE_TOKEN). */
  token: () => string | undefined;
  /** Base URL of the access service, whose POST /v1/auth/token exchanges the API key. */
  accessUrl: () => string;
  now?: () => number;
  /** Milliseconds before an exchange is given up (default 10 s). */
  timeoutMs?: number;
}

/**
 * How a service speaks for itself to the other services (the feeds it reads): an API key exchanged for a JWT at the
 * access service, kept until shortly before it expires (a tenth of its lifetime, at most a minute, early) and
 * exchanged again then or after a 401; concurrent callers share one exchange. Without an API key, a static token.
 */
export class ServiceCredentials {
  private cached: { token: string; refreshAt: number; apiKey: string } | undefined;
  private pending: Promise<string> | undefined;

  constructor(private readonly options: ServiceCredentialsOptions) {}

  /** Whether the service has credentials at all. */
  get configured(): boolean {
    return this.options.apiKey() !== undefined || this.options.token() !== undefined;
  }

  /** The variable the credentials come from, for messages. */
  get source(): string {
    return this.options.apiKey() !== undefined ? 'MESHWORK_SERVICE_API_KEY' : 'MESHWORK_SERVICE_TOKEN';
  }

  /** The bearer token to send now; undefined without credentials. Throws when the API key cannot be exchanged. */
  async token(): Promise<string | undefined> {
    const apiKey = this.options.apiKey();
    if (apiKey === undefined) return this.options.token();
    const now = (this.options.now ?? Date.now)();
    if (this.cached && this.cached.apiKey === apiKey && now < this.cached.refreshAt) return this.cached.token;
    this.pending ??= this.exchange(apiKey).finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** After a 401: forgets the JWT so that the next call exchanges the key again; false when there is nothing to renew. */
  refresh(): boolean {
    if (this.options.apiKey() === undefined) return false;
    this.cached = undefined;
    return true;
  }

  private async exchange(apiKey: string): Promise<string> {
    const issuedAt = (this.options.now ?? Date.now)();
    const url = `${this.options.accessUrl().replace(/\/+$/, '')}/v1/auth/token`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ apiKey }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw new Error(`exchanging MESHWORK_SERVICE_API_KEY at ${url} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    const text = await response.text();
    if (response.status !== 200) throw new Error(`exchanging MESHWORK_SERVICE_API_KEY at ${url} answered ${response.status}: ${text.slice(0, 300)}`);
    let issued: IssuedToken;
    try {
      issued = JSON.parse(text) as IssuedToken;
    } catch {
      throw new Error(`exchanging MESHWORK_SERVICE_API_KEY at ${url} answered a body that is not JSON`);
    }
    if (typeof issued.accessToken !== 'string' || typeof issued.expiresIn !== 'number' || issued.expiresIn <= 0) {
      throw new Error(`exchanging MESHWORK_SERVICE_API_KEY at ${url} answered no accessToken and expiresIn`);
    }
    const lifetimeMs = issued.expiresIn * 1000;
    this.cached = { token: issued.accessToken, apiKey, refreshAt: issuedAt + lifetimeMs - Math.min(60_000, lifetimeMs / 10) };
    return issued.accessToken;
  }
}
