import { applyDecorators, Body, Controller, Delete, Get, Headers, HttpCode, Param, Put, Query, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiHeader,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPayloadTooLargeResponse,
  ApiPreconditionFailedResponse,
  ApiProduces,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Actor } from '@meshwork/authz';
import { Authorize, CurrentActor, PlatformError, PlatformErrorCode, ProblemResponseDto, ValidationProblem } from '@meshwork/platform';
import type { FastifyReply } from 'fastify';
import { linkHeader } from './documentation-links';
import { type DocumentationSubject, documentationEtag, DocumentationService } from './documentation.service';
import type { DocumentationEntity } from './documentation.entity';
import { DocumentationInfoDto, DocumentationLinksDto, DocumentationQueryDto } from './dto/documentation.dto';

const DOMAIN_PARAM = { name: 'domain', description: 'Domain name.', example: 'crm' };
const NAME_PARAM = { name: 'name', description: 'Kebab-case product name, unique in the domain.', example: 'customers' };
const URN_PARAM = { name: 'urn', description: 'Output port URN (URL-encoded).', example: 'urn:meshwork:crm:customers:customers:v1' };
const MARKDOWN_CONTENT = { 'text/markdown': { schema: { type: 'string' as const, description: 'The Markdown exactly as stored, never rendered.' } } };
const IF_MATCH = { name: 'If-Match', required: false, description: 'ETag of the documentation you read; the write fails with 412 if it changed since (or does not exist).' };
const WRITE_BODY = {
  required: true,
  description: 'The Markdown (UTF-8, at most 256 KiB), as `text/markdown` (or `text/plain`).',
  schema: { type: 'string' as const, example: '# CRM customers\n\nOne row per customer. Join on `customer_id`.\n' },
};
const TOO_LARGE = { type: ProblemResponseDto, description: 'The Markdown is over 256 KiB.' };
const NOT_MARKDOWN = { type: ProblemResponseDto, description: 'Send text/markdown (or text/plain).' };
const PRECONDITION = { type: ProblemResponseDto, description: 'The documentation changed since the ETag in If-Match, or there is none.' };
const READ_DESCRIPTION =
  'Answered as `text/markdown; charset=utf-8`, exactly as stored: the server renders nothing (and says `nosniff`). ' +
  'The ETag is the SHA-256 of the text; the `Link` header lists the ODPS/ODCS `authoritativeDefinitions` (rel="describedby"), all of them in JSON at `…/documentation/links`. ' +
  'A new product version carries the documentation of the version before it unless its registration replaces it; `?version=` reads an older version’s.';

/**
 * The documentation of a read of the Markdown, the same for a product and a port: the 404 names the subject.
 * (applyDecorators applies in the order given; stacked decorators apply from the bottom up: the order below is that
 * of a stack, reversed, so that the document is the same as with the decorators stacked.)
 */
function ReadMarkdown(notFound: string) {
  return applyDecorators(
    ...[
      ApiProduces('text/markdown'),
      ApiOkResponse({ description: 'The Markdown.', content: MARKDOWN_CONTENT }),
      ApiNotFoundResponse({ type: ProblemResponseDto, description: notFound }),
      ValidationProblem(),
    ].reverse(),
  );
}

/** The documentation of a write of the Markdown, the same for a product and a port: the 404 names the subject. */
function WriteMarkdown(notFound: string) {
  return applyDecorators(
    ...[
      ApiHeader(IF_MATCH),
      ApiConsumes('text/markdown', 'text/plain'),
      ApiBody(WRITE_BODY),
      ApiOkResponse({ type: DocumentationInfoDto, description: 'Stored; the ETag header is its new ETag.' }),
      ApiNotFoundResponse({ type: ProblemResponseDto, description: notFound }),
      ApiPayloadTooLargeResponse(TOO_LARGE),
      ApiUnsupportedMediaTypeResponse(NOT_MARKDOWN),
      ApiPreconditionFailedResponse(PRECONDITION),
      ValidationProblem(),
    ].reverse(),
  );
}

/** The documentation of a removal of the Markdown, the same for a product and a port. */
function DeleteMarkdown(notFound: string) {
  return applyDecorators(
    ...[
      ApiHeader(IF_MATCH),
      ApiNoContentResponse({ description: 'Removed.' }),
      ApiNotFoundResponse({ type: ProblemResponseDto, description: notFound }),
      ApiPreconditionFailedResponse(PRECONDITION),
      ValidationProblem(),
    ].reverse(),
  );
}

