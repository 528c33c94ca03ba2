import { Controller, Get, Inject, Query, Res, type Type } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type as TransformType } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { Authorize } from '../auth/authorize.decorator';
import { ValidationProblem } from '../errors/problem.dto';
import { DEFAULT_EVENTS_LIMIT, EVENTS_RETENTION_DAYS, type EventFeedDefinition, eventSource, eventType, MAX_EVENTS_LIMIT, MAX_EVENTS_WAIT_SECONDS } from './event-feed';
import { EventOutbox, type FeedPage } from './event-outbox';

export class ListEventsQueryDto {
  @ApiPropertyOptional({ description: 'Cursor to read on from: the `next` of the previous answer (or an item’s `cursor`). Leave it out to start at the oldest event kept.', example: 'NzQyLjQy', maxLength: 60 })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  after?: string;

  @ApiPropertyOptional({ description: 'Only these event types, comma-separated (full CloudEvents types, as listed on `type`). All types unless given.', example: 'io.meshwork.catalog.product.published.v1', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  types?: string;

  @ApiPropertyOptional({ description: `Most events in the answer, 1 to ${MAX_EVENTS_LIMIT}.`, default: DEFAULT_EVENTS_LIMIT, minimum: 1, maximum: MAX_EVENTS_LIMIT, example: 100 })
  @IsOptional()
  @TransformType(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_EVENTS_LIMIT)
  limit?: number;

  @ApiPropertyOptional({ description: `Long-poll: seconds to wait for a first event when none follows the cursor yet, 0 to ${MAX_EVENTS_WAIT_SECONDS}. The answer comes as soon as one is committed.`, default: 0, minimum: 0, maximum: MAX_EVENTS_WAIT_SECONDS, example: 25 })
  @IsOptional()
  @TransformType(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_EVENTS_WAIT_SECONDS)
  wait?: number;
}

/** The types of a feed as the OpenAPI document describes them: the enum and, per type, its meaning and data fields. */
function typesDescription(feed: EventFeedDefinition): string {
  const lines = feed.types.map((t) => {
    const fields = Object.entries(t.data).map(([name, meaning]) => `\`${name}\` (${meaning})`).join(', ');
    return `- \`${eventType(feed.service, t.fact)}\`: ${t.description} Data: ${fields}.`;
  });
  return ['CloudEvents type: `io.meshwork.<service>.<fact>.v1`. This service emits:', ...lines].join('\n');
}

/** The event DTOs and the controller of one service's feed: their OpenAPI schema lists the types that service emits. */
export function eventsControllerFor(feed: EventFeedDefinition): Type {
  const types = feed.types.map((t) => eventType(feed.service, t.fact));

  class CloudEventDto {
    @ApiProperty({ description: 'CloudEvents version.', enum: ['1.0'], example: '1.0' })
    specversion!: '1.0';

    @ApiProperty({ description: 'Event id, unique in this service’s feed (a consumer deduplicates on source and id).', example: '42' })
    id!: string;

    @ApiProperty({ description: 'The service that emitted it.', enum: [eventSource(feed.service)], example: eventSource(feed.service) })
    source!: string;

    @ApiProperty({ description: typesDescription(feed), enum: types, example: types[0] })
    type!: string;

    @ApiProperty({ description: 'What the fact is about: a URN (products, ports) or an id (grants, policies, SLOs, incidents).', example: 'urn:meshwork:crm:customers' })
    subject!: string;

    @ApiProperty({ description: 'When the fact was written, in the transaction of the change.', format: 'date-time', example: '2026-03-02T08:00:00.000Z' })
    time!: string;

    @ApiProperty({ description: 'Content type of `data`.', enum: ['application/json'], example: 'application/json' })
    datacontenttype!: 'application/json';

    @ApiProperty({ description: 'The fact’s payload; its fields per type are listed on `type`. Facts carry no secrets.', type: 'object', additionalProperties: true, example: { domain: 'crm', name: 'customers' } })
    data!: Record<string, unknown>;

    @ApiProperty({ description: 'Extension attribute: the cursor that reads on after this event (pass it as `after`).', example: 'NzQyLjQy' })
    cursor!: string;
  }
  Object.defineProperty(CloudEventDto, 'name', { value: 'CloudEventDto' });

  class EventPageDto {
    @ApiProperty({ description: 'Events after the cursor, in commit order (oldest first).', type: [CloudEventDto] })
    items!: CloudEventDto[];

    @ApiProperty({ description: 'Cursor to pass as `after` next time: past the last item, past events the `types` filter skipped, or the same cursor when nothing followed it.', example: 'NzQyLjQy' })
    next!: string;
  }
  Object.defineProperty(EventPageDto, 'name', { value: 'EventPageDto' });

  @ApiTags('events')
  @Controller('v1/events')
  class EventsController {
    constructor(@Inject(EventOutbox) private readonly outbox: EventOutbox) {}

    @Get()
    @Authorize('read', 'Event')
    @ApiOperation({
      operationId: 'listEvents',
      summary: 'Read the event feed (CloudEvents 1.0, commit order, long-poll)',
      description:
        `The facts the ${feed.service} service wrote in the same transaction as each change, as CloudEvents 1.0 structured JSON, oldest first. ` +
        'Page with `after` = the previous answer’s `next`; with `wait`, an empty answer is held until an event is committed (or the wait ends). ' +
        'An event appears only once every transaction that began before it has ended, so a reader following `next` never skips one; ' +
        `delivery to consumers is at-least-once (deduplicate on \`id\`). Events are kept ${EVENTS_RETENTION_DAYS} days, then removed in batches. ` +
        'Any authenticated principal may read the feed: facts carry names, URNs, ids and states, never secrets.',
    })
    @ApiOkResponse({ type: EventPageDto })
    @ValidationProblem()
    async listEvents(@Query() query: ListEventsQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<FeedPage> {
      // A client that goes away (the response closes before it is sent) ends its long-poll.
      const gone = new AbortController();
      const abort = () => gone.abort();
      reply.raw.once('close', abort);
      try {
        const page = await this.outbox.read(
          { after: query.after, types: query.types?.split(',').map((t) => t.trim()).filter((t) => t.length > 0), limit: query.limit ?? DEFAULT_EVENTS_LIMIT, wait: query.wait ?? 0 },
          gone.signal,
        );
        // A long-poll answered because the service stops: its keep-alive connection must not hold the shutdown.
        if (this.outbox.isClosing) void reply.header('connection', 'close');
        return page;
      } finally {
        reply.raw.off('close', abort);
      }
    }
  }
  return EventsController;
}
