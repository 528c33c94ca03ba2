import { isObject } from '../common/json';
import type { MaskingRule, SampleColumn } from './sample-schema';

export const FIXED_MASK = '***';

/** `jane.doe@example.com` → `j***@example.com`: enough to recognise the shape of the data, not the person. */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at <= 0) return FIXED_MASK;
  return `${value[0]}${FIXED_MASK}${value.slice(at)}`;
}

export function maskValue(value: unknown, rule: MaskingRule): unknown {
  if (value === null || value === undefined) return value;
  switch (rule) {
    case 'email':
      return typeof value === 'string' ? maskEmail(value) : FIXED_MASK;
    case 'fixed':
      return FIXED_MASK;
    case 'null':
      return null;
  }
}

/**
 * Masks the sensitive values the caller may not see (`visible` says, by property name); answers the masked rows and
 * the names (dotted for nested properties) of the properties masked.
 */
export function maskRows(rows: Record<string, unknown>[], columns: SampleColumn[], visible: (name: string) => boolean): { rows: Record<string, unknown>[]; masked: string[] } {
  const masked = new Set<string>();
  const maskObject = (row: Record<string, unknown>, cols: SampleColumn[], path: string): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...row };
    for (const col of cols) {
      if (!(col.name in out)) continue;
      const name = `${path}${col.name}`;
      if (col.masking && !visible(name)) {
        masked.add(name);
        out[col.name] = maskValue(out[col.name], col.masking);
      } else if (col.children.length > 0) {
        const value = out[col.name];
        if (col.array && Array.isArray(value)) out[col.name] = value.map((item) => (isObject(item) ? maskObject(item, col.children, `${name}.`) : item));
        else if (isObject(value)) out[col.name] = maskObject(value, col.children, `${name}.`);
      }
    }
    return out;
  };
  return { rows: rows.map((row) => maskObject(row, columns, '')), masked: [...masked].sort() };
}

/** Whether a column has anything to mask, at any depth. */
export function hasSensitive(columns: SampleColumn[]): boolean {
  return columns.some((col) => col.sensitive || hasSensitive(col.children));
}
