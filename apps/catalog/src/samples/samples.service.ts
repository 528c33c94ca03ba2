import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import type { Actor } from '@meshwork/authz';
import type { OdcsContract, OdcsSchemaObject } from '@meshwork/descriptors';
import { AccessControl, PlatformError, PlatformErrorCode } from '@meshwork/platform';
import { DataSource, type QueryDeepPartialEntity } from 'typeorm';
import { CatalogError, CatalogErrorCode } from '../common/catalog-error';
import { isObject } from '../common/json';
import { ContractsService } from '../contracts/contracts.service';
import { DocumentationService } from '../docs/documentation.service';
import type { DataProductEntity } from '../products/data-product.entity';
import { AccessClient, type PortReadAccess } from './access-client';
import { CsvError, parseCsv } from './csv';
import { PortSampleEntity } from './port-sample.entity';
import { hasSensitive, maskRows } from './sample-masking';
import { type SampleColumn, SampleSchema } from './sample-schema';

export const MAX_SAMPLE_ROWS = 1_000;
/** Largest sample kept: 1 MiB of CSV text, or of the rows as compact JSON. */
export const MAX_SAMPLE_BYTES = 1024 * 1024;

export type SampleFormat = 'json' | 'csv';

/** What was uploaded: the rows, with how to name a row in an error. */
interface SampleInput {
  format: SampleFormat;
  rows: unknown[];
  /** Pointer prefix of the rows in the body: `` for a JSON array or CSV, `/rows` for `{ rows }`. */
  prefix: string;
  rowLabel(index: number): string;
}

export interface SampleView {
  sample: PortSampleEntity;
  columns: SampleColumn[];
  rows: Record<string, unknown>[];
  masked: string[];
  access: { outcome: string; detail: string };
}

/**
 * Sandbox samples of output ports: a producer uploads a few rows that must match the port's contract schema; anyone
 * who may read the catalog reads them, restricted and PII values masked unless the access service says the caller
 * holds a grant covering them.
 */
