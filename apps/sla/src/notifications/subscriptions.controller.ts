import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiPreconditionFailedResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@meshwork/authz';
import { Authorize, CurrentActor, ProblemResponseDto, ValidationProblem } from '@meshwork/platform';
import type { FastifyReply } from 'fastify';
import { MAX_ATTEMPTS } from '@meshwork/platform';
import {
  CreatedSubscriptionDto,
  CreateSubscriptionDto,
  DeliveryPageDto,
  ListDeliveriesQueryDto,
  ListSubscriptionsQueryDto,
  SubscriptionDto,
  SubscriptionPageDto,
  UpdatedSubscriptionDto,
  UpdateSubscriptionDto,
} from './dto/subscription.dto';
import { toDeliveryDto, toSubscriptionDto } from './subscriptions.mapper';
import { subscriptionEtag, SubscriptionsService } from './subscriptions.service';
import { WEBHOOK_TIMEOUT_MS } from './webhook-sender';

const ID_PARAM = { name: 'id', description: 'Id of the subscription.', example: '3c9d2f1e-7a4b-4e8c-9d1f-2b3a4c5d6e7f' };
const NOT_FOUND = { type: ProblemResponseDto, description: 'No such subscription.' };
const WHO = 'Any authenticated principal manages its own subscriptions (`principal:<id>`), members of a team manage the team’s (`team:<name>`), platform admins every one.';
const WEBHOOK =
  'Port events: each incident opened or closed on a port is POSTed as JSON `{ "type": "incident.opened" | "incident.closed", "incident", "port", "product" }` to the subscriptions of the team owning the port ' +
  'and to those of every consumer (principal or team) holding an active grant on it; a new major contract version is POSTed as `{ "type": "contract.breaking-change", "oldUrn", "newUrn", "port", "product", "contract", "breaking", "changes", "oldMajorDeprecationDate", "event" }` ' +
  'to the subscriptions of every consumer holding an active grant on the old major’s port (`changes`: the catalog’s classified changes, each with its JSON pointer). A subscription without `portUrn` receives every such port. ' +
  'Feed events: every event of the catalog, governance, access or SLA feed whose type the subscription names (or a pattern of it, `io.meshwork.catalog.*`) is POSTed as the CloudEvent itself, from the subscription’s creation on. ' +
  'Headers: `X-Meshwork-Timestamp` (unix seconds) and `X-Meshwork-Signature: sha256=<hex>`, the HMAC-SHA256 of `<timestamp>.<raw body>` keyed with the subscription’s secret: ' +
  'recompute it, compare in constant time, and refuse timestamps more than 5 minutes old. Any 2xx answer delivers; anything else (a redirect included: none is followed) ' +
  `or no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s is retried after 1 s, 2 s, 4 s … (at most 5 minutes), ${MAX_ATTEMPTS} attempts in all. ` +
  'A delivery may arrive more than once after a timeout: deduplicate on the incident id and type, or the CloudEvent id.';

@ApiTags('subscriptions')
@Controller('v1/subscriptions')
export class SubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  // Every authenticated principal reads SLOs; what each may do with a subscription is checked in the service.
  @Post()
  @HttpCode(201)
  @Authorize('read', 'Slo')
  @ApiOperation({
    operationId: 'createSubscription',
    summary: 'Subscribe a webhook to events',
    description: `The URL must be https (http only where the service allows it) and may not resolve to a private, loopback or link-local address unless the service allows its host (400). The answer holds the secret, once. ${WHO} ${WEBHOOK}`,
  })
  @ApiCreatedResponse({ type: CreatedSubscriptionDto, description: 'The subscription with its secret, shown this once.' })
  @ValidationProblem()
  async createSubscription(@CurrentActor() actor: Actor, @Body() body: CreateSubscriptionDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<CreatedSubscriptionDto> {
    const { subscription, secret } = await this.subscriptions.create(actor, body);
    void reply.header('location', `/v1/subscriptions/${subscription.id}`).header('etag', subscriptionEtag(subscription));
    return { ...toSubscriptionDto(subscription), secret };
  }

  @Get()
  @Authorize('read', 'Slo')
  @ApiOperation({ operationId: 'listSubscriptions', summary: 'List subscriptions', description: `Yours and your teams’, newest first (every one for platform admins); secrets are never listed. ${WEBHOOK}` })
  @ApiOkResponse({ type: SubscriptionPageDto })
  @ValidationProblem()
  async listSubscriptions(@CurrentActor() actor: Actor, @Query() query: ListSubscriptionsQueryDto) {
    const page = await this.subscriptions.list(actor, query);
    return { ...page, items: page.items.map(toSubscriptionDto) };
  }

  @Get(':id')
  @Authorize('read', 'Slo')
  @ApiOperation({ operationId: 'getSubscription', summary: 'Get a subscription', description: `Without its secret (only its last four characters); its ETag is in the ETag header. ${WHO}` })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: SubscriptionDto })
  @ApiNotFoundResponse(NOT_FOUND)
  async getSubscription(@CurrentActor() actor: Actor, @Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<SubscriptionDto> {
    const subscription = await this.subscriptions.get(actor, id);
    void reply.header('etag', subscriptionEtag(subscription));
    return toSubscriptionDto(subscription);
  }

  @Patch(':id')
  @Authorize('read', 'Slo')
  @ApiOperation({
    operationId: 'updateSubscription',
    summary: 'Change a subscription',
    description: `Its URL (checked as on creation), the events delivered, whether it is active, or its secret: give one (\`secret\`) or have one generated (\`rotateSecret\`); the new secret is in this answer only. The owner and the port stay. ${WHO}`,
  })
  @ApiParam(ID_PARAM)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag from a previous read; the change fails with 412 if the subscription changed since.' })
  @ApiOkResponse({ type: UpdatedSubscriptionDto, description: 'The subscription after the change, with the new secret when one was given or rotated; its ETag is in the ETag header.' })
  @ValidationProblem()
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiPreconditionFailedResponse({ type: ProblemResponseDto, description: 'The subscription changed since the ETag in If-Match.' })
  async updateSubscription(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: UpdateSubscriptionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UpdatedSubscriptionDto> {
    const { subscription, secret } = await this.subscriptions.update(actor, id, body, ifMatch);
    void reply.header('etag', subscriptionEtag(subscription));
    return { ...toSubscriptionDto(subscription), ...(secret !== undefined ? { secret } : {}) };
  }

  @Delete(':id')
  @HttpCode(204)
  @Authorize('read', 'Slo')
  @ApiOperation({ operationId: 'deleteSubscription', summary: 'Delete a subscription', description: `Its pending deliveries are dropped with its delivery log. ${WHO}` })
  @ApiParam(ID_PARAM)
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiNotFoundResponse(NOT_FOUND)
  async deleteSubscription(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<void> {
    await this.subscriptions.delete(actor, id);
  }

  @Get(':id/deliveries')
  @Authorize('read', 'Slo')
  @ApiOperation({
    operationId: 'listSubscriptionDeliveries',
    summary: 'The delivery log of a subscription',
    description: `One delivery per event, newest first, with every attempt made (time, HTTP status, error). ${WHO}`,
  })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: DeliveryPageDto })
  @ValidationProblem()
  @ApiNotFoundResponse(NOT_FOUND)
  async listSubscriptionDeliveries(@CurrentActor() actor: Actor, @Param('id') id: string, @Query() query: ListDeliveriesQueryDto) {
    const page = await this.subscriptions.deliveries(actor, id, query);
    return { ...page, items: page.items.map(toDeliveryDto) };
  }
}
