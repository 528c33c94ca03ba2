import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, Length, Matches, ValidateIf, ValidateNested } from 'class-validator';
import { ATTRIBUTE_MESSAGE, ATTRIBUTE_NAME, KEBAB_MESSAGE, KEBAB_NAME, LOGICAL_TYPES, type LogicalType } from '../names';

export class CanonicalAttributeDto {
  @ApiProperty({ description: 'Column-style name; a property of that name in a schema object that carries the entity is this attribute.', example: 'customer_id', pattern: ATTRIBUTE_NAME.source, maxLength: 63 })
  @IsString()
  @Length(1, 63)
  @Matches(ATTRIBUTE_NAME, { message: ATTRIBUTE_MESSAGE })
  name!: string;

  @ApiProperty({ description: 'The attribute as people write it; a property whose businessName equals it counts as this attribute.', example: 'Customer identifier', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiProperty({ description: 'ODCS logicalType every property bound to the attribute must declare.', enum: LOGICAL_TYPES, example: 'string' })
  @IsIn(LOGICAL_TYPES)
  logicalType!: LogicalType;

  @ApiPropertyOptional({ description: 'ODCS logicalTypeOptions.format a bound property must declare (uuid, email, uri...).', example: 'uuid', maxLength: 100 })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  format?: string;

  @ApiPropertyOptional({ description: 'ODCS logicalTypeOptions.pattern a bound property must declare; ignored when the attribute takes its values from a code list, whose pattern applies.', example: '^C[0-9]{8}$', maxLength: 1000 })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  pattern?: string;

  @ApiProperty({ description: 'Whether every schema object that carries the entity must have a property for this attribute.', example: true })
  @IsBoolean()
  required!: boolean;

  @ApiPropertyOptional({ description: 'Name of the code list the values come from; it must exist.', example: 'iso-3166-1-alpha-2', pattern: KEBAB_NAME.source, maxLength: 63 })
  @IsOptional()
  @IsString()
  @Length(1, 63)
  @Matches(KEBAB_NAME, { message: KEBAB_MESSAGE })
  codeList?: string;

  @ApiPropertyOptional({ description: 'Name of the glossary term the attribute stands for; it must exist. A property bound to the term is checked against this attribute.', example: 'customer-identifier', pattern: KEBAB_NAME.source, maxLength: 63 })
  @IsOptional()
  @IsString()
  @Length(1, 63)
  @Matches(KEBAB_NAME, { message: KEBAB_MESSAGE })
  glossaryTerm?: string;
}

const ATTRIBUTES_DESCRIPTION = 'The attributes of the entity, 1 to 500, each name once.';
const ATTRIBUTES_EXAMPLE = [
  { name: 'customer_id', title: 'Customer identifier', logicalType: 'string', format: 'uuid', required: true, glossaryTerm: 'customer-identifier' },
  { name: 'country_code', title: 'Country', logicalType: 'string', required: true, codeList: 'iso-3166-1-alpha-2' },
];

export class MasterDataEntityDto {
  @ApiProperty({ description: 'Unique kebab-case name; contracts link to it with the authoritativeDefinitions url `meshwork:master-data:<name>`.', example: 'customer', pattern: KEBAB_NAME.source, maxLength: 63 })
  name!: string;

  @ApiProperty({ description: 'The entity as people write it; a schema object whose businessName equals it (case-insensitive) claims to carry the entity.', example: 'Customer', maxLength: 200 })
  title!: string;

  @ApiPropertyOptional({ description: 'What the entity is.', example: 'A person or company that buys from us.', nullable: true, type: String })
  description!: string | null;

  @ApiProperty({ description: 'The team that owns the canonical definition.', example: 'crm-data-team' })
  ownerTeamId!: string;

  @ApiProperty({ description: ATTRIBUTES_DESCRIPTION, type: [CanonicalAttributeDto], example: ATTRIBUTES_EXAMPLE })
  attributes!: CanonicalAttributeDto[];

  @ApiProperty({ description: 'When the entity was defined.', example: '2026-01-15T09:00:00.000Z', format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ description: 'When the definition last changed.', example: '2026-02-01T10:30:00.000Z', format: 'date-time' })
  updatedAt!: string;
}

export class CreateMasterDataEntityDto {
  @ApiProperty({ description: 'Unique kebab-case name; contracts link to it with the authoritativeDefinitions url `meshwork:master-data:<name>`.', example: 'customer', pattern: KEBAB_NAME.source, maxLength: 63 })
  @IsString()
  @Length(1, 63)
  @Matches(KEBAB_NAME, { message: KEBAB_MESSAGE })
  name!: string;

  @ApiProperty({ description: 'The entity as people write it.', example: 'Customer', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiPropertyOptional({ description: 'What the entity is.', example: 'A person or company that buys from us.', nullable: true, type: String, maxLength: 10000 })
  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @IsString()
  @Length(0, 10000)
  description?: string | null;

  @ApiProperty({ description: 'The team that owns the canonical definition (a team name).', example: 'crm-data-team', pattern: KEBAB_NAME.source, maxLength: 63 })
  @IsString()
  @Length(1, 63)
  @Matches(KEBAB_NAME, { message: KEBAB_MESSAGE })
  ownerTeamId!: string;

  @ApiProperty({ description: ATTRIBUTES_DESCRIPTION, type: [CanonicalAttributeDto], example: ATTRIBUTES_EXAMPLE })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique((a: unknown) => (typeof a === 'object' && a !== null ? (a as { name?: unknown }).name : a), { message: '$property must not repeat an attribute name' })
  @ValidateNested({ each: true })
  @Type(() => CanonicalAttributeDto)
  attributes!: CanonicalAttributeDto[];
}

/** A whole definition replaces the stored one; the name comes from the path and never changes. */
export class PutMasterDataEntityDto extends OmitType(CreateMasterDataEntityDto, ['name'] as const) {}
