import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiPreconditionFailedResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Actor } from '@meshwork/authz';
import { Authorize, CurrentActor, PageOf, ProblemResponseDto, ValidationProblem } from '@meshwork/platform';
import type { FastifyReply } from 'fastify';
import { CreateGlossaryTermDto, GlossaryTermDto, ListGlossaryTermsQueryDto, UpdateGlossaryTermDto } from './dto/glossary-term.dto';
import { toGlossaryTermDto } from './glossary.mapper';
import { glossaryTermEtag, GlossaryTermsService } from './glossary-terms.service';

export const GlossaryTermPageDto = PageOf(GlossaryTermDto, 'GlossaryTermPageDto');

const NAME_PARAM = { name: 'name', description: 'Glossary term name.', example: 'customer-identifier' };

@ApiTags('glossary')
@Controller('v1/glossary/terms')
export class GlossaryTermsController {
  constructor(private readonly terms: GlossaryTermsService) {}

  @Post()
  @HttpCode(201)
  @Authorize('create', 'GlossaryTerm')
  @ApiOperation({ operationId: 'createGlossaryTerm', summary: 'Define a glossary term', description: 'Governance officers only. Contracts link a property to the term with the authoritativeDefinitions url `meshwork:glossary:<name>`, or by a businessName equal to its title or a synonym.' })
  @ApiCreatedResponse({ type: GlossaryTermDto, description: 'The new term; its ETag is in the ETag header.' })
  @ValidationProblem()
  @ApiUnprocessableEntityResponse({ type: ProblemResponseDto, description: 'The master-data entity named does not exist.' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'A term with this name exists.' })
  async createGlossaryTerm(@Body() body: CreateGlossaryTermDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<GlossaryTermDto> {
    const term = await this.terms.create(body);
    void reply.header('etag', glossaryTermEtag(term)).header('location', `/v1/glossary/terms/${term.name}`);
    return toGlossaryTermDto(term);
  }

  @Get()
  @Authorize('read', 'GlossaryTerm')
  @ApiOperation({ operationId: 'listGlossaryTerms', summary: 'List glossary terms', description: 'Sorted by name, filtered by a name, title or synonym prefix, by status and by owner team, paginated with limit/offset.' })
  @ApiOkResponse({ type: GlossaryTermPageDto })
  @ValidationProblem()
  async listGlossaryTerms(@Query() query: ListGlossaryTermsQueryDto) {
    const page = await this.terms.list(query);
    return { ...page, items: page.items.map(toGlossaryTermDto) };
  }

  @Get(':name')
  @Authorize('read', 'GlossaryTerm')
  @ApiOperation({ operationId: 'getGlossaryTerm', summary: 'Get a glossary term' })
  @ApiParam(NAME_PARAM)
  @ApiOkResponse({ type: GlossaryTermDto })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such term.' })
  async getGlossaryTerm(@Param('name') name: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<GlossaryTermDto> {
    const term = await this.terms.get(name);
    void reply.header('etag', glossaryTermEtag(term));
    return toGlossaryTermDto(term);
  }

  @Patch(':name')
  @Authorize('update', 'GlossaryTerm')
  @ApiOperation({
    operationId: 'updateGlossaryTerm',
    summary: 'Update a glossary term',
    description: 'Governance officers, and the domain owners of the team that owns the term (of the new team too, when it changes hands). Send If-Match with the ETag you read to avoid overwriting a concurrent change.',
  })
  @ApiParam(NAME_PARAM)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag from a previous read; the update fails with 412 if the term changed since.' })
  @ApiOkResponse({ type: GlossaryTermDto })
  @ValidationProblem()
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such term.' })
  @ApiUnprocessableEntityResponse({ type: ProblemResponseDto, description: 'The master-data entity named does not exist.' })
  @ApiPreconditionFailedResponse({ type: ProblemResponseDto, description: 'The term changed since the ETag in If-Match.' })
  async updateGlossaryTerm(
    @CurrentActor() actor: Actor,
    @Param('name') name: string,
    @Body() body: UpdateGlossaryTermDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<GlossaryTermDto> {
    const term = await this.terms.update(actor, name, body, ifMatch);
    void reply.header('etag', glossaryTermEtag(term));
    return toGlossaryTermDto(term);
  }

  @Delete(':name')
  @HttpCode(204)
  @Authorize('delete', 'GlossaryTerm')
  @ApiOperation({ operationId: 'deleteGlossaryTerm', summary: 'Delete a glossary term', description: 'Governance officers only. A term that a master-data attribute stands for cannot be deleted; deprecate it instead.' })
  @ApiParam(NAME_PARAM)
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such term.' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'A master-data attribute stands for the term.' })
  async deleteGlossaryTerm(@Param('name') name: string): Promise<void> {
    await this.terms.delete(name);
  }
}
