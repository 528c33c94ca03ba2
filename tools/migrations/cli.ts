/**
 * Migrations per service, generated from the entities and checked in CI.
 *   check <service>            fail when the entities need SQL that no migration creates
 *   generate <service> <Name>  write that SQL as a new migration and register it
 */
import 'reflect-metadata';
import { writeFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, migrate, pendingSchemaChanges, type ServiceDatabase } from '@meshwork/platform';
import { withScratchDatabase } from '../support/scratch-database';
import { runMain } from '../support/run-main';

const root = resolve(__dirname, '..', '..');

function loadServiceDatabase(service: string): ServiceDatabase {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(join(root, 'apps', service, 'src', 'database.ts')) as Record<string, ServiceDatabase>;
  const db = Object.values(mod).find((value) => typeof value === 'object' && value !== null && 'schema' in value);
  if (!db) throw new Error(`apps/${service}/src/database.ts exports no ServiceDatabase`);
  return db;
}

async function pendingSql(service: string): Promise<{ up: string[]; down: string[]; schema: string }> {
  const db = loadServiceDatabase(service);
  return withScratchDatabase(async (url) => {
    const dataSource = new DataSource(dataSourceOptions(url, db, `meshwork-migrations-${service}`));
    await dataSource.initialize();
    try {
      await migrate(dataSource, db.schema);
      const up = await pendingSchemaChanges(dataSource);
      const log = await dataSource.driver.createSchemaBuilder().log();
      return { up, down: log.downQueries.map((q) => q.query).reverse(), schema: db.schema };
    } finally {
      await dataSource.destroy();
    }
  });
}

function pascal(name: string): string {
  return name.replace(/(^|[-_\s])(\w)/g, (_m, _s, c: string) => c.toUpperCase());
}

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) => queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

function register(service: string, file: string, className: string): void {
  const indexPath = join(root, 'apps', service, 'src', 'migrations', 'index.ts');
  const index = readFileSync(indexPath, 'utf8');
  const withImport = `import { ${className} } from './${file}';\n${index}`;
  const updated = withImport.replace(/export const MIGRATIONS = \[([^\]]*)\];/, (_m, list: string) => {
    const items = list.split(',').map((s) => s.trim()).filter(Boolean);
    return `export const MIGRATIONS = [${[...items, className].join(', ')}];`;
  });
  writeFileSync(indexPath, updated);
}

async function main(): Promise<number> {
  const [command, service, name] = process.argv.slice(2);
  if (!service || (command !== 'check' && command !== 'generate') || (command === 'generate' && !name)) {
    process.stderr.write('usage: migrations check <service> | migrations generate <service> <Name>\n');
    return 2;
  }
  const { up, down } = await pendingSql(service);
  if (command === 'check') {
    if (up.length === 0) {
      process.stdout.write(`${service}: migrations match the entities\n`);
      return 0;
    }
    process.stderr.write(`${service}: unexpected migration would be generated — the entities changed without a migration:\n${up.join(';\n')};\nRun: npm run migrations:generate -- ${service} <Name>\n`);
    return 1;
  }
  if (up.length === 0) {
    process.stdout.write(`${service}: nothing to generate\n`);
    return 0;
  }
  const timestamp = Date.now();
  const className = `${pascal(name)}${timestamp}`;
  const file = `${timestamp}-${name.replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase())}`;
  writeFileSync(join(root, 'apps', service, 'src', 'migrations', `${file}.ts`), migrationSource(className, up, down));
  register(service, file, className);
  process.stdout.write(`${service}: wrote apps/${service}/src/migrations/${file}.ts (${up.length} statements)\n`);
  return 0;
}

runMain(main);
