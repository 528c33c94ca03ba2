import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OutputPortDto, ProductDto } from '../../products/dto/product.dto';

export class ResolvedContractDto {
  @ApiProperty({ description: 'ODCS contract id.', example: '7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10' })
  id!: string;

  @ApiPropertyOptional({ description: 'Contract version serving this port; null when the contract was not registered with the product.', nullable: true, type: String, example: '1.2.0' })
  version!: string | null;

  @ApiPropertyOptional({ description: 'Where to fetch the ODCS document; null when not registered.', nullable: true, type: String, example: '/v1/contracts/crm/7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10/versions/1.2.0/document' })
  documentUrl!: string | null;
}

export class ResolvedPortDto extends OutputPortDto {
  @ApiPropertyOptional({ description: 'The contract of this port.', type: ResolvedContractDto, nullable: true })
  contract!: ResolvedContractDto | null;

  @ApiProperty({ description: 'Product version in which this port was last declared.', example: '1.2.0' })
  productVersion!: string;

  @ApiPropertyOptional({ description: 'When a pipeline last completed writing this port, from OpenLineage run events; null when none was seen.', nullable: true, type: String, format: 'date-time', example: '2026-06-03T05:17:42.118Z' })
  lastSuccessfulRunAt!: string | null;
}

export class AccessInstructionsDto {
  @ApiProperty({ description: 'Endpoint of the access service where consumers request access.', example: 'http://127.0.0.1:3003/v1/access-requests' })
  requestUrl!: string;

  @ApiProperty({ description: 'HTTP method to use.', example: 'POST' })
  method!: string;

  @ApiProperty({ description: 'URN to request access to (an output port).', example: 'urn:meshwork:crm:customers:customers:v1' })
  target!: string;
}

export class ResolutionDto {
  @ApiProperty({ description: 'The URN that was resolved.', example: 'urn:meshwork:crm:customers:customers:v1' })
  urn!: string;

  @ApiProperty({ description: 'What the URN names.', enum: ['product', 'port'], example: 'port' })
  kind!: 'product' | 'port';

  @ApiProperty({ description: 'The data product.', type: ProductDto })
  product!: ProductDto;

  @ApiPropertyOptional({ description: 'The output port, for a port URN.', type: ResolvedPortDto })
  port?: ResolvedPortDto;

  @ApiProperty({ description: 'Where and how to ask for access.', type: AccessInstructionsDto })
  access!: AccessInstructionsDto;
}
