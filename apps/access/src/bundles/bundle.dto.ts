import { ApiProperty } from '@nestjs/swagger';
import { GLOBAL_ROLES, type GlobalRole, TEAM_ROLES, type TeamRoleName } from '../common/names';

const PRINCIPAL_ID = '5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40';

export class BundleMembershipDto {
  @ApiProperty({ description: 'Team (the owner of a domain).', example: 'crm-data-team' })
  team!: string;

  @ApiProperty({ description: 'The principal’s role in the team.', enum: TEAM_ROLES, example: 'domain-member' })
  role!: TeamRoleName;
}

export class BundleGrantDto {
  @ApiProperty({ description: 'Grant id; name it when reporting a read.', format: 'uuid', example: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' })
  id!: string;

  @ApiProperty({ description: 'URN of the output port the grant opens.', example: 'urn:meshwork:crm:customers:customers:v1' })
  portUrn!: string;

  @ApiProperty({ description: 'The team owning the port, as recorded with the grant; a member of it may read the port without a grant.', example: 'crm-data-team' })
  ownerTeamId!: string;

  @ApiProperty({ description: 'Who the grant is held by: this principal, or a team it belongs to.', example: 'team:billing-team' })
  heldBy!: string;

  @ApiProperty({ description: 'The purpose the grant was given for.', example: 'Monthly churn analysis' })
  purpose!: string;

  @ApiProperty({ description: 'The fields of the contract the grant is limited to; null for all of them.', type: [String], nullable: true, example: ['customer_id', 'country'] })
  fields!: string[] | null;

  @ApiProperty({ description: 'When the grant stops allowing.', format: 'date-time', example: '2027-02-24T09:30:00.000Z' })
  expiresAt!: string;
}

/** What a principal may do, packed so that the SDK decides locally as the services do. */
export class PrincipalBundleDto {
  @ApiProperty({ description: 'The principal the bundle is for.', format: 'uuid', example: PRINCIPAL_ID })
  principalId!: string;

  @ApiProperty({ description: 'Its unique handle.', example: 'ada-lovelace' })
  principalName!: string;

  @ApiProperty({ description: 'A disabled principal may do nothing: its rules and grants are empty.', example: false })
  disabled!: boolean;

  @ApiProperty({ description: 'Global roles.', enum: GLOBAL_ROLES, isArray: true, example: ['auditor'] })
  roles!: GlobalRole[];

  @ApiProperty({ description: 'Team memberships, by team name. A member of the team owning a port may read it.', type: [BundleMembershipDto], example: [{ team: 'crm-data-team', role: 'domain-member' }] })
  memberships!: BundleMembershipDto[];

  @ApiProperty({
    description:
      'The platform permissions of the principal as CASL rules in packed form (`packRules` of @casl/ability/extra): `unpackAbility` of @meshwork/authz turns them into an ability that answers exactly as the services do.',
    type: 'array',
    items: { type: 'array', items: {} },
    example: [['read', 'DataProduct,Domain,Contract,Lineage'], ['create', 'AccessRequest']],
  })
  rules!: unknown[][];

  @ApiProperty({ description: 'Grants in force now, held by the principal or by one of its teams.', type: [BundleGrantDto], example: [] })
  grants!: BundleGrantDto[];

  @ApiProperty({ description: 'When the bundle was made.', format: 'date-time', example: '2026-11-26T09:30:00.000Z' })
  issuedAt!: string;

  @ApiProperty({
    description: 'Until when local decisions may rely on it: five minutes at most, earlier when a grant expires first. A revocation reaches local decisions when the bundle is fetched again.',
    format: 'date-time',
    example: '2026-11-26T09:35:00.000Z',
  })
  expiresAt!: string;
}
