import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Authorize, PageOf, PageQueryDto, ProblemResponseDto, ValidationProblem } from '@meshwork/platform';
import type { FastifyReply } from 'fastify';
import { CodeListDto, CodeListSummaryDto, CreateCodeListDto } from './dto/code-list.dto';
import { toCodeListDto, toCodeListSummaryDto } from './glossary.mapper';
import { codeListEtag, CodeListsService } from './code-lists.service';

export const CodeListPageDto = PageOf(CodeListSummaryDto, 'CodeListPageDto');

const NAME_PARAM = { name: 'name', description: 'Code list name.', example: 'iso-3166-1-alpha-2' };

@ApiTags('master-data')
@Controller('v1/master-data/code-lists')
export class CodeListsController {
  constructor(private readonly lists: CodeListsService) {}

  @Post()
  @HttpCode(201)
  @Authorize('create', 'MasterData')
  @ApiOperation({ operationId: 'createCodeList', summary: 'Define a code list', description: 'Governance officers only. The lists shipped with the platform (ISO 3166-1 alpha-2 countries, ISO 4217 currencies) exist already.' })
  @ApiCreatedResponse({ type: CodeListDto, description: 'The new list with its codes and pattern; its ETag is in the ETag header.' })
  @ValidationProblem()
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'A list with this name exists.' })
  async createCodeList(@Body() body: CreateCodeListDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<CodeListDto> {
    const list = await this.lists.create(body);
    void reply.header('etag', codeListEtag(list)).header('location', `/v1/master-data/code-lists/${list.name}`);
    return toCodeListDto(list);
  }

  @Get()
  @Authorize('read', 'MasterData')
  @ApiOperation({ operationId: 'listCodeLists', summary: 'List code lists', description: 'Sorted by name, paginated with limit/offset; each with its pattern and number of codes, without the codes.' })
  @ApiOkResponse({ type: CodeListPageDto })
  @ValidationProblem()
  async listCodeLists(@Query() query: PageQueryDto) {
    const page = await this.lists.list(query);
    return { ...page, items: page.items.map(toCodeListSummaryDto) };
  }

  @Get(':name')
  @Authorize('read', 'MasterData')
  @ApiOperation({ operationId: 'getCodeList', summary: 'Get a code list with all of its codes', description: 'Answered whole, not paginated: a list holds at most 5000 codes. `pattern` is what a property bound to the list must declare as logicalTypeOptions.pattern.' })
  @ApiParam(NAME_PARAM)
  @ApiOkResponse({ type: CodeListDto })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such list.' })
  async getCodeList(@Param('name') name: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<CodeListDto> {
    const list = await this.lists.get(name);
    void reply.header('etag', codeListEtag(list));
    return toCodeListDto(list);
  }
}
