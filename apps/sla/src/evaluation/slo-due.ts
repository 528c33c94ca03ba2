import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../clock';

/** Makes the SLOs of ports just observed due at once, in the caller's transaction: one statement for any number of ports. */
@Injectable()
export class SloDue {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  async markPortsDue(manager: EntityManager, portUrns: readonly string[]): Promise<void> {
    if (portUrns.length === 0) return;
    const now = this.clock.now().toISOString();
    await manager.query(`UPDATE "sla"."slos" SET "next_due_at" = $2 WHERE "port_urn" = ANY($1::varchar[]) AND "next_due_at" > $2`, [[...new Set(portUrns)], now]);
  }
}
