/**
 * The mesh story (`npm run e2e:mesh-story`): one scenario over the public HTTP APIs, through the SDK, against the four
 * services started as `npm start` starts them, on a database of its own (a scratch database on DATABASE_URL's server,
 * or a throw-away embedded PostgreSQL). A governance officer enforces the starter policies; the CRM domain publishes
 * `customers`, refused first for a missing SLA, then accepted; the marketing domain finds it by search, asks for access
 * with a purpose, CRM approves and marketing's local enforcer allows; CRM's pipeline reports a late refresh, the SLA
 * breach reaches CRM and marketing by signed webhook, and so does the recovery; CRM publishes version 2 with a breaking
 * change; the audit log shows the approval, the grant and the decisions, and its chain verifies. Each step prints one
 * line; the exit code is 0 only when every step passed.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createMeshClient, type MeshClient, MeshError } from '@meshwork/sdk';
import { STARTER_POLICIES } from '@meshwork/policies';
import { runMain } from '../../support/run-main';
import { withScratchDatabase } from '../../support/scratch-database';
import { type RunningMesh, startMesh } from './mesh';
import { type Delivery, type Receiver, signatureValid, startReceiver } from './receiver';
import { check, eventually, NotAvailableYet, runSteps, type Step, StepFailed } from './story';

const root = resolve(__dirname, '..', '..', '..');
const fixtures = join(__dirname, 'fixtures');
const PRODUCT_URN = 'urn:meshwork:crm:customers';
const PORT_V1 = 'urn:meshwork:crm:customers:customers:v1';
const PORT_V2 = 'urn:meshwork:crm:customers:customers:v2';
const CONTRACT_ID = '7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10';
const BREAKING_CHANGE = 'contract.breaking-change';
const PURPOSE = 'churn model for the spring retention campaign';
/** The contract promises data at most 4 hours old; the late refresh is 5 hours old when it is reported. */
const LATE_BY_MS = 5 * 3600_000;
/** The SLA evaluator and the webhook dispatcher run every second in development. */
const SLA_WAIT_MS = 30_000;
/** After the last delivery expected, how long the receiver is watched for a second copy of any. */
const QUIET_MS = 3_000;

function fixture(name: string): string {
  return readFileSync(join(fixtures, name), 'utf8');
}

function demo(name: string): string {
  return readFileSync(join(root, 'tools', 'dev', 'demo', name), 'utf8');
}

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** What SLA monitoring holds for a port (its SLOs, due times and observations), for a step that waited in vain. */
async function slaStateOf(client: MeshClient, portUrn: string): Promise<string> {
  try {
    const slos = await client.sla.listPortSlos({ params: { path: { urn: portUrn } } });
    const summary = await client.sla.getPortObservationSummary({ params: { path: { urn: portUrn } } });
    const described = slos.items.map(({ property, status, statusSince, nextDueAt, monitored }) => ({ property, status, statusSince, nextDueAt, monitored }));
    return `SLOs of the port: ${JSON.stringify(described)}; observations: ${JSON.stringify(summary)}; now ${new Date().toISOString()}`;
  } catch (error) {
    return `SLA monitoring's state of the port could not be read: ${String(error)}`;
  }
}

/** What the story keeps from one step to the next. */
interface Cast {
  admin: MeshClient;
  officer: MeshClient;
  crm: MeshClient;
  marketing: MeshClient;
  ids: { officer: string; crm: string; marketing: string };
  receiver: Receiver;
  startedAt: string;
  requestId: string;
  grantId: string;
  secrets: { crm: string; marketing: string };
  incidentId: string;
  /** A port marketing holds no grant on. */
  otherPort: string;
  /** Why SLA monitoring refused a subscription to breaking-change notices; undefined when it took it. */
  breakingNoticesRefused?: string;
}

/** A service account with one role (or none) and an API key, and its own client on that key. */
async function principal(admin: MeshClient, name: string, displayName: string, globalRoles: ('governance-officer' | 'auditor')[]): Promise<{ id: string; client: MeshClient }> {
  const created = await admin.access.createPrincipal({ body: { kind: 'service-account', name, displayName, globalRoles } });
  const key = await admin.access.createApiKey({ params: { path: { id: created.id } }, body: { name: 'mesh story' } });
  return { id: created.id, client: createMeshClient({ apiKey: key.secret, userAgent: `meshwork-mesh-story (${name})` }) };
}

