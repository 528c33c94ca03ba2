import type { ErrorObject } from 'ajv';
import { pointerToken, toSchemaIssues } from './schema-issue';

function ajvError(instancePath: string, keyword: string, params: Record<string, unknown> = {}, message?: string): ErrorObject {
  return { instancePath, keyword, params, schemaPath: `#/${keyword}`, ...(message ? { message } : {}) };
}

const declared = new Set(['name', 'logicalType', 'quality']);

describe('toSchemaIssues', () => {
  it('drops "must match then" errors, which only repeat the errors of the then branch', () => {
    const issues = toSchemaIssues(
      [ajvError('/a', 'required', { missingProperty: 'b' }), ajvError('/a', 'if', { failingKeyword: 'then' }, 'must match "then" schema')],
      declared,
    );

    expect(issues).toEqual([{ pointer: '/a/b', message: 'required property "b" is missing', keyword: 'required' }]);
  });

  it('drops known properties reported as unevaluated when a real error sits inside the same object', () => {
    const issues = toSchemaIssues(
      [
        ajvError('/p/quality/0', 'required', { missingProperty: 'rule' }),
        ajvError('/p', 'unevaluatedProperties', { unevaluatedProperty: 'name' }),
        ajvError('/p', 'unevaluatedProperties', { unevaluatedProperty: 'quality' }),
        ajvError('/p', 'unevaluatedProperties', { unevaluatedProperty: 'colour' }),
      ],
      declared,
    );

    expect(issues.map((issue) => issue.pointer)).toEqual(['/p/quality/0/rule', '/p/colour']);
  });

  it('keeps a known property reported as unevaluated when nothing else is wrong in that object', () => {
    const issues = toSchemaIssues([ajvError('/servers/0', 'unevaluatedProperties', { unevaluatedProperty: 'name' })], declared);

    expect(issues).toEqual([
      {
        pointer: '/servers/0/name',
        message: 'property "name" is not allowed here (custom data belongs in customProperties)',
        keyword: 'unevaluatedProperties',
      },
    ]);
  });

  it('merges the type alternatives of an anyOf into one issue', () => {
    const issues = toSchemaIssues(
      [
        ajvError('/v', 'type', { type: 'string' }, 'must be string'),
        ajvError('/v', 'type', { type: 'number' }, 'must be number'),
        ajvError('/v', 'type', { type: 'null' }, 'must be null'),
        ajvError('/v', 'anyOf', {}, 'must match a schema in anyOf'),
      ],
      declared,
    );

    expect(issues).toEqual([{ pointer: '/v', message: 'must be string, number or null', keyword: 'type' }]);
  });

  it('keeps the alternative that fits the value when it fails inside', () => {
    const issues = toSchemaIssues(
      [
        ajvError('/team/members/0', 'required', { missingProperty: 'username' }),
        ajvError('/team', 'type', { type: 'array' }, 'must be array'),
        ajvError('/team', 'oneOf', { passingSchemas: null }, 'must match exactly one schema in oneOf'),
      ],
      declared,
    );

    expect(issues).toEqual([{ pointer: '/team/members/0/username', message: 'required property "username" is missing', keyword: 'required' }]);
  });

  it('reports a oneOf that no alternative explains by itself', () => {
    const issues = toSchemaIssues([ajvError('/r', 'oneOf', { passingSchemas: null }, 'must match exactly one schema in oneOf')], declared);

    expect(issues).toEqual([{ pointer: '/r', message: 'must match exactly one alternative', keyword: 'oneOf' }]);
  });

  it('puts errors about values before errors about unknown properties', () => {
    const issues = toSchemaIssues(
      [ajvError('', 'additionalProperties', { additionalProperty: 'x' }), ajvError('/status', 'type', { type: 'string' }, 'must be string')],
      declared,
    );

    expect(issues.map((issue) => issue.keyword)).toEqual(['type', 'additionalProperties']);
  });

  it('reports the same problem at the same place once', () => {
    const twice = ajvError('', 'required', { missingProperty: 'id' });

    expect(toSchemaIssues([twice, { ...twice }], declared)).toHaveLength(1);
  });

  it('escapes property names in pointers', () => {
    expect(toSchemaIssues([ajvError('/a~1b', 'required', { missingProperty: 'c~d/e' })], declared)[0].pointer).toBe('/a~1b/c~0d~1e');
  });
});

describe('pointerToken', () => {
  it.each([
    ['plain', 'plain'],
    ['a/b', 'a~1b'],
    ['a~b', 'a~0b'],
    ['~/', '~0~1'],
  ])('escapes %p as %p', (name, token) => {
    expect(pointerToken(name)).toBe(token);
  });
});
