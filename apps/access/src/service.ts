import type { OpenApiInfo, ServiceDefaults } from '@meshwork/platform';

export const ACCESS_DEFAULTS: ServiceDefaults = { serviceName: 'access', port: 3003 };

export const ACCESS_OPENAPI: OpenApiInfo = {
  title: 'Meshwork Access',
  description:
    'Principals (users and service accounts), teams and their memberships: who may own, change and read what in the mesh. ' +
    'Access requests to output ports, their approval in one or two steps, and the time-bound grants they create. ' +
    'Errors are RFC 9457 problem+json. Authenticate with a bearer token.',
  version: '0.1.0',
};
