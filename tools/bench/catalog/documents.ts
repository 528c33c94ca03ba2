import { type OdcsContract, type OdcsProperty, type OdpsInputContract, type OdpsProduct, validateContract, validateProduct } from '@meshwork/descriptors';
import type { MeshPlan, PlannedPort, PlannedProduct } from './mesh-plan';
import { Random } from './random';
import { AUDIENCES, FIELDS, type FieldTemplate, GRAIN_PHRASES, USES } from './words';

/** The body of `PUT /v1/products/{domain}/{name}`. */
export interface ProductEnvelope {
  product: OdpsProduct;
  contracts: OdcsContract[];
}

const TENANT = 'AcmeRetail';
const PEOPLE = ['Ana Ruiz', 'Jane Doe', 'Sam Lee', 'Lee Chen', 'Priya Nair', 'Tom Becker', 'Ines Moreau', 'Kofi Mensah', 'Yuki Tanaka', 'Lars Berg'] as const;
const LIMITATIONS = [
  'Amounts are in the transaction currency; no FX conversion.',
  'Late-arriving records are corrected in the next daily load.',
  'History before 2021 is incomplete after the source system migration.',
  'Restricted columns need an approved access request with a purpose.',
  'Figures are provisional until the monthly close.',
  'Test and internal accounts are excluded.',
] as const;
const STATUS_OF: Record<PlannedProduct['lifecycle'], string> = { draft: 'draft', published: 'active', deprecated: 'deprecated' };

const snake = (kebab: string): string => kebab.replace(/-/g, '_');
const words = (kebab: string): string => kebab.replace(/-/g, ' ');

function usernameOf(person: string): string {
  return `${person.toLowerCase().replace(' ', '.')}@example.com`;
}

function team(product: PlannedProduct, rng: Random) {
  const [owner, steward] = rng.sample(PEOPLE, 2);
  return {
    name: `${product.domain.title} Data Team`,
    members: [
      { username: usernameOf(owner), name: owner, role: 'owner' },
      { username: usernameOf(steward), name: steward, role: 'data steward' },
    ],
  };
}

function description(product: PlannedProduct, rng: Random) {
  const pk = `${snake(product.entity.word)}_id`;
  return {
    purpose: `${GRAIN_PHRASES[product.grain]} ${words(product.name.replace(`-${product.grain}`, ''))} from the ${product.domain.title} domain, for ${rng.pick(AUDIENCES)}.`,
    usage: `Used for ${rng.pick(USES)} and ${rng.pick(USES)}. Join on ${pk}.`,
    limitations: rng.pick(LIMITATIONS),
  };
}

function property(template: FieldTemplate): OdcsProperty {
  return {
    name: template.name,
    businessName: template.businessName,
    logicalType: template.logicalType,
    physicalType: template.physicalType,
    description: template.description,
    classification: template.classification,
    required: false,
    ...(template.pii ? { tags: ['pii'] } : {}),
  };
}

function properties(product: PlannedProduct, port: PlannedPort, rng: Random): OdcsProperty[] {
  const key = `${snake(product.entity.word)}_id`;
  const primary: OdcsProperty = {
    name: key,
    businessName: `${words(product.entity.word)} identifier`,
    logicalType: 'string',
    physicalType: 'uuid',
    description: `Identifier of the ${words(product.entity.word)}.`,
    classification: 'internal',
    primaryKey: true,
    primaryKeyPosition: 1,
    required: true,
    unique: true,
  };
  const others = rng.sample(FIELDS.filter((f) => f.name !== key), port.fieldCount - 1).map(property);
  return [primary, ...others];
}

function server(product: PlannedProduct, port: PlannedPort) {
  return {
    id: 'prod_pg',
    server: `${product.domain.name}-prod`,
    type: 'postgres',
    environment: 'prod',
    host: `${product.domain.name}-db.prod.example.com`,
    port: 5432,
    database: snake(product.domain.name),
    schema: `dp_${snake(product.name)}_v${port.major}`.slice(0, 63),
  };
}

