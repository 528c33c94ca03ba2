import type { CanonicalAttribute } from './master-data-entity.entity';

/**
 * How an ODCS contract links its elements to the glossary and the master data, through `authoritativeDefinitions`
 * entries (any `type`; the `url` decides):
 *   meshwork:glossary:<term>                    the element means this glossary term
 *   meshwork:master-data:<entity>               the schema object (or object property) carries this canonical entity
 *   meshwork:master-data:<entity>/<attribute>   the property is this attribute of a canonical entity
 *   meshwork:code-list:<list>                   the property takes its values from this code list
 * Without a link, a `businessName` equal to a term's title or synonym binds a property to the term, and one equal to an
 * entity's title binds a schema object to the entity (case-insensitive); inside a schema object bound to an entity, a
 * property named like one of the entity's attributes is that attribute.
 */
export const GLOSSARY_URL_PREFIX = 'meshwork:glossary:';
export const MASTER_DATA_URL_PREFIX = 'meshwork:master-data:';
export const CODE_LIST_URL_PREFIX = 'meshwork:code-list:';

export const CONFORMANCE_RULES = ['logical-type', 'format', 'required-attribute', 'code-list-pattern'] as const;
export type ConformanceRule = (typeof CONFORMANCE_RULES)[number];

/** One way a contract departs from the glossary and the master data. */
export interface ConformanceFinding {
  /** RFC 6901 pointer into the request body: `/contracts/0/schema/1/properties/2`. */
  pointer: string;
  rule: ConformanceRule;
  message: string;
  term?: string;
  entity?: string;
  attribute?: string;
  codeList?: string;
  /** What the definition asks for (a logical type, a format, a pattern). */
  expected?: string;
  /** What the contract declares, when it declares anything. */
  actual?: string;
}

export interface ReferenceTerm {
  name: string;
  title: string;
  synonyms: readonly string[];
  masterDataEntity?: string | null;
}

export interface ReferenceEntity {
  name: string;
  title: string;
  attributes: readonly CanonicalAttribute[];
}

export interface ReferenceCodeList {
  name: string;
  /** The pattern a bound property must declare (see codeListPattern). */
  pattern: string;
}

/** The definitions a contract is checked against. */
export interface ConformanceReference {
  terms: readonly ReferenceTerm[];
  entities: readonly ReferenceEntity[];
  codeLists: readonly ReferenceCodeList[];
}

type Json = Record<string, unknown>;

interface Links {
  term?: string;
  entity?: string;
  attribute?: { entity: string; attribute: string };
  codeList?: string;
}

interface Binding {
  term?: ReferenceTerm;
  entity?: ReferenceEntity;
  attribute?: CanonicalAttribute;
  codeList?: ReferenceCodeList;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function fold(value: string): string {
  return value.trim().toLowerCase();
}

/** Lookups built once per check. The first definition by name wins a clash of titles or synonyms. */
class Reference {
  private readonly terms = new Map<string, ReferenceTerm>();
  private readonly termsByWord = new Map<string, ReferenceTerm>();
  private readonly entities = new Map<string, ReferenceEntity>();
  private readonly entitiesByTitle = new Map<string, ReferenceEntity>();
  private readonly codeLists = new Map<string, ReferenceCodeList>();
  private readonly sortedEntities: ReferenceEntity[];

  constructor(reference: ConformanceReference) {
    for (const term of [...reference.terms].sort(byName)) {
      this.terms.set(term.name, term);
      for (const word of [term.title, ...term.synonyms]) if (!this.termsByWord.has(fold(word))) this.termsByWord.set(fold(word), term);
    }
    this.sortedEntities = [...reference.entities].sort(byName);
    for (const entity of this.sortedEntities) {
      this.entities.set(entity.name, entity);
      if (!this.entitiesByTitle.has(fold(entity.title))) this.entitiesByTitle.set(fold(entity.title), entity);
    }
    for (const list of reference.codeLists) this.codeLists.set(list.name, list);
  }

  /** The canonical entity a schema object or an object property claims to carry. */
  claimedEntity(node: Json): ReferenceEntity | undefined {
    const links = linksOf(node);
    if (links.entity !== undefined) return this.entities.get(links.entity);
    const businessName = text(node['businessName']);
    return businessName === undefined ? undefined : this.entitiesByTitle.get(fold(businessName));
  }

  termOf(node: Json): ReferenceTerm | undefined {
    const links = linksOf(node);
    const linked = links.term === undefined ? undefined : this.terms.get(links.term);
    if (linked) return linked;
    const businessName = text(node['businessName']);
    return businessName === undefined ? undefined : this.termsByWord.get(fold(businessName));
  }

