import { detectSubjectType } from '@casl/ability';
import { type Action, type DecisionGrant, type DecisionPrincipal, decidePortRead, type MeshAbility, type MeshSubject, type PackedRules, type PortReadDecision, SUBJECTS, unpackAbility } from '@meshwork/authz';
import type { components } from '../generated/access';

/** The principal's bundle as GET /v1/principals/{id}/bundle answers it. */
export type PrincipalBundle = components['schemas']['PrincipalBundleDto'];
/** One decision made locally, as POST /v1/audit/local-decisions takes it. */
export type LocalDecision = components['schemas']['LocalDecisionDto'];
/** The answer of `decide()`: the shape of POST /v1/decisions. */
export type EnforcerDecision = PortReadDecision;

/** What fetching the bundle gave: a new bundle, the held one still current (304), or no such principal (404). */
export type BundleAnswer =
  | { status: 'fresh'; bundle: PrincipalBundle; etag: string; maxAgeSeconds: number }
  | { status: 'not-modified'; maxAgeSeconds: number }
  | { status: 'not-found' };

export interface EnforcerOptions {
  principalId: string;
  /** Fetches the bundle, sending `etag` as If-None-Match when one is held; throws when the service cannot answer. */
  fetchBundle: (etag: string | undefined) => Promise<BundleAnswer>;
  /** The team owning an output port, null when the catalog knows no such output port (GET /v1/resolve/{urn}). */
  resolveOwnerTeam: (urn: string) => Promise<string | null>;
  /** Sends a batch of local decisions to the audit log (POST /v1/audit/local-decisions); false keeps none. */
  audit: ((decisions: LocalDecision[]) => Promise<void>) | false;
  /** Fetch the bundle again at least this often (a revocation is seen within this time); 30 by default. */
  refreshSeconds?: number;
  /** How long a port's owner team is trusted before it is asked again; 30 by default. */
  ownerTeamSeconds?: number;
  /** Send the audit batch once this many distinct decisions are buffered (at most 1000); 500 by default. */
  auditBatchSize?: number;
  /** Send what is buffered at least this often; 1000 ms by default. */
  auditIntervalMs?: number;
  /** Milliseconds since the epoch; Date.now by default. */
  clock?: () => number;
  /** Background failures (bundle refresh, owner team lookups, audit sends); ignored by default. */
  onError?: (error: unknown) => void;
}

export interface Enforcer {
  /** Resolves once the first bundle is loaded (rejects when that load failed; loading is tried again in the background). */
  ready(): Promise<void>;
  /** Loads the bundle if needed and the owner teams of these ports, so that the next decisions on them need no lookup. */
  prepare(...urns: string[]): Promise<void>;
  /** Whether the principal may do `action` on `resource` now: `read` on an output port URN, or any action on a CASL subject. */
  can(action: Action, resource: string | MeshSubject, purpose?: string): boolean;
  /** The same question, answered as POST /v1/decisions does: decision, grant and reasons. */
  decide(action: Action, resource: string | MeshSubject, purpose?: string): EnforcerDecision;
  /** Fetches the bundle now (If-None-Match), waiting for the answer. */
  refresh(): Promise<void>;
  /** Sends the decisions buffered so far. */
  flush(): Promise<void>;
  /** Stops the background work and sends what is buffered. */
  close(): Promise<void>;
  /** The ETag of the bundle in use, undefined before the first load. */
  readonly etag: string | undefined;
}

interface Loaded {
  etag: string;
  principal: DecisionPrincipal | undefined;
  teams: string[];
  grantsByPort: Map<string, DecisionGrant[]>;
  /** Owner teams of the granted ports as recorded with the grants, used until the catalog has answered. */
  grantOwners: Map<string, string>;
  ability: MeshAbility;
  validUntil: number;
}

interface OwnerEntry {
  ownerTeamId: string | null;
  freshUntil: number;
  usableUntil: number;
}

interface Tally {
  decision: LocalDecision;
  first: number;
  last: number;
  count: number;
}

const DEFAULTS = { refreshSeconds: 30, ownerTeamSeconds: 30, auditBatchSize: 500, auditIntervalMs: 1000 };
/** A port's owner team is still used this long after it should have been asked again, while the catalog cannot answer. */
const OWNER_GRACE_MS = 5 * 60_000;
/** Most distinct decisions kept while the audit log cannot be reached; older ones are dropped (and reported). */
const MAX_BUFFERED = 10_000;
const MAX_AUDIT_BATCH = 1000;
const MAX_RETRY_MS = 30_000;
const SUBJECT_NAMES = new Set<string>(SUBJECTS);
const URN = /^urn:meshwork:\S+$/;

