import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Length } from 'class-validator';
import { PageQueryDto } from '@meshwork/platform';

/** Filters of the audit log, all optional, combined with AND; the page applies to the list only. */
export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only entries by this actor: a principal id, or `anonymous`.', example: '7d2f1c9a-3b4e-4f5a-8c6d-9e0f1a2b3c4d' })
  @IsOptional()
  @IsString()
  @Length(1, 255)
  principal?: string;

  @ApiPropertyOptional({ description: 'Only entries about this resource (id or URN), compared exactly.', example: 'team:crm' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  resource?: string;

  @ApiPropertyOptional({ description: 'Only entries of this action.', example: 'team.member.set' })
  @IsOptional()
  @IsString()
  @Length(1, 63)
  action?: string;

  @ApiPropertyOptional({ description: 'Only entries that occurred at or after this time (ISO 8601).', example: '2026-01-01T00:00:00Z', format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Only entries that occurred before this time (ISO 8601).', example: '2026-02-01T00:00:00Z', format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

export class AuditEventDto {
  @ApiProperty({ description: 'Position in the chain: 1, 2, 3… without gaps.', example: 42 })
  sequence!: number;

  @ApiProperty({ description: 'When the change or decision happened.', example: '2026-01-15T09:00:00.000Z', format: 'date-time' })
  occurredAt!: string;

  @ApiProperty({ description: 'Who acted: a principal id, or `anonymous`.', example: '7d2f1c9a-3b4e-4f5a-8c6d-9e0f1a2b3c4d' })
  actor!: string;

  @ApiProperty({ description: 'What was done, as `<resource kind>.<verb>` or `decision`.', example: 'team.member.set' })
  action!: string;

  @ApiProperty({ description: 'What it was done to: an id or URN.', example: 'team:crm' })
  resource!: string;

  @ApiProperty({ description: 'How it ended: `success` or `denied` for changes, `allow` or `deny` for decisions.', enum: ['success', 'denied', 'allow', 'deny'], example: 'success' })
  outcome!: string;

  @ApiProperty({ description: 'A few facts about the event; never secrets.', type: 'object', additionalProperties: true, example: { principalId: '7d2f1c9a-3b4e-4f5a-8c6d-9e0f1a2b3c4d', role: 'domain-owner' } })
  details!: Record<string, unknown>;

  @ApiProperty({ description: 'Client address the request came from, when known.', example: '10.0.4.17', nullable: true, type: String })
  sourceIp!: string | null;

  @ApiProperty({ description: 'Request id of the call (x-request-id), when known.', example: '5f0c6f9e-2f61-4d8e-9b1d-0d3c2f8a7e11', nullable: true, type: String })
  requestId!: string | null;

  @ApiProperty({ description: 'Hash of the previous entry (64 zeros for the first).', example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' })
  prevHash!: string;

  @ApiProperty({ description: 'sha256 (hex) over the canonical JSON (keys sorted) of this entry’s fields and prevHash.', example: '60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752' })
  hash!: string;
}

export class AuditVerificationDto {
  @ApiProperty({ description: 'Whether every entry is present, in order, unchanged and chained to the one before.', example: true })
  valid!: boolean;

  @ApiProperty({ description: 'Entries found intact before the first break (all of them when valid).', example: 1200 })
  checked!: number;

  @ApiPropertyOptional({ description: 'Sequence of the first entry that is missing, changed or out of place.', example: 17 })
  firstBrokenSequence?: number;

  @ApiPropertyOptional({ description: 'What is wrong at that entry.', example: 'entry 17 was changed after it was written' })
  reason?: string;
}
