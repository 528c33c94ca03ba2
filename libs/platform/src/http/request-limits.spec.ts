import 'reflect-metadata';
import { PlatformError } from '../errors/domain-error';
import { toDomainError } from '../errors/to-problem';
import { MAX_INPUT_DEPTH, MAX_PATH_PARAM_LENGTH } from './limits';
import { assertInputWithinLimits, nulAt, tooDeepAt } from './request-limits';
import { PageQueryDto } from './pagination';
import { StrictValidationPipe } from './validation.pipe';

function nested(depth: number, container: 'array' | 'object'): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = container === 'array' ? [value] : { a: value };
  return value;
}

function refusal(run: () => unknown): PlatformError {
  try {
    run();
  } catch (error) {
    if (error instanceof PlatformError) return error;
    throw error;
  }
  throw new Error('the input was accepted');
}

describe('input nesting limit', () => {
  it.each([
    ['objects at the limit', nested(MAX_INPUT_DEPTH, 'object'), undefined],
    ['arrays at the limit', nested(MAX_INPUT_DEPTH, 'array'), undefined],
    ['objects one level deeper', nested(MAX_INPUT_DEPTH + 1, 'object'), `${'/a'.repeat(MAX_INPUT_DEPTH)}`],
    ['arrays one level deeper', nested(MAX_INPUT_DEPTH + 1, 'array'), `${'/0'.repeat(MAX_INPUT_DEPTH)}`],
    ['scalars', 'text', undefined],
  ])('%s', (_name, value, pointer) => {
    expect(tooDeepAt(value)).toBe(pointer);
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    expect(tooDeepAt(nested(100_000, 'array'))).toBe('/0'.repeat(MAX_INPUT_DEPTH));
  });

  it('is refused as a 400 pointing at where the limit was passed', () => {
    const error = refusal(() => assertInputWithinLimits({ product: nested(MAX_INPUT_DEPTH, 'object') }, 'body'));
    expect(error.status).toBe(400);
    expect(error.errors?.[0]).toEqual({ location: 'body', pointer: `/product${'/a'.repeat(MAX_INPUT_DEPTH - 1)}`, detail: `nests objects and arrays deeper than ${MAX_INPUT_DEPTH} levels` });
  });
});

describe('NUL characters', () => {
  it.each([
    ['a value', { name: 'a\u0000b' }, '/name'],
    ['a key', { 'a\u0000': 1 }, '/a\u0000'],
    ['an item', { tags: ['ok', '\u0000'] }, '/tags/1'],
    ['a path parameter', 'crm\u0000', ''],
    ['nothing', { name: 'crm', tags: ['a'] }, undefined],
  ])('are found in %s', (_name, value, pointer) => {
    expect(nulAt(value)).toBe(pointer);
  });

  it('are refused as a 400 where they were', () => {
    const error = refusal(() => assertInputWithinLimits('crm\u0000', 'path'));
    expect(error.status).toBe(400);
    expect(error.errors).toEqual([{ location: 'path', pointer: '', detail: 'must not contain the NUL character (\\u0000)' }]);
  });
});

describe('StrictValidationPipe applies the limits to every argument', () => {
  const pipe = new StrictValidationPipe();

  it('refuses a NUL in a path parameter, which is not validated otherwise', async () => {
    await expect(pipe.transform('a\u0000', { type: 'param', metatype: String, data: 'name' })).rejects.toMatchObject({ status: 400, errors: [{ location: 'path' }] });
  });

  it('refuses a deep body before class-transformer walks it', async () => {
    await expect(pipe.transform(nested(50_000, 'array'), { type: 'body', metatype: PageQueryDto })).rejects.toMatchObject({ status: 400 });
  });

  it.each([['1000001'], ['99999999999999999999999'], ['-1']])('refuses offset=%s', async (offset) => {
    await expect(pipe.transform({ offset }, { type: 'query', metatype: PageQueryDto })).rejects.toMatchObject({ status: 400, errors: [{ location: 'query', pointer: '/offset' }] });
  });

  it('accepts the largest offset', async () => {
    await expect(pipe.transform({ offset: '1000000', limit: '200' }, { type: 'query', metatype: PageQueryDto })).resolves.toMatchObject({ offset: 1_000_000, limit: 200 });
  });
});

describe('router refusals', () => {
  it.each([
    ['FST_ERR_BAD_URL', 'The URL is not valid'],
    ['FST_ERR_MAX_PARAM_LENGTH', `longer than the ${MAX_PATH_PARAM_LENGTH} characters allowed`],
  ])('%s is a 400 problem', (code, detail) => {
    const { error, unexpected } = toDomainError(Object.assign(new Error('router'), { code }));
    expect(unexpected).toBe(false);
    expect(error.status).toBe(400);
    expect(error.detail).toContain(detail);
  });
});
