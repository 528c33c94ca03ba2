import { INCIDENT_CLOSE_REASONS, type IncidentCloseReason } from '../incident.entity';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageQueryDto } from '@meshwork/platform';

export class ObservedDto {
  @ApiProperty({ description: 'What was measured: seconds for latency, frequency and retention, a ratio for availability and error rate, rows for throughput, an instant for time of availability.', example: 14460, oneOf: [{ type: 'number' }, { type: 'string' }], nullable: true })
  value!: number | string | null;

  @ApiProperty({ description: 'Unit of the value: `s`, `ratio`, `rows` or `time`.', example: 's' })
  unit!: string;
}

export class IncidentDto {
  @ApiProperty({ description: 'Id of the incident.', example: '3b9d6a1e-7c2f-4e8a-9b1d-2f4e6a8c0d1e', format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'SLO that was breached.', example: '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f', format: 'uuid' })
  sloId!: string;

  @ApiProperty({ description: 'Output port of the SLO.', example: 'urn:meshwork:crm:customers:customers:v1' })
  portUrn!: string;

  @ApiProperty({ description: 'Product the port belongs to.', example: 'urn:meshwork:crm:customers' })
  productUrn!: string;

  @ApiProperty({ description: 'SLA property of the SLO.', example: 'latency' })
  property!: string;

  @ApiProperty({ description: 'Whether the SLO is still breached.', example: false })
  open!: boolean;

  @ApiProperty({ description: 'When the target was crossed (for latency: the last refresh plus the target).', example: '2026-03-02T07:00:00.000Z', format: 'date-time' })
  openedAt!: string;

  @ApiProperty({ description: 'When the evaluator saw the breach.', example: '2026-03-02T07:00:01.000Z', format: 'date-time' })
  detectedAt!: string;

  @ApiPropertyOptional({ description: 'When the SLO recovered (for latency: the refresh that brought the data back within target); null while open.', example: '2026-03-02T08:00:00.000Z', format: 'date-time', nullable: true, type: String })
  closedAt!: string | null;

  @ApiPropertyOptional({
    description: 'Why it closed: `recovered` when the SLO left the breach; `port-retired` when a published version of the product no longer has the port (its SLOs are retired, the incident is closed without a recovery time); null while open.',
    enum: INCIDENT_CLOSE_REASONS,
    example: 'recovered',
    nullable: true,
    type: String,
  })
  closeReason!: IncidentCloseReason | null;

  @ApiProperty({ description: 'What was measured when the breach was detected.', type: ObservedDto })
  observed!: ObservedDto;

  @ApiProperty({ description: 'The SLO’s target when the incident opened, as GET /v1/slos/{id} shows it.', example: { value: 4, unit: 'h', seconds: 14400 }, type: 'object', additionalProperties: true })
  target!: Record<string, unknown>;

  @ApiProperty({ description: 'Seconds from the breach to its detection.', example: 1 })
  timeToDetectSeconds!: number;

  @ApiPropertyOptional({ description: 'Seconds from the breach to the recovery; null while open, and for an incident closed because its port was retired.', example: 3600, nullable: true, type: Number })
  timeToRecoverSeconds!: number | null;
}

export class ListIncidentsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only incidents of this output port.', example: 'urn:meshwork:crm:customers:customers:v1' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  portUrn?: string;

  @ApiPropertyOptional({ description: 'Only incidents of this SLO.', example: '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  sloId?: string;

  @ApiPropertyOptional({ description: '`true`: only open incidents; `false`: only closed ones.', example: true })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  open?: boolean;
}
