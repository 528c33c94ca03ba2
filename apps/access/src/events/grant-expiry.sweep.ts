import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { EventOutbox } from '@meshwork/platform';
import { DataSource } from 'typeorm';
import { grantFact } from './access-feed';

const EXPIRED = 'io.meshwork.access.grant.expired.v1';
const SWEEP_MS = 60_000;
/** Grants that ended longer ago than this are not looked at again (their fact, if any, may have been purged). */
const LOOKBACK_DAYS = 7;

interface ExpiredRow {
  id: string;
  request_id: string;
  port_urn: string;
  owner_team_id: string;
  consumer_principal_id: string | null;
  consumer_team: string | null;
  expires_at: Date;
}

/**
 * Writes grant.expired once for each grant whose end passed (not revoked): every minute, in one transaction per sweep
 * holding a transaction advisory lock (one replica sweeps at a time), the grants ended in the last week without such a
 * fact yet. ACCESS_GRANT_EXPIRY_SWEEP=off turns the timer off (tests call sweep()).
 */
@Injectable()
export class GrantExpirySweep implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('GrantExpiry');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventOutbox,
  ) {}

  onApplicationBootstrap(): void {
    if (process.env.ACCESS_GRANT_EXPIRY_SWEEP === 'off') return;
    this.timer = setInterval(() => void this.sweep().catch((err: unknown) => this.logger.warn({ err }, 'The grant expiry sweep failed')), SWEEP_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Answers how many grant.expired facts it wrote. */
  async sweep(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = (await manager.query(`SELECT pg_try_advisory_xact_lock(hashtext('meshwork-access-grant-expiry')) AS "locked"`)) as { locked: boolean }[];
      if (!locked) return 0;
      const rows = (await manager.query(
        `SELECT g."id", g."request_id", g."port_urn", g."owner_team_id", g."consumer_principal_id", g."consumer_team", g."expires_at" FROM "access"."grants" g
         WHERE g."revoked_at" IS NULL AND g."expires_at" <= now() AND g."expires_at" > now() - make_interval(days => $1)
           AND NOT EXISTS (SELECT 1 FROM "access"."events" e WHERE e."type" = $2 AND e."subject" = g."id"::text)
         ORDER BY g."expires_at", g."id" LIMIT 1000`,
        [LOOKBACK_DAYS, EXPIRED],
      )) as ExpiredRow[];
      for (const row of rows) {
        const data = grantFact({ id: row.id, requestId: row.request_id, portUrn: row.port_urn, ownerTeamId: row.owner_team_id, consumerPrincipalId: row.consumer_principal_id, consumerTeam: row.consumer_team, expiresAt: row.expires_at });
        await this.events.append(manager, { type: 'grant.expired', subject: row.id, data });
      }
      return rows.length;
    });
  }
}
