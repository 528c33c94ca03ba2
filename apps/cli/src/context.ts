import { createMeshClient, type MeshClient } from '@meshwork/sdk';
import { type Connection, missingCredential, type StoredConfig } from './config';
import type { CliIo } from './io';
import type { OutputFormat } from './output';

/** What every command runs with: the streams, the output format, and the mesh as configured. */
export class Context {
  private client: MeshClient | undefined;
  private anonymousClient: MeshClient | undefined;

  constructor(
    readonly io: CliIo,
    readonly format: OutputFormat,
    readonly connection: Connection,
    readonly stored: StoredConfig,
    private readonly timeoutMs: number | undefined,
  ) {}

  /** The mesh with the configured credentials; `what` names the command in the error when there are none. */
  mesh(what: string): MeshClient {
    const credential = this.connection.credential;
    if (!credential) throw missingCredential(what);
    this.client ??= this.clientWith(credential.kind === 'apiKey' ? { apiKey: credential.value } : { token: credential.value });
    return this.client;
  }

  /** The mesh without credentials (exchanging an API key). */
  anonymousMesh(): MeshClient {
    this.anonymousClient ??= this.clientWith({});
    return this.anonymousClient;
  }

  clientWith(auth: { apiKey?: string; token?: string }): MeshClient {
    return createMeshClient({
      urls: this.connection.urls,
      ...auth,
      ...(this.io.fetch ? { fetch: this.io.fetch } : {}),
      ...(this.timeoutMs !== undefined ? { timeoutMs: this.timeoutMs } : {}),
      userAgent: 'meshwork-cli',
    });
  }

  /** Prints a result: the value as JSON, or the text lines `render` makes of it. */
  emit<T>(value: T, render: (value: T) => string[]): void {
    if (this.format === 'json') this.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
    else this.io.stdout(render(value).map((line) => `${line}\n`).join(''));
  }

  /** A remark for the person at the terminal (standard error, so standard output stays the result). */
  note(text: string): void {
    this.io.stderr(`${text}\n`);
  }
}
