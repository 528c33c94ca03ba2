import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import type { EvaluationInput } from '../src/types';

const FIXTURES = path.join(__dirname, '..', '..', 'descriptors', 'test', 'fixtures');

type Json = Record<string, unknown>;

/** The CRM customers product and its contract, fresh on every call so that a test may edit them. */
export function crmCustomers(): { product: Json; contract: Json } {
  const read = (name: string) => parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as Json;
  return { product: read('crm-customers.odps.yaml'), contract: read('customers.odcs.yaml') };
}

export function crmInput(edit: (documents: { product: Json; contract: Json }) => void = () => undefined): EvaluationInput {
  const documents = crmCustomers();
  edit(documents);
  return { product: documents.product, contracts: [documents.contract] };
}
