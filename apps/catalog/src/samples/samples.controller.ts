import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Put, Query, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Actor } from '@meshwork/authz';
import { Authorize, CurrentActor, ProblemResponseDto, ValidationProblem } from '@meshwork/platform';
import type { FastifyReply } from 'fastify';
import type { PortSampleEntity } from './port-sample.entity';
import { SampleColumnDto, SampleDto, SampleQueryDto, SampleUploadDto } from './dto/sample.dto';
import { MAX_SAMPLE_ROWS, SamplesService } from './samples.service';

const URN_PARAM = { name: 'urn', description: 'Output port URN (URL-encoded).', example: 'urn:meshwork:crm:customers:customers:v1' };
const NOT_FOUND = { type: ProblemResponseDto, description: 'No such output port, or it has no sample.' };

function toUpload(sample: PortSampleEntity): SampleUploadDto {
  return {
    portUrn: sample.portUrn,
    contract: { id: sample.contractId, version: sample.contractVersion, schema: sample.schemaName },
    rowCount: sample.rowCount,
    format: sample.format,
    uploadedBy: sample.uploadedBy,
    uploadedAt: sample.uploadedAt.toISOString(),
  };
}

@ApiTags('samples')
@ApiExtraModels(SampleColumnDto)
@Controller('v1/ports')
export class SamplesController {
  constructor(private readonly samples: SamplesService) {}

  @Put(':urn/sample')
  @Authorize('update', 'DataProduct')
  @ApiOperation({
    operationId: 'uploadPortSample',
    summary: 'Upload the sandbox sample of an output port',
    description:
      `For the product's owner team (or an admin): up to ${MAX_SAMPLE_ROWS} rows and 1 MiB, as \`application/json\` (an array of row objects, or \`{ rows }\`) or \`text/csv\` (a header line of property names, RFC 4180 quoting; cells converted by the contract's logical types, an empty cell is a missing value). ` +
      'Every row is validated against the schema object of the port’s contract (logical types, `required`, `logicalTypeOptions` such as pattern, format, min/max length and value, and valid values from `invalidValues` quality rules; no property outside the schema): ' +
      'a sample with a bad row is refused with 422 and one error per bad value, its pointer naming the row index and the property (`/rows/3/email`, `/3/email`). The sample replaces the previous one; it is stored unmasked and masked on reading.',
  })
  @ApiParam(URN_PARAM)
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({
    required: true,
    description: 'The rows: a JSON array of objects, `{ rows: [...] }`, or CSV text with a header line.',
    schema: { oneOf: [{ type: 'array', items: { type: 'object', additionalProperties: true } }, { type: 'object', required: ['rows'], properties: { rows: { type: 'array', items: { type: 'object', additionalProperties: true } } } }, { type: 'string', description: 'CSV' }] },
    examples: { json: { value: [{ customer_id: '3f2b9a1e-5c7d-4e8f-9a0b-1c2d3e4f5a6b', email: 'jane.doe@example.com', country_code: 'DE' }] } },
  })
  @ApiOkResponse({ type: SampleUploadDto, description: 'The sample replaced the previous one.' })
  @ApiCreatedResponse({ type: SampleUploadDto, description: 'The port’s first sample.' })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such output port.' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'The port has no contract, or its contract no schema object.' })
  @ApiPayloadTooLargeResponse({ type: ProblemResponseDto, description: `Over ${MAX_SAMPLE_ROWS} rows or over 1 MiB.` })
  @ApiUnprocessableEntityResponse({ type: ProblemResponseDto, description: 'Rows do not match the contract schema (or the CSV cannot be read): `errors[]` has one entry per bad value, its pointer `/<row index>/<property>` (prefixed by `/rows` for `{ rows }`).' })
  @ApiUnsupportedMediaTypeResponse({ type: ProblemResponseDto, description: 'Send application/json or text/csv.' })
  @ValidationProblem()
  async uploadPortSample(
    @CurrentActor() actor: Actor,
    @Param('urn') urn: string,
    @Query() query: SampleQueryDto,
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SampleUploadDto> {
    const { sample, created } = await this.samples.upload(actor, urn, body, contentType, query.schema);
    void reply.status(created ? 201 : 200);
    return toUpload(sample);
  }

  @Get(':urn/sample')
  @Authorize('read', 'DataProduct')
  @ApiOperation({
    operationId: 'getPortSample',
    summary: 'Read the sandbox sample of an output port',
    description:
      'For anyone who may read the catalog, to try a product before asking for access. Every property classified `restricted` or `pii` (or tagged `pii`, or with `pii: true` in its customProperties) is masked by its type: ' +
      'an e-mail keeps its first character and its domain (`j***@example.com`), other text becomes `***`, numbers, booleans, dates, timestamps, objects and arrays become null; nulls stay null. ' +
      'Unmasked for the product’s owner team and admins, and for whoever the access service (`POST /v1/decisions`, asked with the caller’s token, 2 s at most) says holds an active grant on the port: all of it for a grant on every field, the granted fields for a grant limited to some. ' +
      'When the access service cannot answer, everything sensitive is masked and `access.outcome` is `unavailable`. `masked` and the `X-Meshwork-Sample-Masked` header say whether anything is masked; `X-Meshwork-Sample-Access` carries `access.outcome`.',
  })
  @ApiParam(URN_PARAM)
  @ApiOkResponse({ type: SampleDto })
  @ApiNotFoundResponse(NOT_FOUND)
  async getPortSample(@CurrentActor() actor: Actor, @Param('urn') urn: string, @Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<SampleDto> {
    const view = await this.samples.read(actor, urn, authorization);
    const masked = view.masked.length > 0;
    void reply.header('x-meshwork-sample-masked', String(masked)).header('x-meshwork-sample-access', view.access.outcome).header('cache-control', 'private, no-store');
    const maskedNames = new Set(view.masked);
    return {
      ...toUpload(view.sample),
      masked,
      maskedProperties: view.masked,
      access: view.access,
      columns: view.columns.map((c) => ({ name: c.name, logicalType: c.logicalType, classification: c.classification, sensitive: c.sensitive, masking: c.masking, masked: maskedNames.has(c.name) })),
      rows: view.rows,
    };
  }

  @Delete(':urn/sample')
  @HttpCode(204)
  @Authorize('update', 'DataProduct')
  @ApiOperation({ operationId: 'deletePortSample', summary: 'Remove the sandbox sample of an output port', description: 'For the product’s owner team or an admin.' })
  @ApiParam(URN_PARAM)
  @ApiNoContentResponse({ description: 'Removed.' })
  @ApiNotFoundResponse(NOT_FOUND)
  async deletePortSample(@CurrentActor() actor: Actor, @Param('urn') urn: string): Promise<void> {
    await this.samples.remove(actor, urn);
  }
}