/**
 * How long a bundle is relied on: its max-age, but at least a second, since max-age is rounded down and is 0 when a
 * grant ends within the second (the grant's own expiry still denies on time).
 */
function lifetimeMs(maxAgeSeconds: number): number {
  return Math.max(1, maxAgeSeconds) * 1000;
}

function unref(timer: ReturnType<typeof setTimeout>): void {
  (timer as { unref?: () => void }).unref?.();
}

function load(principalId: string, answer: Extract<BundleAnswer, { status: 'fresh' | 'not-found' }>, validUntil: number): Loaded {
  if (answer.status === 'not-found') {
    return { etag: 'none', principal: undefined, teams: [], grantsByPort: new Map(), grantOwners: new Map(), ability: unpackAbility([]), validUntil };
  }
  const { bundle } = answer;
  const principal: DecisionPrincipal = { id: principalId, name: bundle.principalName, disabled: bundle.disabled, admin: bundle.roles.includes('platform-admin') };
  const grantsByPort = new Map<string, DecisionGrant[]>();
  const grantOwners = new Map<string, string>();
  for (const g of bundle.grants) {
    const team = g.heldBy.startsWith('team:') ? g.heldBy.slice('team:'.length) : null;
    const grant: DecisionGrant = { id: g.id, consumerPrincipalId: team === null ? principalId : null, consumerTeam: team, purpose: g.purpose, expiresAt: new Date(g.expiresAt), revokedAt: null };
    const list = grantsByPort.get(g.portUrn);
    if (list) list.push(grant);
    else grantsByPort.set(g.portUrn, [grant]);
    grantOwners.set(g.portUrn, g.ownerTeamId);
  }
  return { etag: answer.etag, principal, teams: bundle.memberships.map((m) => m.team), grantsByPort, grantOwners, ability: unpackAbility(bundle.rules as PackedRules), validUntil };
}

/**
 * Local enforcement: decides in-process, synchronously, from the principal's bundle, with the rule the access service
 * uses (decidePortRead) and the CASL rules it packed. The bundle is kept by ETag and fetched again in the background
 * before it runs out; an expired bundle denies rather than allowing on stale grants. Decisions are counted and sent to
 * the audit log in batches. No Node-only imports: fetch, the clock and the audit sink are given.
 */
