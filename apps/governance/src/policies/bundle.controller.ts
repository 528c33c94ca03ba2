import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Authorize } from '@meshwork/platform';
import type { FastifyReply } from 'fastify';
import { ActivePolicies } from './active-policies';
import { PolicyBundleDto } from './dto/bundle.dto';

@ApiTags('policies')
@Controller('v1/bundle')
export class BundleController {
  constructor(private readonly active: ActivePolicies) {}

  @Get()
  @Authorize('read', 'Policy')
  @ApiOperation({
    operationId: 'getPolicyBundle',
    summary: 'Every policy in force, for local evaluation',
    description:
      'All grace and enforced policy versions as one document. `compileAcceptedPolicy` and `evaluatePolicies` of @meshwork/policies give the same results on it as POST /v1/evaluations. ' +
      'Send the ETag back in If-None-Match to get 304 while nothing changed.',
  })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag of a bundle held; answered 304 while it is current.' })
  @ApiOkResponse({ type: PolicyBundleDto, description: 'The bundle; its strong ETag is its version.' })
  @ApiResponse({ status: 304, description: 'The bundle named by If-None-Match is still current.' })
  async getPolicyBundle(@Headers('if-none-match') ifNoneMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<PolicyBundleDto | undefined> {
    const bundle = await this.active.load();
    const etag = `"${bundle.version}"`;
    void reply.header('etag', etag).header('cache-control', 'no-cache');
    const held = (ifNoneMatch ?? '').split(',').map((tag) => tag.trim());
    if (held.includes(etag) || ifNoneMatch?.trim() === '*') {
      void reply.status(304);
      return undefined;
    }
    return bundle;
  }
}
