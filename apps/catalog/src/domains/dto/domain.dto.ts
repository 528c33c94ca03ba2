import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { KEBAB_NAME } from '@meshwork/descriptors';

const KEBAB_MESSAGE = '$property must be lower-case kebab-case (a-z, 0-9, single dashes), starting with a letter';

export class DomainDto {
  @ApiProperty({ description: 'Unique kebab-case name; the first segment of every URN in the domain.', example: 'crm', pattern: KEBAB_NAME.source, maxLength: 63 })
  name!: string;

  @ApiProperty({ description: 'Human-readable title.', example: 'Customer Relationship Management', maxLength: 200 })
  title!: string;

  @ApiPropertyOptional({ description: 'What the domain covers.', example: 'Customers, contacts and consents.', nullable: true, type: String })
  description!: string | null;

  @ApiProperty({ description: 'Id of the team that owns the domain and its data products.', example: 'crm-data-team' })
  ownerTeamId!: string;

  @ApiProperty({ description: 'When the domain was created.', example: '2026-01-15T09:00:00.000Z', format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ description: 'When the domain last changed.', example: '2026-02-01T10:30:00.000Z', format: 'date-time' })
  updatedAt!: string;
}

export class CreateDomainDto {
  @ApiProperty({ description: 'Unique kebab-case name.', example: 'crm', pattern: KEBAB_NAME.source, maxLength: 63 })
  @IsString()
  @Length(1, 63)
  @Matches(KEBAB_NAME, { message: KEBAB_MESSAGE })
  name!: string;

  @ApiProperty({ description: 'Human-readable title.', example: 'Customer Relationship Management', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiPropertyOptional({ description: 'What the domain covers.', example: 'Customers, contacts and consents.', maxLength: 4000 })
  @IsOptional()
  @IsString()
  @Length(0, 4000)
  description?: string;

  @ApiProperty({ description: 'Id of the owning team (kebab-case).', example: 'crm-data-team', pattern: KEBAB_NAME.source, maxLength: 63 })
  @IsString()
  @Length(1, 63)
  @Matches(KEBAB_NAME, { message: KEBAB_MESSAGE })
  ownerTeamId!: string;
}

export class UpdateDomainDto extends PartialType(PickType(CreateDomainDto, ['title', 'description', 'ownerTeamId'] as const)) {}
