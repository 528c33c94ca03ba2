import type { PortProfileDto } from './dto/profile.dto';
import type { ProfileRow } from './profiles.service';

export function toPortProfileDto(row: ProfileRow): PortProfileDto {
  return {
    id: row.id,
    portUrn: row.port_urn,
    contractId: row.contract_id,
    contractVersion: row.contract_version,
    object: row.object,
    rowCount: row.row_count === null ? null : Number(row.row_count),
    columns: row.columns,
    source: row.source,
    runId: row.run_id,
    observedAt: new Date(row.observed_at).toISOString(),
    receivedAt: new Date(row.received_at).toISOString(),
    recordedBy: row.recorded_by,
  };
}
