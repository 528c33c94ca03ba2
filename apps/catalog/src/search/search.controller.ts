import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authorize, ValidationProblem } from '@meshwork/platform';
import { SearchQueryDto, SearchResultDto } from './dto/search.dto';
import { SearchService } from './search.service';

@ApiTags('search')
@Controller('v1/search')
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  @Get()
  @Authorize('read', 'DataProduct')
  @ApiOperation({
    operationId: 'searchProducts',
    summary: 'Search data products',
    description:
      'Ranked over product names (highest), tags and port names, descriptions, and contract field and business names; tolerates typos ' +
      'and prefixes. Filters combine with AND; facets count the matches per filter value (a very broad search counts a first sample and says so). Always reflects the last committed change.',
  })
  @ApiOkResponse({ type: SearchResultDto })
  @ValidationProblem()
  async searchProducts(@Query() query: SearchQueryDto): Promise<SearchResultDto> {
    return this.searchService.search(query);
  }
}
