import { toCelValue } from './cel-values';
import { contractChanges } from './contract-changes';
import type { EvaluationInput, PolicyTarget } from './types';

type Json = Record<string, unknown>;

/** One element a rule is evaluated on. */
export interface TargetElement {
  /** JSON pointer of the element in the EvaluationInput. */
  pointer: string;
  /** The element as submitted: what a JSON-Schema rule validates. */
  value: unknown;
  /** The CEL variables of the element, numbers converted for the CEL library. */
  variables: Record<string, unknown>;
  /** Set when a variable could not be computed: a rule that reads it ends in `error` with this text. */
  unavailable?: { variable: string; reason: string };
}

/** The elements of every target kind of one input, each kind computed on first use. */
export class TargetElements {
  private readonly cache = new Map<PolicyTarget, TargetElement[]>();
  private celInput: { product: Json; contracts: Json[] } | undefined;

  constructor(private readonly input: EvaluationInput) {}

  of(target: PolicyTarget): TargetElement[] {
    let elements = this.cache.get(target);
    if (!elements) {
      elements = this.build(target);
      this.cache.set(target, elements);
    }
    return elements;
  }

  private cel(): { product: Json; contracts: Json[] } {
    this.celInput ??= { product: asObject(toCelValue(this.input.product)), contracts: asArray(toCelValue(this.input.contracts)).map(asObject) };
    return this.celInput;
  }

  private build(target: PolicyTarget): TargetElement[] {
    switch (target) {
      case 'product':
        return [this.productElement()];
      case 'contract':
        return this.contractElements();
      case 'output-port':
        return this.portElements();
      case 'schema-property':
        return this.propertyElements();
    }
  }

  private productElement(): TargetElement {
    const { product, contracts } = this.cel();
    const previous = this.input.previous ? toCelValue(this.input.previous) : null;
    const variables = { product, contracts, previous, changes: [] as unknown };
    try {
      variables.changes = toCelValue(contractChanges(this.input));
      return { pointer: '/product', value: this.input.product, variables };
    } catch (error) {
      const reason = `the changes against the previous version could not be computed: ${errorText(error)}`;
      return { pointer: '/product', value: this.input.product, variables, unavailable: { variable: 'changes', reason } };
    }
  }

  private contractElements(): TargetElement[] {
    const { product, contracts } = this.cel();
    return contracts.map((contract, i) => ({ pointer: `/contracts/${i}`, value: this.input.contracts[i], variables: { contract, product } }));
  }

  private portElements(): TargetElement[] {
    const { product, contracts } = this.cel();
    const rawPorts = asArray(this.input.product['outputPorts']);
    return asArray(product['outputPorts']).map((candidate, j) => {
      const port = asObject(candidate);
      return { pointer: `/product/outputPorts/${j}`, value: rawPorts[j], variables: { port, product, contract: contractOfPort(contracts, port) } };
    });
  }

  private propertyElements(): TargetElement[] {
    const { product, contracts } = this.cel();
    const ports = asArray(product['outputPorts']).map(asObject);
    return contracts.flatMap((contract, i) => {
      const port = ports.find((candidate) => candidate['contractId'] !== undefined && candidate['contractId'] === contract['id']) ?? null;
      const rawObjects = asArray(this.input.contracts[i]?.['schema']);
      return asArray(contract['schema']).flatMap((candidate, k) => {
        const object = asObject(candidate);
        const shared = { object, contract, product, port };
        return propertiesOf(object, asObject(rawObjects[k]), `/contracts/${i}/schema/${k}`).map(({ pointer, property, value }) => ({
          pointer,
          value,
          variables: { property, ...shared },
        }));
      });
    });
  }
}

interface LocatedProperty {
  pointer: string;
  property: Json;
  value: unknown;
}

/** The properties of a schema object or property, depth first, through nested `properties` and `items.properties`. */
function propertiesOf(parent: Json, rawParent: Json, pointer: string): LocatedProperty[] {
  const own = nestedProperties(parent, rawParent, pointer, '');
  const items = asObject(parent['items']);
  const inItems = nestedProperties(items, asObject(rawParent['items']), pointer, '/items');
  return [...own, ...inItems];
}

function nestedProperties(parent: Json, rawParent: Json, pointer: string, via: string): LocatedProperty[] {
  const raw = asArray(rawParent['properties']);
  return asArray(parent['properties']).flatMap((candidate, m) => {
    const property = asObject(candidate);
    const here = `${pointer}${via}/properties/${m}`;
    return [{ pointer: here, property, value: raw[m] }, ...propertiesOf(property, asObject(raw[m]), here)];
  });
}

function contractOfPort(contracts: Json[], port: Json): Json | null {
  const id = port['contractId'];
  if (id === undefined || id === null) return null;
  return contracts.find((contract) => contract['id'] === id) ?? null;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asObject(value: unknown): Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return (error as Error & { summary?: string }).summary ?? error.message;
  return String(error);
}
