export * from './client';
export * from './problem';
export type { paths as CatalogPaths, components as CatalogComponents, operations as CatalogOperations } from './generated/catalog';
