import { readWholeFeed } from '@meshwork/testing';
import { DataSource } from 'typeorm';
import { GrantExpirySweep } from '../src/events/grant-expiry.sweep';
import { type AccessHarness, jsonBody, startAccess } from './support';

const PORT_URN = 'urn:meshwork:crm:customers:customers:v1';
const REVOKED = 'io.meshwork.access.grant.revoked.v1';
const EXPIRED = 'io.meshwork.access.grant.expired.v1';

describe('the access service’s event feed (HTTP, real PostgreSQL)', () => {
  let h: AccessHarness;
  const previous = process.env.ACCESS_GRANT_EXPIRY_SWEEP;

  beforeAll(async () => {
    process.env.ACCESS_GRANT_EXPIRY_SWEEP = 'off';
    h = await startAccess();
  });

  afterAll(async () => {
    if (previous === undefined) delete process.env.ACCESS_GRANT_EXPIRY_SWEEP;
    else process.env.ACCESS_GRANT_EXPIRY_SWEEP = previous;
    await h?.close();
  });

  /** A grant as an approval leaves it (approvals and their grant.approved fact: access-requests.e2e-spec), ending at `expiresAt`. */
  async function grant(expiresAt: string): Promise<string> {
    const rows = (await h.app.get(DataSource).query(
      `INSERT INTO access.grants (request_id, consumer_team, port_urn, owner_team_id, purpose, expires_at, approved_by)
       VALUES (gen_random_uuid(), 'billing-team', $1, 'crm-data-team', 'Churn analysis', $2::timestamptz, ARRAY['olivia'])
       RETURNING id`,
      [PORT_URN, expiresAt],
    )) as { id: string }[];
    return rows[0].id;
  }

  it('writes grant.revoked with the revocation, without the reason or the purpose', async () => {
    const start = (await readWholeFeed(h.call)).next;
    const id = await grant(new Date(Date.now() + 86_400_000).toISOString());
    expect((await h.call(`/v1/grants/${id}/revoke`, { method: 'POST', ...jsonBody({ reason: 'Project ended' }) })).status).toBe(200);
    const { items } = await readWholeFeed(h.call, { after: start });
    expect(items.map((e) => [e.source, e.type, e.subject])).toEqual([['/meshwork/access', REVOKED, id]]);
    expect(items[0].data).toMatchObject({ grantId: id, portUrn: PORT_URN, ownerTeamId: 'crm-data-team', consumerTeam: 'billing-team', consumerPrincipalId: null, revokedBy: expect.any(String), revokedAt: expect.any(String) });
    expect(JSON.stringify(items[0].data)).not.toMatch(/Project ended|Churn analysis/);
  });

  it('writes grant.expired once for a grant whose end passed, not for a revoked one nor one still running', async () => {
    const start = (await readWholeFeed(h.call)).next;
    const ended = await grant(new Date(Date.now() - 60_000).toISOString());
    await grant(new Date(Date.now() + 86_400_000).toISOString());
    const revokedEnded = await grant(new Date(Date.now() - 60_000).toISOString());
    await h.app.get(DataSource).query(`UPDATE access.grants SET revoked_at = now() - interval '2 minutes', revoked_by = 'olivia' WHERE id = $1`, [revokedEnded]);
    const sweep = h.app.get(GrantExpirySweep);
    expect(await sweep.sweep()).toBe(1);
    expect(await sweep.sweep()).toBe(0);
    const { items } = await readWholeFeed(h.call, { after: start, types: [EXPIRED] });
    expect(items.map((e) => [e.type, e.subject, e.data.grantId])).toEqual([[EXPIRED, ended, ended]]);
  });
});
