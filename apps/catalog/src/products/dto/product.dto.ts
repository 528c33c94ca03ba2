import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { PageQueryDto } from '@meshwork/platform';
import { SEMVER_PATTERN } from '../../common/patterns';
import { LIFECYCLE_STATUSES, type LifecycleStatus } from '../lifecycle';

export class OutputPortDto {
  @ApiProperty({ description: 'Port name as declared in the ODPS document.', example: 'customers' })
  name!: string;

  @ApiProperty({ description: 'Resolvable address of this port and major version.', example: 'urn:meshwork:crm:customers:customers:v1' })
  urn!: string;

  @ApiProperty({ description: 'Major version: consumers bind to it; breaking changes need a new major.', example: 1 })
  major!: number;

  @ApiProperty({ description: 'Full semantic version of the port.', example: '1.2.0' })
  version!: string;

  @ApiPropertyOptional({ description: 'Port type from ODPS (tables, topic, api, …).', example: 'tables', nullable: true, type: String })
  type!: string | null;

  @ApiPropertyOptional({ description: 'What the port serves.', example: 'Current-state customer table.', nullable: true, type: String })
  description!: string | null;

  @ApiPropertyOptional({ description: 'Id of the ODCS contract that describes the port.', example: '7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10', nullable: true, type: String })
  contractId!: string | null;
}

export class PolicyFindingDto {
  @ApiProperty({ description: 'Id of the governance policy.', example: 'contract-declares-sla' })
  policyId!: string;

  @ApiProperty({ description: 'Version of the policy that made the finding.', example: 1 })
  policyVersion!: number;

  @ApiProperty({ description: 'Name of the policy.', example: 'Every contract declares latency and availability' })
  policyName!: string;

  @ApiProperty({ description: 'How the finding counted when it was made: `warning` (or `info`); blocking findings refuse the publish instead.', enum: ['blocking', 'warning', 'info'], example: 'warning' })
  severity!: string;

  @ApiProperty({ description: 'JSON pointer into the product envelope `{ product, contracts }` of the version.', example: '/contracts/0' })
  pointer!: string;

  @ApiProperty({ description: 'What is wrong, in words.', example: 'the contract declares no availability SLA property' })
  message!: string;
}

export class ProductDto {
  @ApiProperty({ description: 'Resolvable address of the product.', example: 'urn:meshwork:crm:customers' })
  urn!: string;

  @ApiProperty({ description: 'Owning domain.', example: 'crm' })
  domain!: string;

  @ApiProperty({ description: 'Kebab-case product name, unique in its domain.', example: 'customers' })
  name!: string;

  @ApiProperty({ description: 'Display name from the ODPS document.', example: 'CRM Customers' })
  title!: string;

  @ApiProperty({ description: 'Catalog lifecycle state.', enum: LIFECYCLE_STATUSES, example: 'published' })
  status!: LifecycleStatus;

  @ApiProperty({ description: 'Semantic version currently served.', example: '1.2.0' })
  currentVersion!: string;

  @ApiProperty({ description: 'ODPS id of the product document.', example: '0b6a4c7e-8f2d-4e3a-b1c9-5d7e8f9a0b1c' })
  odpsId!: string;

  @ApiPropertyOptional({ description: 'Purpose from the ODPS description.', example: 'Golden record of customers.', nullable: true, type: String })
  purpose!: string | null;

  @ApiProperty({ description: 'Tags from the ODPS document.', example: ['crm', 'customer'], type: [String] })
  tags!: string[];

  @ApiProperty({ description: 'Output ports of the current version.', type: [OutputPortDto] })
  outputPorts!: OutputPortDto[];

