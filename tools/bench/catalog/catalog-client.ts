/** Just enough of the catalog's HTTP API for seeding and preparing scenarios, over fetch (keep-alive). */
export interface Answer<T> {
  status: number;
  body: T | undefined;
  text: string;
}

/** An answer other than the ones the caller accepts. */
export class UnexpectedAnswer extends Error {
  constructor(
    readonly status: number,
    request: string,
    text: string,
  ) {
    super(`${request} answered ${status}: ${text.slice(0, 2000)}`);
  }
}

export class CatalogClient {
  constructor(
    readonly base: string,
    readonly token: string,
  ) {}

  get headers(): Record<string, string> {
    return { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' };
  }

  async send<T>(method: string, path: string, body?: unknown): Promise<Answer<T>> {
    const res = await fetch(`${this.base}${path}`, { method, headers: this.headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const text = await res.text();
    const json = res.headers.get('content-type')?.includes('json') && text ? (JSON.parse(text) as T) : undefined;
    return { status: res.status, body: json, text };
  }

  /** Like send, but throws unless the status is 2xx or one of `accepted`. */
  async expect<T>(method: string, path: string, body: unknown, accepted: number[] = []): Promise<Answer<T>> {
    const answer = await this.send<T>(method, path, body);
    if ((answer.status >= 200 && answer.status < 300) || accepted.includes(answer.status)) return answer;
    throw new UnexpectedAnswer(answer.status, `${method} ${path}`, answer.text);
  }
}
