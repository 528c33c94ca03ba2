import type { NormalisedProduct } from '@meshwork/descriptors';
import { isObject, type Json } from '../common/json';


/** What the catalog indexes for one product version, by weight: A names, B tags and ports, C descriptions and documentation, D fields. */
export interface SearchDocument {
  weighted: { a: string; b: string; c: string; d: string };
  /** Distinct words of names, tags, ports and fields: the vocabulary misspelt search words are corrected to. */
  terms: string[];
  tags: string[];
  classifications: string[];
}

interface ContractTerms {
  fieldNames: string[];
  businessNames: string[];
  descriptions: string[];
  classifications: string[];
}

const strings = (values: unknown[]): string[] => values.filter((v): v is string => typeof v === 'string' && v.length > 0);

/** Splits identifiers and text into lower-case words of letters and digits: customer_id, orderLines → "customer id", "order lines". */
export function words(text: string): string {
  return text
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Walks schema objects and nested properties/items of an ODCS document (v3.0 and v3.1 shapes). */
function collectFields(node: unknown, into: ContractTerms): void {
  if (Array.isArray(node)) return node.forEach((child) => collectFields(child, into));
  if (!isObject(node)) return;
  into.fieldNames.push(...strings([node.name, node.physicalName]));
  into.businessNames.push(...strings([node.businessName]));
  into.descriptions.push(...strings([node.description]));
  into.classifications.push(...strings([node.classification]));
  collectFields(node.properties, into);
  collectFields(node.items, into);
}

export function contractTerms(contracts: Json[]): ContractTerms {
  const terms: ContractTerms = { fieldNames: [], businessNames: [], descriptions: [], classifications: [] };
  for (const contract of contracts) collectFields(contract.schema, terms);
  return terms;
}

const unique = (values: string[]): string[] => [...new Set(values)];

export function searchDocument(domain: string, name: string, product: NormalisedProduct, contracts: Json[], documentation: string[] = []): SearchDocument {
  const terms = contractTerms(contracts);
  const ports = product.outputPorts.flatMap((port) => [port.name, ...port.tags]);
  const portDescriptions = strings(product.outputPorts.map((port) => port.description));
  const description = strings([product.description?.purpose, product.description?.usage, product.description?.limitations]);
  const a = unique([name, product.name].map(words)).join(' ');
  const b = unique([domain, ...product.tags, ...ports].map(words)).join(' ');
  const c = [...description, ...portDescriptions, ...documentation].join(' ');
  const d = unique([...terms.fieldNames, ...terms.businessNames].map(words)).join(' ');
  return {
    weighted: { a, b, c, d: [d, ...terms.descriptions].join(' ') },
    terms: unique(`${a} ${b} ${d}`.split(' ')).filter((w) => w.length >= 3 && w.length <= 60 && !/^\d+$/.test(w)),
    tags: unique(product.tags.map((t) => t.toLowerCase())).sort(),
    classifications: unique(terms.classifications.map((c2) => c2.toLowerCase())).sort(),
  };
}
