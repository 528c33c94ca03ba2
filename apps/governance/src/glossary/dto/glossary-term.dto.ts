import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { PageQueryDto } from '@meshwork/platform';
import { KEBAB_MESSAGE, KEBAB_NAME, TERM_STATUSES, type TermStatus } from '../names';

const STATUS_DESCRIPTION = '`draft` while it is discussed, `approved` once it is the meaning the mesh uses, `deprecated` when it should no longer be used.';
const MASTER_DATA_DESCRIPTION = 'Name of the canonical master-data entity the term names or belongs to, if any.';

export class GlossaryTermDto {
  @ApiProperty({ description: 'Unique kebab-case handle; contracts link to the term with the authoritativeDefinitions url `meshwork:glossary:<name>`.', example: 'customer-identifier', pattern: KEBAB_NAME.source, maxLength: 63 })
  name!: string;

  @ApiProperty({ description: 'The term as people write it; a contract property whose businessName equals it (case-insensitive) is bound to the term.', example: 'Customer identifier', maxLength: 200 })
  title!: string;

  @ApiProperty({ description: 'What the term means in the mesh.', example: 'The stable identifier the CRM assigns to a customer; never reused.' })
  definition!: string;

  @ApiProperty({ description: 'The team that keeps the definition up to date (its domain owners may update the term).', example: 'crm-data-team' })
  ownerTeamId!: string;

  @ApiProperty({ description: 'Other words for the same thing; a businessName equal to one of them binds a property to the term too.', example: ['Customer ID', 'Client number'], type: [String] })
  synonyms!: string[];

  @ApiProperty({ description: STATUS_DESCRIPTION, enum: TERM_STATUSES, example: 'approved' })
  status!: TermStatus;

  @ApiPropertyOptional({ description: MASTER_DATA_DESCRIPTION, example: 'customer', nullable: true, type: String })
  masterDataEntity!: string | null;

  @ApiProperty({ description: 'When the term was created.', example: '2026-01-15T09:00:00.000Z', format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ description: 'When the term last changed.', example: '2026-02-01T10:30:00.000Z', format: 'date-time' })
  updatedAt!: string;
}

export class CreateGlossaryTermDto {
  @ApiProperty({ description: 'Unique kebab-case handle; contracts link to the term with the authoritativeDefinitions url `meshwork:glossary:<name>`.', example: 'customer-identifier', pattern: KEBAB_NAME.source, maxLength: 63 })
  @IsString()
  @Length(1, 63)
  @Matches(KEBAB_NAME, { message: KEBAB_MESSAGE })
  name!: string;

  @ApiProperty({ description: 'The term as people write it.', example: 'Customer identifier', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiProperty({ description: 'What the term means in the mesh.', example: 'The stable identifier the CRM assigns to a customer; never reused.', maxLength: 10000 })
  @IsString()
  @Length(1, 10000)
  definition!: string;

  @ApiProperty({ description: 'The team that keeps the definition up to date (a team name).', example: 'crm-data-team', pattern: KEBAB_NAME.source, maxLength: 63 })
  @IsString()
  @Length(1, 63)
  @Matches(KEBAB_NAME, { message: KEBAB_MESSAGE })
  ownerTeamId!: string;

  @ApiPropertyOptional({ description: 'Other words for the same thing, at most 50. None by default.', example: ['Customer ID', 'Client number'], type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique((s: unknown) => (typeof s === 'string' ? s.toLowerCase() : s), { message: '$property must not repeat a synonym (case-insensitive)' })
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  synonyms?: string[];

  @ApiPropertyOptional({ description: `${STATUS_DESCRIPTION} \`draft\` by default.`, enum: TERM_STATUSES, example: 'approved' })
  @IsOptional()
  @IsIn(TERM_STATUSES)
  status?: TermStatus;

  @ApiPropertyOptional({ description: `${MASTER_DATA_DESCRIPTION} It must exist. Send null to clear it.`, example: 'customer', nullable: true, type: String, pattern: KEBAB_NAME.source })
  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @IsString()
  @Length(1, 63)
  @Matches(KEBAB_NAME, { message: KEBAB_MESSAGE })
  masterDataEntity?: string | null;
}

/** The name of a term never changes: contracts link to it. */
export class UpdateGlossaryTermDto extends PartialType(PickType(CreateGlossaryTermDto, ['title', 'definition', 'ownerTeamId', 'synonyms', 'status', 'masterDataEntity'] as const)) {}

export class ListGlossaryTermsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only terms whose name, title or one of whose synonyms starts with this text (case-insensitive).', example: 'cust', maxLength: 200 })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 200)
  q?: string;

  @ApiPropertyOptional({ description: 'Only terms in this status.', enum: TERM_STATUSES, example: 'approved' })
  @IsOptional()
  @IsIn(TERM_STATUSES)
  status?: TermStatus;

  @ApiPropertyOptional({ description: 'Only terms owned by this team.', example: 'crm-data-team', maxLength: 63 })
  @IsOptional()
  @IsString()
  @Length(1, 63)
  ownerTeamId?: string;
}
