import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ContractVersionDto {
  @ApiProperty({ description: 'ODCS contract id.', example: '7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10' })
  id!: string;

  @ApiProperty({ description: 'Contract version (semver).', example: '1.2.0' })
  version!: string;

  @ApiPropertyOptional({ description: 'Contract name from ODCS.', example: 'crm_customers_v1', nullable: true, type: String })
  name!: string | null;

  @ApiProperty({ description: 'ODCS contract status.', example: 'active' })
  status!: string;

  @ApiProperty({ description: 'ODCS apiVersion of the document.', example: 'v3.1.0' })
  apiVersion!: string;

  @ApiProperty({ description: 'Domain of the owning product.', example: 'crm' })
  domain!: string;

  @ApiProperty({ description: 'URN of the data product that published the contract.', example: 'urn:meshwork:crm:customers' })
  productUrn!: string;

  @ApiProperty({ description: 'Number of schema objects (tables, topics, …).', example: 1 })
  objectCount!: number;

  @ApiProperty({ description: 'Number of fields across all schema objects.', example: 12 })
  fieldCount!: number;

  @ApiProperty({ description: 'SLA properties declared in the contract.', example: ['availability', 'latency', 'frequency'], type: [String] })
  slaProperties!: string[];

  @ApiProperty({ description: 'Where to fetch the ODCS document.', example: '/v1/contracts/crm/7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10/versions/1.2.0/document' })
  documentUrl!: string;

  @ApiProperty({ description: 'When this version was registered.', format: 'date-time', example: '2026-01-15T09:00:00.000Z' })
  createdAt!: string;
}
