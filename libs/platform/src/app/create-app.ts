import { type DynamicModule, Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { Logger } from 'nestjs-pino';
import type { PlatformConfig } from '../config/config';
import { registerIdempotencyHooks } from '../idempotency/idempotency.hooks';
import { IdempotencyStore } from '../idempotency/idempotency.store';
import { REQUEST_ID_HEADER, requestIdFor } from '../logging/request-id';
import { buildOpenApiDocument, type OpenApiInfo, serveOpenApi } from '../openapi/openapi';
import { fastifyBodyLimit, readRefusedBodies, requestLimitOptions } from '../http/request-limits';
import { closeUnusedConnectionsOnShutdown } from './close-connections';

export const YAML_CONTENT_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml'];
/** Plain-text bodies (Markdown documentation, CSV samples) reach handlers as text too. */
export const TEXT_CONTENT_TYPES = ['text/markdown', 'text/csv'];

export interface ServiceAppOptions {
  config: PlatformConfig;
  openApi: OpenApiInfo;
}

function newAdapter(config: PlatformConfig): FastifyAdapter {
  return new FastifyAdapter({ bodyLimit: fastifyBodyLimit(config.bodyLimit), return503OnClosing: true, forceCloseConnections: 'idle', genReqId: requestIdFor, ...requestLimitOptions() });
}

/** YAML and plain-text bodies reach handlers as text; the descriptors library parses YAML with safe limits. */
function registerBodyParsers(fastify: FastifyInstance): void {
  fastify.addContentTypeParser([...YAML_CONTENT_TYPES, ...TEXT_CONTENT_TYPES], { parseAs: 'string' }, (_req, body, done) => done(null, body));
}

/** Every answer, errors included, carries the request id that the logs and problem documents use. */
function echoRequestId(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
}

/** Creates a service app wired the same way everywhere: Fastify, problem+json, Idempotency-Key, JSON logs, Swagger at /docs. */
export async function createServiceApp(module: DynamicModule, options: ServiceAppOptions): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(module, newAdapter(options.config), { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  registerBodyParsers(fastify);
  echoRequestId(fastify);
  readRefusedBodies(fastify);
  closeUnusedConnectionsOnShutdown(fastify);
  registerIdempotencyHooks(fastify, app.get(IdempotencyStore), new NestLogger('Idempotency'));
  app.enableShutdownHooks();
  serveOpenApi(app, buildOpenApiDocument(app, options.openApi));
  try {
    await app.init();
  } catch (error) {
    // What did start (connections, listeners, timers) is stopped before the failure is reported.
    await app.close().catch(() => undefined);
    throw error;
  }
  return app;
}

/** Builds the OpenAPI document without instantiating providers: no database needed. */
export async function generateOpenApiDocument(module: DynamicModule, options: ServiceAppOptions) {
  const app = await NestFactory.create<NestFastifyApplication>(module, newAdapter(options.config), { preview: true, logger: false, abortOnError: false });
  try {
    return buildOpenApiDocument(app, options.openApi);
  } finally {
    await app.close();
  }
}