function toInfo(about: DocumentationSubject, row: DocumentationEntity): DocumentationInfoDto {
  return { urn: about.urn, productVersion: about.version.version, bytes: Buffer.byteLength(row.markdown, 'utf8'), contentHash: row.contentHash, updatedBy: row.updatedBy, updatedAt: row.updatedAt.toISOString() };
}

/** The body of a write: text (Markdown) only. */
function markdownBody(body: unknown, contentType: string | undefined): string {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (typeof body !== 'string' || (type !== 'text/markdown' && type !== 'text/plain')) {
    throw new PlatformError(PlatformErrorCode.UNSUPPORTED_MEDIA_TYPE, `Documentation is Markdown text: send it as text/markdown (or text/plain), not ${type || 'without a content type'}.`);
  }
  return body;
}

@ApiTags('documentation')
@Controller()
export class DocumentationController {
  constructor(private readonly docs: DocumentationService) {}

  @Get('v1/products/:domain/:name/documentation')
  @Authorize('read', 'DataProduct')
  @ApiOperation({ operationId: 'getProductDocumentation', summary: 'Read the Markdown documentation of a data product', description: READ_DESCRIPTION })
  @ApiParam(DOMAIN_PARAM)
  @ApiParam(NAME_PARAM)
  @ReadMarkdown('No such product or version, or that version has no documentation.')
  async getProductDocumentation(@Param('domain') domain: string, @Param('name') name: string, @Query() query: DocumentationQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const about = await this.docs.productSubject(domain, name, query.version);
    return this.sendMarkdown(reply, about, await this.docs.read(about));
  }

