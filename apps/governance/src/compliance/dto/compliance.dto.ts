import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class ComplianceQueryDto {
  @ApiPropertyOptional({ description: 'Only this domain’s products, domain score and series (the mesh score stays mesh-wide).', example: 'crm' })
  @IsOptional()
  @IsString()
  @Length(1, 63)
  domain?: string;

  @ApiPropertyOptional({ description: 'First day of the series (UTC, inclusive); 29 days before `to` when omitted.', example: '2026-01-01', format: 'date' })
  @IsOptional()
  @Matches(DAY, { message: 'from must be a date like 2026-01-31' })
  from?: string;

  @ApiPropertyOptional({ description: 'Last day of the series (UTC, inclusive); today when omitted. At most 366 days after `from`.', example: '2026-01-31', format: 'date' })
  @IsOptional()
  @Matches(DAY, { message: 'to must be a date like 2026-01-31' })
  to?: string;
}

export class ScoreDto {
  @ApiPropertyOptional({ description: 'passed / applicable, from 0 to 1; null when no policy applied.', example: 0.875, nullable: true, type: Number })
  score!: number | null;

  @ApiProperty({ description: 'Applicable policies that passed, summed over the products’ latest samples.', example: 7 })
  passed!: number;

  @ApiProperty({ description: 'Policies that applied (outcome other than not-applicable), summed over the products’ latest samples.', example: 8 })
  applicable!: number;

  @ApiProperty({ description: 'Products with at least one sample.', example: 2 })
  products!: number;
}

export class DomainScoreDto extends ScoreDto {
  @ApiProperty({ description: 'Domain.', example: 'crm' })
  domain!: string;
}

export class ProductScoreDto {
  @ApiProperty({ description: 'Domain of the product.', example: 'crm' })
  domain!: string;

  @ApiProperty({ description: 'Product name in the catalog.', example: 'customers' })
  name!: string;

  @ApiProperty({ description: 'Version of the latest sample.', example: '1.2.0' })
  version!: string;

  @ApiPropertyOptional({ description: 'passed / applicable of the latest sample; null when no policy applied.', example: 0.75, nullable: true, type: Number })
  score!: number | null;

  @ApiProperty({ description: 'Applicable policies that passed.', example: 3 })
  passed!: number;

  @ApiProperty({ description: 'Policies that applied.', example: 4 })
  applicable!: number;

  @ApiProperty({ description: 'Policies failing as blocking.', example: 0 })
  blocking!: number;

  @ApiProperty({ description: 'Policies failing as warnings.', example: 1 })
  warnings!: number;

  @ApiProperty({ description: 'When the latest sample was taken.', example: '2026-02-01T10:30:00.000Z', format: 'date-time' })
  evaluatedAt!: string;
}

export class DailyScoreDto extends ScoreDto {
  @ApiProperty({ description: 'Day (UTC): the score of each product’s latest sample at the end of it.', example: '2026-01-31', format: 'date' })
  date!: string;
}

export class ComplianceReportDto {
  @ApiProperty({ description: 'Mesh-wide score now, over every product’s latest sample.', type: ScoreDto })
  mesh!: ScoreDto;

  @ApiProperty({ description: 'Score now per domain, sorted by domain.', type: [DomainScoreDto] })
  domains!: DomainScoreDto[];

  @ApiProperty({ description: 'Score now per product (its latest sample), sorted by domain and name.', type: [ProductScoreDto] })
  products!: ProductScoreDto[];

  @ApiProperty({ description: 'One entry per day from `from` to `to`, oldest first.', type: [DailyScoreDto] })
  series!: DailyScoreDto[];
}
