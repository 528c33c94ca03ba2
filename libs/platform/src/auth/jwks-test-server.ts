import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CryptoKey, exportJWK, generateKeyPair, type JWK, type JWTPayload, SignJWT } from 'jose';

/** A signing key of a test identity provider. */
export interface TestKey {
  kid: string;
  alg: 'EdDSA' | 'ES256' | 'RS256' | 'ES384' | 'PS256';
  privateKey: CryptoKey;
  jwk: JWK;
}

export async function testKey(kid: string, alg: TestKey['alg']): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { kid, alg, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

/** Serves `{ keys }` on 127.0.0.1 and counts the fetches; `keys` may be replaced to rotate them. */
export class JwksTestServer {
  keys: JWK[] = [];
  fetches = 0;
  private readonly server: Server = createServer((_request, response) => {
    this.fetches += 1;
    response.writeHead(200, { 'content-type': 'application/jwk-set+json' });
    response.end(JSON.stringify({ keys: this.keys }));
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/jwks`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }
}

export const TEST_ISSUER = 'https://id.meshwork.test/';
export const TEST_AUDIENCE = 'meshwork';

/** Claims of a token valid for five minutes; `claims` adds or replaces some (undefined drops one). */
export function testClaims(claims: JWTPayload = {}): JWTPayload {
  const now = Math.floor(Date.now() / 1000);
  return { iss: TEST_ISSUER, aud: TEST_AUDIENCE, sub: 'alice', iat: now, exp: now + 300, ...claims };
}

export async function signTestToken(key: TestKey, claims: JWTPayload = {}): Promise<string> {
  return new SignJWT(testClaims(claims)).setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' }).sign(key.privateKey);
}