  @Put('v1/products/:domain/:name/documentation')
  @Authorize('update', 'DataProduct')
  @ApiOperation({
    operationId: 'setProductDocumentation',
    summary: 'Write the Markdown documentation of a data product',
    description: 'Replaces the documentation of the current version (or of `?version=`), for the owner team or an admin. Search covers the current version’s documentation. A pipeline may also send it in the registration envelope (`documentation.product`).',
  })
  @ApiParam(DOMAIN_PARAM)
  @ApiParam(NAME_PARAM)
  @WriteMarkdown('No such product or version.')
  async setProductDocumentation(
    @CurrentActor() actor: Actor,
    @Param('domain') domain: string,
    @Param('name') name: string,
    @Query() query: DocumentationQueryDto,
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DocumentationInfoDto> {
    const { about, row } = await this.docs.write(actor, (m) => this.docs.productSubject(domain, name, query.version, m, true), markdownBody(body, contentType), ifMatch);
    return this.written(reply, about, row);
  }

  @Delete('v1/products/:domain/:name/documentation')
  @HttpCode(204)
  @Authorize('update', 'DataProduct')
  @ApiOperation({ operationId: 'deleteProductDocumentation', summary: 'Remove the documentation of a data product version', description: 'From the current version (or `?version=`); later versions no longer carry it over.' })
  @ApiParam(DOMAIN_PARAM)
  @ApiParam(NAME_PARAM)
  @DeleteMarkdown('No such product or version, or it has no documentation.')
  async deleteProductDocumentation(@CurrentActor() actor: Actor, @Param('domain') domain: string, @Param('name') name: string, @Query() query: DocumentationQueryDto, @Headers('if-match') ifMatch: string | undefined): Promise<void> {
    await this.docs.write(actor, (m) => this.docs.productSubject(domain, name, query.version, m, true), null, ifMatch);
  }

  @Get('v1/products/:domain/:name/documentation/links')
  @Authorize('read', 'DataProduct')
  @ApiOperation({ operationId: 'getProductDocumentationLinks', summary: 'What documents a data product: its Markdown and its authoritative definitions', description: 'Whether the version has Markdown documentation (and where), beside the links of the ODPS `authoritativeDefinitions`.' })
  @ApiParam(DOMAIN_PARAM)
  @ApiParam(NAME_PARAM)
  @ApiOkResponse({ type: DocumentationLinksDto })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such product or version.' })
  @ValidationProblem()
  async getProductDocumentationLinks(@Param('domain') domain: string, @Param('name') name: string, @Query() query: DocumentationQueryDto): Promise<DocumentationLinksDto> {
    const about = await this.docs.productSubject(domain, name, query.version);
    return this.linksOf(about, `/v1/products/${domain}/${name}/documentation`);
  }

  @Get('v1/ports/:urn/documentation')
  @Authorize('read', 'DataProduct')
  @ApiOperation({ operationId: 'getPortDocumentation', summary: 'Read the Markdown documentation of an output port', description: `${READ_DESCRIPTION} Without \`?version=\`, the newest product version that declares the port.` })
  @ApiParam(URN_PARAM)
  @ReadMarkdown('No such port or version, or it has no documentation.')
  async getPortDocumentation(@Param('urn') urn: string, @Query() query: DocumentationQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const about = await this.docs.portSubject(urn, query.version);
    return this.sendMarkdown(reply, about, await this.docs.read(about));
  }

  @Put('v1/ports/:urn/documentation')
  @Authorize('update', 'DataProduct')
  @ApiOperation({
    operationId: 'setPortDocumentation',
    summary: 'Write the Markdown documentation of an output port',
    description: 'Replaces the port’s documentation in the newest product version that declares it (or `?version=`), for the owner team or an admin. A pipeline may also send it in the registration envelope (`documentation.ports`).',
  })
  @ApiParam(URN_PARAM)
  @WriteMarkdown('No such port or version.')
  async setPortDocumentation(
    @CurrentActor() actor: Actor,
    @Param('urn') urn: string,
    @Query() query: DocumentationQueryDto,
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DocumentationInfoDto> {
    const { about, row } = await this.docs.write(actor, (m) => this.docs.portSubject(urn, query.version, m, true), markdownBody(body, contentType), ifMatch);
    return this.written(reply, about, row);
  }

  @Delete('v1/ports/:urn/documentation')
  @HttpCode(204)
  @Authorize('update', 'DataProduct')
  @ApiOperation({ operationId: 'deletePortDocumentation', summary: 'Remove the documentation of an output port', description: 'From the newest product version that declares the port (or `?version=`); later versions no longer carry it over.' })
  @ApiParam(URN_PARAM)
  @DeleteMarkdown('No such port or version, or it has no documentation.')
  async deletePortDocumentation(@CurrentActor() actor: Actor, @Param('urn') urn: string, @Query() query: DocumentationQueryDto, @Headers('if-match') ifMatch: string | undefined): Promise<void> {
    await this.docs.write(actor, (m) => this.docs.portSubject(urn, query.version, m, true), null, ifMatch);
  }

  @Get('v1/ports/:urn/documentation/links')
  @Authorize('read', 'DataProduct')
  @ApiOperation({ operationId: 'getPortDocumentationLinks', summary: 'What documents an output port: its Markdown and its authoritative definitions', description: 'Whether the port has Markdown documentation (and where), beside the links of its ODPS entry and of its ODCS contract.' })
  @ApiParam(URN_PARAM)
  @ApiOkResponse({ type: DocumentationLinksDto })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such port or version.' })
  @ValidationProblem()
  async getPortDocumentationLinks(@Param('urn') urn: string, @Query() query: DocumentationQueryDto): Promise<DocumentationLinksDto> {
    const about = await this.docs.portSubject(urn, query.version);
    return this.linksOf(about, `/v1/ports/${encodeURIComponent(urn)}/documentation`);
  }

  private async sendMarkdown(reply: FastifyReply, about: DocumentationSubject, row: DocumentationEntity): Promise<string> {
    void reply.header('content-type', 'text/markdown; charset=utf-8').header('x-content-type-options', 'nosniff').header('etag', documentationEtag(row));
    const link = linkHeader(await this.docs.links(about));
    if (link) void reply.header('link', link);
    return row.markdown;
  }

  private written(reply: FastifyReply, about: DocumentationSubject, row: DocumentationEntity | null): DocumentationInfoDto {
    if (!row) throw new Error('a write of Markdown stored no row');
    void reply.header('etag', documentationEtag(row));
    return toInfo(about, row);
  }

  private async linksOf(about: DocumentationSubject, path: string): Promise<DocumentationLinksDto> {
    const row = await this.docs.find(about);
    return {
      urn: about.urn,
      productVersion: about.version.version,
      documentation: row ? toInfo(about, row) : null,
      documentationUrl: `${path}?version=${encodeURIComponent(about.version.version)}`,
      links: await this.docs.links(about),
    };
  }
}
