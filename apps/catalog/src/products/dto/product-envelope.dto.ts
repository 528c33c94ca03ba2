import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EnvelopeDocumentationDto } from '../../docs/dto/documentation.dto';

/** The body of registerProduct: one ODPS product and the ODCS contracts of its output ports. */
export class ProductEnvelopeDto {
  @ApiProperty({
    description: 'ODPS v1.0 DataProduct document (apiVersion, kind: DataProduct, id, status, name, version, domain, outputPorts, …).',
    type: 'object',
    additionalProperties: true,
    example: {
      apiVersion: 'v1.0.0',
      kind: 'DataProduct',
      id: '0b6a4c7e-8f2d-4e3a-b1c9-5d7e8f9a0b1c',
      name: 'CRM Customers',
      version: '1.2.0',
      status: 'active',
      domain: 'crm',
      outputPorts: [{ name: 'customers', version: '1.2.0', type: 'tables', contractId: '7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10' }],
    },
  })
  product!: Record<string, unknown>;

  @ApiPropertyOptional({
    description: 'ODCS v3 DataContract documents; each must be the contractId of an output port of the product.',
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    example: [{ apiVersion: 'v3.1.0', kind: 'DataContract', id: '7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10', version: '1.2.0', status: 'active', schema: [] }],
  })
  contracts?: Record<string, unknown>[];

  @ApiPropertyOptional({
    description: 'Markdown documentation of the product and of its output ports, stored with this version (not part of its content: sent with an unchanged document, it replaces that version’s documentation). Read it at GET …/documentation.',
    type: EnvelopeDocumentationDto,
  })
  documentation?: EnvelopeDocumentationDto;
}