function deliveriesTo(receiver: Receiver, path: string, type: string): Delivery[] {
  return receiver.deliveries.filter((d) => d.path === path && d.json?.type === type);
}

/** Exactly one delivery of `type` at `path`, about the incident, signed with `secret`. */
function checkOneDelivery(receiver: Receiver, path: string, type: string, incidentId: string, secret: string): void {
  const found = deliveriesTo(receiver, path, type);
  check(found.length === 1, `${path} received ${found.length} ${type} deliveries, not exactly one: ${found.map((d) => d.body).join(' | ')}`);
  const [delivery] = found as [Delivery];
  check(signatureValid(delivery, secret), `the ${type} delivery at ${path} carries no valid signature (X-Meshwork-Timestamp ${delivery.timestamp}, X-Meshwork-Signature ${delivery.signature})`);
  check(delivery.json?.incident?.id === incidentId, `the ${type} delivery at ${path} is about incident ${delivery.json?.incident?.id}, not ${incidentId}`);
  const port = delivery.json?.port;
  const portUrn = typeof port === 'object' ? port.urn : undefined;
  check(portUrn === PORT_V1, `the ${type} delivery at ${path} names port ${portUrn}, not ${PORT_V1}`);
}

interface VersionAdded {
  contractId: string;
  version: string;
  previousVersion: string | null;
  breaking: boolean;
  changes: { kind: string; severity: string; path: string; detail: string }[];
}

/** The catalog's contract.version-added fact of the customers contract at `version`, read from its event feed. */
async function versionAdded(client: MeshClient, version: string): Promise<VersionAdded | undefined> {
  let after: string | undefined;
  for (;;) {
    const page = await client.catalog.listEvents({ params: { query: { types: 'io.meshwork.catalog.contract.version-added.v1', limit: 1000, ...(after ? { after } : {}) } } });
    const found = page.items.map((e) => e.data as unknown as VersionAdded).find((d) => d.contractId === CONTRACT_ID && d.version === version);
    if (found || page.items.length === 0) return found;
    after = page.next;
  }
}

/**
 * Marketing's subscription: incidents and notices of breaking changes to the ports it holds grants on. While SLA
 * monitoring refuses `contract.breaking-change` (a 400 on /events), incidents only, and the refusal is kept.
 */
async function subscribeMarketing(cast: Cast) {
  const body = { owner: 'team:marketing', url: `${cast.receiver.url}/marketing` };
  try {
    return await cast.marketing.sla.createSubscription({ body: { ...body, events: ['incident.opened', 'incident.closed', BREAKING_CHANGE] } });
  } catch (error) {
    const refusal = error instanceof MeshError && error.status === 400 ? error.fieldErrors.find((e) => e.pointer.includes('/events')) : undefined;
    if (!refusal) throw error;
    cast.breakingNoticesRefused = `${refusal.pointer} ${refusal.detail}`;
    return cast.marketing.sla.createSubscription({ body });
  }
}

/** The notice of the customers contract's new major: port v1 → v2, contract 1.0.1 → 2.0.0, full_name removed, signed. */
function checkNotice(notice: Delivery, secret: string): void {
  const body = notice.json;
  check(signatureValid(notice, secret), `the ${BREAKING_CHANGE} delivery at /marketing carries no valid signature (X-Meshwork-Signature ${notice.signature})`);
  check(body?.oldUrn === PORT_V1 && body.newUrn === PORT_V2, `the notice is about ${body?.oldUrn} → ${body?.newUrn}, not ${PORT_V1} → ${PORT_V2}: ${notice.body}`);
  check(body.contract?.id === CONTRACT_ID && body.contract.version === '2.0.0', `the notice names contract ${body.contract?.id} ${body.contract?.version}: ${notice.body}`);
  check(body.breaking === true && (body.changes ?? []).some((c) => c.path?.includes('full_name')), `the notice does not say full_name was removed: ${notice.body}`);
}

