import { Injectable } from '@nestjs/common';
import { type Action, type Actor, abilityFor, type MeshSubject } from '@meshwork/authz';
import { PlatformError, PlatformErrorCode } from '../errors/domain-error';

/** Object-level checks inside services: `access.require(actor, 'update', subject('DataProduct', product))`. */
@Injectable()
export class AccessControl {
  can(actor: Actor, action: Action, subject: MeshSubject): boolean {
    return abilityFor(actor).can(action, subject);
  }

  require(actor: Actor, action: Action, subject: MeshSubject, what: string): void {
    if (this.can(actor, action, subject)) return;
    throw new PlatformError(PlatformErrorCode.FORBIDDEN, `Principal '${actor.id}' may not ${action} ${what}.`);
  }
}