  binding(property: Json, container: ReferenceEntity | undefined): Binding | undefined {
    const links = linksOf(property);
    const term = this.termOf(property);
    const canonical = links.attribute ? this.attributeAt(links.attribute.entity, links.attribute.attribute) : term ? this.attributeForTerm(term, container) : this.attributeNamed(container, text(property['name']));
    const listName = links.codeList ?? canonical?.attribute.codeList;
    const codeList = listName === undefined ? undefined : this.codeLists.get(listName);
    if (!term && !canonical && !codeList) return undefined;
    return { term, entity: canonical?.entity, attribute: canonical?.attribute, codeList };
  }

  private attributeAt(entityName: string, attributeName: string): { entity: ReferenceEntity; attribute: CanonicalAttribute } | undefined {
    const entity = this.entities.get(entityName);
    const attribute = entity?.attributes.find((a) => a.name === attributeName);
    return entity && attribute ? { entity, attribute } : undefined;
  }

  private attributeNamed(entity: ReferenceEntity | undefined, name: string | undefined): { entity: ReferenceEntity; attribute: CanonicalAttribute } | undefined {
    if (!entity || name === undefined) return undefined;
    const attribute = entity.attributes.find((a) => fold(a.name) === fold(name));
    return attribute ? { entity, attribute } : undefined;
  }