function steps(cast: Cast): Step[] {
  return [
    {
      title: 'the platform admin creates teams crm and marketing with their domains, a governance officer, and owners of crm and marketing (the CRM owner, the marketing analyst), each a service account with an API key',
      run: async () => {
        const { admin } = cast;
        for (const team of [
          { name: 'crm', displayName: 'CRM Data Team' },
          { name: 'marketing', displayName: 'Marketing Analytics' },
        ]) {
          await admin.access.createTeam({ body: team });
        }
        const officer = await principal(admin, 'story-governance-officer', 'Governance officer', ['governance-officer']);
        const crm = await principal(admin, 'story-crm-owner', 'CRM data product owner', []);
        const marketing = await principal(admin, 'story-marketing-analyst', 'Marketing analyst', []);
        await admin.access.putTeamMember({ params: { path: { name: 'crm', principalId: crm.id } }, body: { role: 'domain-owner' } });
        await admin.access.putTeamMember({ params: { path: { name: 'marketing', principalId: marketing.id } }, body: { role: 'domain-owner' } });
        await admin.catalog.createDomain({ body: { name: 'crm', title: 'Customer Relationship Management', ownerTeamId: 'crm', description: 'Customers, contacts and consents.' } });
        await admin.catalog.createDomain({ body: { name: 'marketing', title: 'Marketing', ownerTeamId: 'marketing', description: 'Campaigns and customer segments.' } });
        Object.assign(cast, { officer: officer.client, crm: crm.client, marketing: marketing.client, ids: { officer: officer.id, crm: crm.id, marketing: marketing.id } });
      },
    },
    {
      title: 'the governance officer enforces the starter policies',
      run: async () => {
        let moved = 0;
        for (const starter of STARTER_POLICIES) {
          const policy = await cast.officer.governance.getPolicy({ params: { path: { id: starter.id } } });
          if (policy.state === 'enforced') continue;
          const enforced = await cast.officer.governance.transitionPolicy({ params: { path: { id: starter.id } }, body: { to: 'enforced' } });
          check(enforced.state === 'enforced', `policy ${starter.id} is ${enforced.state} after its transition to enforced`);
          moved++;
        }
        const page = await cast.officer.governance.listPolicies({ params: { query: { state: 'enforced', limit: 100 } } });
        const missing = STARTER_POLICIES.filter((starter) => !page.items.some((p) => p.id === starter.id));
        check(missing.length === 0, `governance does not list ${missing.map((p) => p.id).join(', ')} as enforced`);
        return `(${STARTER_POLICIES.length} enforced; ${moved === 0 ? 'all of them already were' : `${moved} moved to enforced`})`;
      },
    },
    {
      title: 'CRM publishes crm.customers 1.0.0 and is refused: its contract declares no SLA',
      run: async () => {
        try {
          await cast.crm.publish(fixture('crm-customers-1.0.0.odps.yaml'), [fixture('customers-1.0.0-without-sla.odcs.yaml')], { name: 'customers' });
        } catch (error) {
          if (!(error instanceof MeshError) || error.status !== 422) throw error;
          const sla = error.fieldErrors.find((e) => e.detail.includes('contract-declares-sla') || e.detail.includes('declares no SLA property'));
          check(sla, `the refusal names no missing SLA: ${JSON.stringify(error.problem)}`);
          const product = await cast.crm.catalog.getProduct({ params: { path: { domain: 'crm', name: 'customers' } } });
          check(product.status === 'draft', `crm/customers is ${product.status} after the refusal, not draft`);
          return `(${error.status} ${error.code}: ${sla.pointer} ${sla.detail}; crm/customers stays a draft)`;
        }
        throw new StepFailed('the catalog published a contract without latency and availability');
      },
    },
    {
      title: 'CRM adds the SLA and publishes crm.customers 1.0.1: published, and SLA monitoring derives its objectives',
      run: async () => {
        const published = await cast.crm.publish(fixture('crm-customers-1.0.1.odps.yaml'), [fixture('customers-1.0.1.odcs.yaml')], { name: 'customers' });
        check(published.status === 'published', `crm/customers is ${published.status}, not published`);
        check(published.policyCheckedAt, 'crm/customers was published without a governance evaluation');
        check(
          published.outputPorts.some((p) => p.urn === PORT_V1),
          `crm/customers serves ${published.outputPorts.map((p) => p.urn).join(', ')}, not ${PORT_V1}`,
        );
        const slos = await eventually(`SLA monitoring derives the latency objective of ${PORT_V1}`, SLA_WAIT_MS, async () => {
          // 404 until the catalog has told SLA monitoring of the publication (in the background).
          const page = await cast.crm.sla.listPortSlos({ params: { path: { urn: PORT_V1 } } }).catch((error: unknown) => {
            if (error instanceof MeshError && error.code === 'PORT_NOT_FOUND') return undefined;
            throw error;
          });
          return page?.items.some((s) => s.property === 'latency' && s.monitored) ? page.items : undefined;
        });
        return `(${published.urn} ${published.currentVersion}; SLOs ${slos.map((s) => s.property).join(', ')})`;
      },
    },
    {
      title: 'CRM publishes crm.consents and marketing publishes marketing.customer-segments, both from the demo mesh',
      run: async () => {
        const consents = await cast.crm.publish(demo('crm-consents.odps.yaml'), [demo('consents.odcs.yaml')], { name: 'consents' });
        const segments = await cast.marketing.publish(demo('marketing-segments.odps.yaml'), [demo('segments.odcs.yaml')], { name: 'customer-segments' });
        check(consents.status === 'published' && segments.status === 'published', `crm/consents is ${consents.status}, marketing/customer-segments is ${segments.status}`);
        const port = consents.outputPorts[0];
        check(port, 'crm/consents has no output port');
        cast.otherPort = port.urn;
        return `(${consents.urn}, ${segments.urn})`;
      },
    },
    {
      title: 'marketing finds crm.customers by search',
      run: async () => {
        const hits: string[] = [];
        for await (const hit of cast.marketing.search({ q: 'customers', status: 'published' })) hits.push(hit.urn);
        const rank = hits.indexOf(PRODUCT_URN) + 1;
        check(rank > 0, `a search for "customers" answers ${hits.join(', ') || 'nothing'}, without ${PRODUCT_URN}`);
        return `(rank ${rank} of ${hits.length})`;
      },
    },
    {
      title: 'marketing asks for access to the customers port with a purpose',
      run: async () => {
        const resolution = await cast.marketing.resolve(PORT_V1);
        check(resolution.kind === 'port', `${PORT_V1} resolves to a ${resolution.kind}`);
        const request = await cast.marketing.requestAccess({ portUrn: PORT_V1, purpose: PURPOSE, consumer: { team: 'marketing' }, durationDays: 30 });
        check(request.state === 'pending', `the access request is ${request.state}, not pending`);
        cast.requestId = request.id;
        return `(request ${request.id}, approvers ${request.steps.flatMap((s) => s.approvers).join(', ')})`;
      },
    },
    {
      title: 'CRM approves, and marketing gets its grant',
      run: async () => {
        const pending = await cast.crm.access.listAccessRequests({ params: { query: { state: 'pending' } } });
        check(
          pending.items.some((r) => r.id === cast.requestId),
          `CRM does not see marketing's request among its pending ones (${pending.items.map((r) => r.id).join(', ') || 'none'})`,
        );
        await cast.crm.access.approveAccessRequest({ params: { path: { id: cast.requestId } }, body: { reason: 'churn modelling is an agreed use of customer data' } });
        const grant = await cast.marketing.waitForGrant(cast.requestId, { timeoutMs: 10_000, intervalMs: 200 });
        check(grant.consumer.team === 'marketing' && grant.portUrn === PORT_V1, `the grant is for ${JSON.stringify(grant.consumer)} on ${grant.portUrn}`);
        cast.grantId = grant.id;
        return `(grant ${grant.id} until ${grant.expiresAt})`;
      },
    },
    {
      title: "marketing's local enforcer allows reading the port for that purpose",
      run: async () => {
        const enforcer = cast.marketing.access.enforcer(cast.ids.marketing);
        try {
          await enforcer.prepare(PORT_V1);
          const allowed = enforcer.decide('read', PORT_V1, PURPOSE);
          check(allowed.decision === 'allow' && allowed.grantId === cast.grantId, `the enforcer answers ${JSON.stringify(allowed)}`);
          const other = enforcer.decide('read', cast.otherPort, PURPOSE);
          check(other.decision === 'deny', `the enforcer allows a port marketing holds no grant on: ${JSON.stringify(other)}`);
          return `(allow: ${allowed.reasons.join('; ')}; another CRM port: deny)`;
        } finally {
          await enforcer.close();
        }
      },
    },
    {
      title: 'CRM subscribes team crm to incident webhooks, marketing subscribes team marketing to incidents and breaking changes',
      run: async () => {
        const crm = await cast.crm.sla.createSubscription({ body: { owner: 'team:crm', url: `${cast.receiver.url}/crm` } });
        const marketing = await subscribeMarketing(cast);
        cast.secrets = { crm: crm.secret, marketing: marketing.secret };
        return `(${crm.owner} → /crm: ${crm.events.join(', ')}; ${marketing.owner} → /marketing: ${marketing.events.join(', ')})`;
      },
    },
    {
      title: "CRM's pipeline reports a late refresh: the latency SLO is breached and an incident opens",
      run: async () => {
        const at = new Date(Date.now() - LATE_BY_MS).toISOString();
        const reporter = cast.crm.reportObservations({ flushIntervalMs: 0, flushOnExit: false });
        reporter.add({ portUrn: PORT_V1, kind: 'refresh', at, rowCount: 120_000, id: 'story-refresh-late' });
        const sent = await reporter.close();
        check(sent.accepted === 1, `the SLA service accepted ${sent.accepted} observations of 1`);
        const incident = await eventually(`an open latency incident on ${PORT_V1}`, SLA_WAIT_MS, async () => {
          const page = await cast.crm.sla.listIncidents({ params: { query: { portUrn: PORT_V1, open: true } } });
          return page.items.find((i) => i.property === 'latency');
        }).catch(async (error: unknown) => {
          throw error instanceof StepFailed ? new StepFailed(`${error.message}; ${await slaStateOf(cast.crm, PORT_V1)}`) : error;
        });
        cast.incidentId = incident.id;
        return `(refresh at ${at} against a target of 4 h; incident ${incident.id} observed ${JSON.stringify(incident.observed)})`;
      },
    },
    {
      title: 'the breach reaches CRM and marketing by signed webhook',
      run: async () => {
        await eventually('incident.opened deliveries at /crm and /marketing', SLA_WAIT_MS, async () =>
          deliveriesTo(cast.receiver, '/crm', 'incident.opened').length > 0 && deliveriesTo(cast.receiver, '/marketing', 'incident.opened').length > 0 ? true : undefined,
        );
        checkOneDelivery(cast.receiver, '/crm', 'incident.opened', cast.incidentId, cast.secrets.crm);
        checkOneDelivery(cast.receiver, '/marketing', 'incident.opened', cast.incidentId, cast.secrets.marketing);
        const [toMarketing] = deliveriesTo(cast.receiver, '/marketing', 'incident.opened') as [Delivery];
        check(!signatureValid(toMarketing, cast.secrets.crm), "marketing's delivery also passes as signed with CRM's secret");
        return "(incident.opened once each, X-Meshwork-Signature valid with the subscription's own secret only)";
      },
    },
    {
      title: "CRM's pipeline reports a refresh on time: the incident closes and the recovery reaches both by webhook",
      run: async () => {
        const reporter = cast.crm.reportObservations({ flushIntervalMs: 0, flushOnExit: false });
        reporter.add({ portUrn: PORT_V1, kind: 'refresh', at: new Date().toISOString(), rowCount: 120_250, id: 'story-refresh-on-time' });
        await reporter.close();
        const closed = await eventually(`incident ${cast.incidentId} closes`, SLA_WAIT_MS, async () => {
          const incident = await cast.crm.sla.getIncident({ params: { path: { id: cast.incidentId } } });
          return incident.open ? undefined : incident;
        });
        check(closed.closeReason === 'recovered', `the incident closed as ${closed.closeReason}, not recovered`);
        await eventually('incident.closed deliveries at /crm and /marketing', SLA_WAIT_MS, async () =>
          deliveriesTo(cast.receiver, '/crm', 'incident.closed').length > 0 && deliveriesTo(cast.receiver, '/marketing', 'incident.closed').length > 0 ? true : undefined,
        );
        checkOneDelivery(cast.receiver, '/crm', 'incident.closed', cast.incidentId, cast.secrets.crm);
        checkOneDelivery(cast.receiver, '/marketing', 'incident.closed', cast.incidentId, cast.secrets.marketing);
        return '(closed as recovered; incident.closed once each, X-Meshwork-Signature valid)';
      },
    },
    {
      title: 'CRM publishes crm.customers 2.0.0 with a breaking change (full_name dropped) as a new major version',
      run: async () => {
        const published = await cast.crm.publish(fixture('crm-customers-2.0.0.odps.yaml'), [fixture('customers-2.0.0.odcs.yaml')], { name: 'customers' });
        check(published.currentVersion === '2.0.0' && published.outcome === 'version-added', `the catalog answered ${published.outcome} ${published.currentVersion}`);
        check(
          published.outputPorts.some((p) => p.urn === PORT_V2),
          `crm/customers 2.0.0 serves ${published.outputPorts.map((p) => p.urn).join(', ')}, not ${PORT_V2}`,
        );
        const versions = await cast.marketing.catalog.listContractVersions({ params: { path: { domain: 'crm', contractId: CONTRACT_ID } } });
        return `(${PORT_V2}; contract versions ${versions.items.map((v) => v.version).join(', ')})`;
      },
    },
    {
      title: "the catalog's event feed records the breaking change of the customers contract",
      run: async () => {
        const fact = await eventually('contract.version-added of contract 2.0.0 on the catalog event feed', 10_000, () => versionAdded(cast.marketing, '2.0.0'));
        check(fact.breaking === true, `the catalog's contract.version-added of 2.0.0 is not marked breaking: ${JSON.stringify(fact)}`);
        const dropped = fact.changes.find((c) => c.path.includes('full_name'));
        check(dropped, `the changes of contract 2.0.0 do not name full_name: ${JSON.stringify(fact.changes)}`);
        return `(contract.version-added ${fact.previousVersion} → ${fact.version}, breaking: ${dropped.detail})`;
      },
    },
    {
      title: 'marketing, holding a grant on the port of the previous major, is notified of the breaking change by webhook',
      run: async () => {
        if (cast.breakingNoticesRefused !== undefined) return new NotAvailableYet(`SLA monitoring refuses ${BREAKING_CHANGE} subscriptions: ${cast.breakingNoticesRefused}`);
        const notice = await eventually(`a ${BREAKING_CHANGE} webhook at /marketing`, SLA_WAIT_MS, async () => deliveriesTo(cast.receiver, '/marketing', BREAKING_CHANGE)[0]);
        checkNotice(notice, cast.secrets.marketing);
        return `(${notice.json?.oldUrn} → ${notice.json?.newUrn}, contract ${notice.json?.contract?.previousVersion} → ${notice.json?.contract?.version}, signed)`;
      },
    },
    {
      title: 'every webhook was delivered once: no second copy of the breach, the recovery or the notice',
      run: async () => {
        await new Promise((done) => setTimeout(done, QUIET_MS));
        for (const type of ['incident.opened', 'incident.closed']) {
          checkOneDelivery(cast.receiver, '/crm', type, cast.incidentId, cast.secrets.crm);
          checkOneDelivery(cast.receiver, '/marketing', type, cast.incidentId, cast.secrets.marketing);
        }
        const notices = deliveriesTo(cast.receiver, '/marketing', BREAKING_CHANGE);
        check(notices.length === (cast.breakingNoticesRefused === undefined ? 1 : 0), `/marketing received ${notices.length} ${BREAKING_CHANGE} deliveries: ${notices.map((d) => d.body).join(' | ')}`);
        const toOwner = deliveriesTo(cast.receiver, '/crm', BREAKING_CHANGE);
        check(toOwner.length === 0, `/crm, which subscribed to incidents only, received ${toOwner.length} ${BREAKING_CHANGE} deliveries`);
        return `(${cast.receiver.deliveries.length} deliveries in all)`;
      },
    },
    {
      title: 'the audit log shows the request, the approval, the grant and the decisions of the story',
      run: async () => {
        const entries = async (principalId: string) =>
          (await cast.admin.access.listAuditEvents({ params: { query: { principal: principalId, from: cast.startedAt, limit: 200 } } })).items;
        const crm = await entries(cast.ids.crm);
        const marketing = await entries(cast.ids.marketing);
        const has = (list: typeof crm, action: string, resource: string, outcome?: string) => list.some((e) => e.action === action && e.resource === resource && (!outcome || e.outcome === outcome));
        check(has(marketing, 'access-request.create', cast.requestId), `no access-request.create of ${cast.requestId} by marketing in the audit log`);
        check(has(crm, 'access-request.approve', cast.requestId), `no access-request.approve of ${cast.requestId} by CRM in the audit log`);
        check(has(crm, 'grant.create', cast.grantId), `no grant.create of ${cast.grantId} by CRM in the audit log`);
        // The enforcer sends its decisions in the background: they may follow a moment later.
        const decided = await eventually("marketing's local decisions in the audit log", 10_000, async () => {
          const list = await entries(cast.ids.marketing);
          return has(list, 'decision', PORT_V1, 'allow') && has(list, 'decision', cast.otherPort, 'deny') ? list : undefined;
        });
        const names = new Map([
          [cast.ids.crm, 'CRM'],
          [cast.ids.marketing, 'marketing'],
        ]);
        const story = [...crm, ...decided]
          .filter((e) => [cast.requestId, cast.grantId, PORT_V1, cast.otherPort].includes(e.resource))
          .sort((a, b) => a.sequence - b.sequence)
          .map((e) => `#${e.sequence} ${e.action} ${e.outcome} by ${names.get(e.actor) ?? e.actor}`);
        return `(${story.join(', ')})`;
      },
    },
    {
      title: 'the audit chain verifies',
      run: async () => {
        const verification = await cast.admin.access.verifyAuditChain({});
        check(verification.valid, `the audit chain is broken at ${verification.firstBrokenSequence}: ${verification.reason}`);
        return `(${verification.checked} entries intact)`;
      },
    },
  ];
}

