import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsObject, IsString, Length, Matches, ValidateIf, ValidateNested } from 'class-validator';

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export class PublishedPortDto {
  @ApiProperty({ description: 'URN of the output port: `urn:meshwork:<domain>:<product>:<port>:v<major>`.', example: 'urn:meshwork:crm:customers:customers:v1', maxLength: 300 })
  @IsString()
  @Length(1, 300)
  urn!: string;

  @ApiProperty({ description: 'Port name as declared in the ODPS document.', example: 'customers', maxLength: 63 })
  @IsString()
  @Length(1, 63)
  name!: string;

  @ApiProperty({
    description: 'The ODCS v3 document of the port’s contract, as JSON; null when the port has none (its contract-derived SLOs are removed).',
    example: { apiVersion: 'v3.1.0', kind: 'DataContract', id: '7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10', version: '1.2.0', slaProperties: [{ property: 'latency', value: 4, unit: 'h' }] },
    type: 'object',
    additionalProperties: true,
    nullable: true,
  })
  @ValidateIf((_o, value) => value !== null)
  @IsObject()
  contract!: Record<string, unknown> | null;
}

/** A product version the catalog has just published (or republished). */
export class PublishedProductDto {
  @ApiProperty({ description: 'Domain of the product.', example: 'crm', maxLength: 63 })
  @IsString()
  @Length(1, 63)
  @Matches(KEBAB, { message: 'domain must be kebab-case' })
  domain!: string;

  @ApiProperty({ description: 'Kebab-case product name in the catalog.', example: 'customers', maxLength: 63 })
  @IsString()
  @Length(1, 63)
  @Matches(KEBAB, { message: 'name must be kebab-case' })
  name!: string;

  @ApiProperty({ description: 'Version published.', example: '1.2.0', maxLength: 100 })
  @IsString()
  @Length(1, 100)
  version!: string;

  @ApiProperty({ description: 'Team owning the product’s domain; its members tune the ports’ SLOs.', example: 'crm-data-team', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  ownerTeamId!: string;

  @ApiProperty({ description: 'Output ports of the version, each with its contract.', type: [PublishedPortDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PublishedPortDto)
  ports!: PublishedPortDto[];
}

export class PublicationCountsDto {
  @ApiProperty({ description: 'Ports upserted.', example: 1 })
  ports!: number;

  @ApiProperty({ description: 'Contract-derived SLOs added.', example: 11 })
  created!: number;

  @ApiProperty({ description: 'Contract-derived SLOs whose target or description changed (id and status kept).', example: 0 })
  updated!: number;

  @ApiProperty({ description: 'Contract-derived SLOs left as they were.', example: 0 })
  unchanged!: number;

  @ApiProperty({ description: 'Contract-derived SLOs removed: their SLA property is gone from the contract.', example: 0 })
  removed!: number;

  @ApiProperty({ description: 'Retired SLOs live again: their port, dropped by an earlier version, is listed again.', example: 0 })
  reactivated!: number;

  @ApiProperty({ description: 'Ports retired now: the version no longer lists them (for a sync: also every port of a product the catalog no longer serves).', example: 0 })
  retiredPorts!: number;

  @ApiProperty({ description: 'SLOs (contract-derived and added through the API) of those ports, retired now: no longer evaluated nor listed unless asked, their open incidents closed with reason `port-retired`.', example: 0 })
  retired!: number;
}

export class PublicationResultDto extends PublicationCountsDto {
  @ApiProperty({ description: 'Domain of the product.', example: 'crm' })
  domain!: string;

  @ApiProperty({ description: 'Product name.', example: 'customers' })
  name!: string;

  @ApiProperty({ description: 'Version applied.', example: '1.2.0' })
  version!: string;
}

export class SyncErrorDto {
  @ApiProperty({ description: 'Domain of the product.', example: 'crm' })
  domain!: string;

  @ApiProperty({ description: 'Product name.', example: 'customers' })
  name!: string;

  @ApiProperty({ description: 'Why the product could not be read or applied.', example: 'the catalog answered 404 to GET /v1/products/crm/customers/versions?limit=200&offset=0' })
  detail!: string;
}

export class SyncResultDto extends PublicationCountsDto {
  @ApiProperty({ description: 'Published products read from the catalog and applied.', example: 3 })
  products!: number;

  @ApiProperty({ description: 'Products that could not be read or applied, sorted by domain and name.', type: [SyncErrorDto] })
  errors!: SyncErrorDto[];
}
