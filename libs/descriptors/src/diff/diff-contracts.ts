import type { OdcsContract, OdcsPropertyBase, OdcsSchemaObject } from '../model/odcs.types';
import { pointerToken } from '../validation/schema-issue';
import { allowedValues, missingFrom, type AllowedValues } from './allowed-values';
import { CHANGE_SEVERITY, type ContractChange, type ContractChangeKind } from './contract-change.types';
import { located, matchElements, type ElementPair, type Located } from './match-elements';
import {
  canonicalJson,
  compareLogicalTypes,
  comparePhysicalTypes,
  compareTypeOptions,
  type TypeVerdict,
} from './type-compatibility';

/** The same element in both versions. */
interface Matched<T> {
  previous: Located<T>;
  next: Located<T>;
}

/** A dotted path in each version (names may differ when an element was renamed). */
interface Paths {
  previous: string;
  next: string;
}

interface Where {
  pointer: string;
  side: 'previous' | 'next';
}

/**
 * Classifies every difference between two versions of an ODCS (v3.0 or v3.1) contract that can matter to its
 * consumers: schema objects and fields (matched by `id` when both versions carry one, else by `name`), their
 * types and type options, required/unique flags, allowed values and primary keys, through nested objects and
 * arrays of objects. Descriptions, tags, SLAs and other metadata are not compared. Pure.
 */
export function diffContracts(previous: OdcsContract, next: OdcsContract): ContractChange[] {
  const pairs = matchElements(located(previous.schema, '/schema'), located(next.schema, '/schema'));
  return pairs.flatMap(diffObjectPair);
}

/** True when at least one change is breaking. */
export function isBreaking(changes: readonly ContractChange[]): boolean {
  return changes.some((change) => change.severity === 'breaking');
}

/** How many changes are breaking and how many compatible. */
export function summariseChanges(changes: readonly ContractChange[]): { breaking: number; compatible: number } {
  const breaking = changes.filter((change) => change.severity === 'breaking').length;
  return { breaking, compatible: changes.length - breaking };
}

interface Values {
  before?: unknown;
  after?: unknown;
}

function change(kind: ContractChangeKind, path: string, where: Where, detail: string, values: Values = {}): ContractChange {
  return { kind, severity: CHANGE_SEVERITY[kind], path, ...where, detail, ...definedValues(values) };
}

function definedValues({ before, after }: Values): Values {
  return { ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) };
}

const inNext = (element: Located<unknown>): Where => ({ pointer: element.pointer, side: 'next' });
const inPrevious = (element: Located<unknown>): Where => ({ pointer: element.pointer, side: 'previous' });

// The attribute where it is set in the next version, else where it was set in the previous one, else the element.
function attributeWhere(pair: Matched<unknown>, tokens: string[], before: unknown, after: unknown): Where {
  const suffix = tokens.map((token) => `/${pointerToken(token)}`).join('');
  if (after !== undefined) return { pointer: `${pair.next.pointer}${suffix}`, side: 'next' };
  if (before !== undefined) return { pointer: `${pair.previous.pointer}${suffix}`, side: 'previous' };
  return inNext(pair.next);
}

function diffObjectPair(pair: ElementPair<OdcsSchemaObject>): ContractChange[] {
  if (!pair.previous) {
    const { name } = pair.next.element;
    return [change('object-added', name, inNext(pair.next), `object ${name} was added`)];
  }
  if (!pair.next) {
    const { name } = pair.previous.element;
    return [change('object-removed', name, inPrevious(pair.previous), `object ${name} was removed`)];
  }
  return diffObjects(pair);
}

function diffObjects(pair: Matched<OdcsSchemaObject>): ContractChange[] {
  const paths: Paths = { previous: pair.previous.element.name, next: pair.next.element.name };
  const fields = matchElements(
    located(pair.previous.element.properties, `${pair.previous.pointer}/properties`),
    located(pair.next.element.properties, `${pair.next.pointer}/properties`),
  );
  return [
    ...renames('object-renamed', 'object', pair, paths),
    ...fields.flatMap((field) => diffFieldPair(field, paths)),
    ...primaryKeyChanges(pair, fields, paths.next),
  ];
}

// A new name for the same id is a rename; so is a new physical name (the table or column as stored).
function renames(
  kind: 'object-renamed' | 'field-renamed',
  noun: string,
  pair: Matched<OdcsPropertyBase | OdcsSchemaObject>,
  paths: Paths,
): ContractChange[] {
  const previous = pair.previous.element;
  const next = pair.next.element;
  const changes: ContractChange[] = [];
  if (previous.name !== next.name) {
    const where = attributeWhere(pair, ['name'], previous.name, next.name);
    const detail = `${noun} ${paths.previous} was renamed to ${paths.next}`;
    changes.push(change(kind, paths.next, where, detail, { before: previous.name, after: next.name }));
  }
  const physicalBefore = previous.physicalName ?? previous.name;
  const physicalAfter = next.physicalName ?? next.name;
  const declared = previous.physicalName !== undefined || next.physicalName !== undefined;
  if (declared && physicalBefore !== physicalAfter) {
    const where = attributeWhere(pair, ['physicalName'], previous.physicalName, next.physicalName);
    const detail = `${paths.next}: physicalName ${show(physicalBefore)} → ${show(physicalAfter)}`;
    changes.push(change(kind, paths.next, where, detail, { before: physicalBefore, after: physicalAfter }));
  }
  return changes;
}

