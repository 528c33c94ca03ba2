import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { LIFECYCLE_STATUSES, type LifecycleStatus } from '../../products/lifecycle';

export const SEARCH_DEFAULT_LIMIT = 20;
export const SEARCH_MAX_LIMIT = 100;

export class SearchQueryDto {
  @ApiPropertyOptional({ description: 'Words to look for in names, tags, ports, descriptions and fields; all must match. A word the catalog has not indexed is corrected to the closest indexed words and, when last, also matches as a prefix. Empty: every product.', example: 'customer orders', maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(0, 200)
  q?: string;

  @ApiPropertyOptional({ description: 'Only products of this domain.', example: 'crm' })
  @IsOptional()
  @IsString()
  @Length(1, 63)
  domain?: string;

  @ApiPropertyOptional({ description: 'Only products with this tag.', example: 'pii' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  tag?: string;

  @ApiPropertyOptional({ description: 'Only products owned by this team.', example: 'crm-data-team' })
  @IsOptional()
  @IsString()
  @Length(1, 63)
  owner?: string;

  @ApiPropertyOptional({ description: 'Only products in this lifecycle state.', enum: LIFECYCLE_STATUSES, example: 'published' })
  @IsOptional()
  @IsIn(LIFECYCLE_STATUSES)
  status?: LifecycleStatus;

  @ApiPropertyOptional({ description: 'Only products with at least one field of this classification.', example: 'restricted' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  classification?: string;

  @ApiPropertyOptional({ description: `Page size, 1 to ${SEARCH_MAX_LIMIT}.`, default: SEARCH_DEFAULT_LIMIT, minimum: 1, maximum: SEARCH_MAX_LIMIT, example: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(SEARCH_MAX_LIMIT)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page.', example: 'eyJ0IjoxLCJkIjoxNzQyfQ' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  cursor?: string;
}

export class SearchHitDto {
  @ApiProperty({ description: 'Product URN.', example: 'urn:meshwork:crm:customers' })
  urn!: string;

  @ApiProperty({ description: 'Domain.', example: 'crm' })
  domain!: string;

  @ApiProperty({ description: 'Product name.', example: 'customers' })
  name!: string;

  @ApiProperty({ description: 'Display name.', example: 'CRM Customers' })
  title!: string;

  @ApiProperty({ description: 'Lifecycle state.', enum: LIFECYCLE_STATUSES, example: 'published' })
  status!: LifecycleStatus;

  @ApiProperty({ description: 'Owning team.', example: 'crm-data-team' })
  ownerTeamId!: string;

  @ApiProperty({ description: 'Current version.', example: '1.2.0' })
  currentVersion!: string;

  @ApiProperty({ description: 'Tags.', type: [String], example: ['crm', 'customer'] })
  tags!: string[];

  @ApiProperty({ description: 'Classifications of the fields of its contracts.', type: [String], example: ['internal', 'restricted'] })
  classifications!: string[];

  @ApiProperty({ description: 'Where the words matched: 4 the exact name, 3 the name, 2 tags or port names, 1 descriptions or fields (0 without words). Several words score where the worst placed of them is found. Ties come in the order the products were first registered.', example: 3 })
  score!: number;
}

export class FacetValueDto {
  @ApiProperty({ description: 'Facet value.', example: 'crm' })
  value!: string;

  @ApiProperty({ description: 'Number of matching products with this value.', example: 12 })
  count!: number;
}

export class SearchFacetsDto {
  @ApiProperty({ description: 'True when every match was counted. A broad search counts the matches among its first 100 candidates (the first products having its rarest word), and says false.', example: true })
  complete!: boolean;

  @ApiProperty({ description: 'Matches per domain.', type: [FacetValueDto] })
  domain!: FacetValueDto[];

  @ApiProperty({ description: 'Matches per tag (top 20).', type: [FacetValueDto] })
  tag!: FacetValueDto[];

  @ApiProperty({ description: 'Matches per owning team.', type: [FacetValueDto] })
  owner!: FacetValueDto[];

  @ApiProperty({ description: 'Matches per lifecycle state.', type: [FacetValueDto] })
  status!: FacetValueDto[];

  @ApiProperty({ description: 'Matches per field classification.', type: [FacetValueDto] })
  classification!: FacetValueDto[];
}

export class SearchResultDto {
  @ApiProperty({ description: 'Best matches first.', type: [SearchHitDto] })
  items!: SearchHitDto[];

  @ApiPropertyOptional({ description: 'Counts per filter value over the matches (see complete). Given on the first page (without cursor); null on later pages.', type: SearchFacetsDto, nullable: true })
  facets!: SearchFacetsDto | null;

  @ApiPropertyOptional({ description: 'Pass as cursor for the next page; null on the last page.', nullable: true, type: String, example: 'eyJ0IjoxLCJkIjoxNzQyfQ' })
  nextCursor!: string | null;
}
