import type { OpenApiInfo, ServiceDefaults } from '@meshwork/platform';

export const CATALOG_DEFAULTS: ServiceDefaults = { serviceName: 'catalog', port: 3001 };

export const CATALOG_OPENAPI: OpenApiInfo = {
  title: 'Meshwork Catalog',
  description:
    'Domains, data products (ODPS) with their output ports and contracts (ODCS), versions, lifecycle and URN resolution. ' +
    'Errors are RFC 9457 problem+json. Authenticate with a bearer token.',
  version: '0.1.0',
};