function diffFieldPair(pair: ElementPair<OdcsPropertyBase>, parent: Paths): ContractChange[] {
  if (!pair.previous) {
    const path = childPath(parent.next, pair.next.element.name);
    const requirement = pair.next.element.required === true ? 'required' : 'optional';
    return [change('field-added', path, inNext(pair.next), `field ${path} was added (${requirement})`)];
  }
  if (!pair.next) {
    const path = childPath(parent.previous, pair.previous.element.name);
    return [change('field-removed', path, inPrevious(pair.previous), `field ${path} was removed`)];
  }
  const paths = {
    previous: childPath(parent.previous, pair.previous.element.name),
    next: childPath(parent.next, pair.next.element.name),
  };
  return [...renames('field-renamed', 'field', pair, paths), ...diffElements(pair, paths, paths)];
}

function childPath(parent: string, name: string | undefined): string {
  return `${parent}.${name ?? ''}`;
}

/**
 * What a field and an array's element type share: type, flags, allowed values, element type, nested fields.
 * `own` names the element in details; `children` prefixes its nested fields (for an array element type, the
 * array's own path, so that the fields of orders.lines[] are orders.lines.sku).
 */
function diffElements(pair: Matched<OdcsPropertyBase>, own: Paths, children: Paths): ContractChange[] {
  const fields = matchElements(
    located(nestedProperties(pair.previous.element), `${pair.previous.pointer}/properties`),
    located(nestedProperties(pair.next.element), `${pair.next.pointer}/properties`),
  );
  return [
    ...typeChanges(pair, own.next),
    ...flagChanges(pair, own.next),
    ...allowedValueChanges(pair, own.next),
    ...itemsChanges(pair, own.next, children),
    ...fields.flatMap((field) => diffFieldPair(field, children)),
  ];
}

function nestedProperties(element: OdcsPropertyBase): OdcsPropertyBase[] {
  return element.properties ?? [];
}

const TYPE_KINDS: Readonly<Record<Exclude<TypeVerdict, 'same'>, ContractChangeKind>> = {
  narrowed: 'type-narrowed',
  widened: 'type-widened',
  changed: 'type-changed',
};

// A new logical type makes its physical type and type options incomparable: one change says it all.
function typeChanges(pair: Matched<OdcsPropertyBase>, path: string): ContractChange[] {
  const previous = pair.previous.element;
  const next = pair.next.element;
  const logical = compareLogicalTypes(previous.logicalType, next.logicalType);
  if (logical !== 'same') return [typeChange(pair, path, ['logicalType'], logical, previous.logicalType, next.logicalType)];
  const physical = comparePhysicalTypes(previous.physicalType, next.physicalType);
  const physicalChanges =
    physical === 'same' ? [] : [typeChange(pair, path, ['physicalType'], physical, previous.physicalType, next.physicalType)];
  const optionChanges = compareTypeOptions(previous.logicalTypeOptions, next.logicalTypeOptions).map((option) =>
    typeChange(pair, path, ['logicalTypeOptions', option.option], option.verdict, option.before, option.after),
  );
  return [...physicalChanges, ...optionChanges];
}

function typeChange(
  pair: Matched<unknown>,
  path: string,
  tokens: string[],
  verdict: Exclude<TypeVerdict, 'same'>,
  before: unknown,
  after: unknown,
): ContractChange {
  const label = tokens[tokens.length - 1];
  const where = attributeWhere(pair, tokens, before, after);
  return change(TYPE_KINDS[verdict], path, where, `${path}: ${describeValueChange(label, before, after)}`, { before, after });
}