@Injectable()
export class SamplesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessControl,
    private readonly docs: DocumentationService,
    private readonly contracts: ContractsService,
    private readonly accessClient: AccessClient,
  ) {}

  async upload(actor: Actor, urn: string, body: unknown, contentType: string | undefined, schemaName: string | undefined): Promise<{ sample: PortSampleEntity; created: boolean }> {
    const { product, port } = await this.docs.portSubject(urn, undefined);
    this.requireProducer(actor, product);
    if (!port?.contractId) throw new CatalogError(CatalogErrorCode.PORT_WITHOUT_SCHEMA, `Output port ${urn} declares no contract; a sample is validated against the contract's schema.`);
    const contract = await this.contracts.findForPort(product.domain, port.contractId, port.version, port.major);
    if (!contract) throw new CatalogError(CatalogErrorCode.PORT_WITHOUT_SCHEMA, `The contract '${port.contractId}' of output port ${urn} is not in the catalog.`);
    const { object, index } = pickSchema(contract.document as OdcsContract, schemaName, urn);
    const schema = new SampleSchema(object, `/schema/${index}`);
    const input = readInput(body, contentType, schema.columns);
    if (input.rows.length === 0) throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, 'The sample has no rows; send 1 to 1,000 rows.', [{ pointer: input.prefix, detail: 'must have at least one row' }]);
    if (input.rows.length > MAX_SAMPLE_ROWS) {
      throw new PlatformError(PlatformErrorCode.PAYLOAD_TOO_LARGE, `The sample has ${input.rows.length} rows; a sample keeps at most ${MAX_SAMPLE_ROWS}.`, [{ pointer: input.prefix, detail: `has ${input.rows.length} rows, over ${MAX_SAMPLE_ROWS}` }]);
    }
    const { errors, total } = schema.check(input.rows, input.prefix, input.rowLabel);
    if (total > 0) {
      throw new CatalogError(
        CatalogErrorCode.INVALID_SAMPLE,
        `${total} value(s) of the sample do not match schema '${object.name}' of contract ${contract.contractId} ${contract.version}${total > errors.length ? ` (the first ${errors.length} are listed)` : ''}; first: ${errors[0].detail}.`,
        errors,
      );
    }
    const rows = input.rows as Record<string, unknown>[];
    const repo = this.dataSource.getRepository(PortSampleEntity);
    const created = !(await repo.exists({ where: { portUrn: urn } }));
    // TypeORM's deep-partial type has no room for free-form JSON rows; the jsonb column takes them as they are.
    const jsonRows = rows as unknown as QueryDeepPartialEntity<PortSampleEntity>['rows'];
    await repo
      .createQueryBuilder()
      .insert()
      .values({ portUrn: urn, productId: product.id, contractId: contract.contractId, contractVersion: contract.version, schemaName: object.name, rows: jsonRows, rowCount: rows.length, format: input.format, uploadedBy: actor.id })
      .orUpdate(['product_id', 'contract_id', 'contract_version', 'schema_name', 'rows', 'row_count', 'format', 'uploaded_by', 'uploaded_at'], ['port_urn'])
      .execute();
    return { sample: await repo.findOneOrFail({ where: { portUrn: urn } }), created };
  }

  async read(actor: Actor, urn: string, authorization: string | undefined): Promise<SampleView> {
    const { product, port } = await this.docs.portSubject(urn, undefined);
    const sample = await this.dataSource.getRepository(PortSampleEntity).findOne({ where: { portUrn: urn } });
    if (!sample) throw new CatalogError(CatalogErrorCode.SAMPLE_NOT_FOUND, `Output port ${urn} has no sample yet; its owner team uploads one with PUT /v1/ports/{urn}/sample.`);
    const contract = port?.contractId ? await this.contracts.findForPort(product.domain, sample.contractId, sample.contractVersion, port.major) : null;
    const object = contract ? (contract.document as OdcsContract).schema?.find((o) => o.name === sample.schemaName) : undefined;
    // The contract version the rows were checked against says what is sensitive; without it, every value is.
    const columns = object ? new SampleSchema(object, '').columns : [];
    const access = await this.accessFor(actor, product, urn, columns, authorization);
    const visible = visibility(access, sample.schemaName);
    const masked = object ? maskRows(sample.rows, columns, visible) : { rows: sample.rows.map((row) => Object.fromEntries(Object.keys(row).map((k) => [k, null]))), masked: Object.keys(sample.rows[0] ?? {}) };
    return { sample, columns, rows: masked.rows, masked: masked.masked, access: { outcome: outcomeName(access), detail: access.detail } };
  }

  async remove(actor: Actor, urn: string): Promise<void> {
    const { product } = await this.docs.portSubject(urn, undefined);
    this.requireProducer(actor, product);
    const result = await this.dataSource.getRepository(PortSampleEntity).delete({ portUrn: urn });
    if (!result.affected) throw new CatalogError(CatalogErrorCode.SAMPLE_NOT_FOUND, `Output port ${urn} has no sample.`);
  }

  private requireProducer(actor: Actor, product: DataProductEntity): void {
    this.access.require(actor, 'update', subject('DataProduct', { domain: product.domain, ownerTeamId: product.ownerTeamId }), `data product ${product.domain}/${product.name}`);
  }

  /** Producers see everything without asking; anyone else is asked about at the access service, when there is something to mask. */
  private async accessFor(actor: Actor, product: DataProductEntity, urn: string, columns: SampleColumn[], authorization: string | undefined): Promise<PortReadAccess | { outcome: 'producer' | 'none-sensitive'; detail: string }> {
    if (columns.length > 0 && !hasSensitive(columns)) return { outcome: 'none-sensitive', detail: 'no property of the schema is restricted or PII' };
    if (this.access.can(actor, 'update', subject('DataProduct', { domain: product.domain, ownerTeamId: product.ownerTeamId }))) {
      return { outcome: 'producer', detail: `principal '${actor.id}' may update data product ${product.domain}/${product.name}` };
    }
    return this.accessClient.portRead(actor, urn, authorization);
  }
}

type Decided = PortReadAccess | { outcome: 'producer' | 'none-sensitive'; detail: string };

function outcomeName(access: Decided): string {
  switch (access.outcome) {
    case 'all':
      return 'granted';
    case 'fields':
      return 'granted-fields';
    default:
      return access.outcome;
  }
}

/** Which properties the caller may see unmasked: a field grant names `property` or `object.property`. */
function visibility(access: Decided, schemaName: string): (name: string) => boolean {
  switch (access.outcome) {
    case 'all':
    case 'producer':
    case 'none-sensitive':
      return () => true;
    case 'fields': {
      const fields = new Set(access.fields);
      return (name) => fields.has(name) || fields.has(`${schemaName}.${name}`) || fields.has(name.split('.')[0]) || fields.has(`${schemaName}.${name.split('.')[0]}`);
    }
    default:
      return () => false;
  }
}

function pickSchema(contract: OdcsContract, name: string | undefined, urn: string): { object: OdcsSchemaObject; index: number } {
  const objects = (contract.schema ?? []).filter((o): o is OdcsSchemaObject => isObject(o) && typeof o.name === 'string');
  if (objects.length === 0) throw new CatalogError(CatalogErrorCode.PORT_WITHOUT_SCHEMA, `The contract of output port ${urn} declares no schema objects to validate a sample against.`);
  const names = objects.map((o) => `'${o.name}'`).join(', ');
  if (name === undefined) {
    if (objects.length > 1) {
      throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `The contract of ${urn} has several schema objects (${names}); say which one the rows are of with ?schema=.`, [
        { location: 'query', pointer: '/schema', detail: `is required: one of ${names}` },
      ]);
    }
    return { object: objects[0], index: (contract.schema ?? []).indexOf(objects[0]) };
  }
  const object = objects.find((o) => o.name === name);
  if (!object) throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `The contract of ${urn} has no schema object '${name}' (it has ${names}).`, [{ location: 'query', pointer: '/schema', detail: `must be one of ${names}` }]);
  return { object, index: (contract.schema ?? []).indexOf(object) };
}

