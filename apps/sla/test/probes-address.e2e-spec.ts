import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { DataSource } from 'typeorm';
import { ProberService } from '../src/probes/prober.service';
import { json, jsonBody, type SlaHarness, startSla } from './support';
import { PORT, type Problem } from './slos-support';

interface ProbeResult {
  success: boolean;
  statusCode: number | null;
  error: string | null;
  observationId: string | null;
}

const SETTINGS = ['SLA_PROBER', 'SLA_PROBE_ALLOW_PRIVATE', 'SLA_PROBE_ALLOWED_HOSTS'] as const;

/** Boots the service with these probe settings (read at boot) and the port the probes are about. */
async function startWith(settings: Partial<Record<(typeof SETTINGS)[number], string>>): Promise<SlaHarness> {
  const previous = Object.fromEntries(SETTINGS.map((key) => [key, process.env[key]]));
  Object.assign(process.env, { SLA_PROBER: 'off', SLA_PROBE_ALLOW_PRIVATE: '', SLA_PROBE_ALLOWED_HOSTS: '', ...settings });
  try {
    const h = await startSla();
    const [, , domain, product, port] = PORT.split(':');
    await h.app
      .get(DataSource)
      .query(
        `INSERT INTO "sla"."ports" ("urn", "domain", "product", "port_name", "owner_team_id", "contract_id", "contract_version", "product_version", "updated_at") VALUES ($1, $2, $3, $4, 'crm-data-team', NULL, NULL, '1.2.0', now())`,
        [PORT, domain, product, port],
      );
    return h;
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

function create(h: SlaHarness, url: string): Promise<Response> {
  return h.call('/v1/probes', { method: 'POST', ...jsonBody({ portUrn: PORT, url }) });
}

async function expectRefused(res: Response, reason: string): Promise<void> {
  expect(res.status).toBe(400);
  const problem = await json<Problem>(res);
  expect(problem.code).toBe('PROBE_URL_REFUSED');
  expect(problem.errors).toEqual([{ location: 'body', pointer: '/url', detail: expect.stringContaining(reason) }]);
}

describe('where probes may go (SSRF rules, real PostgreSQL, a local endpoint)', () => {
  let server: Server;
  let port: number;
  let hits = 0;

  beforeAll(async () => {
    server = createServer((_req, res) => {
      hits++;
      res.end('ok');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as { port: number }).port;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  describe('by default', () => {
    let h: SlaHarness;

    beforeAll(async () => {
      h = await startWith({});
    });

    afterAll(async () => {
      await h?.close();
    });

    it.each([
      ['a loopback address', () => `http://127.0.0.1:${port}/health`, 'private, loopback or reserved address 127.0.0.1'],
      ['a name resolving to loopback', () => `http://localhost:${port}/health`, "host 'localhost' is the private, loopback or reserved address"],
      ['a private address', () => 'http://10.0.0.5/health', 'address 10.0.0.5'],
      ['the link-local metadata address', () => 'http://169.254.169.254/latest/meta-data/', 'address 169.254.169.254'],
      ['an IPv6 loopback', () => `http://[::1]:${port}/`, 'address ::1'],
      ['an IPv4-mapped loopback', () => `http://[::ffff:127.0.0.1]:${port}/`, 'reserved address'],
    ])('refuses %s at creation (400 with a pointer)', async (_what, url, reason) => {
      await expectRefused(await create(h, url()), reason);
    });

    it('checks the stored URL again at every run: refused now, the run fails without counting against the port', async () => {
      // As if the URL had been accepted under other settings, or its name had resolved elsewhere then.
      const [{ id }] = (await h.app
        .get(DataSource)
        .query(
          `INSERT INTO "sla"."probes" ("port_urn", "url", "method", "interval_seconds", "timeout_ms", "expected_status_min", "expected_status_max", "enabled", "next_due_at", "created_by") VALUES ($1, $2, 'GET', 60, 1000, 200, 299, true, now() - interval '1 second', 'test') RETURNING "id"`,
          [PORT, `http://127.0.0.1:${port}/health`],
        )) as { id: string }[];
      hits = 0;
      const res = await h.call(`/v1/probes/${id}/run`, { method: 'POST' });
      expect(res.status).toBe(200);
      const result = await json<ProbeResult>(res);
      expect(result).toMatchObject({ success: false, statusCode: null, observationId: null });
      expect(result.error).toContain('refused: ');
      expect(await h.app.get(ProberService).runOnce()).toBe(1);
      expect(hits).toBe(0);
      const observations = await json<{ total: number }>(await h.call(`/v1/observations?portUrn=${encodeURIComponent(PORT)}`));
      expect(observations.total).toBe(0);
    });
  });

  describe('with SLA_PROBE_ALLOW_PRIVATE=true and an allow-list', () => {
    let h: SlaHarness;

    beforeAll(async () => {
      h = await startWith({ SLA_PROBE_ALLOW_PRIVATE: 'true', SLA_PROBE_ALLOWED_HOSTS: '127.0.0.1, *.status.example.com' });
    });

    afterAll(async () => {
      await h?.close();
    });

    it('accepts a listed host, even a private one, and probes it', async () => {
      const res = await create(h, `http://127.0.0.1:${port}/health`);
      expect(res.status).toBe(201);
      hits = 0;
      expect(await h.app.get(ProberService).runOnce()).toBe(1);
      expect(hits).toBe(1);
    });

    it('leaves the probes of a retired port alone, and makes none on it (409)', async () => {
      const db = h.app.get(DataSource);
      await db.query(`UPDATE "sla"."probes" SET "next_due_at" = now() - interval '1 second'`);
      await db.query(`UPDATE "sla"."ports" SET "retired_at" = now() WHERE "urn" = $1`, [PORT]);
      try {
        hits = 0;
        expect(await h.app.get(ProberService).runOnce()).toBe(0);
        expect(hits).toBe(0);
        const res = await create(h, `http://127.0.0.1:${port}/health`);
        expect(res.status).toBe(409);
        expect(await json<Problem>(res)).toMatchObject({ code: 'PORT_RETIRED', errors: [{ pointer: '/portUrn', detail: 'the port is retired' }] });
      } finally {
        await db.query(`UPDATE "sla"."ports" SET "retired_at" = NULL WHERE "urn" = $1`, [PORT]);
      }
      expect(await h.app.get(ProberService).runOnce()).toBe(1);
      expect(hits).toBe(1);
    });

    it.each([
      ['a name resolving to a listed address', () => `http://localhost:${port}/health`, "host 'localhost' is not in the allow-list"],
      ['a public address not listed', () => 'https://93.184.215.14/health', "host '93.184.215.14' is not in the allow-list"],
      ['the suffix itself', () => 'https://status.example.com/health', "host 'status.example.com' is not in the allow-list"],
    ])('refuses %s', async (_what, url, reason) => {
      await expectRefused(await create(h, url()), reason);
    });
  });
});
