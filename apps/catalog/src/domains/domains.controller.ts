import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiPreconditionFailedResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@meshwork/authz';
import { Authorize, CurrentActor, PageOf, PageQueryDto, ProblemResponseDto, ValidationProblem } from '@meshwork/platform';
import type { FastifyReply } from 'fastify';
import { CreateDomainDto, DomainDto, UpdateDomainDto } from './dto/domain.dto';
import { domainEtag, DomainsService } from './domains.service';
import { toDomainDto } from './domains.mapper';

export const DomainPageDto = PageOf(DomainDto, 'DomainPageDto');

@ApiTags('domains')
@Controller('v1/domains')
export class DomainsController {
  constructor(private readonly domains: DomainsService) {}

  @Post()
  @HttpCode(201)
  @Authorize('create', 'Domain')
  @ApiOperation({ operationId: 'createDomain', summary: 'Create a domain', description: 'A domain groups the data products of one business area and is owned by one team.' })
  @ApiCreatedResponse({ type: DomainDto, description: 'The new domain; its ETag is in the ETag header.' })
  @ValidationProblem()
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'A domain with this name exists.' })
  async createDomain(@CurrentActor() actor: Actor, @Body() body: CreateDomainDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<DomainDto> {
    const domain = await this.domains.create(actor, body);
    void reply.header('etag', domainEtag(domain)).header('location', `/v1/domains/${domain.name}`);
    return toDomainDto(domain);
  }

  @Get()
  @Authorize('read', 'Domain')
  @ApiOperation({ operationId: 'listDomains', summary: 'List domains', description: 'Sorted by name, paginated with limit/offset.' })
  @ApiOkResponse({ type: DomainPageDto })
  @ValidationProblem()
  async listDomains(@Query() query: PageQueryDto) {
    const page = await this.domains.list(query);
    return { ...page, items: page.items.map(toDomainDto) };
  }

  @Get(':domain')
  @Authorize('read', 'Domain')
  @ApiOperation({ operationId: 'getDomain', summary: 'Get a domain' })
  @ApiParam({ name: 'domain', description: 'Domain name.', example: 'crm' })
  @ApiOkResponse({ type: DomainDto })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such domain.' })
  async getDomain(@Param('domain') name: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<DomainDto> {
    const domain = await this.domains.get(name);
    void reply.header('etag', domainEtag(domain));
    return toDomainDto(domain);
  }

  @Patch(':domain')
  @Authorize('update', 'Domain')
  @ApiOperation({ operationId: 'updateDomain', summary: 'Update a domain', description: 'Send If-Match with the ETag you read to avoid overwriting a concurrent change.' })
  @ApiParam({ name: 'domain', description: 'Domain name.', example: 'crm' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag from a previous read; the update fails with 412 if the domain changed since.' })
  @ApiOkResponse({ type: DomainDto })
  @ValidationProblem()
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such domain.' })
  @ApiPreconditionFailedResponse({ type: ProblemResponseDto, description: 'The domain changed since the ETag in If-Match.' })
  async updateDomain(
    @CurrentActor() actor: Actor,
    @Param('domain') name: string,
    @Body() body: UpdateDomainDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DomainDto> {
    const domain = await this.domains.update(actor, name, body, ifMatch);
    void reply.header('etag', domainEtag(domain));
    return toDomainDto(domain);
  }
}
