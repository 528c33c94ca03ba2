import type { OpenApiInfo, ServiceDefaults } from '@meshwork/platform';

export const GOVERNANCE_DEFAULTS: ServiceDefaults = { serviceName: 'governance', port: 3002 };

export const GOVERNANCE_OPENAPI: OpenApiInfo = {
  title: 'Meshwork Governance',
  description:
    'Global policies as code (CEL expressions and JSON Schema rules) with a lifecycle (draft, grace, enforced, retired), ' +
    'their evaluation against data products and contracts at publish time and in domain pipelines, compliance scores, ' +
    'the business glossary and master-data definitions with reference code lists. ' +
    'Errors are RFC 9457 problem+json. Authenticate with a bearer token.',
  version: '0.1.0',
};
