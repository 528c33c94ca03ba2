import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@meshwork/authz';
import { Authorize, CurrentActor, IdempotencyExempt, ValidationProblem } from '@meshwork/platform';
import { PublicationResultDto, PublishedProductDto } from './dto/publication.dto';
import { PublicationsService } from './publications.service';

@ApiTags('slos')
@Controller('v1/products')
export class ProductsController {
  constructor(private readonly publications: PublicationsService) {}

  @Post('published')
  @HttpCode(200)
  @Authorize('update', 'Slo')
  @IdempotencyExempt()
  @ApiOperation({
    operationId: 'applyPublishedProduct',
    summary: 'Derive the SLOs of a published product version (back-fill)',
    description:
      'SLA monitoring applies each product.published fact of the catalog’s event feed by itself; this endpoint applies a version by hand (back-fill, or a catalog without a feed): ' +
      'upserts its output ports and replaces the SLOs derived from each port’s contract (slaProperties), ' +
      'keeping SLOs added through the API and the id, status and window of a derived SLO whose property and element stay. Applying the same version again changes nothing. ' +
      'Members of the team owning the product’s domain, and platform admins.',
  })
  @ApiOkResponse({ type: PublicationResultDto })
  @ValidationProblem()
  async applyPublishedProduct(@CurrentActor() actor: Actor, @Body() body: PublishedProductDto): Promise<PublicationResultDto> {
    const counts = await this.publications.apply(actor, body);
    return { domain: body.domain, name: body.name, version: body.version, ...counts };
  }
}