function slaProperties(product: PlannedProduct, rng: Random) {
  const hourly = product.grain === 'hourly' || product.grain === 'stream';
  return [
    { property: 'availability', value: rng.pick([99, 99.5, 99.9]), unit: 'percent' },
    { property: 'frequency', value: 1, unit: hourly ? 'h' : 'd' },
    { property: 'latency', value: rng.int(1, 8), unit: 'h', element: `${product.ports[0].table}.updated_at` },
    { property: 'retention', value: rng.int(1, 10), unit: 'y', driver: 'regulatory' },
  ];
}

function contract(plan: MeshPlan, product: PlannedProduct, portIndex: number): OdcsContract {
  const port = product.ports[portIndex];
  const rng = Random.for('meshwork-bench-contract', plan.seed, product.index, portIndex);
  const props = properties(product, port, rng);
  const pii = props.some((p) => p.tags?.includes('pii'));
  return {
    apiVersion: 'v3.1.0',
    kind: 'DataContract',
    id: port.contractId,
    name: `${snake(product.domain.name)}_${port.table}_v${port.major}`,
    version: port.version,
    status: 'active',
    domain: product.domain.name,
    tenant: TENANT,
    tags: pii && !product.tags.includes('pii') ? [...product.tags, 'pii'] : product.tags,
    description: description(product, rng),
    servers: [server(product, port)],
    schema: [
      {
        name: port.table,
        physicalName: port.table,
        physicalType: 'table',
        logicalType: 'object',
        businessName: `${product.title}: ${words(port.name)}`,
        description: `One row per ${words(product.entity.word)} (${words(port.name)}).`,
        properties: props,
        quality: [{ metric: 'rowCount', mustBeGreaterThan: 0, dimension: 'completeness', severity: 'error' }],
      },
    ],
    slaProperties: slaProperties(product, rng),
    team: team(product, rng),
  };
}

function upstreamPort(plan: MeshPlan, product: number, port: number): { upstream: PlannedProduct; port: PlannedPort } {
  const upstream = plan.products[product];
  return { upstream, port: upstream.ports[port] };
}

function inputContracts(plan: MeshPlan, product: PlannedProduct): OdpsInputContract[] {
  return product.inputs.map((ref) => {
    const { port } = upstreamPort(plan, ref.product, ref.port);
    return { id: port.contractId, version: port.version };
  });
}

function productDocument(plan: MeshPlan, product: PlannedProduct): OdpsProduct {
  const rng = Random.for('meshwork-bench-product', plan.seed, product.index);
  const consumed = inputContracts(plan, product);
  return {
    apiVersion: 'v1.0.0',
    kind: 'DataProduct',
    id: product.id,
    name: product.title,
    version: product.version,
    status: STATUS_OF[product.lifecycle],
    domain: product.domain.name,
    tenant: TENANT,
    tags: product.tags,
    description: description(product, rng),
    inputPorts: product.inputs.map((ref) => {
      const { upstream, port } = upstreamPort(plan, ref.product, ref.port);
      return { name: `${upstream.domain.name}-${upstream.name}-${port.name}`, version: port.version, contractId: port.contractId };
    }),
    outputPorts: product.ports.map((port, p) => ({
      name: port.name,
      description: `${words(port.name)} of ${product.title}, in Postgres.`,
      type: 'tables',
      version: port.version,
      contractId: port.contractId,
      // The main port reads every input; the others a part of them.
      ...(consumed.length > 0 ? { inputContracts: p === 0 ? consumed : rng.sample(consumed, rng.int(1, consumed.length)) } : {}),
    })),
    team: team(product, rng),
  };
}

/** The ODPS document and the ODCS contracts of one planned product. */
export function productEnvelope(plan: MeshPlan, product: PlannedProduct): ProductEnvelope {
  return { product: productDocument(plan, product), contracts: product.ports.map((_, p) => contract(plan, product, p)) };
}

/** Throws when a generated envelope breaks the ODPS v1.0.0 or ODCS v3.1.0 schema. */
export function assertValidEnvelope(envelope: ProductEnvelope): void {
  const issues = [
    ...validateProduct(envelope.product).map((i) => `product${i.pointer}: ${i.message}`),
    ...envelope.contracts.flatMap((c, n) => validateContract(c).map((i) => `contracts/${n}${i.pointer}: ${i.message}`)),
  ];
  if (issues.length > 0) throw new Error(`generated product ${envelope.product.domain}/${envelope.product.name} is invalid:\n  ${issues.join('\n  ')}`);
}
