/**
 * A dependency that is down: SLA monitoring notifies the consumers holding a grant on a port from its own projection of
 * the access service's feed (sla.access_grants), so an SLO breach while access is killed still reaches the owner team
 * and every grant holder known to it. SLA reads that feed through a relay the test can cut: with access back but the
 * relay still cut, a grant approved meanwhile is not known to SLA; once SLA can read again, its feed consumer resumes
 * from its cursor, the grant counts in the KPIs and its holder is notified of the incident's close.
 *   npm run e2e:faults
 */
import { createServer as createTcpServer, connect, type Server as TcpServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createTestDatabase, type TestDatabase } from '@meshwork/testing';
// The service processes are shared with the soak benchmark, in tools/bench (not an nx project).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { call, type MeshProcesses, startMesh } from '../../bench/support/mesh-processes';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createDomain, DOMAIN, expectStatus, OWNER_TEAM, portUrn } from '../../bench/support/mesh-scenario';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { eventually as poll } from '../../support/eventually';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startIncidentReceiver } from '../../support/webhook-receiver';
import { approve, createTeam, pendingRequestOfTeam, publishOneStep, requestForTeam } from './access-scenario';

const PRODUCT = 'watched';
const PORT = portUrn(PRODUCT);
const LOOP_MS = '250';
const HOUR_MS = 3_600_000;

/** A TCP relay to the access service: cut, it resets every connection, open and new, as a dead peer would. */
class Relay {
  private server?: TcpServer;
  private readonly sockets = new Set<Socket>();
  target = 0;
  open = true;

