import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional, IsString, Length } from 'class-validator';

export class CreateApiKeyDto {
  @ApiProperty({ description: 'What the key is for.', example: 'nightly ingestion', maxLength: 100 })
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiPropertyOptional({ description: 'When the key stops working; never by default.', example: '2027-01-01T00:00:00.000Z', format: 'date-time' })
  @IsOptional()
  @IsDateString({ strict: true })
  expiresAt?: string;
}

export class ApiKeyDto {
  @ApiProperty({ description: 'Id of the key.', example: '9a3e1c2b-5d4f-4e6a-8b7c-1d2e3f4a5b6c', format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'The service account the key belongs to.', example: '5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40', format: 'uuid' })
  principalId!: string;

  @ApiProperty({ description: 'What the key is for.', example: 'nightly ingestion' })
  name!: string;

  @ApiProperty({ description: 'When the key was created.', example: '2026-01-15T09:00:00.000Z', format: 'date-time' })
  createdAt!: string;

  @ApiPropertyOptional({ description: 'When the key stops working; null for never.', example: '2027-01-01T00:00:00.000Z', format: 'date-time', nullable: true, type: String })
  expiresAt!: string | null;

  @ApiPropertyOptional({ description: 'When the key was revoked; null while it is not.', example: null, format: 'date-time', nullable: true, type: String })
  revokedAt!: string | null;
}

export class CreatedApiKeyDto extends ApiKeyDto {
  @ApiProperty({ description: 'The secret to exchange for tokens. Shown only in this answer: it is stored as a hash.', example: 'mwk_9a3e1c2b-5d4f-4e6a-8b7c-1d2e3f4a5b6c_Q2hhbmdlIG1lLCBJIGFtIG9ubHkgYW4gZXhhbXBsZS4' })
  secret!: string;
}
