import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { base64url, type CryptoKey, exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';

export const TEST_ISSUER = 'https://id.meshwork.test/';
export const TEST_AUDIENCE = 'meshwork';

/** An entry of the teams claim: `{ team, role }` or "team:role". */
export type TeamClaim = { team: string; role: string } | string;

/** Who a token speaks for. */
export interface TokenSubject {
  sub: string;
  roles?: string[];
  teams?: TeamClaim[];
}

/** The actor a service sees after verifying a token (the shape of @meshwork/authz's Actor). */
export interface TestActor {
  id: string;
  roles: string[];
  teamRoles: { team: string; role: string }[];
}

interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
}

function encode(part: object): string {
  return base64url.encode(JSON.stringify(part));
}

/**
 * A local identity provider: serves its public key as a JWKS on 127.0.0.1 and mints EdDSA tokens for any subject.
 * It also holds a foreign key under the same kid, whose public half it never publishes.
 */
export class TestIdentityProvider {
  private constructor(
    readonly jwksUrl: string,
    private readonly key: SigningKey,
    private readonly foreign: SigningKey,
    private readonly server: Server,
  ) {}

  static async start(): Promise<TestIdentityProvider> {
    const kid = 'meshwork-test-1';
    const [own, foreign] = await Promise.all([generateKeyPair('EdDSA'), generateKeyPair('EdDSA')]);
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(own.publicKey)), kid, alg: 'EdDSA', use: 'sig' }] });
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/jwk-set+json' });
      response.end(jwks);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
    return new TestIdentityProvider(url, { kid, privateKey: own.privateKey }, { kid, privateKey: foreign.privateKey }, server);
  }

  /** The claims of a token valid for an hour; `extra` adds or replaces some (undefined drops one). */
  claims(subject: TokenSubject, extra: JWTPayload = {}): JWTPayload {
    const now = Math.floor(Date.now() / 1000);
    const payload: JWTPayload = { iss: TEST_ISSUER, aud: TEST_AUDIENCE, sub: subject.sub, iat: now, exp: now + 3600, ...extra };
    if (subject.roles) payload.roles = subject.roles;
    if (subject.teams) payload.teams = subject.teams;
    return payload;
  }

  mint(subject: TokenSubject, extra: JWTPayload = {}): Promise<string> {
    return this.sign(this.key, this.claims(subject, extra));
  }

  /** A token that a service configured with this provider verifies as exactly this actor. */
  tokenFor(actor: TestActor): Promise<string> {
    return this.mint({ sub: actor.id, roles: actor.roles, teams: actor.teamRoles.map((r) => ({ team: r.team, role: r.role })) });
  }

  /** A token signed by a key the JWKS does not hold, under the kid of one it does. */
  mintForeign(subject: TokenSubject): Promise<string> {
    return this.sign(this.foreign, this.claims(subject));
  }

  /** An unsigned token (`alg: none`). */
  unsigned(subject: TokenSubject): string {
    return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(this.claims(subject))}.`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  private sign(key: SigningKey, claims: JWTPayload): Promise<string> {
    return new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: 'JWT' }).sign(key.privateKey);
  }
}
