import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProperty, ApiTags, ApiUnprocessableEntityResponse, ApiUnsupportedMediaTypeResponse } from '@nestjs/swagger';
import { DescriptorError, DescriptorErrorCode, importContract } from '@meshwork/descriptors';
import { Authorize, IdempotencyExempt, ProblemResponseDto, RateLimitAs, ValidationProblem } from '@meshwork/platform';
import { CatalogError, CatalogErrorCode } from '../common/catalog-error';
import { parseBody } from '../common/parse-body';

export const SUPPORTED_IMPORTS = ['dcs-v1', 'odcs-v2', 'odcs-v3.0', 'odcs-v3.1'] as const;

export class ContractImportDto {
  @ApiProperty({ description: 'What the document was.', enum: SUPPORTED_IMPORTS, example: 'dcs-v1' })
  from!: string;

  @ApiProperty({ description: 'The same contract as ODCS v3.1.0, valid against its JSON Schema.', type: 'object', additionalProperties: true, example: { apiVersion: 'v3.1.0', kind: 'DataContract', id: 'orders', version: '1.0.0', status: 'active' } })
  contract!: Record<string, unknown>;

  @ApiProperty({ description: 'What had no ODCS home and went to customProperties, or was dropped; one line each.', type: [String], example: ['servicelevels.backup moved to customProperties'] })
  notes!: string[];
}

@ApiTags('contracts')
@Controller('v1/contract-imports')
export class ImportsController {
  @Post()
  @HttpCode(200)
  @Authorize('read', 'Contract')
  @IdempotencyExempt()
  @RateLimitAs('read')
  @ApiOperation({
    operationId: 'importContract',
    summary: 'Convert a data contract to ODCS v3.1',
    description: `Accepts Data Contract Specification 1.x (datacontract.com) and ODCS v2.x / v3.0 documents, as JSON or YAML; answers the ODCS v3.1 equivalent. Supported: ${SUPPORTED_IMPORTS.join(', ')}. Nothing is stored: register the result with a product.`,
  })
  @ApiConsumes('application/json', 'application/yaml')
  @ApiBody({ schema: { type: 'object', additionalProperties: true, description: 'The contract to convert.', example: { dataContractSpecification: '1.2.1', id: 'orders', info: { title: 'Orders', version: '1.0.0' } } } })
  @ApiOkResponse({ type: ContractImportDto })
  @ApiUnsupportedMediaTypeResponse({ type: ProblemResponseDto, description: 'The document is none of the supported formats; the detail lists them.' })
  @ApiUnprocessableEntityResponse({ type: ProblemResponseDto, description: '`INVALID_DOCUMENT`: the document is in a supported format but cannot be converted (a required field missing or of the wrong type).' })
  @ValidationProblem()
  importContract(@Body() body: unknown): ContractImportDto {
    try {
      const result = importContract(parseBody(body));
      return { from: result.from, contract: result.contract as Record<string, unknown>, notes: result.notes };
    } catch (error) {
      if (error instanceof DescriptorError && error.code === DescriptorErrorCode.UNSUPPORTED_FORMAT) {
        throw new CatalogError(CatalogErrorCode.UNSUPPORTED_FORMAT, `${error.message} Supported formats: ${SUPPORTED_IMPORTS.join(', ')}.`);
      }
      if (error instanceof DescriptorError) throw new CatalogError(CatalogErrorCode.INVALID_DOCUMENT, error.message, [{ pointer: '', detail: error.message }]);
      throw error;
    }
  }
}
