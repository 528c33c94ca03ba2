import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiServiceUnavailableResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotAcceptableResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiHeader,
  ApiParam,
  ApiPreconditionFailedResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Actor } from '@meshwork/authz';
import { KEBAB_NAME } from '@meshwork/descriptors';
import { Authorize, CurrentActor, PageOf, PageQueryDto, ProblemResponseDto, ValidationProblem } from '@meshwork/platform';
import type { FastifyReply } from 'fastify';
import { DOCUMENT_CONTENT, sendDocument } from '../common/export';
import { ChangelogDto, ChangesQueryDto } from '../changes/dto/changes.dto';
import { ProductEnvelopeDto } from './dto/product-envelope.dto';
import { DocumentQueryDto, ListProductsQueryDto, ProductDto, ProductVersionDto, RegisterProductResultDto, TransitionDto, TransitionRecordDto } from './dto/product.dto';
import { toProductDto, toProductVersionDto, toTransitionRecordDto } from './products.mapper';
import { productEtag, ProductsService } from './products.service';
import { SlaClient } from '../sla/sla-client';
import { ProductQueryDto, ProductWithHealthDto } from '../health/dto/product-health.dto';
import { ProductHealthService } from '../health/product-health.service';

export const ProductPageDto = PageOf(ProductDto, 'ProductPageDto');
export const ProductVersionPageDto = PageOf(ProductVersionDto, 'ProductVersionPageDto');

const DOMAIN_PARAM = { name: 'domain', description: 'Domain name.', example: 'crm' };
const NAME_PARAM = { name: 'name', description: 'Kebab-case product name, unique in the domain.', example: 'customers' };
const NOT_FOUND = { type: ProblemResponseDto, description: 'No such domain or product.' };
const IF_MATCH = { name: 'If-Match', required: false, description: 'ETag from a previous read of the product; the change fails with 412 if the product changed since (or, on registration, does not exist yet).' };
const PRECONDITION_FAILED = { type: ProblemResponseDto, description: 'The product changed since the ETag in If-Match (or does not exist yet).' };

@ApiTags('products')
@Controller('v1/products')
export class ProductsController {
  constructor(
    private readonly products: ProductsService,
    private readonly sla: SlaClient,
    private readonly health: ProductHealthService,
  ) {}

