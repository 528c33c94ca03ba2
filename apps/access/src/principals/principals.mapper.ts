import type { PrincipalDto } from './dto/principal.dto';
import type { PrincipalEntity } from './principal.entity';

export function toPrincipalDto(principal: PrincipalEntity): PrincipalDto {
  return {
    id: principal.id,
    kind: principal.kind,
    name: principal.name,
    displayName: principal.displayName,
    email: principal.email,
    globalRoles: [...principal.globalRoles].sort(),
    disabled: principal.disabled,
    createdAt: principal.createdAt.toISOString(),
    updatedAt: principal.updatedAt.toISOString(),
  };
}
