import { Random, stableUuid } from './random';
import { DOMAINS, type DomainTheme, ENTITIES, type Entity, GRAINS, QUALIFIERS, REGIONS, TAGS } from './words';

/** Catalog lifecycle state a product is left in after seeding. */
export type Lifecycle = 'draft' | 'published' | 'deprecated';

/** An output port of an earlier product, consumed through its contract. */
export interface PortRef {
  product: number;
  port: number;
}

export interface PlannedPort {
  name: string;
  version: string;
  major: number;
  contractId: string;
  /** Snake-case table name of the contract's schema object. */
  table: string;
  fieldCount: number;
}

/** What the documents of one product are generated from; small enough to hold 100,000 of them. */
export interface PlannedProduct {
  index: number;
  id: string;
  domain: DomainTheme;
  name: string;
  title: string;
  entity: Entity;
  grain: (typeof GRAINS)[number];
  version: string;
  /** 0 for source-aligned products; a consumer sits one or more tiers above everything it reads. */
  tier: number;
  tags: string[];
  ports: PlannedPort[];
  inputs: PortRef[];
  lifecycle: Lifecycle;
}

export interface MeshPlan {
  seed: number;
  products: PlannedProduct[];
}

const TIER_WEIGHTS = [[0, 30], [1, 25], [2, 20], [3, 12], [4, 8], [5, 5]] as const;
const INPUT_COUNT_WEIGHTS = [[1, 50], [2, 30], [3, 20]] as const;
const PORT_COUNT_WEIGHTS = [[1, 50], [2, 35], [3, 15]] as const;
const LIFECYCLE_WEIGHTS = [['published', 85], ['draft', 10], ['deprecated', 5]] as const;
/** Early source products that many others read, like a customer golden record. */
const POPULAR_SOURCES = 200;

const snake = (kebab: string): string => kebab.replace(/-/g, '_');
const titleCase = (kebab: string): string => kebab.split('-').map((w) => (w === 'b2b' ? 'B2B' : w[0].toUpperCase() + w.slice(1))).join(' ');

/** Indexes of planned products by tier and by (tier, domain), to pick upstreams from. */
class Tiers {
  private readonly all = new Map<number, number[]>();
  private readonly byDomain = new Map<string, number[]>();

  add(product: PlannedProduct): void {
    this.list(this.all, product.tier).push(product.index);
    this.list(this.byDomain, `${product.tier}:${product.domain.name}`).push(product.index);
  }

  of(tier: number): number[] {
    return this.all.get(tier) ?? [];
  }

  ofDomain(tier: number, domain: string): number[] {
    return this.byDomain.get(`${tier}:${domain}`) ?? [];
  }

  private list<K>(map: Map<K, number[]>, key: K): number[] {
    const existing = map.get(key);
    if (existing) return existing;
    const created: number[] = [];
    map.set(key, created);
    return created;
  }
}

function pickName(rng: Random, domain: DomainTheme, taken: Set<string>): { name: string; entity: Entity; grain: PlannedProduct['grain'] } {
  for (let attempt = 0; ; attempt++) {
    const entityWord = rng.chance(0.75) ? rng.pick(domain.entities) : rng.pick(ENTITIES).word;
    const entity = ENTITIES.find((e) => e.word === entityWord) ?? ENTITIES[0];
    const grain = rng.pick(GRAINS);
    const parts = [rng.chance(0.8) ? rng.pick(QUALIFIERS) : '', entity.plural, grain];
    if (attempt >= 6) parts.push(rng.pick(REGIONS));
    if (attempt >= 12) parts.push(String(attempt));
    const name = parts.filter(Boolean).join('-');
    if (taken.has(`${domain.name}/${name}`)) continue;
    taken.add(`${domain.name}/${name}`);
    return { name, entity, grain };
  }
}