  /** The attribute a term stands for: in the entity the schema object carries, else in the term's own entity, else the first. */
  private attributeForTerm(term: ReferenceTerm, container: ReferenceEntity | undefined): { entity: ReferenceEntity; attribute: CanonicalAttribute } | undefined {
    const candidates = this.sortedEntities.flatMap((entity) => entity.attributes.filter((a) => a.glossaryTerm === term.name).map((attribute) => ({ entity, attribute })));
    return (
      candidates.find((c) => c.entity.name === container?.name) ?? candidates.find((c) => c.entity.name === term.masterDataEntity) ?? candidates[0]
    );
  }
}

function byName(a: { name: string }, b: { name: string }): number {
  if (a.name === b.name) return 0;
  return a.name < b.name ? -1 : 1;
}

/** The meshwork links among an element's `authoritativeDefinitions`; the first of each kind counts. */
export function linksOf(node: Json): Links {
  const links: Links = {};
  const definitions = Array.isArray(node['authoritativeDefinitions']) ? (node['authoritativeDefinitions'] as unknown[]) : [];
  for (const definition of definitions) {
    const url = isObject(definition) ? text(definition['url'])?.trim() : undefined;
    if (url === undefined) continue;
    if (url.startsWith(GLOSSARY_URL_PREFIX)) links.term ??= url.slice(GLOSSARY_URL_PREFIX.length);
    else if (url.startsWith(CODE_LIST_URL_PREFIX)) links.codeList ??= url.slice(CODE_LIST_URL_PREFIX.length);
    else if (url.startsWith(MASTER_DATA_URL_PREFIX)) {
      const rest = url.slice(MASTER_DATA_URL_PREFIX.length);
      const slash = rest.indexOf('/');
      if (slash < 0) links.entity ??= rest;
      else links.attribute ??= { entity: rest.slice(0, slash), attribute: rest.slice(slash + 1) };
    }
  }
  return links;
}

/**
 * Checks ODCS v3 contracts against the glossary and the master data: the logical type, format and pattern of every
 * property bound to a canonical attribute, the pattern of every property bound to a code list, and the required
 * attributes of every schema object that claims to carry a canonical entity. Pointers are into `{ contracts }`.
 * Pure: the same contracts and reference give the same findings, in document order.
 */
export function checkConformance(contracts: readonly unknown[], reference: ConformanceReference): ConformanceFinding[] {
  const index = new Reference(reference);
  const findings: ConformanceFinding[] = [];
  contracts.forEach((contract, i) => {
    if (!isObject(contract) || !Array.isArray(contract['schema'])) return;
    (contract['schema'] as unknown[]).forEach((object, j) => {
      if (isObject(object)) visitContainer(index, object, `/contracts/${i}/schema/${j}`, `Schema object '${text(object['name']) ?? j}'`, findings);
    });
  });
  return findings;
}

function visitContainer(index: Reference, node: Json, pointer: string, label: string, findings: ConformanceFinding[]): void {
  const entity = index.claimedEntity(node);
  const properties = Array.isArray(node['properties']) ? (node['properties'] as unknown[]) : [];
  if (entity) findings.push(...missingAttributes(index, entity, properties, pointer, label));
  properties.forEach((property, k) => {
    if (isObject(property)) visitProperty(index, property, `${pointer}/properties/${k}`, entity, findings);
  });
}

function visitProperty(index: Reference, property: Json, pointer: string, container: ReferenceEntity | undefined, findings: ConformanceFinding[]): void {
  const label = `Property '${text(property['name']) ?? pointer}'`;
  const binding = index.binding(property, container);
  if (binding) findings.push(...propertyFindings(property, pointer, label, binding));
  if (Array.isArray(property['properties'])) visitContainer(index, property, pointer, label, findings);
  if (isObject(property['items'])) visitProperty(index, property['items'], `${pointer}/items`, undefined, findings);
}

function missingAttributes(index: Reference, entity: ReferenceEntity, properties: unknown[], pointer: string, label: string): ConformanceFinding[] {
  return entity.attributes
    .filter((attribute) => attribute.required && !properties.some((p) => isObject(p) && represents(index, p, entity, attribute)))
    .map((attribute) => ({
      pointer,
      rule: 'required-attribute' as const,
      message:
        `${label} claims to be master-data entity '${entity.name}' but has no property for its required attribute '${attribute.name}' (${attribute.title}); ` +
        `add one named '${attribute.name}' or link one with authoritativeDefinitions url '${MASTER_DATA_URL_PREFIX}${entity.name}/${attribute.name}'.`,
      entity: entity.name,
      attribute: attribute.name,
      ...(attribute.glossaryTerm === undefined ? {} : { term: attribute.glossaryTerm }),
    }));
}

function represents(index: Reference, property: Json, entity: ReferenceEntity, attribute: CanonicalAttribute): boolean {
  const linked = linksOf(property).attribute;
  if (linked) return linked.entity === entity.name && linked.attribute === attribute.name;
  const name = text(property['name']);
  const businessName = text(property['businessName']);
  if (name !== undefined && fold(name) === fold(attribute.name)) return true;
  if (businessName !== undefined && fold(businessName) === fold(attribute.title)) return true;
  return attribute.glossaryTerm !== undefined && index.termOf(property)?.name === attribute.glossaryTerm;
}

function propertyFindings(property: Json, pointer: string, label: string, binding: Binding): ConformanceFinding[] {
  const options = isObject(property['logicalTypeOptions']) ? property['logicalTypeOptions'] : {};
  const declaredPattern = text(options['pattern']);
  const findings: ConformanceFinding[] = [];
  const termName = binding.term?.name ?? binding.attribute?.glossaryTerm;
  const about = {
    ...(termName === undefined ? {} : { term: termName }),
    ...(binding.entity ? { entity: binding.entity.name } : {}),
    ...(binding.attribute ? { attribute: binding.attribute.name } : {}),
  };
  const { entity, attribute, codeList } = binding;
  if (entity && attribute) {
    const standsFor = `${label} stands for master-data attribute '${entity.name}/${attribute.name}'${binding.term ? ` (through glossary term '${binding.term.name}')` : ''}`;
    const logicalType = text(property['logicalType']);
    if (logicalType !== attribute.logicalType) {
      findings.push({ pointer, rule: 'logical-type', message: `${standsFor} and must have logicalType '${attribute.logicalType}', ${declared(logicalType)}.`, ...about, expected: attribute.logicalType, ...actual(logicalType) });
    } else if (attribute.format !== undefined && text(options['format']) !== attribute.format) {
      const format = text(options['format']);
      findings.push({ pointer, rule: 'format', message: `${standsFor} and must declare logicalTypeOptions.format '${attribute.format}', ${declared(format)}.`, ...about, expected: attribute.format, ...actual(format) });
    }
    if (attribute.pattern !== undefined && !codeList && declaredPattern !== attribute.pattern) {
      findings.push({ pointer, rule: 'format', message: `${standsFor} and must declare logicalTypeOptions.pattern '${attribute.pattern}', ${declared(declaredPattern)}.`, ...about, expected: attribute.pattern, ...actual(declaredPattern) });
    }
  }
  if (codeList && declaredPattern !== codeList.pattern) {
    findings.push({
      pointer,
      rule: 'code-list-pattern',
      message:
        `${label} takes its values from code list '${codeList.name}' and must declare the list's pattern as logicalTypeOptions.pattern ` +
        `(GET /v1/master-data/code-lists/${codeList.name} gives it), ${declared(declaredPattern)}.`,
      ...about,
      codeList: codeList.name,
      expected: codeList.pattern,
      ...actual(declaredPattern),
    });
  }
  return findings;
}

function declared(value: string | undefined): string {
  return value === undefined ? 'but declares none' : `not '${value}'`;
}

function actual(value: string | undefined): { actual?: string } {
  return value === undefined ? {} : { actual: value };
}
