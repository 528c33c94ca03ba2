import type { AccessComponents } from '@meshwork/sdk';
import { booleanOption, type Command, durationOption, integerOption, listOption, stringOption } from '../command';
import type { Context } from '../context';
import { CliError, ExitCode, usageError } from '../exit-codes';
import { currentToken, subjectOf, whoAmI } from '../identity';
import { table } from '../output';

type AccessRequest = AccessComponents['schemas']['AccessRequestDto'];
type Grant = AccessComponents['schemas']['GrantDto'];
type Consumer = AccessComponents['schemas']['ConsumerDto'];

const consumerText = (c: Consumer) => (c.team ? `team ${c.team}` : `principal ${c.principalId ?? '?'}`);

async function myPrincipalId(ctx: Context, what: string): Promise<string> {
  const id = subjectOf(await currentToken(ctx, what));
  if (!id) throw usageError(`${what}: the token does not name a principal (a dev token is not one)`, 'Pass --team <team> or --principal <id>, or use an API key.');
  return id;
}

/** Waits for the request's grant: polls with growing intervals (2 s to 30 s) until approved, closed or out of time. */
async function waitForGrant(ctx: Context, request: AccessRequest, timeoutMs: number): Promise<{ request: AccessRequest; grant?: Grant }> {
  const access = ctx.mesh('request-access').access;
  const deadline = ctx.io.now().getTime() + timeoutMs;
  let interval = 2000;
  let current = request;
  for (;;) {
    if (current.state === 'approved' && current.grantId) return { request: current, grant: await access.getGrant({ params: { path: { id: current.grantId } } }) };
    if (current.state === 'rejected' || current.state === 'cancelled') return { request: current };
    const left = deadline - ctx.io.now().getTime();
    if (left <= 0) return { request: current };
    await ctx.io.sleep(Math.min(interval, left));
    interval = Math.min(30_000, Math.round(interval * 1.5));
    current = await access.getAccessRequest({ params: { path: { id: current.id } } });
  }
}

function requestLines(request: AccessRequest, grant: Grant | undefined): string[] {
  const lines = [`Access request ${request.id}: ${request.state}`, `  port:     ${request.portUrn}`, `  consumer: ${consumerText(request.consumer)}`, `  purpose:  ${request.purpose}`];
  if (request.decisionReason) lines.push(`  reason:   ${request.decisionReason}${request.decidedBy ? ` (by ${request.decidedBy})` : ''}`);
  if (grant) lines.push(`Grant ${grant.id}: active until ${grant.expiresAt}`);
  else if (request.state === 'pending' || request.state === 'awaiting-second-level') lines.push(`Waiting for the owners of ${request.ownerTeamId} to decide.`);
  return lines;
}

export const requestAccessCommand: Command = {
  name: 'request-access',
  summary: 'Ask for access to an output port (and optionally wait for the grant)',
  args: '<portUrn> --purpose <text> [--team <team> | --principal <id>] [--days <n>] [--field <f>…] [--wait]',
  description: [
    'Creates an access request for an output port with a purpose. The consumer is you (the principal of your',
    "credentials) unless --team or --principal says otherwise. The port's owners approve or reject it; with --wait the",
    'command waits for the decision: exit code 0 with the grant, 1 when rejected, cancelled or still undecided.',
  ].join('\n'),
  options: {
    purpose: { type: 'string', value: '<text>', description: 'What the data is for (required).' },
    team: { type: 'string', value: '<team>', description: 'Ask for a team you belong to.' },
    principal: { type: 'string', value: '<id>', description: 'Ask for this principal (platform admins: for someone else).' },
    days: { type: 'string', value: '<n>', description: 'How long the grant lasts once approved, 1 to 365 days (default 90).' },
    field: { type: 'string', multiple: true, value: '<field>', description: 'Only this field of the contract (repeat for more); all fields by default.' },
    wait: { type: 'boolean', description: 'Wait until the request is decided.' },
    'wait-timeout': { type: 'string', value: '<duration>', description: 'How long --wait waits, e.g. 30m (default 10m).' },
  },
  positionals: { min: 1, max: 1, names: 'an output port URN' },
  examples: [
    'meshwork request-access urn:meshwork:crm:customers:customers:v1 --purpose "Churn model features"',
    'meshwork request-access urn:meshwork:crm:customers:customers:v1 --purpose "Campaign targeting" --team marketing-analytics --days 30 --wait',
    'meshwork request-access urn:meshwork:crm:customers:customers:v1 --purpose "Segments" --field customer_id --field country --output json',
  ],
  async run(ctx, { positionals, values }) {
    const purpose = stringOption(values, 'purpose');
    if (!purpose?.trim()) throw usageError('request-access needs --purpose <text>: what the data is for', 'Run `meshwork request-access --help`.');
    const team = stringOption(values, 'team');
    const principal = stringOption(values, 'principal');
    if (team !== undefined && principal !== undefined) throw usageError('give --team or --principal, not both');
    const days = integerOption(values, 'days', { min: 1, max: 365 });
    const fields = listOption(values, 'field');
    const timeoutMs = durationOption(values, 'wait-timeout') ?? 600_000;
    const consumer: Consumer = team !== undefined ? { team } : { principalId: principal ?? (await myPrincipalId(ctx, 'request-access')) };
    const body = { portUrn: positionals[0], purpose, consumer, ...(days !== undefined ? { durationDays: days } : {}), ...(fields.length ? { fields } : {}) };
    // durationDays has a default on the service; the generated type lists it as required.
    const created = await ctx.mesh('request-access').access.createAccessRequest({ body: body as AccessComponents['schemas']['CreateAccessRequestDto'] });
    const outcome = booleanOption(values, 'wait') ? await waitForGrant(ctx, created, timeoutMs) : { request: created };
    ctx.emit(outcome, ({ request, grant }) => requestLines(request, grant));
    if (!booleanOption(values, 'wait') || outcome.grant) return ExitCode.OK;
    if (outcome.request.state === 'rejected' || outcome.request.state === 'cancelled') return ExitCode.FAILED;
    throw new CliError(ExitCode.FAILED, `access request ${outcome.request.id} is still ${outcome.request.state} after ${Math.round(timeoutMs / 1000)} s`, 'Its owners have not decided yet: run again with a longer --wait-timeout, or check later with `meshwork grants --mine`.');
  },
};

