/** Test support: read and edit parsed documents by RFC 6901 JSON Pointer, the same address a SchemaIssue uses. */

type Container = Record<string, unknown> | unknown[];

function tokens(pointer: string): string[] {
  if (!pointer.startsWith('/')) throw new Error(`"${pointer}" is not a JSON Pointer to a member`);
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function child(container: Container, token: string): unknown {
  return Array.isArray(container) ? container[Number(token)] : container[token];
}

function parentOf(doc: unknown, pointer: string): { parent: Container; key: string } {
  const path = tokens(pointer);
  const key = path.pop() as string;
  const parent = path.reduce<unknown>((node, token) => (isContainer(node) ? child(node, token) : undefined), doc);
  if (!isContainer(parent)) throw new Error(`nothing to edit at ${pointer}`);
  return { parent, key };
}

export function getAt(doc: unknown, pointer: string): unknown {
  const { parent, key } = parentOf(doc, pointer);
  return child(parent, key);
}

export function setAt(doc: unknown, pointer: string, value: unknown): void {
  const { parent, key } = parentOf(doc, pointer);
  if (Array.isArray(parent)) parent[Number(key)] = value;
  else parent[key] = value;
}

export function removeAt(doc: unknown, pointer: string): void {
  const { parent, key } = parentOf(doc, pointer);
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
}
