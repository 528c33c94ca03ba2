import type { ServiceDatabase } from '@meshwork/platform';
import { ContractVersionEntity } from './contracts/contract-version.entity';
import { DomainEntity } from './domains/domain.entity';
import { MIGRATIONS } from './migrations';
import { DataProductEntity } from './products/data-product.entity';
import { OutputPortEntity } from './products/output-port.entity';
import { ProductTransitionEntity } from './products/product-transition.entity';
import { ProductVersionEntity } from './products/product-version.entity';

/** The catalog's own schema: its entities and the migrations that create them. */
export const catalogDatabase: ServiceDatabase = {
  schema: 'catalog',
  entities: [DomainEntity, DataProductEntity, ProductVersionEntity, OutputPortEntity, ProductTransitionEntity, ContractVersionEntity],
  migrations: MIGRATIONS,
};
