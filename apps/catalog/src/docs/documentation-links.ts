import { isObject, type Json } from '../common/json';

/** One link of an ODPS or ODCS `authoritativeDefinitions` list, with where it was declared. */
export interface DocumentationLink {
  url: string;
  type: string | null;
  description: string | null;
  /** `odps` for the product document, `odcs` for the port's contract. */
  source: 'odps' | 'odcs';
  /** JSON pointer of the definition in its document. */
  pointer: string;
}

function linksAt(node: unknown, source: DocumentationLink['source'], pointer: string): DocumentationLink[] {
  if (!isObject(node) || !Array.isArray(node.authoritativeDefinitions)) return [];
  return node.authoritativeDefinitions.flatMap((definition: unknown, i) => {
    if (!isObject(definition) || typeof definition.url !== 'string') return [];
    return [{
      url: definition.url,
      type: typeof definition.type === 'string' ? definition.type : null,
      description: typeof definition.description === 'string' ? definition.description : null,
      source,
      pointer: `${pointer}/authoritativeDefinitions/${i}`,
    }];
  });
}

/** Links of the ODPS product document: its own and its description's. */
export function productLinks(product: Json): DocumentationLink[] {
  return [...linksAt(product, 'odps', ''), ...linksAt(product.description, 'odps', '/description')];
}

/**
 * Links of an output port: of its ODPS entry (by index), then of its ODCS contract — the contract itself, its
 * description, and each schema object and property.
 */
export function portLinks(product: Json, portIndex: number, contract: Json | undefined): DocumentationLink[] {
  const ports = Array.isArray(product.outputPorts) ? product.outputPorts : [];
  const links = linksAt(ports[portIndex], 'odps', `/outputPorts/${portIndex}`);
  if (!contract) return links;
  links.push(...linksAt(contract, 'odcs', ''), ...linksAt(contract.description, 'odcs', '/description'));
  const schema = Array.isArray(contract.schema) ? contract.schema : [];
  schema.forEach((object: unknown, i) => {
    links.push(...linksAt(object, 'odcs', `/schema/${i}`));
    const properties = isObject(object) && Array.isArray(object.properties) ? object.properties : [];
    properties.forEach((property: unknown, j) => links.push(...linksAt(property, 'odcs', `/schema/${i}/properties/${j}`)));
  });
  return links;
}

/** An RFC 8288 Link header of the links: `<url>; rel="describedby"; title="<type>"`, at most `max` of them. */
export function linkHeader(links: DocumentationLink[], max = 20): string | undefined {
  const values = links.slice(0, max).map((link) => `<${link.url.replace(/[<>"\\\s]/g, (c) => encodeURIComponent(c))}>; rel="describedby"${link.type ? `; title="${link.type.replace(/["\\]/g, '')}"` : ''}`);
  return values.length > 0 ? values.join(', ') : undefined;
}
