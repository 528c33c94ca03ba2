import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { PLATFORM_CONFIG, type PlatformConfig } from '@meshwork/platform';
import { Client } from 'pg';
import { CHANGES_ACCESS } from '../audit/audit.service';
import type { GlobalRole, TeamRoleName } from '../common/names';
import { DataSource, type EntitySubscriberInterface, type TransactionCommitEvent } from 'typeorm';

/** The channel the triggers on principals, memberships and grants notify when a transaction changing them commits. */
export const ACCESS_CHANGED_CHANNEL = 'meshwork_access_changed';

/** Revoked or expired grants this recent are kept in the view, so a denial can say why; older ones are forgotten. */
export const INACTIVE_GRANT_MEMORY_DAYS = 30;

/** While the change feed is down, the view is read again from the database when older than this. */
export const UNWATCHED_MAX_AGE_MS = 1_000;

export interface ViewPrincipal {
  id: string;
  name: string;
  disabled: boolean;
  globalRoles: GlobalRole[];
  admin: boolean;
}

export interface ViewMembership {
  team: string;
  role: TeamRoleName;
}

export interface ViewGrant {
  id: string;
  portUrn: string;
  /** The team owning the port when the grant was given. */
  ownerTeamId: string;
  fields: string[] | null;
  consumerPrincipalId: string | null;
  consumerTeam: string | null;
  purpose: string;
  expiresAt: Date;
  revokedAt: Date | null;
}

export interface AccessSnapshot {
  principals: Map<string, ViewPrincipal>;
  /** Memberships by principal id. */
  memberships: Map<string, ViewMembership[]>;
  /** Grants by port URN: active ones and those that ended within INACTIVE_GRANT_MEMORY_DAYS. */
  grants: Map<string, ViewGrant[]>;
  /** The same grants by holder: `principal:<id>` or `team:<name>`. */
  grantsByHolder: Map<string, ViewGrant[]>;
  loadedAt: number;
}

interface GrantRow {
  id: string;
  consumer_principal_id: string | null;
  consumer_team: string | null;
  port_urn: string;
  owner_team_id: string;
  fields: string[] | null;
  purpose: string;
  expires_at: Date;
  revoked_at: Date | null;
}

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Principals, memberships and grants held in memory for decisions, read again after every change: a change made
 * through this replica marks the view stale when its transaction commits; a change made elsewhere (another replica,
 * SQL) reaches it through PostgreSQL NOTIFY, sent by triggers at commit. A decision asked after a change waits for
 * the reload, so it never answers from data older than the last change this replica has heard of.
 */
