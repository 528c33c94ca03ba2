import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayUnique, IsArray, IsBoolean, IsEmail, IsIn, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { PageQueryDto } from '@meshwork/platform';
import { GLOBAL_ROLES, type GlobalRole, KEBAB_MESSAGE, KEBAB_NAME, PRINCIPAL_KINDS, type PrincipalKind } from '../../common/names';

const KIND_DESCRIPTION = '`user` for a person, `service-account` for a pipeline or another service.';
const ROLES_DESCRIPTION =
  'Global roles: `platform-admin` runs the platform, `governance-officer` defines policies, `auditor` reads everything. ' +
  'Every principal is also, implicitly, a consumer; team roles are granted through team memberships.';

export class PrincipalDto {
  @ApiProperty({ description: 'Stable id of the principal.', example: '5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40', format: 'uuid' })
  id!: string;

  @ApiProperty({ description: KIND_DESCRIPTION, enum: PRINCIPAL_KINDS, example: 'user' })
  kind!: PrincipalKind;

  @ApiProperty({ description: 'Unique kebab-case handle.', example: 'ada-lovelace', pattern: KEBAB_NAME.source, maxLength: 63 })
  name!: string;

  @ApiProperty({ description: 'Name shown to people.', example: 'Ada Lovelace', maxLength: 200 })
  displayName!: string;

  @ApiPropertyOptional({ description: 'E-mail address of a user; always null for a service account.', example: 'ada@example.com', nullable: true, type: String })
  email!: string | null;

  @ApiProperty({ description: ROLES_DESCRIPTION, enum: GLOBAL_ROLES, isArray: true, example: ['auditor'] })
  globalRoles!: GlobalRole[];

  @ApiProperty({ description: 'A disabled principal keeps its records but may no longer act.', example: false })
  disabled!: boolean;

  @ApiProperty({ description: 'When the principal was created.', example: '2026-01-15T09:00:00.000Z', format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ description: 'When the principal last changed.', example: '2026-02-01T10:30:00.000Z', format: 'date-time' })
  updatedAt!: string;
}

export class CreatePrincipalDto {
  @ApiProperty({ description: KIND_DESCRIPTION, enum: PRINCIPAL_KINDS, example: 'user' })
  @IsIn(PRINCIPAL_KINDS)
  kind!: PrincipalKind;

  @ApiProperty({ description: 'Unique kebab-case handle.', example: 'ada-lovelace', pattern: KEBAB_NAME.source, maxLength: 63 })
  @IsString()
  @Length(1, 63)
  @Matches(KEBAB_NAME, { message: KEBAB_MESSAGE })
  name!: string;

  @ApiProperty({ description: 'Name shown to people.', example: 'Ada Lovelace', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  displayName!: string;

  @ApiPropertyOptional({ description: 'E-mail address; users only. Send null to clear it.', example: 'ada@example.com', maxLength: 320, nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @IsString()
  @Length(3, 320)
  @IsEmail()
  email?: string | null;

  @ApiPropertyOptional({ description: `${ROLES_DESCRIPTION} None by default.`, enum: GLOBAL_ROLES, isArray: true, example: ['auditor'] })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(GLOBAL_ROLES, { each: true })
  globalRoles?: GlobalRole[];

  @ApiPropertyOptional({ description: 'Create the principal disabled. False by default.', example: false })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
}

/** The kind and the name of a principal never change; everything else may. */
export class UpdatePrincipalDto extends PartialType(PickType(CreatePrincipalDto, ['displayName', 'email', 'globalRoles', 'disabled'] as const)) {}

export class ListPrincipalsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only principals of this kind.', enum: PRINCIPAL_KINDS, example: 'user' })
  @IsOptional()
  @IsIn(PRINCIPAL_KINDS)
  kind?: PrincipalKind;

  @ApiPropertyOptional({ description: 'Only principals holding this global role.', enum: GLOBAL_ROLES, example: 'auditor' })
  @IsOptional()
  @IsIn(GLOBAL_ROLES)
  role?: GlobalRole;

  @ApiPropertyOptional({ description: 'Only principals whose name starts with this prefix.', example: 'ada', maxLength: 63 })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toLowerCase() : value))
  @IsString()
  @Length(1, 63)
  @Matches(/^[a-z0-9-]+$/, { message: '$property may contain only a-z, 0-9 and dashes' })
  q?: string;
}
