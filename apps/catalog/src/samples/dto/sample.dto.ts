import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class SampleQueryDto {
  @ApiPropertyOptional({ description: 'Name of the contract schema object the rows are of; needed only when the contract has several.', example: 'customers', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  schema?: string;
}

export class SampleContractDto {
  @ApiProperty({ description: 'Id of the ODCS contract the rows were validated against.', example: '7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10' })
  id!: string;

  @ApiProperty({ description: 'Its version at the time of the upload.', example: '1.2.0' })
  version!: string;

  @ApiProperty({ description: 'The schema object (table, topic…) of the rows.', example: 'customers' })
  schema!: string;
}

export class SampleUploadDto {
  @ApiProperty({ description: 'URN of the output port.', example: 'urn:meshwork:crm:customers:customers:v1' })
  portUrn!: string;

  @ApiProperty({ description: 'The contract schema the rows were validated against.', type: SampleContractDto })
  contract!: SampleContractDto;

  @ApiProperty({ description: 'Number of rows kept.', example: 5, minimum: 1, maximum: 1000 })
  rowCount!: number;

  @ApiProperty({ description: 'How the sample was sent.', enum: ['json', 'csv'], example: 'csv' })
  format!: string;

  @ApiProperty({ description: 'Principal who uploaded it.', example: 'jane.doe' })
  uploadedBy!: string;

  @ApiProperty({ description: 'When it was uploaded.', format: 'date-time', example: '2026-11-26T09:30:00.000Z' })
  uploadedAt!: string;
}

export class SampleColumnDto {
  @ApiProperty({ description: 'Property name in the contract schema.', example: 'email' })
  name!: string;

  @ApiProperty({ description: 'ODCS logicalType.', example: 'string', nullable: true, type: String })
  logicalType!: string | null;

  @ApiProperty({ description: 'ODCS classification.', example: 'restricted', nullable: true, type: String })
  classification!: string | null;

  @ApiProperty({ description: 'Classified `restricted` or `pii`, tagged `pii`, or `pii: true` in customProperties: masked unless the caller may see it.', example: true })
  sensitive!: boolean;

  @ApiProperty({
    description: 'How a masked value is shown: `email` keeps the first character and the domain (`j***@example.com`), `fixed` is `***` (other text), `null` replaces it with null (numbers, booleans, dates, timestamps, objects, arrays). Null when the property is not sensitive.',
    enum: ['email', 'fixed', 'null'],
    nullable: true,
    example: 'email',
  })
  masking!: 'email' | 'fixed' | 'null' | null;

  @ApiProperty({ description: 'Whether its values are masked in this answer.', example: true })
  masked!: boolean;
}

export class SampleAccessDto {
  @ApiProperty({
    description:
      'Why sensitive values are shown or masked: `none-sensitive` (nothing to mask), `producer` (the caller may update the product: owner team or admin), ' +
      '`granted` (an active grant on every field), `granted-fields` (an active grant on some fields: the others are masked), `denied` (no active grant), ' +
      '`unavailable` (the access service could not answer in time: everything sensitive is masked).',
    enum: ['none-sensitive', 'producer', 'granted', 'granted-fields', 'denied', 'unavailable'],
    example: 'denied',
  })
  outcome!: string;

  @ApiProperty({ description: 'The access service’s reasons, or what failed.', example: "no grant on 'urn:meshwork:crm:customers:customers:v1' for principal 'mia' or its teams" })
  detail!: string;
}

export class SampleDto extends SampleUploadDto {
  @ApiProperty({ description: 'Whether any value of this answer is masked (also in the `X-Meshwork-Sample-Masked` header).', example: true })
  masked!: boolean;

  @ApiProperty({ description: 'Properties masked in this answer (dotted for nested properties).', type: [String], example: ['email', 'full_name'] })
  maskedProperties!: string[];

  @ApiProperty({ description: 'How the caller’s access was decided (the outcome is also in the `X-Meshwork-Sample-Access` header).', type: SampleAccessDto })
  access!: SampleAccessDto;

  @ApiProperty({ description: 'The schema properties, in contract order, with their masking.', type: [SampleColumnDto] })
  columns!: SampleColumnDto[];

  @ApiProperty({
    description: 'The rows, values typed as in JSON (CSV cells converted by the contract’s logical types), sensitive ones masked as `columns` says.',
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    example: [{ customer_id: '3f2b9a1e-5c7d-4e8f-9a0b-1c2d3e4f5a6b', email: 'j***@example.com', full_name: '***', country_code: 'DE', segment: 'retail', marketing_consent: true }],
  })
  rows!: Record<string, unknown>[];
}
