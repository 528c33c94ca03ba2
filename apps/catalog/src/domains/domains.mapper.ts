import type { DomainEntity } from './domain.entity';
import type { DomainDto } from './dto/domain.dto';

export function toDomainDto(domain: DomainEntity): DomainDto {
  return {
    name: domain.name,
    title: domain.title,
    description: domain.description,
    ownerTeamId: domain.ownerTeamId,
    createdAt: domain.createdAt.toISOString(),
    updatedAt: domain.updatedAt.toISOString(),
  };
}