export function createEnforcer(options: EnforcerOptions): Enforcer {
  const clock = options.clock ?? Date.now;
  const refreshMs = (options.refreshSeconds ?? DEFAULTS.refreshSeconds) * 1000;
  const ownerMs = (options.ownerTeamSeconds ?? DEFAULTS.ownerTeamSeconds) * 1000;
  const batchSize = Math.min(MAX_AUDIT_BATCH, Math.max(1, options.auditBatchSize ?? DEFAULTS.auditBatchSize));
  const intervalMs = options.auditIntervalMs ?? DEFAULTS.auditIntervalMs;
  const report = (error: unknown) => options.onError?.(error);

  let state: Loaded | undefined;
  let loading: Promise<void> | undefined;
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let closed = false;
  const owners = new Map<string, OwnerEntry>();
  const resolving = new Map<string, Promise<void>>();
  let buffer = new Map<string, Tally>();
  let auditTimer: ReturnType<typeof setTimeout> | undefined;
  let sending: Promise<void> | undefined;

  function schedule(ms: number): void {
    clearTimeout(refreshTimer);
    if (closed) return;
    refreshTimer = setTimeout(() => void fetchNow().catch(report), Math.max(0, ms));
    unref(refreshTimer);
  }

  /** The next refresh: every refreshSeconds, and in any case a little before the bundle runs out. */
  function scheduleAfterLoad(maxAgeMs: number): void {
    schedule(Math.min(refreshMs, Math.max(0, maxAgeMs * 0.8)));
  }

  function fetchNow(): Promise<void> {
    loading ??= (async () => {
      try {
        const answer = await options.fetchBundle(state?.principal ? state.etag : undefined);
        const now = clock();
        if (answer.status === 'not-modified') {
          if (!state) throw new Error('the access service answered 304 to a request without If-None-Match');
          state.validUntil = now + lifetimeMs(answer.maxAgeSeconds);
          scheduleAfterLoad(lifetimeMs(answer.maxAgeSeconds));
        } else if (answer.status === 'not-found') {
          state = load(options.principalId, answer, now + refreshMs);
          scheduleAfterLoad(refreshMs);
        } else {
          state = load(options.principalId, answer, now + lifetimeMs(answer.maxAgeSeconds));
          scheduleAfterLoad(lifetimeMs(answer.maxAgeSeconds));
        }
        failures = 0;
      } catch (error) {
        failures += 1;
        schedule(Math.min(MAX_RETRY_MS, 500 * 2 ** failures));
        throw error;
      } finally {
        loading = undefined;
      }
    })();
    return loading;
  }

  const first = fetchNow();
  // The first load's failure is for ready() to report; it must not be an unhandled rejection meanwhile.
  first.catch(() => undefined);

  function resolveOwner(urn: string): Promise<void> {
    let pending = resolving.get(urn);
    if (!pending) {
      pending = options
        .resolveOwnerTeam(urn)
        .then((ownerTeamId) => {
          const now = clock();
          if (owners.size > 10_000) owners.clear();
          owners.set(urn, { ownerTeamId, freshUntil: now + ownerMs, usableUntil: now + ownerMs + OWNER_GRACE_MS });
        })
        .finally(() => resolving.delete(urn));
      resolving.set(urn, pending);
    }
    return pending;
  }

  /** The owner team known for the port (null: no such port), undefined when it is not known yet; stale ones are asked again in the background. */
  function ownerOf(urn: string, loaded: Loaded, now: number): string | null | undefined {
    const entry = owners.get(urn);
    if (entry && entry.freshUntil > now) return entry.ownerTeamId;
    if (!resolving.has(urn)) resolveOwner(urn).catch(report);
    if (entry && entry.usableUntil > now) return entry.ownerTeamId;
    return loaded.grantOwners.get(urn);
  }

  function decidePort(loaded: Loaded, urn: string, purpose: string | undefined, now: number): EnforcerDecision {
    const { principal } = loaded;
    let ownerTeamId: string | null = null;
    if (principal && !principal.disabled && !principal.admin) {
      const owner = ownerOf(urn, loaded, now);
      if (owner === undefined) {
        // Without teams the owner only matters for a port the catalog does not know, which denies either way.
        if (loaded.teams.length > 0) return { decision: 'deny', reasons: [`the team owning '${urn}' is not known yet; it is being asked of the catalog (prepare() waits for it)`] };
        ownerTeamId = '';
      } else ownerTeamId = owner;
    }
    return decidePortRead({
      principal,
      principalId: options.principalId,
      teams: loaded.teams,
      grants: loaded.grantsByPort.get(urn) ?? [],
      ownerTeamId,
      resource: urn,
      ...(purpose === undefined ? {} : { purpose }),
      now: new Date(now),
    });
  }

  function decideNow(action: Action, resource: string | MeshSubject, purpose: string | undefined, now: number): EnforcerDecision {
    const loaded = state;
    if (!loaded) return { decision: 'deny', reasons: ['the bundle is not loaded yet (await ready())'] };
    if (loaded.validUntil <= now) {
      if (!loading) fetchNow().catch(report);
      return { decision: 'deny', reasons: ['bundle expired'] };
    }
    if (typeof resource === 'string' && resource.startsWith('urn:meshwork:')) {
      if (action !== 'read') return { decision: 'deny', reasons: [`only 'read' is decided on a URN; ask '${action}' with a subject such as subject('DataProduct', {...})`] };
      return decidePort(loaded, resource, purpose, now);
    }
    if (loaded.principal === undefined) return { decision: 'deny', reasons: [`unknown principal '${options.principalId}'`] };
    if (typeof resource === 'string' && !SUBJECT_NAMES.has(resource)) return { decision: 'deny', reasons: [`'${resource}' is neither a Meshwork URN nor a kind of object the rules know`] };
    const allowed = loaded.ability.can(action, resource as MeshSubject);
    const what = typeof resource === 'string' ? resource : detectSubjectType(resource);
    return allowed ? { decision: 'allow', reasons: [`the rules of the bundle allow '${action}' on ${what}`] } : { decision: 'deny', reasons: [`no rule of the bundle allows '${action}' on ${what}`] };
  }

  function record(action: Action, resource: string | MeshSubject, purpose: string | undefined, result: EnforcerDecision, now: number): void {
    if (options.audit === false || closed) return;
    const name = typeof resource === 'string' ? resource : String(detectSubjectType(resource));
    // Only what the audit endpoint accepts: a URN or a subject name, at most 500 characters.
    if (name.length > 500 || !(SUBJECT_NAMES.has(name) || URN.test(name))) return;
    const etag = state?.etag ?? 'none';
    const key = `${action}\u0000${name}\u0000${purpose ?? ''}\u0000${result.decision}\u0000${result.grantId ?? ''}\u0000${etag}`;
    const tally = buffer.get(key);
    if (tally) {
      tally.count += 1;
      tally.last = now;
      return;
    }
    const decision: LocalDecision = { principalId: options.principalId, resource: name, action, decision: result.decision, decidedAt: '', bundleEtag: etag.slice(0, 128) };
    if (purpose !== undefined) decision.purpose = purpose.slice(0, 2000);
    if (result.grantId !== undefined) decision.grantId = result.grantId;
    buffer.set(key, { decision, first: now, last: now, count: 1 });
    if (buffer.size >= batchSize) flushQuietly();
    else if (!auditTimer) {
      auditTimer = setTimeout(() => flushQuietly(), intervalMs);
      unref(auditTimer);
    }
  }

  function decide(action: Action, resource: string | MeshSubject, purpose?: string): EnforcerDecision {
    const now = clock();
    const asked = purpose === undefined || purpose === '' ? undefined : purpose;
    const result = decideNow(action, resource, asked, now);
    record(action, resource, asked, result, now);
    return result;
  }

  async function send(): Promise<void> {
    while (buffer.size > 0) {
      const taken = buffer;
      buffer = new Map();
      const items = [...taken.values()].map(({ decision, first, last, count }) => {
        const item: LocalDecision = { ...decision, decidedAt: new Date(first).toISOString() };
        if (count > 1) {
          item.count = count;
          item.lastDecidedAt = new Date(last).toISOString();
        }
        return item;
      });
      const sink = options.audit;
      if (sink === false) return;
      for (let i = 0; i < items.length; i += MAX_AUDIT_BATCH) {
        const batch = items.slice(i, i + MAX_AUDIT_BATCH);
        try {
          await sink(batch);
        } catch (error) {
          requeue(taken, i);
          throw error;
        }
      }
    }
  }

  /** Puts back what was not sent, ahead of what came since, within MAX_BUFFERED distinct decisions. */
  function requeue(taken: Map<string, Tally>, sent: number): void {
    const rest = [...taken.entries()].slice(sent);
    const merged = new Map<string, Tally>(rest);
    for (const [key, tally] of buffer) {
      const held = merged.get(key);
      if (held) {
        held.count += tally.count;
        held.last = tally.last;
      } else merged.set(key, tally);
    }
    const dropped = merged.size - MAX_BUFFERED;
    if (dropped > 0) {
      const keys = [...merged.keys()].slice(0, dropped);
      for (const key of keys) merged.delete(key);
      report(new Error(`${dropped} local decisions were dropped: the audit log could not be reached`));
    }
    buffer = merged;
  }

  /** A flush started by the enforcer itself: its failure was reported through onError, and is tried again later. */
  function flushQuietly(): void {
    flush().catch(() => undefined);
  }

  function flush(): Promise<void> {
    clearTimeout(auditTimer);
    auditTimer = undefined;
    if (sending) return sending.then(() => (buffer.size > 0 ? flush() : undefined));
    if (buffer.size === 0) return Promise.resolve();
    sending = send()
      .catch((error: unknown) => {
        report(error);
        if (!closed && !auditTimer && buffer.size > 0) {
          auditTimer = setTimeout(() => flushQuietly(), intervalMs);
          unref(auditTimer);
        }
        throw error;
      })
      .finally(() => {
        sending = undefined;
      });
    return sending;
  }

  return {
    // After a failed first load, a later background load makes the enforcer ready all the same.
    ready: () => (state ? Promise.resolve() : (loading ?? first)),
    async prepare(...urns: string[]): Promise<void> {
      if (!state) await (loading ?? fetchNow());
      await Promise.all(urns.filter((urn) => (owners.get(urn)?.freshUntil ?? 0) <= clock()).map((urn) => resolveOwner(urn)));
    },
    can: (action, resource, purpose) => decide(action, resource, purpose).decision === 'allow',
    decide,
    refresh: () => (loading ? loading.then(() => fetchNow()) : fetchNow()),
    flush,
    async close(): Promise<void> {
      closed = true;
      clearTimeout(refreshTimer);
      await flush().finally(() => clearTimeout(auditTimer));
    },
    get etag() {
      return state?.etag;
    },
  };
}
