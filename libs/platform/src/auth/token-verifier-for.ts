import type { PlatformConfig } from '../config/config';
import { type JwksOptions, JwtTokenVerifier } from './jwt-verifier';
import { DevTokenVerifier, FirstMatchTokenVerifier, type TokenVerifier } from './token-verifier';

/**
 * The verifier a service uses: the dev token alone (or nothing) when no key set is configured; JWTs alone when no
 * dev token is; otherwise the dev token is the platform admin and any other token is verified as a JWT.
 */
export function tokenVerifierFor(config: Pick<PlatformConfig, 'devToken' | 'jwt'>, jwks?: JwksOptions): TokenVerifier {
  const dev = new DevTokenVerifier(config.devToken);
  if (!config.jwt) return dev;
  const jwt = new JwtTokenVerifier(config.jwt, jwks);
  return config.devToken === undefined ? jwt : new FirstMatchTokenVerifier([dev, jwt]);
}
