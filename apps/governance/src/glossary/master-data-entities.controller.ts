import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiPreconditionFailedResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Authorize, PageOf, PageQueryDto, ProblemResponseDto, ValidationProblem } from '@meshwork/platform';
import type { FastifyReply } from 'fastify';
import { CreateMasterDataEntityDto, MasterDataEntityDto, PutMasterDataEntityDto } from './dto/master-data-entity.dto';
import { toMasterDataEntityDto } from './glossary.mapper';
import { masterDataEntityEtag, MasterDataEntitiesService } from './master-data-entities.service';

export const MasterDataEntityPageDto = PageOf(MasterDataEntityDto, 'MasterDataEntityPageDto');

const NAME_PARAM = { name: 'name', description: 'Master-data entity name.', example: 'customer' };

@ApiTags('master-data')
@Controller('v1/master-data/entities')
export class MasterDataEntitiesController {
  constructor(private readonly entities: MasterDataEntitiesService) {}

  @Post()
  @HttpCode(201)
  @Authorize('create', 'MasterData')
  @ApiOperation({ operationId: 'createMasterDataEntity', summary: 'Define a canonical master-data entity', description: 'Governance officers only. The code lists and glossary terms the attributes name must exist.' })
  @ApiCreatedResponse({ type: MasterDataEntityDto, description: 'The new entity; its ETag is in the ETag header.' })
  @ValidationProblem()
  @ApiUnprocessableEntityResponse({ type: ProblemResponseDto, description: 'An attribute names a code list or glossary term that does not exist; `errors` points at each.' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'An entity with this name exists.' })
  async createMasterDataEntity(@Body() body: CreateMasterDataEntityDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<MasterDataEntityDto> {
    const entity = await this.entities.create(body);
    void reply.header('etag', masterDataEntityEtag(entity)).header('location', `/v1/master-data/entities/${entity.name}`);
    return toMasterDataEntityDto(entity);
  }

  @Get()
  @Authorize('read', 'MasterData')
  @ApiOperation({ operationId: 'listMasterDataEntities', summary: 'List canonical master-data entities', description: 'Sorted by name, paginated with limit/offset.' })
  @ApiOkResponse({ type: MasterDataEntityPageDto })
  @ValidationProblem()
  async listMasterDataEntities(@Query() query: PageQueryDto) {
    const page = await this.entities.list(query);
    return { ...page, items: page.items.map(toMasterDataEntityDto) };
  }

  @Get(':name')
  @Authorize('read', 'MasterData')
  @ApiOperation({ operationId: 'getMasterDataEntity', summary: 'Get a canonical master-data entity' })
  @ApiParam(NAME_PARAM)
  @ApiOkResponse({ type: MasterDataEntityDto })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such entity.' })
  async getMasterDataEntity(@Param('name') name: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<MasterDataEntityDto> {
    const entity = await this.entities.get(name);
    void reply.header('etag', masterDataEntityEtag(entity));
    return toMasterDataEntityDto(entity);
  }

  @Put(':name')
  @Authorize('update', 'MasterData')
  @ApiOperation({ operationId: 'replaceMasterDataEntity', summary: 'Replace a canonical master-data entity', description: 'Governance officers only. The body replaces the whole definition of an existing entity. Send If-Match with the ETag you read to avoid overwriting a concurrent change.' })
  @ApiParam(NAME_PARAM)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag from a previous read; the update fails with 412 if the entity changed since.' })
  @ApiOkResponse({ type: MasterDataEntityDto })
  @ValidationProblem()
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such entity; create it with POST.' })
  @ApiUnprocessableEntityResponse({ type: ProblemResponseDto, description: 'An attribute names a code list or glossary term that does not exist; `errors` points at each.' })
  @ApiPreconditionFailedResponse({ type: ProblemResponseDto, description: 'The entity changed since the ETag in If-Match.' })
  async replaceMasterDataEntity(
    @Param('name') name: string,
    @Body() body: PutMasterDataEntityDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MasterDataEntityDto> {
    const entity = await this.entities.replace(name, body, ifMatch);
    void reply.header('etag', masterDataEntityEtag(entity));
    return toMasterDataEntityDto(entity);
  }

  @Delete(':name')
  @HttpCode(204)
  @Authorize('delete', 'MasterData')
  @ApiOperation({ operationId: 'deleteMasterDataEntity', summary: 'Delete a canonical master-data entity', description: 'Governance officers only. An entity that glossary terms name cannot be deleted.' })
  @ApiParam(NAME_PARAM)
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such entity.' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'Glossary terms name the entity.' })
  async deleteMasterDataEntity(@Param('name') name: string): Promise<void> {
    await this.entities.delete(name);
  }
}
