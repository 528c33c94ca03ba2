import { booleanOption, type Command } from '../command';
import { configPath, type StoredConfig, writeStoredConfig } from '../config';
import { ExitCode, usageError } from '../exit-codes';
import { currentToken, type Identity, whoAmI } from '../identity';

async function firstLine(lines: AsyncIterable<string>): Promise<string | undefined> {
  for await (const line of lines) if (line.trim()) return line.trim();
  return undefined;
}

export const loginCommand: Command = {
  name: 'login',
  summary: 'Check an API key, show who it speaks for, and store it in ~/.config/meshwork/config.json',
  args: '[--api-key <key> | --api-key-stdin] [options]',
  description: [
    "Exchanges a service account's API key for a token at the access service, prints the principal it speaks for",
    'and its teams, and stores the key (and any --url/--<service>-url given) in $XDG_CONFIG_HOME/meshwork/config.json',
    '(~/.config/meshwork/config.json), readable by you only (0600). The key comes from --api-key, standard input',
    '(--api-key-stdin, so that it stays out of the shell history) or MESHWORK_API_KEY.',
  ].join('\n'),
  options: {
    'api-key-stdin': { type: 'boolean', description: 'Read the API key from the first line of standard input.' },
    'skip-check': { type: 'boolean', description: 'Store the key without asking the mesh (offline).' },
  },
  positionals: { min: 0, max: 0, names: 'no arguments' },
  examples: [
    'meshwork login --api-key mk_live_0123456789abcdef',
    'cat .meshwork/admin-api-key | meshwork login --api-key-stdin --url https://mesh.example.com',
    'meshwork login --api-key "$KEY" --catalog-url http://catalog:3001 --access-url http://access:3003',
  ],
  async run(ctx, { values }) {
    if (typeof values.token === 'string') throw usageError('login stores an API key, not a token: tokens expire. Pass a token with --token or MESHWORK_TOKEN on each command instead.');
    const fromStdin = booleanOption(values, 'api-key-stdin');
    if (fromStdin && typeof values['api-key'] === 'string') throw usageError('give --api-key or --api-key-stdin, not both');
    const apiKey = fromStdin ? await firstLine(ctx.io.stdinLines()) : typeof values['api-key'] === 'string' ? values['api-key'] : ctx.io.env.MESHWORK_API_KEY;
    if (!apiKey) throw usageError('login needs an API key: --api-key <key>, --api-key-stdin, or MESHWORK_API_KEY', 'Run `meshwork login --help`.');
    let identity: Identity | undefined;
    if (!booleanOption(values, 'skip-check')) identity = await whoAmI(ctx, await currentToken(ctx, 'login', apiKey));
    const stored: StoredConfig = { ...ctx.stored, apiKey };
    delete stored.token;
    const given = (['catalog', 'governance', 'access', 'sla'] as const).filter((s) => ctx.connection.urlSources[s] === 'flag');
    if (typeof values.url === 'string') {
      stored.url = values.url.replace(/\/+$/, '');
      delete stored.urls;
    }
    if (given.length) stored.urls = { ...stored.urls, ...Object.fromEntries(given.map((s) => [s, ctx.connection.urls[s]])) };
    const path = await writeStoredConfig(ctx.io, stored);
    ctx.emit({ configPath: path, checked: identity !== undefined, ...(identity ?? {}) }, () => [
      ...(identity
        ? [
            `Logged in as ${identity.principal.name} (${identity.principal.kind} ${identity.principal.id})`,
            `  roles: ${identity.principal.globalRoles.length ? identity.principal.globalRoles.join(', ') : 'none'}`,
            `  teams: ${identity.teams.length ? identity.teams.map((t) => `${t.team} (${t.role})`).join(', ') : 'none'}`,
          ]
        : ['The API key was stored without being checked (--skip-check).']),
      `Saved to ${configPath(ctx.io)}`,
    ]);
    return ExitCode.OK;
  },
};
