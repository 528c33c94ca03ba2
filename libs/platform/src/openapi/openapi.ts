import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { documentRequestLimits } from '../http/limits.openapi';
import { documentIdempotency } from '../idempotency/idempotency.openapi';
import { documentRateLimits } from '../rate-limit/rate-limit.openapi';

export interface OpenApiInfo {
  title: string;
  description: string;
  version: string;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
}

type Responses = Record<string, { content?: Record<string, unknown> }>;

/** Error answers are RFC 9457 documents: declare them as application/problem+json. */
function problemMediaTypes(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item as Record<string, { responses?: Responses }>)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const json = response.content?.['application/json'];
        if (Number(status) < 400 || !json || !response.content) continue;
        delete response.content['application/json'];
        response.content['application/problem+json'] = json;
      }
    }
  }
}

/** Builds the service's OpenAPI 3.1 document, keys sorted so the committed JSON diffs cleanly. */
export function buildOpenApiDocument(app: INestApplication, info: OpenApiInfo): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle(info.title)
    .setDescription(info.description)
    .setVersion(info.version)
    .setLicense('Apache-2.0', 'https://www.apache.org/licenses/LICENSE-2.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A token issued by the access service, or the dev token in .meshwork/dev-token.' }, 'bearer')
    .build();
  const document = SwaggerModule.createDocument(app, config, { operationIdFactory: (_controller, method) => method });
  problemMediaTypes(document);
  documentIdempotency(document);
  documentRequestLimits(document);
  documentRateLimits(document);
  return sortKeys(document) as OpenAPIObject;
}

/** Swagger UI at /docs, the JSON document at /docs/openapi.json. */
export function serveOpenApi(app: INestApplication, document: OpenAPIObject): void {
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs/openapi.json',
    yamlDocumentUrl: 'docs/openapi.yaml',
    swaggerOptions: { persistAuthorization: true, displayOperationId: true },
    customSiteTitle: document.info.title,
  });
}
