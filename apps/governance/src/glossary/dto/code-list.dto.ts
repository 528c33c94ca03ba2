import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsOptional, IsString, Length, Matches, ValidateIf, ValidateNested } from 'class-validator';
import { CODE, CODE_MESSAGE, KEBAB_MESSAGE, KEBAB_NAME, MAX_CODES } from '../names';

const PATTERN_DESCRIPTION =
  'The pattern a property bound to the list must declare as ODCS `logicalTypeOptions.pattern`: the codes in code-point order, anchored, e.g. `^(AD|AE|AF)$`. Compared by equality.';

export class CodeDto {
  @ApiProperty({ description: 'The code as stored in data.', example: 'DE', pattern: CODE.source, maxLength: 40 })
  @IsString()
  @Length(1, 40)
  @Matches(CODE, { message: CODE_MESSAGE })
  code!: string;

  @ApiProperty({ description: 'What the code stands for, in English.', example: 'Germany', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  label!: string;
}

export class CodeListSummaryDto {
  @ApiProperty({ description: 'Unique kebab-case name; contracts link a property to the list with the authoritativeDefinitions url `meshwork:code-list:<name>`.', example: 'iso-3166-1-alpha-2', pattern: KEBAB_NAME.source, maxLength: 63 })
  name!: string;

  @ApiProperty({ description: 'Name shown to people.', example: 'Countries (ISO 3166-1 alpha-2)' })
  title!: string;

  @ApiPropertyOptional({ description: 'What the list holds.', example: 'The 249 officially assigned two-letter country codes of ISO 3166-1.', nullable: true, type: String })
  description!: string | null;

  @ApiPropertyOptional({ description: 'The standard the list comes from, if any.', example: 'ISO 3166-1:2020 alpha-2', nullable: true, type: String })
  standard!: string | null;

  @ApiProperty({ description: 'True for the lists shipped with the platform, false for those defined by governance officers.', example: true })
  shipped!: boolean;

  @ApiProperty({ description: 'Number of codes.', example: 249 })
  codeCount!: number;

  @ApiProperty({ description: PATTERN_DESCRIPTION, example: '^(AD|AE|AF)$' })
  pattern!: string;

  @ApiProperty({ description: 'When the list was created.', example: '2026-01-15T09:00:00.000Z', format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ description: 'When the list last changed.', example: '2026-02-01T10:30:00.000Z', format: 'date-time' })
  updatedAt!: string;
}

/** A code list with all of its codes: lists are small enough (at most 5000 codes) to answer whole. */
export class CodeListDto extends CodeListSummaryDto {
  @ApiProperty({ description: 'Every code of the list with its label, in code-point order of the code.', type: [CodeDto], example: [{ code: 'AD', label: 'Andorra' }] })
  codes!: CodeDto[];
}

export class CreateCodeListDto {
  @ApiProperty({ description: 'Unique kebab-case name.', example: 'customer-segment', pattern: KEBAB_NAME.source, maxLength: 63 })
  @IsString()
  @Length(1, 63)
  @Matches(KEBAB_NAME, { message: KEBAB_MESSAGE })
  name!: string;

  @ApiProperty({ description: 'Name shown to people.', example: 'Customer segments', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiPropertyOptional({ description: 'What the list holds.', example: 'The segments sales assigns a customer to.', nullable: true, type: String, maxLength: 4000 })
  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @IsString()
  @Length(0, 4000)
  description?: string | null;

  @ApiPropertyOptional({ description: 'The standard the list comes from, if any.', example: 'Internal sales taxonomy v2', nullable: true, type: String, maxLength: 200 })
  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @IsString()
  @Length(1, 200)
  standard?: string | null;

  @ApiProperty({ description: `The codes, 1 to ${MAX_CODES}, each code once (case-sensitive).`, type: [CodeDto], example: [{ code: 'retail', label: 'Retail' }, { code: 'smb', label: 'Small and medium business' }] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CODES)
  @ArrayUnique((c: unknown) => (typeof c === 'object' && c !== null ? (c as { code?: unknown }).code : c), { message: '$property must not repeat a code' })
  @ValidateNested({ each: true })
  @Type(() => CodeDto)
  codes!: CodeDto[];
}