  @Put(':domain/:name')
  @Authorize('update', 'DataProduct')
  @ApiOperation({
    operationId: 'registerProduct',
    summary: 'Register a data product version (self-serve, idempotent)',
    description:
      'Accepts an ODPS v1.0 document with the ODCS v3 contracts of its output ports, as an envelope `{ product, contracts }` ' +
      '(or a bare ODPS document without contracts), in JSON (`application/json`) or YAML (`application/yaml`). ' +
      'Both are validated against the official JSON Schemas; each error is listed with its JSON pointer. ' +
      'The same document twice changes nothing (`outcome: unchanged`); a greater semver adds a version; a new product starts as `draft`. ' +
      'Send If-Match with the ETag you read to avoid adding a version over a concurrent change.',
  })
  @ApiParam(DOMAIN_PARAM)
  @ApiParam({ ...NAME_PARAM, schema: { type: 'string', pattern: KEBAB_NAME.source, maxLength: 63 } })
  @ApiHeader(IF_MATCH)
  @ApiConsumes('application/json', 'application/yaml')
  @ApiBody({ type: ProductEnvelopeDto, required: true, description: 'Envelope with the ODPS product and its ODCS contracts, as JSON or YAML (a bare ODPS document is accepted too).' })
  @ApiOkResponse({ type: RegisterProductResultDto, description: 'A version was added, or the same document was already registered.' })
  @ApiCreatedResponse({ type: RegisterProductResultDto, description: 'The product was created (as draft) with its first version.' })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'The domain does not exist.' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'Version exists with other content, version not increasing, contract conflict, or product retired.' })
  @ApiUnprocessableEntityResponse({ type: ProblemResponseDto, description: 'The documents break the ODPS/ODCS schemas or catalog rules; `errors[]` has a pointer per issue.' })
  @ApiUnsupportedMediaTypeResponse({ type: ProblemResponseDto, description: 'Send application/json or application/yaml.' })
  @ApiPreconditionFailedResponse(PRECONDITION_FAILED)
  @ApiServiceUnavailableResponse({ type: ProblemResponseDto, description: 'A new version of a published product needs the governance evaluation, and the governance service cannot answer; nothing was changed.' })
  @ValidationProblem()
  async registerProduct(
    @CurrentActor() actor: Actor,
    @Param('domain') domain: string,
    @Param('name') name: string,
    @Body() body: unknown,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('authorization') authorization: string | undefined,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<RegisterProductResultDto> {
    const { outcome, view } = await this.products.register(actor, domain, name, body, authorization, ifMatch);
    void reply.status(outcome === 'created' ? 201 : 200).header('etag', productEtag(view.product)).header('location', `/v1/products/${domain}/${name}`);
    return { ...toProductDto(view), outcome };
  }

  @Get()
  @Authorize('read', 'DataProduct')
  @ApiOperation({ operationId: 'listProducts', summary: 'List data products', description: 'Filter by domain and lifecycle state; sorted by domain then name.' })
  @ApiOkResponse({ type: ProductPageDto })
  @ValidationProblem()
  async listProducts(@Query() query: ListProductsQueryDto) {
    const page = await this.products.list(query);
    return { ...page, items: page.items.map(toProductDto) };
  }

  @Get(':domain/:name')
  @Authorize('read', 'DataProduct')
  @ApiOperation({
    operationId: 'getProduct',
    summary: 'Get a data product',
    description:
      'The catalog view of the current version. The ODPS document itself is at `/document`. ' +
      'With `?include=health`, the product page: owners, compliance (governance), SLA status and KPIs with active consumers (SLA monitoring), latest profiles and quality results, ' +
      'gathered with one request per service, all at once, each given CATALOG_HEALTH_TIMEOUT_MS (1500 by default); a source that cannot answer makes its part `unavailable` with the reason, never the page fail.',
  })
  @ApiParam(DOMAIN_PARAM)
  @ApiParam(NAME_PARAM)
  @ApiOkResponse({ type: ProductWithHealthDto })
  @ApiNotFoundResponse(NOT_FOUND)
  @ValidationProblem()
  async getProduct(
    @Param('domain') domain: string,
    @Param('name') name: string,
    @Query() query: ProductQueryDto,
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProductWithHealthDto> {
    const view = await this.products.get(domain, name);
    void reply.header('etag', productEtag(view.product));
    if (query.include !== 'health') return toProductDto(view);
    return { ...toProductDto(view), health: await this.health.health(view, authorization) };
  }

  @Get(':domain/:name/sla')
  @Authorize('read', 'DataProduct')
  @ApiOperation({
    operationId: 'getProductSla',
    summary: 'How a data product keeps its promises',
    description:
      'The KPIs of SLA monitoring for the product (at MESHWORK_SLA_URL, read with your token): SLA compliance over the window, incidents, mean time to detect and to recover, current freshness, and the status of each SLO of its ports. 503 when SLA monitoring is not configured or cannot answer.',
  })
  @ApiParam(DOMAIN_PARAM)
  @ApiParam(NAME_PARAM)
  @ApiOkResponse({ description: 'The KPIs as SLA monitoring reports them (GET /v1/kpis/{urn} of the SLA service).', schema: { type: 'object', additionalProperties: true, example: { urn: 'urn:meshwork:crm:customers', kind: 'product', compliancePercent: 99.2, openIncidents: 0, freshnessSeconds: 5400 } } })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiServiceUnavailableResponse({ type: ProblemResponseDto, description: 'SLA monitoring is not configured or cannot answer.' })
  async getProductSla(@Param('domain') domain: string, @Param('name') name: string, @Headers('authorization') authorization: string | undefined): Promise<Record<string, unknown>> {
    const view = await this.products.get(domain, name);
    return this.sla.kpis(view.product.urn, authorization);
  }

  @Get(':domain/:name/document')
  @Authorize('read', 'DataProduct')
  @ApiOperation({ operationId: 'exportProduct', summary: 'Export the ODPS document', description: 'The document exactly as registered (lossless), as YAML or JSON by the Accept header; `?version=` picks an older version.' })
  @ApiParam(DOMAIN_PARAM)
  @ApiParam(NAME_PARAM)
  @ApiProduces('application/yaml', 'application/json')
  @ApiOkResponse({ description: 'The ODPS document.', content: DOCUMENT_CONTENT })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such product or version.' })
  @ApiNotAcceptableResponse({ type: ProblemResponseDto, description: 'Accept allows neither YAML nor JSON.' })
  @ValidationProblem()
  async exportProduct(
    @Param('domain') domain: string,
    @Param('name') name: string,
    @Query() query: DocumentQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { version } = await this.products.getVersion(domain, name, query.version);
    return sendDocument(reply, version.document, accept, `"${version.contentHash}"`);
  }

  @Get(':domain/:name/versions')
  @Authorize('read', 'DataProduct')
  @ApiOperation({ operationId: 'listProductVersions', summary: 'List every version of a data product', description: 'Newest first. Every registered version is kept.' })
  @ApiParam(DOMAIN_PARAM)
  @ApiParam(NAME_PARAM)
  @ApiOkResponse({ type: ProductVersionPageDto })
  @ApiNotFoundResponse(NOT_FOUND)
  @ValidationProblem()
  async listProductVersions(@Param('domain') domain: string, @Param('name') name: string, @Query() query: PageQueryDto) {
    const page = await this.products.listVersions(domain, name, query);
    return { items: page.items.map((v) => toProductVersionDto(v, page.ports)), total: page.total, limit: page.limit, offset: page.offset };
  }

  @Post(':domain/:name/transitions')
  @HttpCode(200)
  @Authorize('transition', 'DataProduct')
  @ApiOperation({
    operationId: 'transitionProduct',
    summary: 'Move a data product along its lifecycle',
    description:
      'draft → published → deprecated → retired (deprecated may return to published; draft may be retired). Other moves answer 409. ' +
      'Publishing is evaluated by the governance service: blocking policy violations answer 422 with one error per violation (pointer into `{ product, contracts }`), warnings are kept on the version (`policyWarnings`); when governance cannot answer, 503 and nothing changes. ' +
      'Send If-Match with the ETag you read to move the product only from the state you saw.',
  })
  @ApiParam(DOMAIN_PARAM)
  @ApiParam(NAME_PARAM)
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: ProductDto, description: 'The product in its new state; the ETag header is its new ETag.' })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'The transition is not allowed from the current state.' })
  @ApiPreconditionFailedResponse(PRECONDITION_FAILED)
  @ApiUnprocessableEntityResponse({ type: ProblemResponseDto, description: 'Publishing is refused by blocking policy violations, one error per violation.' })
  @ApiServiceUnavailableResponse({ type: ProblemResponseDto, description: 'Publishing needs the governance evaluation, and the governance service cannot answer; nothing was changed.' })
  @ValidationProblem()
  async transitionProduct(
    @CurrentActor() actor: Actor,
    @Param('domain') domain: string,
    @Param('name') name: string,
    @Body() body: TransitionDto,
    @Headers('authorization') authorization: string | undefined,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProductDto> {
    const view = await this.products.transition(actor, domain, name, body.to, body.reason, authorization, ifMatch);
    void reply.header('etag', productEtag(view.product));
    return toProductDto(view);
  }

  @Get(':domain/:name/changes')
  @Authorize('read', 'DataProduct')
  @ApiOperation({
    operationId: 'listProductChanges',
    summary: 'Classified changelog between two versions',
    description: 'Ports added or removed and, per port, contract changes classified as breaking or compatible, each with its JSON pointer.',
  })
  @ApiParam(DOMAIN_PARAM)
  @ApiParam(NAME_PARAM)
  @ApiOkResponse({ type: ChangelogDto })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such product or version, or no earlier version to compare with.' })
  @ValidationProblem()
  async listProductChanges(@Param('domain') domain: string, @Param('name') name: string, @Query() query: ChangesQueryDto): Promise<ChangelogDto> {
    const log = await this.products.changelog(domain, name, query.from, query.to);
    return { ...log, breaking: log.changes.some((c) => c.severity === 'breaking') };
  }

  @Get(':domain/:name/transitions')
  @Authorize('read', 'DataProduct')
  @ApiOperation({ operationId: 'listProductTransitions', summary: 'Lifecycle history of a data product', description: 'Oldest first.' })
  @ApiParam(DOMAIN_PARAM)
  @ApiParam(NAME_PARAM)
  @ApiOkResponse({ type: [TransitionRecordDto] })
  @ApiNotFoundResponse(NOT_FOUND)
  async listProductTransitions(@Param('domain') domain: string, @Param('name') name: string): Promise<TransitionRecordDto[]> {
    return (await this.products.history(domain, name)).map(toTransitionRecordDto);
  }
}
