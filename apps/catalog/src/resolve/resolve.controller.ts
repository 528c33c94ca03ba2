import { Controller, Get, Param } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Authorize, ProblemResponseDto } from '@meshwork/platform';
import { ResolutionDto } from './dto/resolution.dto';
import { ResolveService } from './resolve.service';

@ApiTags('resolve')
@Controller('v1/resolve')
export class ResolveController {
  constructor(private readonly resolver: ResolveService) {}

  @Get(':urn')
  @Authorize('read', 'DataProduct')
  @ApiOperation({
    operationId: 'resolveUrn',
    summary: 'Resolve a URN to its product, port, contract and access instructions',
    description: 'Product URN: `urn:meshwork:<domain>:<product>`; output port URN: `urn:meshwork:<domain>:<product>:<port>:v<major>`.',
  })
  @ApiParam({ name: 'urn', description: 'A product or output port URN.', example: 'urn:meshwork:crm:customers:customers:v1' })
  @ApiOkResponse({ type: ResolutionDto })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'The URN is malformed.' })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'Nothing is registered at this URN.' })
  async resolveUrn(@Param('urn') urn: string): Promise<ResolutionDto> {
    return this.resolver.resolve(urn);
  }
}
