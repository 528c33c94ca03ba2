import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { PageOf, PageQueryDto } from '@meshwork/platform';
import { DELIVERY_ORIGINS, DELIVERY_STATUSES, type DeliveryOrigin, type DeliveryStatus } from '../delivery.entity';
import { EVENT_FILTER, EVENT_FILTER_MESSAGE } from '../event-filter';

export const OWNER = /^(principal:[^\s]{1,200}|team:[a-z0-9][a-z0-9-]{0,62})$/;
const OWNER_MESSAGE = '$property must be principal:<id> or team:<name>';
const PORT_URN = /^urn:meshwork:[a-z][a-z0-9-]*:[a-z][a-z0-9-]*:[a-z][a-z0-9-]*:v\d+$/;
const PORT_URN_MESSAGE = '$property must be an output port URN (urn:meshwork:<domain>:<product>:<port>:v<major>)';
const EVENTS_DOC =
  'Which events are delivered. Port events, for the ports the owner owns or holds an active grant on: `incident.opened`, `incident.closed` (SLA incidents), `contract.breaking-change` (a new major contract version of a port the owner holds a grant on the old major of). Feed events, as any authenticated principal may read them at GET /v1/events of each service: a CloudEvents type `io.meshwork.<catalog|governance|access|sla>.<fact>.v1` (e.g. `io.meshwork.catalog.product.published.v1`), every type of a service (`io.meshwork.catalog.*`) or of all (`io.meshwork.*`); a feed event is POSTed as the CloudEvent itself. At most 50 entries.';
const URN_EXAMPLE = 'urn:meshwork:crm:customers:customers:v1';
const ID_EXAMPLE = '3c9d2f1e-7a4b-4e8c-9d1f-2b3a4c5d6e7f';

export class CreateSubscriptionDto {
  @ApiProperty({
    description: 'Where events are POSTed: an https:// URL (http:// only where the service allows it). Hosts resolving to private, loopback or link-local addresses are refused (400) unless allowed by the service.',
    example: 'https://hooks.billing.example.com/meshwork',
    maxLength: 2000,
  })
  @IsString()
  @Length(1, 2000)
  url!: string;

  @ApiPropertyOptional({
    description: 'Who it is for: `principal:<id>` (yourself, unless you are a platform admin) or `team:<name>` (a team you belong to). Yourself when absent.',
    example: 'team:billing-team',
    maxLength: 300,
  })
  @IsOptional()
  @IsString()
  @Matches(OWNER, { message: OWNER_MESSAGE })
  owner?: string;