function planPorts(rng: Random, seed: number, index: number, name: string, entity: Entity): PlannedPort[] {
  const count = rng.weighted(PORT_COUNT_WEIGHTS);
  const names = [entity.plural, ...rng.sample([`${entity.word}-history`, `${entity.word}-events`, `${entity.word}-summary`, `${entity.word}-by-region`], count - 1)];
  const fieldTotal = rng.int(5, 40);
  return names.map((portName, p) => {
    const major = rng.chance(0.15) ? 2 : 1;
    const fieldCount = Math.max(2, Math.floor(fieldTotal / count) + (p < fieldTotal % count ? 1 : 0));
    return {
      name: portName,
      version: `${major}.${rng.int(0, 6)}.${rng.int(0, 3)}`,
      major,
      contractId: stableUuid('meshwork-bench-contract', seed, index, p),
      table: snake(`${name}-${portName}`).slice(0, 63),
      fieldCount,
    };
  });
}

function upstreamTier(rng: Random, tier: number, tiers: Tiers): number | undefined {
  const preferred = rng.chance(0.7) ? tier - 1 : rng.int(0, tier - 1);
  for (let t = preferred; t >= 0; t--) if (tiers.of(t).length > 0) return t;
  return undefined;
}

function pickUpstream(rng: Random, tier: number, domain: string, tiers: Tiers): number | undefined {
  const from = upstreamTier(rng, tier, tiers);
  if (from === undefined) return undefined;
  const sameDomain = tiers.ofDomain(from, domain);
  if (sameDomain.length > 0 && rng.chance(0.5)) return rng.pick(sameDomain);
  const candidates = tiers.of(from);
  if (from === 0 && rng.chance(0.1)) return candidates[rng.int(0, Math.min(POPULAR_SOURCES, candidates.length) - 1)];
  return rng.pick(candidates);
}

function planInputs(rng: Random, tier: number, domain: string, tiers: Tiers, products: PlannedProduct[]): PortRef[] {
  if (tier === 0) return [];
  const wanted = rng.weighted(INPUT_COUNT_WEIGHTS);
  const inputs: PortRef[] = [];
  for (let i = 0; i < wanted; i++) {
    const upstream = pickUpstream(rng, tier, domain, tiers);
    if (upstream === undefined) break;
    const ref = { product: upstream, port: rng.int(0, products[upstream].ports.length - 1) };
    if (!inputs.some((r) => r.product === ref.product && r.port === ref.port)) inputs.push(ref);
  }
  return inputs;
}

function planProduct(seed: number, index: number, products: PlannedProduct[], tiers: Tiers, taken: Set<string>): PlannedProduct {
  const rng = Random.for('meshwork-bench-plan', seed, index);
  const domain = rng.pick(DOMAINS);
  const { name, entity, grain } = pickName(rng, domain, taken);
  const ports = planPorts(rng, seed, index, name, entity);
  const drawnTier = rng.weighted(TIER_WEIGHTS);
  const inputs = planInputs(rng, drawnTier, domain.name, tiers, products);
  const tier = inputs.length === 0 ? 0 : 1 + Math.max(...inputs.map((r) => products[r.product].tier));
  return {
    index,
    id: stableUuid('meshwork-bench-product', seed, index),
    domain,
    name,
    title: titleCase(name),
    entity,
    grain,
    version: `1.${rng.int(0, 9)}.${rng.int(0, 4)}`,
    tier,
    tags: rng.sample(TAGS, rng.int(1, 4)),
    ports,
    inputs,
    lifecycle: rng.weighted(LIFECYCLE_WEIGHTS),
  };
}

/** The same seed and size give the same mesh, so runs are comparable and a seeded database can be reused. */
export function planMesh(seed: number, size: number): MeshPlan {
  const products: PlannedProduct[] = [];
  const tiers = new Tiers();
  const taken = new Set<string>();
  for (let index = 0; index < size; index++) {
    const product = planProduct(seed, index, products, tiers, taken);
    products.push(product);
    tiers.add(product);
  }
  return { seed, products };
}

export const productUrnOf = (p: PlannedProduct): string => `urn:meshwork:${p.domain.name}:${p.name}`;
export const portUrnOf = (p: PlannedProduct, port: PlannedPort): string => `${productUrnOf(p)}:${port.name}:v${port.major}`;
