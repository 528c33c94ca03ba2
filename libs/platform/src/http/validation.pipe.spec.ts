import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsDefined, IsObject, IsOptional, ValidateNested } from 'class-validator';
import { PlatformError } from '../errors/domain-error';
import { OpaqueDocument, StrictValidationPipe } from './validation.pipe';

class Earlier {
  @IsDefined()
  @IsObject()
  @OpaqueDocument()
  product!: Record<string, unknown>;
}

class Envelope {
  @IsDefined()
  @IsObject()
  @OpaqueDocument()
  product!: Record<string, unknown>;

  @IsOptional()
  @IsArray()
  @IsObject({ each: true })
  @OpaqueDocument()
  contracts?: Record<string, unknown>[];

  @IsOptional()
  @ValidateNested()
  @Type(() => Earlier)
  previous?: Earlier;

  @IsOptional()
  @IsBoolean()
  record?: boolean;
}

const pipe = new StrictValidationPipe();
const validate = (value: unknown) => pipe.transform(value, { type: 'body', metatype: Envelope });

async function pointers(value: unknown): Promise<string[]> {
  try {
    await validate(value);
  } catch (error) {
    if (error instanceof PlatformError) return (error.errors ?? []).map((e) => e.pointer ?? '');
    throw error;
  }
  throw new Error('accepted');
}

describe('StrictValidationPipe with opaque documents', () => {
  it('hands the documents over as sent, not copied, nested ones included', async () => {
    const product = { name: 'customers', outputPorts: [{ name: 'orders', schema: { deep: { deeper: [1, 2, 3] } } }] };
    const contracts = [{ id: 'c-1', schema: [{ properties: [{ name: 'id' }] }] }];
    const earlier = { product: { name: 'customers', version: '1.0.0' } };
    const result = (await validate({ product, contracts, previous: earlier, record: true })) as Envelope;
    expect(result).toBeInstanceOf(Envelope);
    expect(result.product).toBe(product);
    expect(result.contracts).toBe(contracts);
    expect(result.previous).toBeInstanceOf(Earlier);
    expect(result.previous?.product).toBe(earlier.product);
    expect(result.record).toBe(true);
  });

  it('still runs the documents’ own validators, on stand-ins of their shape', async () => {
    expect(await pointers({ product: 'text', contracts: [{}, 3] })).toEqual(['/product', '/contracts']);
    expect(new Set(await pointers({ contracts: {} }))).toEqual(new Set(['/product', '/contracts']));
    expect(await pointers({ product: {}, previous: { product: 7 } })).toEqual(['/previous/product']);
  });

  it('still refuses unknown fields around the documents', async () => {
    expect(await pointers({ product: {}, extra: 1 })).toEqual(['/extra']);
  });
});