  @ApiPropertyOptional({ description: 'Only events of this output port: its incidents and breaking changes, and feed events about it or its product (subject the port’s or the product’s URN); every port the owner owns or holds a grant on, and every feed event, when absent.', example: URN_EXAMPLE, maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @Matches(PORT_URN, { message: PORT_URN_MESSAGE })
  portUrn?: string;

  @ApiPropertyOptional({ description: 'The key deliveries are signed with, 16 to 200 characters; one is generated when absent. It is shown in this response only.', example: 'whsec_6Qm2v8XkTzN4pL0rYb1cHs9d', minLength: 16, maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(16, 200)
  secret?: string;

  @ApiPropertyOptional({
    description: `${EVENTS_DOC} \`incident.opened\` and \`incident.closed\` when absent.`,
    type: [String],
    items: { type: 'string', pattern: EVENT_FILTER.source, maxLength: 200 },
    maxItems: 50,
    example: ['incident.opened', 'incident.closed', 'contract.breaking-change', 'io.meshwork.catalog.product.published.v1'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(EVENT_FILTER, { each: true, message: EVENT_FILTER_MESSAGE })
  events?: string[];
}

/** What a PATCH may change; the owner and the port stay as created. */
export class UpdateSubscriptionDto {
  @ApiPropertyOptional({ description: 'New address, checked as on creation (https, no private or loopback host unless allowed).', example: 'https://hooks.billing.example.com/meshwork/v2', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  url?: string;

  @ApiPropertyOptional({ description: 'A new signing key of your own, 16 to 200 characters; answered back this once. Not with `rotateSecret`.', example: 'whsec_Zt8d1Lq0mVb3Xy6pRn2sKc4w', minLength: 16, maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(16, 200)
  secret?: string;

  @ApiPropertyOptional({ description: '`true`: the service generates a new signing key, answered this once. Deliveries still pending are signed with the new key.', example: true })
  @IsOptional()
  @IsBoolean()
  rotateSecret?: boolean;

  @ApiPropertyOptional({
    description: `${EVENTS_DOC} Replaces the list from now on.`,
    type: [String],
    items: { type: 'string', pattern: EVENT_FILTER.source, maxLength: 200 },
    maxItems: 50,
    example: ['incident.opened', 'io.meshwork.catalog.*'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(EVENT_FILTER, { each: true, message: EVENT_FILTER_MESSAGE })
  events?: string[];

  @ApiPropertyOptional({ description: '`false` pauses deliveries (events meanwhile are not delivered later); `true` resumes them.', example: false })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class ListSubscriptionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only the subscriptions of this owner (`principal:<id>` or `team:<name>`).', example: 'team:billing-team' })
  @IsOptional()
  @IsString()
  @Matches(OWNER, { message: OWNER_MESSAGE })
  owner?: string;

  @ApiPropertyOptional({ description: 'Only the subscriptions to this output port.', example: URN_EXAMPLE })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  portUrn?: string;
}

export class SubscriptionDto {
  @ApiProperty({ description: 'Id of the subscription.', format: 'uuid', example: ID_EXAMPLE })
  id!: string;

  @ApiProperty({ description: 'Who it is for: `principal:<id>` or `team:<name>`.', example: 'team:billing-team' })
  owner!: string;

  @ApiProperty({ description: 'Only events of this output port (and feed events about it or its product); null for every port the owner owns or holds a grant on, and every feed event.', type: String, nullable: true, example: URN_EXAMPLE })
  portUrn!: string | null;

  @ApiProperty({ description: 'Where events are POSTed.', example: 'https://hooks.billing.example.com/meshwork' })
  url!: string;

  @ApiProperty({ description: 'Which events are delivered: port events and feed event types or patterns.', type: [String], example: ['incident.opened', 'incident.closed', 'io.meshwork.catalog.product.published.v1'] })
  events!: string[];

  @ApiProperty({ description: 'Whether events are delivered to it.', example: true })
  active!: boolean;

  @ApiProperty({ description: 'The last four characters of the signing key, to tell which one is in use; the key itself is never read back (it is stored encrypted).', example: 'Hs9d', maxLength: 8 })
  secretHint!: string;

  @ApiProperty({ description: 'Principal who created it.', example: '5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40' })
  createdBy!: string;

  @ApiProperty({ description: 'When it was created.', format: 'date-time', example: '2026-11-26T05:00:00.000Z' })
  createdAt!: string;
}

export class CreatedSubscriptionDto extends SubscriptionDto {
  @ApiProperty({ description: 'The signing key, shown once: store it now; no read returns it again.', example: 'whsec_6Qm2v8XkTzN4pL0rYb1cHs9d' })
  secret!: string;
}

export class UpdatedSubscriptionDto extends SubscriptionDto {
  @ApiPropertyOptional({ description: 'The new signing key, when the change gave or rotated one: shown this once.', example: 'whsec_Zt8d1Lq0mVb3Xy6pRn2sKc4w' })
  secret?: string;
}

export const SubscriptionPageDto = PageOf(SubscriptionDto, 'SubscriptionPageDto');

export class ListDeliveriesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only deliveries in this state.', enum: DELIVERY_STATUSES, example: 'failed' })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;
}

export class DeliveryAttemptDto {
  @ApiProperty({ description: 'When the POST was made.', format: 'date-time', example: '2026-11-26T05:00:01.000Z' })
  at!: string;

  @ApiProperty({ description: 'HTTP status answered; null when there was no answer.', type: Number, nullable: true, example: 503 })
  status!: number | null;

  @ApiProperty({ description: 'Why it failed; null when it succeeded.', type: String, nullable: true, example: 'answered 503: Service Unavailable' })
  error!: string | null;
}

export class DeliveryDto {
  @ApiProperty({ description: 'Id of the delivery.', format: 'uuid', example: '8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5f6e' })
  id!: string;

  @ApiProperty({ description: '`incident`: an SLA incident event; `feed`: an event read from a service’s feed (a breaking change included).', enum: DELIVERY_ORIGINS, example: 'incident' })
  origin!: DeliveryOrigin;

  @ApiProperty({ description: 'The event delivered (its position in the service’s log of incident events or of feed events, after `origin`).', example: '42' })
  eventId!: string;

  @ApiProperty({ description: 'What happened: `incident.opened`, `incident.closed`, `contract.breaking-change`, or the CloudEvents type of a feed event.', example: 'incident.opened' })
  type!: string;

  @ApiProperty({ description: 'The incident it is about; null for other events.', type: String, format: 'uuid', nullable: true, example: '0f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f' })
  incidentId!: string | null;

  @ApiProperty({ description: '`pending` until the receiver answers 2xx (`delivered`) or 10 attempts failed (`failed`).', enum: DELIVERY_STATUSES, example: 'delivered' })
  status!: DeliveryStatus;

  @ApiProperty({ description: 'POSTs made so far.', example: 2 })
  attempts!: number;

  @ApiProperty({ description: 'When the next POST is due, while pending; null otherwise.', type: String, format: 'date-time', nullable: true, example: '2026-11-26T05:00:03.000Z' })
  nextAttemptAt!: string | null;

  @ApiProperty({ description: 'HTTP status of the last answer; null when none.', type: Number, nullable: true, example: 200 })
  lastStatus!: number | null;

  @ApiProperty({ description: 'Why the last POST failed; null when it did not.', type: String, nullable: true, example: null })
  lastError!: string | null;

  @ApiProperty({ description: 'When the receiver accepted it; null until then.', type: String, format: 'date-time', nullable: true, example: '2026-11-26T05:00:03.120Z' })
  deliveredAt!: string | null;

  @ApiProperty({ description: 'Every POST made, oldest first.', type: [DeliveryAttemptDto], example: [{ at: '2026-11-26T05:00:01.000Z', status: 503, error: 'answered 503' }] })
  attemptLog!: DeliveryAttemptDto[];

  @ApiProperty({ description: 'When the event was expanded into this delivery.', format: 'date-time', example: '2026-11-26T05:00:00.500Z' })
  createdAt!: string;
}

export const DeliveryPageDto = PageOf(DeliveryDto, 'DeliveryPageDto');
