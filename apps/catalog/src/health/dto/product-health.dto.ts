import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ProductDto } from '../../products/dto/product.dto';
import { PortProfileDto } from '../../profiles/dto/profile.dto';
import { PortQualityDto } from '../../quality/dto/quality.dto';

export const PART_STATUSES = ['ok', 'unavailable'] as const;
export type PartStatus = (typeof PART_STATUSES)[number];

export class ProductQueryDto {
  @ApiPropertyOptional({ description: '`health` adds the product page\'s `health` object: owners, compliance, SLA status and KPIs, active consumers, latest profiles and quality results.', enum: ['health'], example: 'health' })
  @IsOptional()
  @IsIn(['health'])
  include?: 'health';
}

abstract class PartDto {
  @ApiProperty({ description: '`ok`: the part is there; `unavailable`: its source did not answer in time, or answered an error, and `reason` says which and why.', enum: PART_STATUSES, example: 'ok' })
  status!: PartStatus;

  @ApiPropertyOptional({ description: 'Why the part is missing; null when it is there.', nullable: true, type: String, example: null })
  reason!: string | null;
}

export class TeamMemberDto {
  @ApiProperty({ description: 'User name.', example: 'jdoe' })
  username!: string;

  @ApiPropertyOptional({ description: 'Display name.', nullable: true, type: String, example: 'Jane Doe' })
  name!: string | null;

  @ApiPropertyOptional({ description: 'Role in the team.', nullable: true, type: String, example: 'owner' })
  role!: string | null;
}

export class OwnersPartDto extends PartDto {
  @ApiProperty({ description: 'Team that owns the product\'s domain.', example: 'crm-data' })
  ownerTeamId!: string;

  @ApiPropertyOptional({ description: 'Team named by the ODPS document of the current version.', nullable: true, type: String, example: 'CRM Data' })
  teamName!: string | null;

  @ApiProperty({ description: 'Members of that team who have not left it.', type: [TeamMemberDto] })
  members!: TeamMemberDto[];
}

export class ComplianceScoreDto {
  @ApiPropertyOptional({ description: 'passed / applicable, from 0 to 1; null when no policy applied.', nullable: true, type: Number, example: 0.875 })
  score!: number | null;

  @ApiProperty({ description: 'Applicable policies that passed.', example: 7 })
  passed!: number;

  @ApiProperty({ description: 'Policies that applied.', example: 8 })
  applicable!: number;

  @ApiProperty({ description: 'Policies failing as blocking.', example: 0 })
  blocking!: number;

  @ApiProperty({ description: 'Policies failing as warnings.', example: 1 })
  warnings!: number;

  @ApiProperty({ description: 'Product version of the governance sample.', example: '1.2.0' })
  version!: string;

  @ApiProperty({ description: 'When governance evaluated it.', format: 'date-time', example: '2026-11-26T05:00:00.000Z' })
  evaluatedAt!: string;
}

export class CompliancePartDto extends PartDto {
  @ApiPropertyOptional({ description: 'The product\'s score from governance (GET /v1/compliance of the governance service); null when governance holds no sample of it.', type: ComplianceScoreDto, nullable: true })
  compliance!: ComplianceScoreDto | null;
}

export class SlaPartDto extends PartDto {
  @ApiPropertyOptional({ description: 'Worst status among the product\'s SLOs: `breached`, `at-risk`, `ok`, or `unknown` (also without SLOs); null when unavailable.', enum: ['ok', 'at-risk', 'breached', 'unknown'], nullable: true, example: 'ok' })
  slaStatus!: string | null;

  @ApiPropertyOptional({
    description: 'The KPIs as SLA monitoring answers them (GET /v1/kpis/{urn} of the SLA service): compliance, incidents, MTTD/MTTR, freshness, SLO statuses; null when unavailable.',
    type: 'object',
    additionalProperties: true,
    nullable: true,
    example: { urn: 'urn:meshwork:crm:customers', compliancePercent: 99.85, openIncidents: 0, freshnessSeconds: 600 },
  })
  kpis!: Record<string, unknown> | null;
}

export class ConsumersPartDto extends PartDto {
  @ApiPropertyOptional({ description: 'Distinct consumers holding an active grant on any port of the product (from the access service, as SLA monitoring\'s KPIs report it); null when unavailable.', nullable: true, type: Number, example: 3 })
  active!: number | null;
}

export class ProfilesPartDto extends PartDto {
  @ApiProperty({ description: 'Latest profile of each output port of the current version that has one.', type: [PortProfileDto] })
  ports!: PortProfileDto[];
}

export class QualityPartDto extends PartDto {
  @ApiProperty({ description: 'Quality rules and current outcomes of each output port of the current version.', type: [PortQualityDto] })
  ports!: PortQualityDto[];
}

export class ProductHealthDto {
  @ApiProperty({ description: 'When the page was put together.', format: 'date-time', example: '2026-11-26T08:00:00.000Z' })
  generatedAt!: string;

  @ApiProperty({ description: 'How long each source was given (CATALOG_HEALTH_TIMEOUT_MS, 1500 by default).', example: 1500 })
  timeoutMs!: number;

  @ApiProperty({ description: 'Owners (local).', type: OwnersPartDto })
  owners!: OwnersPartDto;

  @ApiProperty({ description: 'Policy compliance (governance service).', type: CompliancePartDto })
  compliance!: CompliancePartDto;

  @ApiProperty({ description: 'SLA status and KPIs (SLA service).', type: SlaPartDto })
  sla!: SlaPartDto;

  @ApiProperty({ description: 'Active consumers (access service, through the SLA service\'s KPIs: one round trip).', type: ConsumersPartDto })
  consumers!: ConsumersPartDto;

  @ApiProperty({ description: 'Latest column profiles (local).', type: ProfilesPartDto })
  profiles!: ProfilesPartDto;

  @ApiProperty({ description: 'Quality results (local).', type: QualityPartDto })
  quality!: QualityPartDto;
}

export class ProductWithHealthDto extends ProductDto {
  @ApiPropertyOptional({ description: 'With `?include=health`: what a consumer needs to decide whether to trust the product. Each part says `ok` or `unavailable` (with the reason); a missing source never fails the page.', type: ProductHealthDto })
  health?: ProductHealthDto;
}
