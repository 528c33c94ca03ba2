import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { fastifyBodyLimit } from '@meshwork/platform';
import type { FastifyInstance } from 'fastify';

/** A batch of 10,000 observations with long URNs and ids is several megabytes; other routes keep the service's limit. */
export const OBSERVATION_BODY_LIMIT = 16 * 1024 * 1024;

/**
 * Raises the body limit of POST /v1/observations alone. Fastify takes it as a route option, which Nest does not
 * expose, so it is set as the route is registered; providers are built before routes are, so the hook sees it.
 */
@Injectable()
export class ObservationsBodyLimit {
  constructor(host: HttpAdapterHost) {
    const fastify = host.httpAdapter?.getInstance() as FastifyInstance | undefined;
    fastify?.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      if (route.url === '/v1/observations' && methods.includes('POST')) route.bodyLimit = fastifyBodyLimit(OBSERVATION_BODY_LIMIT);
    });
  }
}
