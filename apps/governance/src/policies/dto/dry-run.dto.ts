import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';
import { ViolationDto } from '../../evaluations/dto/evaluation.dto';

export class DryRunDto {
  @ApiPropertyOptional({ description: 'Version to try (drafts included); the latest when omitted.', example: 2, minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class DryRunFailureDto {
  @ApiProperty({ description: 'Domain of the product.', example: 'crm' })
  domain!: string;

  @ApiProperty({ description: 'Product name in the catalog.', example: 'customers' })
  name!: string;

  @ApiProperty({ description: 'Current version of the product, the one evaluated.', example: '1.2.0' })
  version!: string;

  @ApiProperty({ description: '`fail`, or `error` when the rule could not be evaluated on it.', enum: ['fail', 'error'], example: 'fail' })
  outcome!: 'fail' | 'error';

  @ApiProperty({ description: 'Failures, at most 100.', type: [ViolationDto] })
  violations!: ViolationDto[];
}

export class DryRunErrorDto {
  @ApiProperty({ description: 'Domain of the product.', example: 'crm' })
  domain!: string;

  @ApiProperty({ description: 'Product name in the catalog.', example: 'customers' })
  name!: string;

  @ApiProperty({ description: 'Why the product could not be evaluated.', example: 'the catalog answered 404 to GET /v1/products/crm/customers/document?version=1.2.0' })
  detail!: string;
}

export class DryRunResultDto {
  @ApiProperty({ description: 'Policy tried.', example: 'product-has-owner' })
  policyId!: string;

  @ApiProperty({ description: 'Version tried.', example: 2 })
  version!: number;

  @ApiProperty({ description: 'Products evaluated (read from the catalog without error).', example: 12 })
  evaluated!: number;

  @ApiProperty({ description: 'Products that would fail, sorted by domain and name.', type: [DryRunFailureDto] })
  failing!: DryRunFailureDto[];

  @ApiProperty({ description: 'Products that could not be read, sorted by domain and name.', type: [DryRunErrorDto] })
  errors!: DryRunErrorDto[];
}