/** The rows of the body: a JSON array or `{ rows: [...] }`, or CSV with a header line. */
function readInput(body: unknown, contentType: string | undefined, columns: SampleColumn[]): SampleInput {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'text/csv' && typeof body === 'string') {
    checkSize(Buffer.byteLength(body, 'utf8'));
    return readCsv(body, columns);
  }
  if (type !== 'application/json') throw new PlatformError(PlatformErrorCode.UNSUPPORTED_MEDIA_TYPE, `Send the sample as application/json (an array of rows, or { rows }) or as text/csv with a header line, not ${type || 'without a content type'}.`);
  checkSize(Buffer.byteLength(JSON.stringify(body) ?? '', 'utf8'));
  const rowLabel = (i: number) => `row ${i}`;
  if (Array.isArray(body)) return { format: 'json', rows: body, prefix: '', rowLabel };
  if (isObject(body) && Array.isArray(body.rows)) {
    const extra = Object.keys(body).filter((key) => key !== 'rows');
    if (extra.length > 0) throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `The sample object has only 'rows'; '${extra[0]}' is not known.`, extra.map((key) => ({ pointer: `/${key}`, detail: 'is not a known field (rows)' })));
    return { format: 'json', rows: body.rows, prefix: '/rows', rowLabel };
  }
  throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, 'A JSON sample is an array of rows, or an object { rows: [...] }.', [{ pointer: '', detail: 'must be an array of row objects or { rows }' }]);
}

function checkSize(bytes: number): void {
  if (bytes > MAX_SAMPLE_BYTES) throw new PlatformError(PlatformErrorCode.PAYLOAD_TOO_LARGE, `The sample is ${bytes} bytes; a sample keeps at most ${MAX_SAMPLE_BYTES} bytes (1 MiB).`);
}

/** CSV cells become typed values by the contract's logical types; an empty cell is a missing value. */
function readCsv(text: string, columns: SampleColumn[]): SampleInput {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) throw new CatalogError(CatalogErrorCode.INVALID_SAMPLE, `The CSV cannot be read: ${error.message}.`, [{ pointer: '', detail: error.message }]);
    throw error;
  }
  const [header, ...data] = records;
  if (!header) return { format: 'csv', rows: [], prefix: '', rowLabel: (i) => `row ${i}` };
  const byName = new Map(columns.map((c) => [c.name, c]));
  const errors = header.cells.flatMap((name, k) => {
    if (header.cells.indexOf(name) !== k) return [{ pointer: `/columns/${k}`, detail: `header column ${k} '${name}' appears twice` }];
    return byName.has(name) ? [] : [{ pointer: `/columns/${k}`, detail: `header column ${k} '${name}' is not a property of the contract schema` }];
  });
  data.forEach((record, i) => {
    if (record.cells.length !== header.cells.length) errors.push({ pointer: `/${i}`, detail: `row ${i} (line ${record.line}): has ${record.cells.length} cells, the header has ${header.cells.length}` });
  });
  if (errors.length > 0) throw new CatalogError(CatalogErrorCode.INVALID_SAMPLE, `The CSV does not fit the contract schema: ${errors[0].detail}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}.`, errors.slice(0, 100));
  const rows = data.map((record) => {
    const row: Record<string, unknown> = {};
    header.cells.forEach((name, k) => {
      const cell = record.cells[k];
      if (cell !== '') row[name] = fromCell(cell, byName.get(name)?.logicalType ?? null);
    });
    return row;
  });
  return { format: 'csv', rows, prefix: '', rowLabel: (i) => `row ${i} (line ${data[i]?.line ?? '?'})` };
}

function fromCell(cell: string, logicalType: string | null): unknown {
  switch (logicalType) {
    case 'integer':
    case 'number': {
      const value = Number(cell.trim());
      return cell.trim() !== '' && Number.isFinite(value) ? value : cell;
    }
    case 'boolean': {
      const lower = cell.trim().toLowerCase();
      return lower === 'true' ? true : lower === 'false' ? false : cell;
    }
    case 'object':
    case 'array':
      try {
        return JSON.parse(cell) as unknown;
      } catch {
        return cell;
      }
    default:
      return cell;
  }
}
