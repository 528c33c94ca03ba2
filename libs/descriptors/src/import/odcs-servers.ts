import type { OdcsCustomProperty, OdcsRole, OdcsServer } from '../model/odcs.types';
import { isUri, schemaDocument, StandardSchema } from '../validation/schema-registry';
import { customPropertiesOrNone, customProperty } from './custom-properties';
import { compact, isRecord, type JsonObject } from './read-values';

/** What the ODCS v3.1 schema allows on a server of one type: connection members with their JSON type, and which are required. */
interface MemberShape {
  type: string;
  format?: string;
}

interface ServerShape {
  members: ReadonlyMap<string, MemberShape>;
  required: readonly string[];
}

let shapes: ReadonlyMap<string, ServerShape> | undefined;

/** The server types of the vendored ODCS v3.1.0 schema and the members each allows, read from the schema itself. */
function serverShapes(): ReadonlyMap<string, ServerShape> {
  shapes ??= readServerShapes(schemaDocument(StandardSchema.ODCS_V3_1_0));
  return shapes;
}

function readServerShapes(schema: object): ReadonlyMap<string, ServerShape> {
  const defs = child(schema, '$defs');
  const server = child(defs, 'Server');
  const sources = child(defs, 'ServerSource');
  const branches = Array.isArray(child(server, 'allOf')) ? (child(server, 'allOf') as unknown[]) : [];
  const result = new Map<string, ServerShape>();
  for (const branch of branches) {
    const type = child(child(child(child(branch, 'if'), 'properties'), 'type'), 'const');
    const reference = child(child(branch, 'then'), '$ref');
    if (typeof type !== 'string' || typeof reference !== 'string') continue;
    result.set(type, shapeOf(child(sources, reference.split('/').pop() ?? '')));
  }
  return result;
}

function shapeOf(definition: unknown): ServerShape {
  const members = new Map<string, MemberShape>();
  for (const [name, member] of Object.entries(child(definition, 'properties') ?? {})) {
    const format = child(member, 'format');
    members.set(name, { type: String(child(member, 'type') ?? 'string'), ...(typeof format === 'string' ? { format } : {}) });
  }
  const required = child(definition, 'required');
  return { members, required: Array.isArray(required) ? required.map(String) : [] };
}

function child(node: unknown, key: string): unknown {
  return isRecord(node) ? node[key] : undefined;
}

/** A server to write, from another format: its identity, and connection members still to be placed. */
export interface ServerDraft {
  id?: string;
  server: string;
  type: string;
  description?: string;
  environment?: string;
  roles?: OdcsRole[];
  connection: JsonObject;
  customProperties?: OdcsCustomProperty[];
}

/**
 * Writes a server the ODCS v3.1 schema accepts: a type it does not know, or a type whose required connection
 * members are missing, becomes `custom` (the original type kept as custom property "originalType"); connection
 * members the type does not declare, or of the wrong JSON type, become custom properties. `path` names the
 * source in notes.
 */
export function fitServer(draft: ServerDraft, path: string, notes: string[]): OdcsServer {
  const requested = draft.type.trim().toLowerCase();
  const type = odcsServerType(requested, draft.connection, path, notes);
  const shape = serverShapes().get(type) ?? { members: new Map<string, MemberShape>(), required: [] };
  const connection: JsonObject = {};
  const leftovers: OdcsCustomProperty[] = [];
  for (const [name, value] of Object.entries(draft.connection)) {
    if (value === undefined || value === null) continue;
    const fitted = fitMember(shape.members.get(name), value, `${path}.${name}`, notes);
    if (fitted === undefined) leftovers.push(customProperty(name, value, `${path}.${name}`, notes));
    else connection[name] = fitted;
  }
  const originalType = type === requested ? [] : [{ property: 'originalType', value: draft.type }];
  return compact({
    id: draft.id,
    server: draft.server,
    type,
    description: draft.description,
    environment: draft.environment,
    ...connection,
    roles: draft.roles,
    customProperties: customPropertiesOrNone(draft.customProperties ?? [], originalType, leftovers),
  });
}

function odcsServerType(requested: string, connection: JsonObject, path: string, notes: string[]): string {
  const shape = serverShapes().get(requested);
  if (!shape) {
    notes.push(`${path}.type: "${requested}" is no ODCS v3.1 server type, written as type custom`);
    return 'custom';
  }
  const missing = shape.required.filter((name) => connection[name] === undefined || connection[name] === null);
  if (missing.length === 0) return requested;
  notes.push(`${path}: an ODCS ${requested} server needs ${missing.join(', ')}, written as type custom`);
  return 'custom';
}

// A member the type declares, with a value of its JSON type (a port written as "5432" is read as a number).
function fitMember(expected: MemberShape | undefined, value: unknown, path: string, notes: string[]): unknown {
  if (expected === undefined) return undefined;
  if (expected.type === 'integer') return integerOf(value);
  if (expected.type === 'number') return typeof value === 'number' ? value : undefined;
  if (typeof value !== expected.type) return undefined;
  return expected.format === 'uri' && typeof value === 'string' ? uriOf(value, path, notes) : value;
}

// Locations often hold a placeholder ({model}) that a URI cannot: its braces are percent-encoded, reversibly.
function uriOf(value: string, path: string, notes: string[]): string | undefined {
  if (isUri(value)) return value;
  const encoded = value.replaceAll('{', '%7B').replaceAll('}', '%7D').replaceAll(' ', '%20');
  if (!isUri(encoded)) return undefined;
  notes.push(`${path}: "${value}" is no URI, written as "${encoded}" (braces and spaces percent-encoded)`);
  return encoded;
}

function integerOf(value: unknown): number | undefined {
  if (Number.isInteger(value)) return value as number;
  return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;
}
