import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One incident notification as SLA monitoring POSTs it, with the path it was sent to. */
export interface IncidentDelivery {
  path: string;
  headers: IncomingHttpHeaders;
  type: string;
  incident: { id: string; property: string; portUrn: string };
}

export interface IncidentReceiver {
  url: string;
  received: IncidentDelivery[];
  close(): Promise<void>;
}

/** A local webhook receiver that answers 200 and keeps what it was sent. */
export async function startIncidentReceiver(): Promise<IncidentReceiver> {
  const received: IncidentDelivery[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const parsed = JSON.parse(body) as Omit<IncidentDelivery, 'path' | 'headers'>;
      received.push({ path: req.url ?? '/', headers: req.headers, type: parsed.type, incident: parsed.incident });
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
