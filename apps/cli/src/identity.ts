import type { AccessComponents } from '@meshwork/sdk';
import { missingCredential } from './config';
import type { Context } from './context';
import { CliError, ExitCode } from './exit-codes';

type Principal = AccessComponents['schemas']['PrincipalDto'];
type Membership = AccessComponents['schemas']['MembershipDto'];

export interface Identity {
  principal: Principal;
  teams: { team: string; role: Membership['role'] }[];
}

/** The `sub` of a JWT (read, not verified: the services verify it); undefined for a token that is not a JWT. */
export function subjectOf(token: string): string | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub?: unknown };
    return typeof claims.sub === 'string' ? claims.sub : undefined;
  } catch {
    return undefined;
  }
}

/** A bearer token for the configured credentials: the token itself, or the API key exchanged at the access service. */
export async function currentToken(ctx: Context, what: string, apiKey?: string): Promise<string> {
  const credential = apiKey !== undefined ? { kind: 'apiKey' as const, value: apiKey } : ctx.connection.credential;
  if (!credential) throw missingCredential(what);
  if (credential.kind === 'token') return credential.value;
  const issued = await ctx.anonymousMesh().access.issueToken({ body: { apiKey: credential.value } });
  return issued.accessToken;
}

/** Who the credentials speak for: the principal and its team memberships. */
export async function whoAmI(ctx: Context, token: string): Promise<Identity> {
  const id = subjectOf(token);
  if (!id) throw new CliError(ExitCode.USAGE, 'the token does not name a principal (it is not a JWT with a `sub`; a dev token is not one).', 'Use an API key (`meshwork login`) or a token issued by the access service.');
  const access = ctx.clientWith({ token }).access;
  const principal = await access.getPrincipal({ params: { path: { id } } });
  const memberships = await access.listPrincipalMemberships({ params: { path: { id }, query: { limit: 200 } } });
  return { principal, teams: memberships.items.map((m) => ({ team: m.team, role: m.role })) };
}
