import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { PageOf, PageQueryDto } from '@meshwork/platform';
import { DELIVERY_STATUSES, type DeliveryStatus, WEBHOOK_TYPES, type WebhookType } from '../delivery.entity';

export const OWNER = /^(principal:[^\s]{1,200}|team:[a-z0-9][a-z0-9-]{0,62})$/;
const OWNER_MESSAGE = '$property must be principal:<id> or team:<name>';
const PORT_URN = /^urn:meshwork:[a-z][a-z0-9-]*:[a-z][a-z0-9-]*:[a-z][a-z0-9-]*:v\d+$/;
const PORT_URN_MESSAGE = '$property must be an output port URN (urn:meshwork:<domain>:<product>:<port>:v<major>)';
const URN_EXAMPLE = 'urn:meshwork:crm:customers:customers:v1';
const ID_EXAMPLE = '3c9d2f1e-7a4b-4e8c-9d1f-2b3a4c5d6e7f';

export class CreateSubscriptionDto {
  @ApiProperty({
    description: 'Where incidents are POSTed: an https:// URL (http:// only where the service allows it). Hosts resolving to private, loopback or link-local addresses are refused (400) unless allowed by the service.',
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

  @ApiPropertyOptional({ description: 'Only incidents of this output port; every port the owner owns or holds a grant on when absent.', example: URN_EXAMPLE, maxLength: 500 })
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

  @ApiPropertyOptional({ description: 'Which incident events are delivered; both when absent.', enum: WEBHOOK_TYPES, isArray: true, example: ['incident.opened', 'incident.closed'] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(WEBHOOK_TYPES, { each: true })
  events?: WebhookType[];
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

  @ApiPropertyOptional({ description: 'Which incident events are delivered from now on.', enum: WEBHOOK_TYPES, isArray: true, example: ['incident.opened'] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(WEBHOOK_TYPES, { each: true })
  events?: WebhookType[];

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

  @ApiProperty({ description: 'Only incidents of this output port; null for every port the owner owns or holds a grant on.', type: String, nullable: true, example: URN_EXAMPLE })
  portUrn!: string | null;

  @ApiProperty({ description: 'Where incidents are POSTed.', example: 'https://hooks.billing.example.com/meshwork' })
  url!: string;

  @ApiProperty({ description: 'Which incident events are delivered.', enum: WEBHOOK_TYPES, isArray: true, example: ['incident.opened', 'incident.closed'] })
  events!: WebhookType[];

  @ApiProperty({ description: 'Whether incidents are delivered to it.', example: true })
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

  @ApiProperty({ description: 'The incident event delivered (its position in the service’s event log).', example: '42' })
  eventId!: string;

  @ApiProperty({ description: 'What happened.', enum: WEBHOOK_TYPES, example: 'incident.opened' })
  type!: WebhookType;

  @ApiProperty({ description: 'The incident it is about.', format: 'uuid', example: '0f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f' })
  incidentId!: string;

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

  @ApiProperty({ description: 'When the incident event was expanded into this delivery.', format: 'date-time', example: '2026-11-26T05:00:00.500Z' })
  createdAt!: string;
}

export const DeliveryPageDto = PageOf(DeliveryDto, 'DeliveryPageDto');
