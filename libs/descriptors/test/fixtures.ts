import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Test support only: the fixture files kept in this repository (see fixtures/README.md). */
export const FIXTURES_DIR = join(__dirname, 'fixtures');

/** Absolute path of a fixture, e.g. fixturePath('customers.odcs.yaml'). */
export function fixturePath(name: string): string {
  return join(FIXTURES_DIR, name);
}

export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** Every ODCS data contract fixture (*.odcs.yaml). */
export const CONTRACT_FIXTURES: readonly string[] = fixturesEndingWith('.odcs.yaml');

/** Every ODPS data product fixture (*.odps.yaml). */
export const PRODUCT_FIXTURES: readonly string[] = fixturesEndingWith('.odps.yaml');

function fixturesEndingWith(suffix: string): string[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => name.endsWith(suffix))
    .sort();
}
