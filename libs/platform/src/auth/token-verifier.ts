import { timingSafeEqual } from 'node:crypto';
import type { Actor } from '@meshwork/authz';

/** Turns a bearer token into an actor, or undefined when the token is not valid. */
export abstract class TokenVerifier {
  abstract verify(token: string): Promise<Actor | undefined>;
}

export const DEV_ADMIN: Actor = { id: 'dev-admin', roles: ['platform-admin'], teamRoles: [] };

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Accepts the single dev token as the platform admin; rejects everything when none is configured. */
export class DevTokenVerifier extends TokenVerifier {
  constructor(private readonly devToken: string | undefined) {
    super();
  }

  async verify(token: string): Promise<Actor | undefined> {
    if (this.devToken === undefined) return undefined;
    return sameSecret(token, this.devToken) ? DEV_ADMIN : undefined;
  }
}

/** Asks each verifier in turn; the first that recognises the token decides who the caller is. */
export class FirstMatchTokenVerifier extends TokenVerifier {
  constructor(private readonly verifiers: readonly TokenVerifier[]) {
    super();
  }

  async verify(token: string): Promise<Actor | undefined> {
    for (const verifier of this.verifiers) {
      const actor = await verifier.verify(token);
      if (actor) return actor;
    }
    return undefined;
  }
}
