import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';

import { SEMVER_PATTERN } from '../../common/patterns';

export class ChangesQueryDto {
  @ApiPropertyOptional({ description: 'Older version; the version before `to` when omitted.', example: '1.2.0' })
  @IsOptional()
  @IsString()
  @Matches(SEMVER_PATTERN, { message: 'from must be a semantic version like 1.2.0' })
  from?: string;

  @ApiPropertyOptional({ description: 'Newer version; the current version when omitted.', example: '1.3.0' })
  @IsOptional()
  @IsString()
  @Matches(SEMVER_PATTERN, { message: 'to must be a semantic version like 1.3.0' })
  to?: string;
}

export class ChangedContractDto {
  @ApiProperty({ description: 'Contract id.', example: '7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10' })
  id!: string;

  @ApiProperty({ description: 'Contract version in the older product version.', example: '1.2.0' })
  from!: string;

  @ApiProperty({ description: 'Contract version in the newer product version.', example: '1.3.0' })
  to!: string;
}

export class ChangeDto {
  @ApiProperty({ description: 'What changed.', example: 'field-removed' })
  kind!: string;

  @ApiProperty({ description: 'breaking: consumers may fail; compatible: they keep working.', enum: ['breaking', 'compatible'], example: 'breaking' })
  severity!: 'breaking' | 'compatible';

  @ApiProperty({ description: 'Port, schema object or field concerned, dotted.', example: 'customers.email' })
  path!: string;

  @ApiProperty({ description: 'JSON pointer into the contract (or product) document named by `side`.', example: '/schema/0/properties/1' })
  pointer!: string;

  @ApiProperty({ description: 'Which version the pointer refers to.', enum: ['previous', 'next'], example: 'previous' })
  side!: 'previous' | 'next';

  @ApiProperty({ description: 'Human description.', example: 'field customers.email was removed' })
  detail!: string;

  @ApiProperty({ description: 'Output port concerned.', example: 'urn:meshwork:crm:customers:customers:v1' })
  port!: string;

  @ApiPropertyOptional({ description: 'The contract versions compared, for a change inside a contract.', type: ChangedContractDto })
  contract?: ChangedContractDto;
}

export class ChangelogDto {
  @ApiProperty({ description: 'Older product version.', example: '1.2.0' })
  from!: string;

  @ApiProperty({ description: 'Newer product version.', example: '1.3.0' })
  to!: string;

  @ApiProperty({ description: 'Whether any change breaks consumers.', example: false })
  breaking!: boolean;

  @ApiProperty({ description: 'Every classified change, breaking first.', type: [ChangeDto] })
  changes!: ChangeDto[];
}