@Injectable()
export class AccessView implements OnModuleInit, OnApplicationShutdown, EntitySubscriberInterface {
  private readonly logger = new Logger(AccessView.name);
  private snapshot: AccessSnapshot | undefined;
  /** Bumped on every change heard of; a snapshot is current when it was read after the latest bump. */
  private wanted = 1;
  private loaded = 0;
  private loading: Promise<AccessSnapshot> | undefined;
  private listener: Client | undefined;
  private watching = false;
  private closed = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    this.dataSource.subscribers.push(this);
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const index = this.dataSource.subscribers.indexOf(this);
    if (index >= 0) this.dataSource.subscribers.splice(index, 1);
    await this.listener?.end().catch(() => undefined);
  }

  /** TypeORM calls this after each commit; a transaction the audit log marked as a change makes the view stale. */
  afterTransactionCommit(event: TransactionCommitEvent): void {
    const data = event.queryRunner.data as Record<string, unknown>;
    if (data[CHANGES_ACCESS]) {
      delete data[CHANGES_ACCESS];
      this.invalidate();
    }
  }

  invalidate(): void {
    this.wanted += 1;
  }

  /** How many changes this view has heard of since it started (local commits and notifications). */
  get changesHeard(): number {
    return this.wanted;
  }

  /** The view as of the latest change heard of, read again first when stale. */
  async current(): Promise<AccessSnapshot> {
    const snapshot = this.snapshot;
    if (snapshot && this.loaded === this.wanted && (this.watching || Date.now() - snapshot.loadedAt < UNWATCHED_MAX_AGE_MS)) return snapshot;
    if (!this.watching && snapshot && this.loaded === this.wanted) this.invalidate();
    return this.reload();
  }

  private reload(): Promise<AccessSnapshot> {
    if (this.loading) {
      const pending = this.loading;
      const target = this.wanted;
      // A reload already running may have started before the latest change: wait for it, then for another.
      return pending.then((s) => (this.loaded >= target ? s : this.reload()));
    }
    const target = this.wanted;
    this.loading = this.read()
      .then((snapshot) => {
        this.snapshot = snapshot;
        this.loaded = target;
        return snapshot;
      })
      .finally(() => {
        this.loading = undefined;
      });
    const pending = this.loading;
    return pending.then((s) => (this.loaded >= this.wanted ? s : this.reload()));
  }

  private async read(): Promise<AccessSnapshot> {
    const loadedAt = Date.now();
    // One snapshot of the three tables: a change committing between the reads cannot tear the view.
    const [principals, memberships, grants] = await this.dataSource.transaction('REPEATABLE READ', async (manager) => [
      (await manager.query('SELECT "id", "name", "disabled", "global_roles" AS "globalRoles", \'platform-admin\' = ANY("global_roles") AS "admin" FROM "access"."principals"')) as ViewPrincipal[],
      (await manager.query('SELECT "principal_id", "team_name", "role" FROM "access"."memberships" ORDER BY "team_name"')) as { principal_id: string; team_name: string; role: TeamRoleName }[],
      (await manager.query(
        `SELECT "id", "consumer_principal_id", "consumer_team", "port_urn", "owner_team_id", "fields", "purpose", "expires_at", "revoked_at" FROM "access"."grants"
          WHERE "expires_at" > now() - interval '${INACTIVE_GRANT_MEMORY_DAYS} days' AND ("revoked_at" IS NULL OR "revoked_at" > now() - interval '${INACTIVE_GRANT_MEMORY_DAYS} days')
          ORDER BY "expires_at" DESC, "id" ASC`,
      )) as GrantRow[],
    ]);
    const snapshot: AccessSnapshot = { principals: new Map(), memberships: new Map(), grants: new Map(), grantsByHolder: new Map(), loadedAt };
    for (const p of principals) snapshot.principals.set(p.id, p);
    for (const m of memberships) {
      add(snapshot.memberships, m.principal_id, { team: m.team_name, role: m.role });
    }
    for (const g of grants) {
      const grant: ViewGrant = { id: g.id, portUrn: g.port_urn, ownerTeamId: g.owner_team_id, fields: g.fields, consumerPrincipalId: g.consumer_principal_id, consumerTeam: g.consumer_team, purpose: g.purpose, expiresAt: g.expires_at, revokedAt: g.revoked_at };
      add(snapshot.grants, g.port_urn, grant);
      add(snapshot.grantsByHolder, g.consumer_team !== null ? `team:${g.consumer_team}` : `principal:${g.consumer_principal_id}`, grant);
    }
    return snapshot;
  }

  /** Subscribes to the change channel on a connection of its own; reconnects after a second when it drops. */
  private async listen(): Promise<void> {
    if (this.closed) return;
    const client = new Client({ connectionString: this.config.databaseUrl, application_name: `meshwork-${this.config.serviceName}-changes` });
    const lost = (error?: Error) => {
      if (this.listener !== client) return;
      this.listener = undefined;
      this.watching = false;
      this.invalidate();
      client.end().catch(() => undefined);
      if (this.closed) return;
      this.logger.warn(`Change feed of the access view lost${error ? ` (${error.message})` : ''}; reading the view at most ${UNWATCHED_MAX_AGE_MS} ms old until it is back`);
      this.retry = setTimeout(() => void this.listen(), 1_000);
      this.retry.unref();
    };
    client.on('notification', () => this.invalidate());
    client.on('error', lost);
    client.on('end', () => lost());
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${ACCESS_CHANGED_CHANNEL}`);
      // Changes made while nobody listened are unknown: read everything again.
      this.invalidate();
      this.watching = true;
    } catch (error) {
      lost(error as Error);
    }
  }
}
