import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Authorize, type Page, PageOf, ProblemResponseDto, ValidationProblem } from '@meshwork/platform';
import type { FastifyReply } from 'fastify';
import { ListSlosQueryDto, SloDto } from './dto/slo.dto';
import type { SloEntity } from './slo.entity';
import { sloEtag, toSloDto } from './slos.mapper';
import { SlosService } from './slos.service';

export const SloPageDto = PageOf(SloDto, 'SloPageDto');

const ID_PARAM = { name: 'id', description: 'Id of the SLO.', example: '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f' };
const NOT_FOUND = { type: ProblemResponseDto, description: 'No such SLO.' };

export function pageOfSlos(page: Page<SloEntity>) {
  return { ...page, items: page.items.map(toSloDto) };
}

@ApiTags('slos')
@Controller('v1/slos')
export class SlosController {
  constructor(private readonly slos: SlosService) {}

  @Get()
  @Authorize('read', 'Slo')
  @ApiOperation({ operationId: 'listSlos', summary: 'List SLOs', description: 'Sorted by port, then contract-derived SLOs in the contract’s order, then those added through the API. Everyone may read them.' })
  @ApiOkResponse({ type: SloPageDto })
  @ValidationProblem()
  async listSlos(@Query() query: ListSlosQueryDto) {
    return pageOfSlos(await this.slos.list(query));
  }

  @Get(':id')
  @Authorize('read', 'Slo')
  @ApiOperation({ operationId: 'getSlo', summary: 'Get an SLO', description: 'Its ETag is in the ETag header.' })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: SloDto })
  @ApiNotFoundResponse(NOT_FOUND)
  async getSlo(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<SloDto> {
    const slo = await this.slos.get(id);
    void reply.header('etag', sloEtag(slo));
    return toSloDto(slo);
  }
}
