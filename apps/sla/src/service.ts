import type { OpenApiInfo, ServiceDefaults } from '@meshwork/platform';

export const SLA_DEFAULTS: ServiceDefaults = { serviceName: 'sla', port: 3004 };

export const SLA_OPENAPI: OpenApiInfo = {
  title: 'Meshwork SLA',
  description:
    'Service-level objectives derived from each contract’s ODCS slaProperties (and added by owners), observations reported by domain pipelines, ' +
    'their evaluation, incidents, notifications to owners and to consumers holding grants, and KPIs per product and port. ' +
    'Errors are RFC 9457 problem+json. Authenticate with a bearer token.',
  version: '0.1.0',
};