async function tell(mesh: RunningMesh, receiver: Receiver): Promise<number> {
  const admin = createMeshClient({ apiKey: mesh.adminApiKey, userAgent: 'meshwork-mesh-story (admin)' });
  const cast = { admin, receiver, startedAt: new Date().toISOString() } as Cast;
  const { passed, notAvailable } = await runSteps(steps(cast), log);
  if (passed) {
    log(`mesh story: every step passed${notAvailable > 0 ? ` (${notAvailable} not available yet)` : ''}`);
    return 0;
  }
  log(`mesh story: FAILED. Webhooks received: ${receiver.deliveries.map((d) => `${d.path} ${d.json?.type ?? d.body.slice(0, 80)}`).join(', ') || 'none'}`);
  const warnings = mesh.output().split('\n').filter((line) => /\b(WARN|ERROR|FATAL)\b|exited/.test(line));
  log(`npm start's warnings and errors (last 30):\n${warnings.slice(-30).join('\n') || '(none)'}`);
  return 1;
}

async function main(): Promise<number> {
  // Ctrl-C reaches npm start too, which stops the services: the step under way then fails and the database is
  // still removed below. A second Ctrl-C exits at once.
  process.once('SIGINT', () => log('mesh story: interrupted; stopping the mesh and removing its database (Ctrl-C again to leave them)'));
  const receiver = await startReceiver();
  try {
    return await withScratchDatabase(async (databaseUrl) => {
      // Webhooks to the local receiver: http:// on the loopback address, which SLA monitoring refuses by default.
      const env = { SLA_ALLOW_HTTP_WEBHOOKS: 'true', SLA_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' };
      const mesh = await startMesh(root, databaseUrl, env, (line) => log(`mesh story: ${line}`));
      try {
        return await tell(mesh, receiver);
      } finally {
        await mesh.stop();
      }
    });
  } finally {
    await receiver.close();
  }
}

runMain(main);
