import { ApiBadRequestResponse, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ProblemFieldErrorDto {
  @ApiPropertyOptional({ description: 'Where the invalid input is.', enum: ['body', 'query', 'path', 'header'], example: 'body' })
  location?: 'body' | 'query' | 'path' | 'header';

  @ApiProperty({ description: 'RFC 6901 JSON pointer to the invalid value.', example: '/product/outputPorts/0/version' })
  pointer!: string;

  @ApiProperty({ description: 'What is wrong with it.', example: 'must match format "semver"' })
  detail!: string;
}

/** RFC 9457 problem details. */
export class ProblemResponseDto {
  @ApiProperty({ description: 'URI identifying the problem type.', example: 'https://meshwork.dev/problems/product-not-found' })
  type!: string;

  @ApiProperty({ description: 'Short summary of the problem type.', example: 'Data product not found' })
  title!: string;

  @ApiProperty({ description: 'HTTP status code.', example: 404 })
  status!: number;

  @ApiProperty({ description: 'What went wrong in this occurrence.', example: "No data product 'customers' in domain 'crm'." })
  detail!: string;

  @ApiProperty({ description: 'The request path this problem occurred on.', example: '/v1/products/crm/customers' })
  instance!: string;

  @ApiProperty({ description: 'Stable machine-readable error code.', example: 'PRODUCT_NOT_FOUND' })
  code!: string;

  @ApiPropertyOptional({ description: 'Request id, also in the x-request-id header and in the logs.', example: '5f0c6f9e-2f61-4d8e-9b1d-0d3c2f8a7e11' })
  correlationId?: string;

  @ApiPropertyOptional({ description: 'One entry per invalid field.', type: [ProblemFieldErrorDto] })
  errors?: ProblemFieldErrorDto[];
}

/** Documents the 400 answer of a route that validates its input. */
export function ValidationProblem(): MethodDecorator {
  return ApiBadRequestResponse({ type: ProblemResponseDto, description: 'Invalid input: `errors[]` lists each invalid field with a JSON pointer.' });
}
