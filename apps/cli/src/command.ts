import type { Context } from './context';
import { type ExitCode, usageError } from './exit-codes';

/** One option of a command, as `util.parseArgs` takes it, with what `--help` says of it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** The value's placeholder in `--help` (`<urn>`). */
  value?: string;
  description: string;
}

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface ParsedArgs {
  positionals: string[];
  values: OptionValues;
}

export interface Command {
  name: string;
  /** One line, for the command list. */
  summary: string;
  /** The arguments after the command's name, e.g. `<odps> [contracts…]`. */
  args: string;
  /** What the command does, for its `--help`. */
  description: string;
  options: Record<string, OptionSpec>;
  /** How many positional arguments it takes. */
  positionals: { min: number; max?: number; names: string };
  examples: string[];
  run(ctx: Context, args: ParsedArgs): Promise<ExitCode>;
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw usageError(`--${name} needs a value`);
  return value;
}

export function booleanOption(values: OptionValues, name: string): boolean {
  return values[name] === true;
}

export function listOption(values: OptionValues, name: string): string[] {
  const value = values[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}

export function integerOption(values: OptionValues, name: string, range: { min: number; max: number }): number | undefined {
  const text = stringOption(values, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^-?\d+$/.test(text.trim()) || value < range.min || value > range.max) {
    throw usageError(`--${name} must be a whole number from ${range.min} to ${range.max}, not ${JSON.stringify(text)}`);
  }
  return value;
}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `30s`, `10m`, `2h`, `500ms` or plain seconds, in milliseconds. */
export function durationOption(values: OptionValues, name: string): number | undefined {
  const text = stringOption(values, name);
  if (text === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!match || Number(match[1]) <= 0) throw usageError(`--${name} must be a duration such as 30s, 10m or 2h, not ${JSON.stringify(text)}`);
  return Math.round(Number(match[1]) * DURATION_UNITS[match[2] ?? 's']);
}