  async listen(): Promise<string> {
    this.server = createTcpServer((client) => {
      if (!this.open || this.target === 0) return void client.destroy();
      const upstream = connect(this.target, '127.0.0.1');
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  cut(): void {
    this.open = false;
    for (const socket of this.sockets) socket.destroy();
  }

  close(): Promise<void> {
    this.cut();
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** Polls for up to 90 s; a read that fails while a service is down counts as not yet. */
function eventually<T>(what: string, check: () => Promise<T | undefined>): Promise<T> {
  return poll(what, check, 90_000, { retryErrors: true });
}

// A type (not an interface), so that its answer passes where an Answer of a record is expected.
type Kpis = {
  activeConsumers: number | null;
  accessRequests: { pending: number; approvedInWindow: number } | null;
  sources: { access: { status: string; readAt: string | null } };
};

describe('access down while SLA monitoring notifies a breach', () => {
  let db: TestDatabase;
  let mesh: MeshProcesses;
  let receiver: Awaited<ReturnType<typeof startIncidentReceiver>>;
  const relay = new Relay();

  const kpis = async () => {
    const answer = await call<Kpis>(mesh.url('sla'), 'GET', `/v1/kpis/${encodeURIComponent(`urn:meshwork:${DOMAIN}:${PRODUCT}`)}`, { token: mesh.token });
    expectStatus(answer, 200, 'read the KPIs');
    return answer.body;
  };
  const delivered = (path: string, type: string) => receiver.received.filter((d) => d.path === path && d.type === type && d.incident.property === 'latency');
  const observe = (id: string, at: Date) => call(mesh.url('sla'), 'POST', '/v1/observations', { token: mesh.token, body: { observations: [{ portUrn: PORT, id, kind: 'refresh', at: at.toISOString() }] } });

  beforeAll(async () => {
    db = await createTestDatabase();
    receiver = await startIncidentReceiver();
    const relayed = await relay.listen();
    mesh = await startMesh(db.url, {
      env: {
        sla: {
          MESHWORK_ACCESS_URL: relayed,
          SLA_ALLOW_HTTP_WEBHOOKS: 'true',
          SLA_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
          SLA_EVALUATOR_INTERVAL_MS: LOOP_MS,
          SLA_DISPATCHER_INTERVAL_MS: LOOP_MS,
          SLA_WEBHOOK_FEEDS_IDLE_MS: LOOP_MS,
          SLA_WEBHOOK_FEEDS_BACKOFF_MS: LOOP_MS,
          SLA_CATALOG_FEED_IDLE_MS: LOOP_MS,
          SLA_CATALOG_FEED_BACKOFF_MS: LOOP_MS,
          SLA_PROBER: 'off',
        },
      },
    });
    relay.target = mesh.services.access.port;
    await createDomain({ access: mesh.url('access'), catalog: mesh.url('catalog') }, mesh.token);
    await publishOneStep(mesh.url('catalog'), mesh.token, PRODUCT);
  }, 300_000);

  afterAll(async () => {
    await mesh?.stop();
    await relay.close();
    await receiver?.close();
    await db?.drop();
  }, 60_000);

  it('notifies the owner and the grant holder with access killed, then picks up a grant approved while SLA could not read', async () => {
    const first = await pendingRequestOfTeam(mesh.url('access'), mesh.token, 'holders-before', PORT);
    expectStatus(await approve(mesh.url('access'), mesh.token, first.id), 200, 'approve the first request');
    await eventually('the first grant in the KPIs', async () => ((await kpis()).activeConsumers === 1 ? true : undefined));
    expectStatus(await call(mesh.url('sla'), 'POST', '/v1/slos/sync', { token: mesh.token }), 200, 'sync the SLOs');
    await eventually('the latency SLO of the port', async () => {
      const slos = await call<{ items: { property: string }[] }>(mesh.url('sla'), 'GET', `/v1/ports/${encodeURIComponent(PORT)}/slos`, { token: mesh.token });
      return slos.body.items?.some((s) => s.property === 'latency') ? true : undefined;
    });
    await createTeam(mesh.url('access'), mesh.token, 'holders-after');
    for (const [path, owner] of [
      ['/owner', `team:${OWNER_TEAM}`],
      ['/before', 'team:holders-before'],
      ['/after', 'team:holders-after'],
    ]) {
      expectStatus(await call(mesh.url('sla'), 'POST', '/v1/subscriptions', { token: mesh.token, body: { url: `${receiver.url}${path}`, owner, portUrn: PORT } }), 201, `subscribe ${owner}`);
    }

    // Access is killed and SLA cannot reach it: the breach is notified from SLA's projection all the same.
    await mesh.services.access.kill('SIGKILL');
    relay.cut();
    expectStatus(await observe('late-refresh', new Date(Date.now() - 5 * HOUR_MS)), 200, 'report a refresh five hours old');
    await eventually('incident.opened at the owner and the grant holder', async () => (delivered('/owner', 'incident.opened').length > 0 && delivered('/before', 'incident.opened').length > 0 ? true : undefined));
    const [opened] = delivered('/owner', 'incident.opened');
    expect(delivered('/before', 'incident.opened').map((d) => d.incident.id)).toEqual([opened.incident.id]);
    expect(delivered('/after', 'incident.opened')).toEqual([]);
    const during = await kpis();
    expect([during.activeConsumers, during.sources.access.status]).toEqual([1, 'ok']);

    // Access is back, but SLA still cannot read its feed: the grant approved now is not in SLA's projection.
    await mesh.services.access.start();
    const second = await requestForTeam(mesh.url('access'), mesh.token, 'holders-after', PORT);
    expectStatus(await approve(mesh.url('access'), mesh.token, second.id), 200, 'approve the second request while SLA cannot read');
    const cut = await kpis();
    expect([cut.activeConsumers, cut.sources.access.readAt]).toEqual([1, during.sources.access.readAt]);

    // SLA reads again: its consumer resumes from its cursor and the grant counts.
    relay.open = true;
    const after = await eventually('the second grant in the KPIs', async () => {
      const now = await kpis();
      return now.activeConsumers === 2 ? now : undefined;
    });
    expect(after.accessRequests).toMatchObject({ pending: 0, approvedInWindow: 2 });
    expect(Date.parse(after.sources.access.readAt ?? '')).toBeGreaterThan(Date.parse(during.sources.access.readAt ?? ''));

    // The recovery is notified to the owner and to both grant holders, the one approved during the cut included.
    expectStatus(await observe('fresh-refresh', new Date()), 200, 'report a fresh refresh');
    await eventually('incident.closed at every recipient', async () => (['/owner', '/before', '/after'].every((path) => delivered(path, 'incident.closed').length > 0) ? true : undefined));
    for (const path of ['/owner', '/before', '/after']) expect([path, delivered(path, 'incident.closed').map((d) => d.incident.id)]).toEqual([path, [opened.incident.id]]);
  }, 300_000);
});
