import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { SEMVER_PATTERN } from '../../common/patterns';

const MARKDOWN_EXAMPLE = '# CRM customers\n\nOne row per customer. Join on `customer_id`.\n';

/** The `documentation` field of the registration envelope. */
export class EnvelopeDocumentationDto {
  @ApiPropertyOptional({
    description: 'Markdown documentation of the product version (at most 256 KiB). Omitted: the version keeps the documentation of the version before it; `null`: it has none.',
    type: String,
    nullable: true,
    example: MARKDOWN_EXAMPLE,
  })
  product?: string | null;

  @ApiPropertyOptional({
    description: 'Markdown documentation of output ports, by port name (every major of that name) or port URN; at most 256 KiB each. A port omitted keeps the documentation of the version before it; `null`: it has none.',
    type: 'object',
    additionalProperties: { type: ['string', 'null'] },
    example: { customers: '## customers port\n\nCurrent state, refreshed daily at 05:00 UTC.\n' },
  })
  ports?: Record<string, string | null>;
}

export class DocumentationQueryDto {
  @ApiPropertyOptional({ description: 'Product version whose documentation to read; by default the current version (for a port: the newest version that declares it).', example: '1.2.0' })
  @IsOptional()
  @IsString()
  @Matches(SEMVER_PATTERN, { message: 'version must be a semantic version like 1.2.0' })
  version?: string;
}

export class DocumentationInfoDto {
  @ApiProperty({ description: 'What is documented: the product URN, or the output port URN.', example: 'urn:meshwork:crm:customers:customers:v1' })
  urn!: string;

  @ApiProperty({ description: 'The product version the documentation belongs to.', example: '1.2.0' })
  productVersion!: string;

  @ApiProperty({ description: 'Size of the Markdown in UTF-8 bytes.', example: 2048 })
  bytes!: number;

  @ApiProperty({ description: 'SHA-256 of the Markdown, hex; the ETag of the documentation (quoted).', example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' })
  contentHash!: string;

  @ApiProperty({ description: 'Principal who last wrote it (for a carried-over copy: who wrote the original).', example: 'jane.doe' })
  updatedBy!: string;

  @ApiProperty({ description: 'When it was last written.', example: '2026-11-26T09:30:00.000Z', format: 'date-time' })
  updatedAt!: string;
}

export class DocumentationLinkDto {
  @ApiProperty({ description: 'Where the definition is.', example: 'https://git.example.com/crm/contracts/-/blob/main/customers.odcs.yaml' })
  url!: string;

  @ApiProperty({ description: 'Its `type` in the document (canonical, businessDefinition, privacy-statement, …).', example: 'canonical', nullable: true, type: String })
  type!: string | null;

  @ApiProperty({ description: 'Its `description` in the document.', example: 'Canonical location of this contract.', nullable: true, type: String })
  description!: string | null;

  @ApiProperty({ description: '`odps` when declared in the product document, `odcs` in the port’s contract.', enum: ['odps', 'odcs'], example: 'odcs' })
  source!: 'odps' | 'odcs';

  @ApiProperty({ description: 'JSON pointer of the definition in its document.', example: '/authoritativeDefinitions/0' })
  pointer!: string;
}

export class DocumentationLinksDto {
  @ApiProperty({ description: 'The product or output port URN.', example: 'urn:meshwork:crm:customers:customers:v1' })
  urn!: string;

  @ApiProperty({ description: 'The product version read.', example: '1.2.0' })
  productVersion!: string;

  @ApiProperty({ description: 'The Markdown documentation of that version (read it as text/markdown at `documentationUrl`), or null when it has none.', type: DocumentationInfoDto, nullable: true })
  documentation!: DocumentationInfoDto | null;

  @ApiProperty({ description: 'Path of the Markdown documentation for that version.', example: '/v1/ports/urn%3Ameshwork%3Acrm%3Acustomers%3Acustomers%3Av1/documentation?version=1.2.0' })
  documentationUrl!: string;

  @ApiProperty({ description: 'Links of the ODPS/ODCS `authoritativeDefinitions`: for a product, of its ODPS document; for a port, of its ODPS entry and then of its ODCS contract (contract, description, schema objects and properties).', type: [DocumentationLinkDto] })
  links!: DocumentationLinkDto[];
}
