export * from './client';
export * from './problem';
export type { paths as CatalogPaths, components as CatalogComponents, operations as CatalogOperations } from './generated/catalog';
export type { paths as AccessPaths, components as AccessComponents, operations as AccessOperations } from './generated/access';
export type { paths as GovernancePaths, components as GovernanceComponents, operations as GovernanceOperations } from './generated/governance';
export * from './policies';
export type { paths as SlaPaths, components as SlaComponents, operations as SlaOperations } from './generated/sla';
export * from './enforcer';
