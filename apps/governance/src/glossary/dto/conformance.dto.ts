import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject } from 'class-validator';
import { CONFORMANCE_RULES, type ConformanceRule } from '../conformance';

export const MAX_CONTRACTS = 50;

export class ConformanceRequestDto {
  @ApiProperty({
    description:
      `ODCS v3 DataContract documents as JSON, 1 to ${MAX_CONTRACTS}; each must be valid against its standard's JSON Schema. ` +
      'Properties link to the glossary and the master data through authoritativeDefinitions urls `meshwork:glossary:<term>`, ' +
      '`meshwork:master-data:<entity>/<attribute>` and `meshwork:code-list:<list>`, schema objects through `meshwork:master-data:<entity>`; ' +
      'or through a businessName equal to a term title or synonym (properties) or an entity title (schema objects).',
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    example: [
      {
        apiVersion: 'v3.1.0',
        kind: 'DataContract',
        id: 'crm-customers',
        version: '1.0.0',
        status: 'active',
        schema: [{ name: 'customers', businessName: 'Customer', properties: [{ name: 'customer_id', businessName: 'Customer identifier', logicalType: 'string', logicalTypeOptions: { format: 'uuid' } }] }],
      },
    ],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CONTRACTS)
  @IsObject({ each: true })
  contracts!: Record<string, unknown>[];
}

export class ConformanceFindingDto {
  @ApiProperty({ description: 'RFC 6901 pointer into the request body: the property, or the schema object for a missing attribute.', example: '/contracts/0/schema/0/properties/0' })
  pointer!: string;

  @ApiProperty({
    description:
      '`logical-type`: the logicalType differs from the canonical attribute; `format`: its logicalTypeOptions.format (or the attribute\'s own pattern) differs; ' +
      '`required-attribute`: a schema object that carries an entity lacks one of its required attributes; `code-list-pattern`: a property bound to a code list does not declare the list\'s pattern.',
    enum: CONFORMANCE_RULES,
    example: 'logical-type',
  })
  rule!: ConformanceRule;

  @ApiProperty({ description: 'What is wrong and what the definition asks for.', example: "Property 'customer_id' stands for master-data attribute 'customer/customer_id' (through glossary term 'customer-identifier') and must have logicalType 'string', not 'integer'." })
  message!: string;

  @ApiPropertyOptional({ description: 'The glossary term involved.', example: 'customer-identifier' })
  term?: string;

  @ApiPropertyOptional({ description: 'The master-data entity involved.', example: 'customer' })
  entity?: string;

  @ApiPropertyOptional({ description: 'The attribute of the entity involved.', example: 'customer_id' })
  attribute?: string;

  @ApiPropertyOptional({ description: 'The code list involved.', example: 'iso-3166-1-alpha-2' })
  codeList?: string;

  @ApiPropertyOptional({ description: 'What the definition asks for: a logical type, a format or a pattern.', example: 'string' })
  expected?: string;

  @ApiPropertyOptional({ description: 'What the contract declares, when it declares anything.', example: 'integer' })
  actual?: string;
}

export class ConformanceReportDto {
  @ApiProperty({ description: 'True when there is no finding.', example: false })
  conformant!: boolean;

  @ApiProperty({ description: 'Every departure found, in document order.', type: [ConformanceFindingDto] })
  findings!: ConformanceFindingDto[];
}
