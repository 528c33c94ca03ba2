import { committedOpenApi, expectMatrixCovers, matrixGaps, type MatrixOperation, type OpenApiDocument, operationsOf } from './matrix';

const DOCUMENT: OpenApiDocument = {
  paths: {
    '/health/live': { get: { operationId: 'getLiveness' } },
    '/v1/things': {
      get: { operationId: 'listThings', 'x-meshwork-permission': 'read:Thing' },
      post: { operationId: 'createThing', 'x-meshwork-permission': 'create:Thing' },
    },
  },
};

const ROWS: MatrixOperation[] = [
  { operationId: 'getLiveness', method: 'GET', template: '/health/live' },
  { operationId: 'listThings', method: 'GET', template: '/v1/things', permission: 'read:Thing' },
  { operationId: 'createThing', method: 'POST', template: '/v1/things', permission: 'create:Thing' },
];

describe('matrixGaps', () => {
  it('finds nothing when every operation has a row and every row an operation (several rows for one are fine)', () => {
    expect(matrixGaps(DOCUMENT, [...ROWS, ROWS[2]], 'doc.json', 'table.ts')).toEqual([]);
  });

  it('names an operation without a row, and where to add it', () => {
    expect(matrixGaps(DOCUMENT, ROWS.slice(0, 2), 'doc.json', 'table.ts')).toEqual([
      'POST /v1/things (createThing, permission create:Thing) is in doc.json but has no row in table.ts: add one saying who may call it and the status it answers.',
    ]);
  });

  it('names a row whose permission changed, as a row to correct and an operation without a row', () => {
    const rows = [...ROWS.slice(0, 2), { ...ROWS[2], permission: 'update:Thing' }];
    expect(matrixGaps(DOCUMENT, rows, 'doc.json', 'table.ts')).toEqual([
      'POST /v1/things (createThing, permission create:Thing) is in doc.json but has no row in table.ts: add one saying who may call it and the status it answers.',
      'POST /v1/things (createThing, permission update:Thing) has a row in table.ts but is not in doc.json: correct or remove the row (a changed permission or operationId counts as a change).',
    ]);
  });

  it('throws one error listing every gap', () => {
    expect(() => expectMatrixCovers('governance', [], 'table.ts', DOCUMENT)).toThrow(
      /^The authorization matrix does not match the OpenAPI document:\n- GET \/health\/live \(getLiveness, public\) is in libs\/sdk\/openapi\/governance\.json but has no row in table\.ts/,
    );
  });

  it.each(['catalog', 'governance', 'access', 'sla'] as const)('reads the committed %s document', (service) => {
    expect(operationsOf(committedOpenApi(service)).map((op) => op.template)).toContain('/health/live');
  });
});