async function listAll(ctx: Context, query: { portUrn?: string; consumer?: string; active?: boolean }, limit: number): Promise<Grant[]> {
  const access = ctx.mesh('grants').access;
  const grants: Grant[] = [];
  for (let offset = 0; grants.length < limit; ) {
    const page = await access.listGrants({ params: { query: { ...query, limit: Math.min(200, limit - grants.length), offset } } });
    grants.push(...page.items);
    offset += page.items.length;
    if (page.items.length === 0 || offset >= page.total) break;
  }
  return grants;
}

export const grantsCommand: Command = {
  name: 'grants',
  summary: 'List access grants: yours (--mine), of a port, or all you may see',
  args: '[--mine] [--port <urn>] [--consumer <id|team>] [--all] [--limit <n>]',
  description: [
    'Lists the grants in force that you may see: those of your principal and your teams with --mine, those on one',
    'output port with --port, those of one consumer with --consumer. --all adds expired and revoked ones.',
  ].join('\n'),
  options: {
    mine: { type: 'boolean', description: 'Only grants to you or to one of your teams.' },
    port: { type: 'string', value: '<urn>', description: 'Only grants on this output port.' },
    consumer: { type: 'string', value: '<id|team>', description: 'Only grants to this principal id or team.' },
    all: { type: 'boolean', description: 'Also expired and revoked grants.' },
    limit: { type: 'string', value: '<n>', description: 'At most this many grants, 1 to 1000 (default 200).' },
  },
  positionals: { min: 0, max: 0, names: 'no arguments' },
  examples: ['meshwork grants --mine', 'meshwork grants --port urn:meshwork:crm:customers:customers:v1', 'meshwork grants --consumer marketing-analytics --all --output json'],
  async run(ctx, { values }) {
    const limit = integerOption(values, 'limit', { min: 1, max: 1000 }) ?? 200;
    const port = stringOption(values, 'port');
    const consumerOption = stringOption(values, 'consumer');
    if (booleanOption(values, 'mine') && consumerOption !== undefined) throw usageError('give --mine or --consumer, not both');
    const base = { ...(port ? { portUrn: port } : {}), ...(booleanOption(values, 'all') ? {} : { active: true }) };
    let consumers: (string | undefined)[] = [consumerOption];
    if (booleanOption(values, 'mine')) {
      const identity = await whoAmI(ctx, await currentToken(ctx, 'grants --mine'));
      consumers = [identity.principal.id, ...identity.teams.map((t) => t.team)];
    }
    const seen = new Set<string>();
    const grants: Grant[] = [];
    for (const consumer of consumers) {
      for (const grant of await listAll(ctx, { ...base, ...(consumer ? { consumer } : {}) }, limit)) {
        if (!seen.has(grant.id) && grants.length < limit) grants.push(grant);
        seen.add(grant.id);
      }
    }
    ctx.emit({ items: grants }, ({ items }) => {
      if (!items.length) return ['No grants.'];
      const rows = items.map((g) => [g.portUrn, consumerText(g.consumer), g.active ? 'active' : g.revokedAt ? 'revoked' : 'expired', g.expiresAt, g.purpose]);
      return table([['PORT', 'CONSUMER', 'STATE', 'EXPIRES', 'PURPOSE'], ...rows]);
    });
    return ExitCode.OK;
  },
};