  @ApiProperty({ description: 'When the product was first registered.', format: 'date-time', example: '2026-01-15T09:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ description: 'When the product last changed (version or lifecycle).', format: 'date-time', example: '2026-02-01T10:30:00.000Z' })
  updatedAt!: string;

  @ApiProperty({
    description: 'Policy warnings of the current version, from the governance evaluation made when it was published; empty when there were none or it was never evaluated (see policyCheckedAt).',
    type: [PolicyFindingDto],
    example: [{ policyId: 'contract-declares-sla', policyVersion: 1, policyName: 'Every contract declares latency and availability', severity: 'warning', pointer: '/contracts/0', message: 'the contract declares no availability SLA property' }],
  })
  policyWarnings!: PolicyFindingDto[];

  @ApiPropertyOptional({ description: 'When the current version was evaluated by governance; null when it never was (a draft, or no governance service configured).', format: 'date-time', example: '2026-02-01T10:30:00.000Z', nullable: true, type: String })
  policyCheckedAt!: string | null;
}

export class RegisterProductResultDto extends ProductDto {
  @ApiProperty({
    description: 'What the request did: created the product, added a version, or nothing (same document again).',
    enum: ['created', 'version-added', 'unchanged'],
    example: 'created',
  })
  outcome!: 'created' | 'version-added' | 'unchanged';
}

export class ProductVersionDto {
  @ApiProperty({ description: 'Semantic version.', example: '1.2.0' })
  version!: string;

  @ApiProperty({ description: 'Output ports declared by this version.', type: [OutputPortDto] })
  outputPorts!: OutputPortDto[];

  @ApiProperty({ description: 'Contracts submitted with this version.', example: [{ id: '7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10', version: '1.2.0' }], type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, version: { type: 'string' } }, required: ['id', 'version'] } })
  contracts!: { id: string; version: string }[];

  @ApiProperty({ description: 'SHA-256 of the canonical submission; equal hashes mean equal content.', example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' })
  contentHash!: string;

  @ApiProperty({ description: 'Principal that registered this version.', example: 'dev-admin' })
  createdBy!: string;

  @ApiProperty({ description: 'When this version was registered.', format: 'date-time', example: '2026-01-15T09:00:00.000Z' })
  createdAt!: string;
}

export class ListProductsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only products of this domain.', example: 'crm' })
  @IsOptional()
  @IsString()
  @Length(1, 63)
  domain?: string;

  @ApiPropertyOptional({ description: 'Only products in this lifecycle state.', enum: LIFECYCLE_STATUSES, example: 'published' })
  @IsOptional()
  @IsIn(LIFECYCLE_STATUSES)
  status?: LifecycleStatus;
}

export class DocumentQueryDto {
  @ApiPropertyOptional({ description: 'Version to export; the current version when omitted.', example: '1.2.0' })
  @IsOptional()
  @IsString()
  @Matches(SEMVER_PATTERN, { message: 'version must be a semantic version like 1.2.0' })
  version?: string;
}

export class TransitionDto {
  @ApiProperty({ description: 'Target lifecycle state. Allowed: draft → published | retired, published → deprecated, deprecated → published | retired.', enum: LIFECYCLE_STATUSES, example: 'published' })
  @IsIn(LIFECYCLE_STATUSES)
  to!: LifecycleStatus;

  @ApiPropertyOptional({ description: 'Why; kept in the product history.', example: 'Reviewed by the CRM data team.', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  reason?: string;
}

export class TransitionRecordDto {
  @ApiPropertyOptional({ description: 'State before (null for the first registration).', enum: LIFECYCLE_STATUSES, nullable: true, example: 'draft' })
  from!: LifecycleStatus | null;

  @ApiProperty({ description: 'State after.', enum: LIFECYCLE_STATUSES, example: 'published' })
  to!: LifecycleStatus;

  @ApiPropertyOptional({ description: 'Reason given.', nullable: true, type: String, example: 'Reviewed by the CRM data team.' })
  reason!: string | null;

  @ApiProperty({ description: 'Principal that made the change.', example: 'dev-admin' })
  actor!: string;

  @ApiProperty({ description: 'When.', format: 'date-time', example: '2026-01-15T09:00:00.000Z' })
  at!: string;
}
