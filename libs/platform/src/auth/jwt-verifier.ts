import { Logger } from '@nestjs/common';
import { type Actor, type Role, ROLES, type TeamRole } from '@meshwork/authz';
import { createRemoteJWKSet, errors, type JWSAlgorithm, type JWTPayload, jwtVerify, type RemoteJWKSet } from 'jose';
import type { JwtSettings } from '../config/config';
import { TokenVerifier } from './token-verifier';

/** Asymmetric signatures only: `none` and shared-secret (HS*) tokens are refused whatever the key set holds. */
export const JWT_ALGORITHMS: readonly JWSAlgorithm[] = ['EdDSA', 'Ed25519', 'ES256', 'RS256'];

/** Seconds of clock difference with the identity provider tolerated on `exp` and `nbf`. */
export const JWT_CLOCK_TOLERANCE_SECONDS = 30;

/** Most verified tokens remembered at once. */
export const VERIFIED_CACHE_SIZE = 10_000;

const TEAM_ROLES: readonly TeamRole['role'][] = ['domain-owner', 'domain-member'];
const GLOBAL_ROLES: readonly Role[] = ROLES.filter((role) => !(TEAM_ROLES as readonly Role[]).includes(role));

/** How the key set is fetched and cached (milliseconds). */
export interface JwksOptions {
  /** Least time between a fetch and the next one caused by an unknown `kid` (default 30 s). */
  cooldownMs?: number;
  /** Keys older than this are fetched again before use (default 10 min). */
  cacheMaxAgeMs?: number;
  /** A fetch taking longer fails, and so does the token that needed it (default 5 s). */
  timeoutMs?: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A claim by its exact name, else by a dotted path into nested objects (`realm_access.roles`). */
function claim(payload: JWTPayload, name: string): unknown {
  if (Object.hasOwn(payload, name)) return payload[name];
  let value: unknown = payload;
  for (const part of name.split('.')) {
    if (!isRecord(value) || !Object.hasOwn(value, part)) return undefined;
    value = value[part];
  }
  return value;
}

function globalRoles(value: unknown): Role[] {
  if (!Array.isArray(value)) return [];
  return GLOBAL_ROLES.filter((role) => value.includes(role));
}

function teamRole(entry: unknown): TeamRole | undefined {
  let team: unknown;
  let role: unknown;
  if (typeof entry === 'string') {
    const colon = entry.lastIndexOf(':');
    team = entry.slice(0, Math.max(colon, 0));
    role = entry.slice(colon + 1);
  } else if (isRecord(entry)) {
    ({ team, role } = entry);
  }
  if (typeof team !== 'string' || team === '' || !(TEAM_ROLES as readonly unknown[]).includes(role)) return undefined;
  return { team, role: role as TeamRole['role'] };
}

function teamRoles(value: unknown): TeamRole[] {
  if (!Array.isArray(value)) return [];
  const found = new Map<string, TeamRole>();
  for (const entry of value) {
    const parsed = teamRole(entry);
    if (parsed) found.set(`${parsed.role}\u0000${parsed.team}`, parsed);
  }
  return [...found.values()];
}

/** The actor a verified token speaks for; unknown roles and malformed entries are left out. */
export function actorFromClaims(payload: JWTPayload, settings: Pick<JwtSettings, 'rolesClaim' | 'teamsClaim'>): Actor | undefined {
  if (typeof payload.sub !== 'string' || payload.sub === '') return undefined;
  return { id: payload.sub, roles: globalRoles(claim(payload, settings.rolesClaim)), teamRoles: teamRoles(claim(payload, settings.teamsClaim)) };
}

/** The key set could not be fetched or read: the provider or the configuration is at fault, not the caller. */
function isKeySetFailure(error: unknown): boolean {
  if (!(error instanceof errors.JOSEError)) return true;
  return error.constructor === errors.JOSEError || error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid;
}

/**
 * Accepts JWTs signed by a key of the identity provider's JSON Web Key Set, issued by the configured issuer for the
 * configured audience, within their validity. Keys are cached; an unknown `kid` fetches the set again (at most once
 * per cooldown), so rotated keys are picked up. Every failure yields undefined, never an error.
 */
export class JwtTokenVerifier extends TokenVerifier {
  private readonly logger = new Logger(JwtTokenVerifier.name);
  private readonly keys: RemoteJWKSet;
  /** Tokens already verified, with the actor they speak for, until they expire; oldest dropped past VERIFIED_CACHE_SIZE. */
  private readonly verified = new Map<string, { actor: Actor; expiresAt: number }>();

  constructor(
    private readonly settings: JwtSettings,
    jwks: JwksOptions = {},
  ) {
    super();
    this.keys = createRemoteJWKSet(new URL(settings.jwksUrl), {
      cooldownDuration: jwks.cooldownMs,
      cacheMaxAge: jwks.cacheMaxAgeMs,
      timeoutDuration: jwks.timeoutMs,
    });
  }

  async verify(token: string): Promise<Actor | undefined> {
    const known = this.verified.get(token);
    if (known) {
      if (Date.now() < known.expiresAt) return known.actor;
      this.verified.delete(token);
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        algorithms: [...JWT_ALGORITHMS],
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        clockTolerance: JWT_CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (error) {
      if (isKeySetFailure(error)) {
        this.logger.warn(`Bearer token refused: the key set at ${this.settings.jwksUrl} is unavailable (${(error as Error).message})`);
      }
      return undefined;
    }
    const actor = actorFromClaims(payload, this.settings);
    // The same text verified again gives the same answer until `exp` (checked without tolerance here).
    if (actor && typeof payload.exp === 'number') {
      if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value as string);
      this.verified.set(token, { actor, expiresAt: payload.exp * 1000 });
    }
    return actor;
  }
}
