/**
 * Writes each service's OpenAPI document into libs/sdk/openapi/ (no database needed) and the SDK types
 * into libs/sdk/src/generated/. With --check, writes nothing and fails when the committed files differ.
 */
import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { DynamicModule } from '@nestjs/common';
import openapiTS, { astToString } from 'openapi-typescript';
import { generateOpenApiDocument, loadPlatformConfig, type OpenApiInfo, type PlatformConfig, type ServiceDefaults } from '@meshwork/platform';
import { runMain } from '../support/run-main';

const root = resolve(__dirname, '..', '..');

/** Services whose API is part of the SDK. */
export const SDK_SERVICES = ['catalog', 'governance', 'access', 'sla'] as const;

interface ServiceModules {
  AppModule: { register(config: PlatformConfig): DynamicModule };
  defaults: ServiceDefaults;
  openApi: OpenApiInfo;
}

function loadService(service: string): ServiceModules {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const app = require(join(root, 'apps', service, 'src', 'app.module.ts')) as { AppModule: ServiceModules['AppModule'] };
  const meta = require(join(root, 'apps', service, 'src', 'service.ts')) as Record<string, unknown>;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const defaults = Object.values(meta).find((v): v is ServiceDefaults => typeof v === 'object' && v !== null && 'serviceName' in v);
  const openApi = Object.values(meta).find((v): v is OpenApiInfo => typeof v === 'object' && v !== null && 'title' in v);
  if (!defaults || !openApi) throw new Error(`apps/${service}/src/service.ts must export the service defaults and OpenAPI info`);
  return { AppModule: app.AppModule, defaults, openApi };
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

function camel(service: string): string {
  return service.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());
}

function pascal(service: string): string {
  const name = camel(service);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

type OperationsDocument = { paths: Record<string, Partial<Record<(typeof METHODS)[number], { operationId?: string; summary?: string }>>> };

/**
 * One typed method per operationId, so domain code reads `mesh.catalog.registerProduct(...)`: an interface naming each
 * operation's path and method in the generated `paths`, and the factory that builds it on the service's client.
 */
function operationsSource(service: string, document: OperationsDocument): string {
  const entries = Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const op = item[method];
      if (!op?.operationId) return [];
      const p = JSON.stringify(path);
      const m = JSON.stringify(method);
      return [
        {
          id: op.operationId,
          member: `  /** ${op.summary ?? op.operationId} (\`${method.toUpperCase()} ${path}\`) */\n  ${op.operationId}: Operation<paths[${p}], ${m}>;`,
          line: `    ${op.operationId}: operation(${JSON.stringify(op.operationId)}, ${m}, ${p}),`,
        },
      ];
    }),
  );
  entries.sort((a, b) => (a.id < b.id ? -1 : 1));
  const api = `${pascal(service)}Api`;
  return `import type { Operation, OperationFactory } from '../operation';
import type { paths } from './${service}';

/** Every operation of the ${service} API, by operationId: each resolves to the success body and throws MeshError otherwise. */
export interface ${api} {
${entries.map((e) => e.member).join('\n')}
}

export function ${camel(service)}Api(operation: OperationFactory<paths>): ${api} {
  return {
${entries.map((e) => e.line).join('\n')}
  };
}
`;
}

async function renderService(service: string): Promise<Map<string, string>> {
  const { AppModule, defaults, openApi } = loadService(service);
  const config = loadPlatformConfig(defaults, { DATABASE_URL: 'postgres://openapi@127.0.0.1:1/unused', LOG_LEVEL: 'silent' });
  const document = await generateOpenApiDocument(AppModule.register(config), { config, openApi });
  const json = `${JSON.stringify(document, null, 2)}\n`;
  const ast = await openapiTS(JSON.parse(json), { alphabetize: true, exportType: false, defaultNonNullable: false });
  const header = `// Generated from libs/sdk/openapi/${service}.json by tools/openapi. Do not edit.\n`;
  return new Map([
    [`libs/sdk/openapi/${service}.json`, json],
    [`libs/sdk/src/generated/${service}.ts`, header + astToString(ast)],
    [`libs/sdk/src/generated/${service}.operations.ts`, header + operationsSource(service, document)],
  ]);
}

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const files = new Map<string, string>();
  for (const service of SDK_SERVICES) for (const [path, content] of await renderService(service)) files.set(path, content);
  const drifted = [...files].filter(([path, content]) => !existsSync(join(root, path)) || readFileSync(join(root, path), 'utf8') !== content).map(([path]) => path);
  if (check) {
    if (drifted.length === 0) {
      process.stdout.write(`OpenAPI documents and SDK types are up to date (${files.size} files).\n`);
      return 0;
    }
    process.stderr.write(`Generated files not up to date:\n${drifted.map((p) => `  ${p}`).join('\n')}\nRun: npm run openapi\n`);
    return 1;
  }
  for (const [path, content] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  process.stdout.write(`Wrote ${files.size} files${drifted.length ? `, ${drifted.length} changed` : ', none changed'}.\n`);
  return 0;
}

runMain(main);
