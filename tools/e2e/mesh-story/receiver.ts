/**
 * A local webhook receiver: every POST is kept with its path, signature headers and raw body, answered 204. The
 * signature is checked as a subscriber would: X-Meshwork-Signature is `sha256=` + HMAC-SHA256 of
 * `<X-Meshwork-Timestamp>.<body>` keyed with the subscription's secret.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Delivery {
  path: string;
  timestamp: string | undefined;
  signature: string | undefined;
  body: string;
  /** The parsed body, or undefined when it is not JSON. */
  json: WebhookBody | undefined;
  receivedAt: number;
}

/**
 * The body SLA monitoring POSTs (apps/sla notifications): an incident event (`incident`, `port`, `product`), or a
 * breaking-change notice (`oldUrn`, `newUrn`, `contract`, `changes`).
 */
export interface WebhookBody {
  type: string;
  incident?: { id?: string; portUrn?: string; property?: string; open?: boolean; closeReason?: string | null };
  port?: { urn: string; name: string | null; ownerTeamId: string | null } | string;
  oldUrn?: string;
  newUrn?: string;
  contract?: { id?: string; version?: string; previousVersion?: string | null; major?: number; previousMajor?: number };
  breaking?: boolean;
  changes?: { path?: string; detail?: string }[];
}

export interface Receiver {
  /** Base URL: `http://127.0.0.1:<port>`. */
  url: string;
  deliveries: Delivery[];
  close(): Promise<void>;
}

/** Whether the delivery carries the signature `secret` makes over its timestamp and body. */
export function signatureValid(delivery: Delivery, secret: string): boolean {
  if (!delivery.timestamp || !delivery.signature) return false;
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(`${delivery.timestamp}.${delivery.body}`).digest('hex')}`);
  const given = Buffer.from(delivery.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function parse(body: string): WebhookBody | undefined {
  try {
    return JSON.parse(body) as WebhookBody;
  } catch {
    return undefined;
  }
}

export async function startReceiver(): Promise<Receiver> {
  const deliveries: Delivery[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method !== 'POST') {
        res.writeHead(405).end();
        return;
      }
      const body = Buffer.concat(chunks).toString('utf8');
      deliveries.push({ path: req.url ?? '/', timestamp: header(req, 'x-meshwork-timestamp'), signature: header(req, 'x-meshwork-signature'), body, json: parse(body), receivedAt: Date.now() });
      res.writeHead(204).end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    deliveries,
    close: () => new Promise((resolve) => server.close(() => resolve()).closeAllConnections()),
  };
}
