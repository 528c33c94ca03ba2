import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { KEBAB_MESSAGE, KEBAB_NAME, TEAM_ROLES, type TeamRoleName } from '../../common/names';

export class TeamDto {
  @ApiProperty({ description: "Unique kebab-case name; the catalog's `ownerTeamId` of the domains the team owns.", example: 'crm-data-team', pattern: KEBAB_NAME.source, maxLength: 63 })
  name!: string;

  @ApiProperty({ description: 'Name shown to people.', example: 'CRM data team', maxLength: 200 })
  displayName!: string;

  @ApiPropertyOptional({ description: 'What the team does.', example: 'Owns customer, contact and consent data.', nullable: true, type: String })
  description!: string | null;

  @ApiProperty({ description: 'When the team was created.', example: '2026-01-15T09:00:00.000Z', format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ description: 'When the team last changed.', example: '2026-02-01T10:30:00.000Z', format: 'date-time' })
  updatedAt!: string;
}

export class CreateTeamDto {
  @ApiProperty({ description: "Unique kebab-case name; use it as the catalog's `ownerTeamId`.", example: 'crm-data-team', pattern: KEBAB_NAME.source, maxLength: 63 })
  @IsString()
  @Length(1, 63)
  @Matches(KEBAB_NAME, { message: KEBAB_MESSAGE })
  name!: string;

  @ApiProperty({ description: 'Name shown to people.', example: 'CRM data team', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  displayName!: string;

  @ApiPropertyOptional({ description: 'What the team does. Send null to clear it.', example: 'Owns customer, contact and consent data.', maxLength: 4000, nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @IsString()
  @Length(0, 4000)
  description?: string | null;
}

/** The name of a team never changes: domains refer to it. */
export class UpdateTeamDto extends PartialType(PickType(CreateTeamDto, ['displayName', 'description'] as const)) {}

export class MembershipDto {
  @ApiProperty({ description: 'Name of the team.', example: 'crm-data-team' })
  team!: string;

  @ApiProperty({ description: 'Id of the member principal.', example: '5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40', format: 'uuid' })
  principalId!: string;

  @ApiProperty({ description: 'Name of the member principal.', example: 'ada-lovelace' })
  principalName!: string;

  @ApiProperty({ description: '`domain-owner` runs the team and its domains; `domain-member` publishes and changes its products.', enum: TEAM_ROLES, example: 'domain-member' })
  role!: TeamRoleName;

  @ApiProperty({ description: 'When the principal joined the team.', example: '2026-01-15T09:00:00.000Z', format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ description: 'When the membership last changed.', example: '2026-02-01T10:30:00.000Z', format: 'date-time' })
  updatedAt!: string;
}

export class PutMembershipDto {
  @ApiProperty({ description: '`domain-owner` runs the team and its domains; `domain-member` publishes and changes its products.', enum: TEAM_ROLES, example: 'domain-member' })
  @IsIn(TEAM_ROLES)
  role!: TeamRoleName;
}
