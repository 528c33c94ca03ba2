import type { ErrorObject } from 'ajv';
import type { OdcsContract, OdcsCustomProperty } from '../model/odcs.types';
import { declaredPropertyNames, StandardSchema, validatorFor } from '../validation/schema-registry';
import { keptAsCustomProperty } from './custom-properties';
import { isRecord, type JsonObject } from './read-values';

// Elements of ODCS v3.1 that have customProperties: the contract, its description and team, team members,
// servers and their roles, roles, support channels, schema objects and their (nested) properties and items,
// and quality rules.
const HOLDERS = [
  '',
  '/description',
  '/team',
  '/team/members/\\d+',
  '/servers/\\d+(?:/roles/\\d+)?',
  '/roles/\\d+',
  '/support/\\d+',
  '/schema/\\d+(?:/properties/\\d+|/items)*(?:/quality/\\d+)?',
];
const HOLDS_CUSTOM_PROPERTIES = new RegExp(`^(?:${HOLDERS.join('|')})$`);

/**
 * Moves the members that the ODCS v3.1 schema declares nowhere (extensions a more open older schema allowed) into
 * `customProperties` of the nearest element that has them, named by their path from that element. Works on and
 * returns a copy; members the schema declares elsewhere are left for validation to report.
 */
export function moveUnknownMembersToCustomProperties(contract: OdcsContract, notes: string[]): OdcsContract {
  const copy = structuredClone(contract);
  const validate = validatorFor(StandardSchema.ODCS_V3_1_0);
  if (validate(copy)) return copy;
  const declared = declaredPropertyNames(StandardSchema.ODCS_V3_1_0);
  const unknown = uniqueMembers((validate.errors ?? []).filter((error) => isUnknownMember(error, declared)));
  // Deepest first, so that moving a member does not shift the pointer of another.
  for (const { container, name } of unknown.sort((a, b) => b.container.length - a.container.length)) {
    moveMember(copy, container, name, notes);
  }
  return copy;
}

function isUnknownMember(error: ErrorObject, declared: ReadonlySet<string>): boolean {
  if (error.keyword !== 'additionalProperties' && error.keyword !== 'unevaluatedProperties') return false;
  return !declared.has(memberName(error));
}

function memberName(error: ErrorObject): string {
  return String(error.params['additionalProperty'] ?? error.params['unevaluatedProperty']);
}

function uniqueMembers(errors: ErrorObject[]): { container: string; name: string }[] {
  const seen = new Map<string, { container: string; name: string }>();
  for (const error of errors) {
    const member = { container: error.instancePath, name: memberName(error) };
    seen.set(`${member.container}\u0000${member.name}`, member);
  }
  return [...seen.values()];
}

function moveMember(doc: OdcsContract, container: string, name: string, notes: string[]): void {
  const tokens = container === '' ? [] : container.slice(1).split('/').map(unescapeToken);
  const holderDepth = nearestHolder(tokens);
  const holder = resolve(doc, tokens.slice(0, holderDepth));
  const parent = resolve(doc, tokens);
  if (!isRecord(holder) || !isRecord(parent)) return;
  const property = [...tokens.slice(holderDepth), name].join('.');
  const list = Array.isArray(holder['customProperties']) ? (holder['customProperties'] as OdcsCustomProperty[]) : [];
  holder['customProperties'] = [...list, { property, value: parent[name] }];
  delete parent[name];
  notes.push(keptAsCustomProperty(dotted([...tokens, name]), property));
}

function nearestHolder(tokens: string[]): number {
  for (let depth = tokens.length; depth > 0; depth -= 1) {
    if (HOLDS_CUSTOM_PROPERTIES.test(tokens.slice(0, depth).map((token) => `/${token}`).join(''))) return depth;
  }
  return 0;
}

function resolve(doc: unknown, tokens: string[]): unknown {
  return tokens.reduce<unknown>((node, token) => {
    if (Array.isArray(node)) return node[Number(token)];
    return isRecord(node) ? (node as JsonObject)[token] : undefined;
  }, doc);
}

function unescapeToken(token: string): string {
  return token.replaceAll('~1', '/').replaceAll('~0', '~');
}

// schema/0/properties/2/colour → schema[0].properties[2].colour
function dotted(tokens: string[]): string {
  return tokens.reduce((path, token) => {
    if (/^\d+$/.test(token)) return `${path}[${token}]`;
    return path === '' ? token : `${path}.${token}`;
  }, '');
}
