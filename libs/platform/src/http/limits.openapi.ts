import type { OpenAPIObject } from '@nestjs/swagger';
import { MAX_INPUT_DEPTH, MAX_PATH_PARAM_LENGTH } from './limits';

interface Response {
  description?: string;
  content?: Record<string, unknown>;
}

interface Operation {
  parameters?: unknown[];
  requestBody?: unknown;
  responses?: Record<string, Response>;
}

const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemResponseDto' } } };

const INVALID =
  `Invalid input: \`errors[]\` lists each invalid field with a JSON pointer. Any request may be refused so: a malformed ` +
  `percent-encoding or a path parameter longer than ${MAX_PATH_PARAM_LENGTH} characters, input nested deeper than ${MAX_INPUT_DEPTH} ` +
  'levels, a NUL character, an unknown query parameter.';
const TOO_LARGE = 'The request body is larger than the service accepts (`MESHWORK_BODY_LIMIT`, 1 MiB by default).';
const UNSUPPORTED = 'The request body is in a media type this operation does not read.';

/** Error answers are documented as problem+json, whatever the operation's successful answers are (NDJSON, YAML). */
function errorsAsProblems(responses: Record<string, Response>): void {
  for (const [status, response] of Object.entries(responses)) {
    if (Number(status) < 400 || !response.content || 'application/problem+json' in response.content) continue;
    response.content = PROBLEM;
  }
}

/** The answers that the platform gives to bad input on any operation, documented on each: 400, and 413 and 415 where a body is read. */
export function documentRequestLimits(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item as Record<string, Operation>)) {
      if (typeof operation !== 'object' || !operation.responses) continue;
      const { responses } = operation;
      errorsAsProblems(responses);
      const takesInput = (operation.parameters?.length ?? 0) > 0 || operation.requestBody !== undefined;
      if (takesInput) responses['400'] ??= { description: INVALID, content: PROBLEM };
      if (operation.requestBody === undefined) continue;
      responses['413'] ??= { description: TOO_LARGE, content: PROBLEM };
      responses['415'] ??= { description: UNSUPPORTED, content: PROBLEM };
    }
  }
}
