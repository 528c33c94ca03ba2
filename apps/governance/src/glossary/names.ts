export { KEBAB_NAME } from '@meshwork/descriptors';

export const KEBAB_MESSAGE = '$property must be lower-case kebab-case (a-z, 0-9, single dashes), starting with a letter';

export const TERM_STATUSES = ['draft', 'approved', 'deprecated'] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

/** The logical types of ODCS v3 (`logicalType` of a schema property). */
export const LOGICAL_TYPES = ['string', 'integer', 'number', 'boolean', 'date', 'timestamp', 'object', 'array'] as const;
export type LogicalType = (typeof LOGICAL_TYPES)[number];

/** Attribute names follow column naming: a letter, then letters, digits and underscores. */
export const ATTRIBUTE_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
export const ATTRIBUTE_MESSAGE = '$property must start with a letter and hold only letters, digits and underscores';

/** A code: letters and digits, then also dots, dashes, underscores, colons and pluses. */
export const CODE = /^[A-Za-z0-9][A-Za-z0-9._:+-]*$/;
export const CODE_MESSAGE = '$property must start with a letter or digit and hold only letters, digits, ., _, :, + and -';

/** Longest code list accepted: far above ISO 3166 or ISO 4217, small enough to answer whole. */
export const MAX_CODES = 5000;

/** Escapes `q` for a LIKE prefix match (backslash is PostgreSQL's default LIKE escape). */
export function likePrefix(q: string): string {
  return `${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