function describeValueChange(label: string, before: unknown, after: unknown): string {
  if (before === undefined) return `${label} ${show(after)} added`;
  if (after === undefined) return `${label} ${show(before)} removed`;
  return `${label} ${show(before)} → ${show(after)}`;
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function flagChanges(pair: Matched<OdcsPropertyBase>, path: string): ContractChange[] {
  const changes: ContractChange[] = [];
  const previous = pair.previous.element;
  const next = pair.next.element;
  if ((previous.required === true) !== (next.required === true)) {
    const where = attributeWhere(pair, ['required'], previous.required, next.required);
    const values = { before: previous.required === true, after: next.required === true };
    changes.push(
      next.required === true
        ? change('required-added', path, where, `${path} is now required`, values)
        : change('required-removed', path, where, `${path} is no longer required`, values),
    );
  }
  if ((previous.unique === true) !== (next.unique === true)) {
    const where = attributeWhere(pair, ['unique'], previous.unique, next.unique);
    const values = { before: previous.unique === true, after: next.unique === true };
    changes.push(
      next.unique === true
        ? change('unique-added', path, where, `${path} must now be unique`, values)
        : change('unique-removed', path, where, `${path} no longer has to be unique`, values),
    );
  }
  return changes;
}

function allowedValueChanges(pair: Matched<OdcsPropertyBase>, path: string): ContractChange[] {
  const before = allowedValues(pair.previous.element, pair.previous.pointer);
  const after = allowedValues(pair.next.element, pair.next.pointer);
  if (!before) return after ? [valuesRestricted(path, after)] : [];
  if (!after) {
    const where: Where = { pointer: before.pointer, side: 'previous' };
    const detail = `${path}: allowed values ${showList(before.values)} no longer enforced`;
    return [change('enum-values-added', path, where, detail, { before: before.values })];
  }
  return enumerationChanges(path, before, after);
}

// A field that took any value now has a list of allowed values: every other value was removed.
function valuesRestricted(path: string, after: AllowedValues): ContractChange {
  const where: Where = { pointer: after.pointer, side: 'next' };
  const detail = `${path}: values restricted to ${showList(after.values)}`;
  return change('enum-values-removed', path, where, detail, { after: after.values });
}

function enumerationChanges(path: string, before: AllowedValues, after: AllowedValues): ContractChange[] {
  const where: Where = { pointer: after.pointer, side: 'next' };
  const values = { before: before.values, after: after.values };
  const removed = missingFrom(before.values, after.values);
  const added = missingFrom(after.values, before.values);
  const changes: ContractChange[] = [];
  if (removed.length > 0) {
    changes.push(change('enum-values-removed', path, where, `${path}: allowed values ${showList(removed)} removed`, values));
  }
  if (added.length > 0) {
    changes.push(change('enum-values-added', path, where, `${path}: allowed values ${showList(added)} added`, values));
  }
  return changes;
}

function showList(values: unknown[]): string {
  return values.map(show).join(', ');
}

// An array's element type: declaring one narrows, dropping it widens, otherwise compare it like a field.
function itemsChanges(pair: Matched<OdcsPropertyBase>, path: string, children: Paths): ContractChange[] {
  const previous = pair.previous.element.items;
  const next = pair.next.element.items;
  if (!previous && !next) return [];
  if (!previous) {
    const where: Where = { pointer: `${pair.next.pointer}/items`, side: 'next' };
    return [change('type-narrowed', path, where, `${path}: element type (items) added`)];
  }
  if (!next) {
    const where: Where = { pointer: `${pair.previous.pointer}/items`, side: 'previous' };
    return [change('type-widened', path, where, `${path}: element type (items) removed`)];
  }
  const items: Matched<OdcsPropertyBase> = {
    previous: { element: previous, pointer: `${pair.previous.pointer}/items` },
    next: { element: next, pointer: `${pair.next.pointer}/items` },
  };
  return diffElements(items, { previous: `${children.previous}[]`, next: `${children.next}[]` }, children);
}

// Keys compare by field names, a previous name read as its next one when the field was renamed under its id.
function primaryKeyChanges(
  pair: Matched<OdcsSchemaObject>,
  fields: ElementPair<OdcsPropertyBase>[],
  path: string,
): ContractChange[] {
  const before = primaryKey(pair.previous.element.properties ?? [], `${pair.previous.pointer}/properties`);
  const after = primaryKey(pair.next.element.properties ?? [], `${pair.next.pointer}/properties`);
  const renamedTo = new Map(
    fields.flatMap((field) => (field.previous && field.next ? [[field.previous.pointer, field.next.element.name]] : [])),
  );
  const beforeAsNamedNow = before.map((field) => renamedTo.get(field.pointer) ?? field.element.name);
  const afterNames = names(after);
  if (canonicalJson(beforeAsNamedNow) === canonicalJson(afterNames)) return [];
  const detail = `${path}: primary key ${showKey(names(before))} → ${showKey(afterNames)}`;
  return [change('primary-key-changed', path, inNext(pair.next), detail, { before: names(before), after: afterNames })];
}

function names(fields: Located<OdcsPropertyBase>[]): string[] {
  return fields.map((field) => field.element.name ?? '');
}

function showKey(names: string[]): string {
  return names.length === 0 ? '(none)' : `(${names.join(', ')})`;
}

// Primary-key fields in key order: by primaryKeyPosition (-1 or none last), then as listed.
function primaryKey(properties: OdcsPropertyBase[], pointer: string): Located<OdcsPropertyBase>[] {
  const position = ({ primaryKeyPosition }: OdcsPropertyBase) =>
    typeof primaryKeyPosition === 'number' && primaryKeyPosition > 0 ? primaryKeyPosition : Number.POSITIVE_INFINITY;
  return located(properties, pointer)
    .map((field, index) => ({ field, index }))
    .filter(({ field }) => field.element.primaryKey === true)
    .sort((a, b) => position(a.field.element) - position(b.field.element) || a.index - b.index)
    .map(({ field }) => field);
}
