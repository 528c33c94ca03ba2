import { type ArgumentMetadata, Injectable, ValidationPipe, type ValidationError } from '@nestjs/common';
import { PlatformError, PlatformErrorCode } from '../errors/domain-error';
import type { ProblemFieldError } from '../errors/problem';
import { assertInputWithinLimits } from './request-limits';

type Location = NonNullable<ProblemFieldError['location']>;

function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Flattens class-validator's tree into one entry per invalid field, each with a JSON pointer. */
export function flattenValidationErrors(errors: ValidationError[], location: Location, parent = ''): ProblemFieldError[] {
  return errors.flatMap((error) => {
    const pointer = `${parent}/${escapePointerToken(error.property)}`;
    const own = Object.values(error.constraints ?? {}).map((detail) => ({ location, pointer, detail }));
    return [...own, ...flattenValidationErrors(error.children ?? [], location, pointer)];
  });
}

function locationOf(metadata: ArgumentMetadata): Location {
  if (metadata.type === 'query') return 'query';
  if (metadata.type === 'param') return 'path';
  return 'body';
}

/** Carries class-validator's errors out of ValidationPipe, so that transform can say where they were. */
class InvalidInput extends Error {
  constructor(readonly errors: ValidationError[]) {
    super('invalid input');
  }
}

const OPAQUE = Symbol('meshwork:opaque-document');

/**
 * Marks a DTO property that carries whole documents (an ODPS product, ODCS contracts: a JSON object, YAML text, or a
 * list of them). Its own validators still run, on a stand-in of the same shape (`{}` for an object, `''` for text,
 * a list of those for a list), and the handler receives the value exactly as sent: class-transformer would otherwise
 * copy every nested object of a large document, at a cost far above the rest of the request. A property whose type is
 * a DTO class with opaque properties of its own is followed.
 */
export function OpaqueDocument(): PropertyDecorator {
  return (target, key) => {
    const owner = target.constructor;
    const keys = (Reflect.getOwnMetadata(OPAQUE, owner) as (string | symbol)[] | undefined) ?? [];
    Reflect.defineMetadata(OPAQUE, [...keys, key], owner);
  };
}

function opaqueKeys(type: unknown): (string | symbol)[] {
  return typeof type === 'function' ? ((Reflect.getMetadata(OPAQUE, type) as (string | symbol)[] | undefined) ?? []) : [];
}

function isPlainObject(value: unknown): value is Record<string | symbol, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function standIn(value: unknown): unknown {
  if (typeof value === 'string') return '';
  if (Array.isArray(value)) return value.map(standIn);
  return isPlainObject(value) ? {} : value;
}

/** A nested DTO type declared on a property (emitted by TypeScript), when it has opaque properties. */
function nestedType(type: unknown, key: string | symbol): unknown {
  if (typeof type !== 'function') return undefined;
  const declared: unknown = Reflect.getMetadata('design:type', (type as { prototype: object }).prototype, key);
  return opaqueKeys(declared).length > 0 ? declared : undefined;
}

interface Detached {
  value: unknown;
  restore(instance: unknown): void;
}

/** The value with its documents replaced by stand-ins, and how to put the originals into the validated instance. */
function detach(value: unknown, type: unknown): Detached {
  const keys = opaqueKeys(type);
  if (keys.length === 0 || !isPlainObject(value)) return { value, restore: () => undefined };
  const copy: Record<string | symbol, unknown> = { ...value };
  const restores: ((instance: Record<string | symbol, unknown>) => void)[] = [];
  for (const key of Object.keys(value)) {
    if (keys.includes(key)) {
      copy[key] = standIn(value[key]);
      restores.push((instance) => {
        instance[key] = value[key];
      });
      continue;
    }
    const nested = nestedType(type, key);
    if (!nested) continue;
    const inner = detach(value[key], nested);
    copy[key] = inner.value;
    restores.push((instance) => inner.restore(instance[key]));
  }
  return {
    value: copy,
    restore: (instance) => {
      if (isPlainObject(instance)) for (const restore of restores) restore(instance);
    },
  };
}

/** Rejects unknown fields and invalid values with problem+json listing each field. */
@Injectable()
export class StrictValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      validationError: { target: false, value: false },
      exceptionFactory: (errors: ValidationError[]) => new InvalidInput(errors),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') assertInputWithinLimits(value, locationOf(metadata));
    try {
      const detached = detach(value, metadata.metatype);
      const instance = await super.transform(detached.value, metadata);
      detached.restore(instance);
      return instance;
    } catch (error) {
      if (!(error instanceof InvalidInput)) throw error;
      const location = locationOf(metadata);
      const fieldErrors = flattenValidationErrors(error.errors, location);
      const summary = fieldErrors.map((e) => `${e.pointer}: ${e.detail}`).join('; ');
      throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `Invalid ${location}: ${summary}`, fieldErrors);
    }
  }
}
