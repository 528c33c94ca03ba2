import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@meshwork/authz';
import { Authorize, CurrentActor, ProblemResponseDto, ValidationProblem } from '@meshwork/platform';
import type { FastifyReply } from 'fastify';
import { PrincipalBundleDto } from './bundle.dto';
import { BundlesService } from './bundles.service';

@ApiTags('principals')
@Controller('v1/principals')
export class BundlesController {
  constructor(private readonly bundles: BundlesService) {}

  @Get(':id/bundle')
  @Authorize('read', 'Principal')
  @ApiOperation({
    operationId: 'getPrincipalBundle',
    summary: 'What a principal may do, packed for local decisions',
    description:
      'The principal’s platform permissions as packed CASL rules, its memberships and the grants in force now, so that the SDK can decide locally. ' +
      'Cache it until `expiresAt` (also sent as Cache-Control max-age); send its ETag back in If-None-Match to get 304 while nothing changed. ' +
      'For the principal itself, platform admins, auditors and governance officers.',
  })
  @ApiParam({ name: 'id', description: 'Principal id (UUID).', example: '5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40' })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag of a bundle held; answered 304 while it is current.' })
  @ApiOkResponse({ type: PrincipalBundleDto, description: 'The bundle; ETag and Cache-Control headers say how long it holds.' })
  @ApiResponse({ status: 304, description: 'The bundle named by If-None-Match is still current; its lifetime is renewed by the Cache-Control header.' })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such principal.' })
  @ValidationProblem()
  async getPrincipalBundle(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PrincipalBundleDto | undefined> {
    const bundle = await this.bundles.bundle(actor, id);
    void reply.header('etag', bundle.etag).header('cache-control', `private, max-age=${bundle.maxAgeSeconds}`);
    const held = (ifNoneMatch ?? '').split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    if (held.includes(bundle.etag) || ifNoneMatch?.trim() === '*') {
      void reply.status(304);
      return undefined;
    }
    return bundle.body;
  }
}
