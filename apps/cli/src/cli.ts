import { parseArgs } from 'node:util';
import type { ServiceName } from '@meshwork/sdk';
import type { Command, OptionSpec, OptionValues } from './command';
import { durationOption, stringOption } from './command';
import { COMMANDS } from './commands';
import { type ConnectionSettings, envSettings, readStoredConfig, resolveConnection } from './config';
import { Context } from './context';
import { ExitCode, usageError } from './exit-codes';
import type { CliIo } from './io';
import { exitCodeOf, type OutputFormat, renderError } from './output';

/** Options every command takes. */
export const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  output: { type: 'string', short: 'o', value: 'json|text', description: 'Print the result as JSON or as text (default text).' },
  url: { type: 'string', value: '<url>', description: 'A gateway in front of the mesh: services at <url>/catalog, /governance, /access, /sla (MESHWORK_URL).' },
  'catalog-url': { type: 'string', value: '<url>', description: 'The catalog service (MESHWORK_CATALOG_URL; default http://127.0.0.1:3001).' },
  'governance-url': { type: 'string', value: '<url>', description: 'The governance service (MESHWORK_GOVERNANCE_URL; default http://127.0.0.1:3002).' },
  'access-url': { type: 'string', value: '<url>', description: 'The access service (MESHWORK_ACCESS_URL; default http://127.0.0.1:3003).' },
  'sla-url': { type: 'string', value: '<url>', description: 'The SLA service (MESHWORK_SLA_URL; default http://127.0.0.1:3004).' },
  'api-key': { type: 'string', value: '<key>', description: "A service account's API key, exchanged for a token (MESHWORK_API_KEY)." },
  token: { type: 'string', value: '<jwt>', description: 'A bearer token (MESHWORK_TOKEN).' },
  timeout: { type: 'string', value: '<duration>', description: 'Time allowed for each request, e.g. 10s (default 10s).' },
  help: { type: 'boolean', short: 'h', description: 'Show help.' },
};

const EXIT_CODES = [
  '  0  done',
  '  1  a check failed: blocking policy violations, schema issues, rejected observations, or the mesh refused the request (4xx)',
  '  2  usage: unknown command or option, missing argument, unreadable file or configuration',
  '  3  the mesh could not be reached or failed (network error, timeout, 5xx)',
];

/** `meshwork --help`. */
export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'meshwork: publish data products, lint descriptors, request access and report observations from your pipelines.',
    '',
    'Usage: meshwork <command> [arguments] [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options of every command:',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    'Configuration: flags over environment over $XDG_CONFIG_HOME/meshwork/config.json (~/.config/meshwork/config.json,',
    'written by `meshwork login`). The governance bundle for offline lint is cached in ~/.cache/meshwork.',
    '',
    'Exit codes:',
    ...EXIT_CODES,
    '',
    'Run `meshwork <command> --help` for a command\'s arguments, options and examples.',
  ].join('\n');
}

/** `meshwork <command> --help`. */
export function commandHelp(command: Command): string {
  return [
    `Usage: meshwork ${command.name} ${command.args}`.trimEnd(),
    '',
    command.description,
    '',
    ...(Object.keys(command.options).length ? ['Options:', ...optionLines(command.options), ''] : []),
    'Options of every command:',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    'Examples:',
    ...command.examples.map((e) => `  ${e}`),
    '',
    'Exit codes:',
    ...EXIT_CODES,
  ].join('\n');
}

function optionLines(options: Record<string, OptionSpec>): string[] {
  const heads = Object.entries(options).map(([name, spec]) => [`${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.value ? ` ${spec.value}` : ''}`, spec.description]);
  const width = Math.max(...heads.map(([head]) => head.length));
  return heads.map(([head, description]) => `  ${head.padEnd(width)}  ${description}`);
}

/** The output format asked for, read before the command line is parsed so that usage errors honour it. */
function requestedFormat(argv: readonly string[]): OutputFormat {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--output=json' || arg === '-ojson') return 'json';
    if ((arg === '--output' || arg === '-o') && argv[i + 1] === 'json') return 'json';
  }
  return 'text';
}

function parseFormat(values: OptionValues): OutputFormat {
  const output = stringOption(values, 'output') ?? 'text';
  if (output !== 'json' && output !== 'text') throw usageError(`--output must be json or text, not ${JSON.stringify(output)}`);
  return output;
}

function flagSettings(values: OptionValues): ConnectionSettings {
  const urls: Partial<Record<ServiceName, string>> = {};
  for (const service of ['catalog', 'governance', 'access', 'sla'] as const) {
    const url = stringOption(values, `${service}-url`);
    if (url !== undefined) urls[service] = url;
  }
  const url = stringOption(values, 'url');
  const apiKey = stringOption(values, 'api-key');
  const token = stringOption(values, 'token');
  if (apiKey !== undefined && token !== undefined) throw usageError('give --api-key or --token, not both');
  return { ...(url !== undefined ? { url } : {}), ...(Object.keys(urls).length ? { urls } : {}), ...(apiKey !== undefined ? { apiKey } : {}), ...(token !== undefined ? { token } : {}) };
}

function parseCommandLine(command: Command, argv: string[]) {
  try {
    return parseArgs({ args: argv, options: { ...GLOBAL_OPTIONS, ...command.options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(`${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '')}`, `Run \`meshwork ${command.name} --help\`.`);
  }
}

function checkPositionals(command: Command, positionals: string[]): void {
  const { min, max, names } = command.positionals;
  if (positionals.length < min) throw usageError(`meshwork ${command.name} needs ${names}`, `Run \`meshwork ${command.name} --help\`.`);
  if (max !== undefined && positionals.length > max) {
    throw usageError(`meshwork ${command.name} takes ${max === 0 ? 'no arguments' : names}; unexpected: ${positionals.slice(max).join(' ')}`, `Run \`meshwork ${command.name} --help\`.`);
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.stdout(`${topic ? commandHelp(topic) : mainHelp()}\n`);
    return ExitCode.OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    throw usageError(name.startsWith('-') ? `a command comes first, not ${name}` : `unknown command ${JSON.stringify(name)}`, `Commands: ${COMMANDS.map((c) => c.name).join(', ')}. Run \`meshwork --help\`.`);
  }
  const { values, positionals } = parseCommandLine(command, rest);
  if (values.help === true) {
    io.stdout(`${commandHelp(command)}\n`);
    return ExitCode.OK;
  }
  const format = parseFormat(values);
  checkPositionals(command, positionals);
  const stored = await readStoredConfig(io);
  const connection = resolveConnection({ flag: flagSettings(values), env: envSettings(io.env), config: stored });
  const ctx = new Context(io, format, connection, stored, durationOption(values, 'timeout'));
  return command.run(ctx, { positionals, values });
}

/** Runs one command line; never throws: errors are printed and become the exit status. */
export async function run(argv: string[], io: CliIo): Promise<ExitCode> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    io.stderr(renderError(error, requestedFormat(argv)));
    return exitCodeOf(error);
  }
}
