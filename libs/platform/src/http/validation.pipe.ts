import { type ArgumentMetadata, Injectable, ValidationPipe, type ValidationError } from '@nestjs/common';
import { PlatformError, PlatformErrorCode } from '../errors/domain-error';
import type { ProblemFieldError } from '../errors/problem';

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
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (!(error instanceof InvalidInput)) throw error;
      const location = locationOf(metadata);
      const fieldErrors = flattenValidationErrors(error.errors, location);
      const summary = fieldErrors.map((e) => `${e.pointer}: ${e.detail}`).join('; ');
      throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `Invalid ${location}: ${summary}`, fieldErrors);
    }
  }
}
