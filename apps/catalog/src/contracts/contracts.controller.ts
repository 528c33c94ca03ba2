import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiNotAcceptableResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Authorize, PageOf, PageQueryDto, ProblemResponseDto, ValidationProblem } from '@meshwork/platform';
import type { FastifyReply } from 'fastify';
import { DOCUMENT_CONTENT, sendDocument } from '../common/export';
import { ContractVersionDto } from './dto/contract.dto';
import { ContractsService } from './contracts.service';
import { toContractVersionDto } from './contracts.mapper';

export const ContractVersionPageDto = PageOf(ContractVersionDto, 'ContractVersionPageDto');

const DOMAIN_PARAM = { name: 'domain', description: 'Domain of the product that published the contract.', example: 'crm' };
const ID_PARAM = { name: 'contractId', description: 'ODCS contract id.', example: '7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10' };
const VERSION_PARAM = { name: 'version', description: 'Contract version.', example: '1.2.0' };

@ApiTags('contracts')
@Controller('v1/contracts')
export class ContractsController {
  constructor(private readonly contracts: ContractsService) {}

  @Get(':domain/:contractId/versions')
  @Authorize('read', 'Contract')
  @ApiOperation({ operationId: 'listContractVersions', summary: 'List every version of a contract', description: 'Newest first.' })
  @ApiParam(DOMAIN_PARAM)
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: ContractVersionPageDto })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No contract with this id in the domain.' })
  @ValidationProblem()
  async listContractVersions(@Param('domain') domain: string, @Param('contractId') contractId: string, @Query() query: PageQueryDto) {
    const page = await this.contracts.listVersions(domain, contractId, query);
    return { ...page, items: page.items.map(toContractVersionDto) };
  }

  @Get(':domain/:contractId/versions/:version')
  @Authorize('read', 'Contract')
  @ApiOperation({ operationId: 'getContractVersion', summary: 'Get one contract version' })
  @ApiParam(DOMAIN_PARAM)
  @ApiParam(ID_PARAM)
  @ApiParam(VERSION_PARAM)
  @ApiOkResponse({ type: ContractVersionDto })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such contract version.' })
  async getContractVersion(@Param('domain') domain: string, @Param('contractId') contractId: string, @Param('version') version: string): Promise<ContractVersionDto> {
    return toContractVersionDto(await this.contracts.getVersion(domain, contractId, version));
  }

  @Get(':domain/:contractId/versions/:version/document')
  @Authorize('read', 'Contract')
  @ApiOperation({ operationId: 'exportContract', summary: 'Export the ODCS document', description: 'The contract exactly as registered (lossless), as YAML or JSON by the Accept header.' })
  @ApiParam(DOMAIN_PARAM)
  @ApiParam(ID_PARAM)
  @ApiParam(VERSION_PARAM)
  @ApiProduces('application/yaml', 'application/json')
  @ApiOkResponse({ description: 'The ODCS document.', content: DOCUMENT_CONTENT })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such contract version.' })
  @ApiNotAcceptableResponse({ type: ProblemResponseDto, description: 'Accept allows neither YAML nor JSON.' })
  async exportContract(
    @Param('domain') domain: string,
    @Param('contractId') contractId: string,
    @Param('version') version: string,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { contract } = await this.contracts.getVersion(domain, contractId, version);
    return sendDocument(reply, contract.document, accept, `"${contract.contentHash}"`);
  }
}
