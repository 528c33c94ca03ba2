/**
 * docker-compose.yml, .env.example and the Dockerfile checked against the code (no Docker engine needed): each
 * service is started with its own entry point, on its default port, with every variable production requires and no
 * variable its code does not read, a health check on its own port and PostgreSQL healthy first.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { argv, COMPOSE_FILE, type ComposeFile, filledEnv, interpolate, interpolatedNames, readCompose, readEnvExample, serviceEnv } from './compose-file';
import { ENV_CATALOGUE_FILE, envCatalogue } from './env-catalogue';
import { requiredInProduction, root, SERVICE_ENTRIES, serviceCode, serviceDefaults, SERVICES, settingsFiles, settingsProblems, SETTINGS_READERS } from './service-code';

const composeText = readFileSync(COMPOSE_FILE, 'utf8');
const compose: ComposeFile = readCompose(composeText);
const example = readEnvExample();
const interpolated = interpolatedNames(composeText);
const dotEnv = filledEnv(example, interpolated.required);
const envOf = (service: string) => serviceEnv(compose.services[service], dotEnv);
const portOf = (service: string) => serviceDefaults(service).port;

describe('docker-compose.yml against the services’ code', () => {
  it('runs PostgreSQL and exactly the services the image can start', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['postgres', ...SERVICES].sort());
  });

  it('keeps PostgreSQL ≥ 14 on a named volume, with a pg_isready health check', () => {
    const postgres = compose.services.postgres;
    expect(postgres.image).toMatch(/^postgres:(\d+)/);
    expect(Number(/^postgres:(\d+)/.exec(postgres.image ?? '')?.[1])).toBeGreaterThanOrEqual(14);
    const volume = (postgres.volumes ?? []).map((v) => v.split(':')).find(([, target]) => target === '/var/lib/postgresql/data');
    expect(volume).toBeDefined();
    expect(Object.keys(compose.volumes ?? {})).toContain(volume?.[0]);
    expect(argv(postgres.healthcheck?.test).join(' ')).toContain('pg_isready');
  });

  describe.each(SERVICES)('%s', (service) => {
    const spec = compose.services[service];
    const code = serviceCode(service);

    it('is built from the repository’s Dockerfile and started by its own entry point', () => {
      expect(spec.build === '.' || (typeof spec.build === 'object' && spec.build.context === '.')).toBe(true);
      expect(argv(spec.command)).toEqual(['node', 'tools/deploy/start-service.js', service]);
      expect(SERVICE_ENTRIES[service]).toBe(`apps/${service}/src/main.ts`);
      expect(existsSync(join(root, SERVICE_ENTRIES[service]))).toBe(true);
    });

    it('listens on its default port on every interface and publishes that port', () => {
      const env = envOf(service);
      expect(env.PORT).toBe(String(portOf(service)));
      expect(env.HOST).toBe('0.0.0.0');
      expect(spec.ports?.map(String)).toEqual([`${portOf(service)}:${portOf(service)}`]);
    });

    it('runs in production mode with every variable production requires, and its settings pass the service’s own validation', () => {
      const env = envOf(service);
      expect(env.NODE_ENV).toBe('production');
      const required = requiredInProduction(service);
      expect(required).toContain('DATABASE_URL');
      for (const variable of required) expect([variable, env[variable] ?? '']).toEqual([variable, expect.stringMatching(/.+/)]);
      expect(settingsProblems(service, env)).toEqual([]);
    });

    it('sets no variable its code does not read', () => {
      const unknown = Object.keys(envOf(service)).filter((variable) => !code.env.has(variable));
      expect(unknown).toEqual([]);
    });

    it('validates its settings only through readers the test knows how to call', () => {
      const files = settingsFiles(code);
      expect(files).toContain('libs/platform/src/config/config.ts');
      for (const file of files) expect(Object.keys(SETTINGS_READERS)).toContain(file);
    });

    it('trusts the tokens the access service issues: its key set and its issuer', () => {
      const env = envOf(service);
      expect(env.AUTH_JWKS_URL).toBe(`http://access:${portOf('access')}/.well-known/jwks.json`);
      expect(env.AUTH_ISSUER).toBe(envOf('access').ACCESS_ISSUER);
    });

    it('reaches PostgreSQL and the other services by their compose names and ports', () => {
      const env = envOf(service);
      const database = new URL(env.DATABASE_URL);
      const postgres = compose.services.postgres.environment as Record<string, string>;
      expect([database.hostname, database.port || '5432', database.username, database.pathname.slice(1)]).toEqual(['postgres', '5432', postgres.POSTGRES_USER, postgres.POSTGRES_DB]);
      expect(decodeURIComponent(database.password)).toBe(interpolate(postgres.POSTGRES_PASSWORD, dotEnv));
      for (const [variable, value] of Object.entries(env).filter(([name]) => name.startsWith('MESHWORK_') && name.endsWith('_URL'))) {
        const url = new URL(value);
        if (!SERVICES.includes(url.hostname)) continue;
        expect([variable, url.port]).toEqual([variable, String(portOf(url.hostname))]);
      }
    });

    it('is checked healthy through its readiness or liveness endpoint on its own port, with node', () => {
      const test = argv(spec.healthcheck?.test);
      expect(test.slice(0, 2)).toEqual(['node', 'tools/deploy/healthcheck.js']);
      const url = new URL(test[2]);
      expect(['127.0.0.1', 'localhost']).toContain(url.hostname);
      expect(url.port).toBe(String(portOf(service)));
      expect(['/health/ready', '/health/live']).toContain(url.pathname);
    });

    it('starts once PostgreSQL is healthy', () => {
      expect(spec.depends_on).toMatchObject({ postgres: { condition: 'service_healthy' } });
    });

    it('needs at run time only packages that `npm ci --omit=dev` installs', () => {
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
      expect(code.packages.filter((name) => !(name in pkg.dependencies))).toEqual([]);
    });
  });

  it('points the catalog at governance and SLA monitoring, and the SLA service at the access service, inside the network', () => {
    expect(envOf('catalog')).toMatchObject({ MESHWORK_GOVERNANCE_URL: 'http://governance:3002', MESHWORK_SLA_URL: 'http://sla:3004' });
    expect(envOf('sla')).toMatchObject({ MESHWORK_ACCESS_URL: 'http://access:3003', MESHWORK_CATALOG_URL: 'http://catalog:3001' });
    for (const service of ['governance', 'access']) expect(envOf(service).MESHWORK_CATALOG_URL).toBe('http://catalog:3001');
  });
});

describe('.env.example', () => {
  it('documents every variable docker-compose.yml interpolates, and no other', () => {
    expect([...example.keys()].sort()).toEqual([...interpolated.all].sort());
    for (const [name, { comment }] of example) expect([name, comment]).toEqual([name, expect.stringMatching(/\S/)]);
  });

  it('commits no secret: passwords, secrets, keys and tokens are left empty to fill in', () => {
    const secrets = [...example].filter(([name]) => /PASSWORD|SECRET|_KEY|TOKEN/.test(name));
    expect(secrets.map(([name]) => name)).toEqual(expect.arrayContaining(['POSTGRES_PASSWORD', 'ACCESS_KEY_SECRET', 'SLA_SECRET_KEY']));
    for (const [name, { value }] of secrets) expect([name, value]).toEqual([name, '']);
  });

  it('makes docker compose refuse to start while a required secret is empty', () => {
    for (const name of ['POSTGRES_PASSWORD', 'ACCESS_KEY_SECRET', 'SLA_SECRET_KEY']) expect(interpolated.required).toContain(name);
    const access = compose.services.access.environment as Record<string, string>;
    expect(() => interpolate(access.ACCESS_KEY_SECRET, { ...dotEnv, ACCESS_KEY_SECRET: '' })).toThrow('ACCESS_KEY_SECRET');
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
  const stages = dockerfile.split(/^FROM /m).slice(1);
  const runtime = stages[stages.length - 1];
  const instructions = (stage: string, keyword: string) => stage.split('\n').filter((line) => line.startsWith(`${keyword} `));

  it('installs every dependency in one stage and only the runtime ones for the image', () => {
    expect(dockerfile).toMatch(/^RUN npm ci --no-audit/m);
    const prodDeps = stages.find((stage) => /npm ci --omit=dev/.test(stage));
    expect(prodDeps).toBeDefined();
    const prodStage = /^\S+ AS (\S+)/.exec(prodDeps ?? '')?.[1];
    expect(runtime).toContain(`COPY --from=${prodStage} /app/node_modules node_modules`);
  });

  it('runs the services as a user other than root', () => {
    const users = instructions(runtime, 'USER');
    expect(users.length).toBeGreaterThan(0);
    expect(users[users.length - 1]).not.toMatch(/^USER (root|0)(:|$)/);
  });

  it('checks health with node, and ships every script docker-compose.yml and the image run', () => {
    expect(instructions(runtime, 'HEALTHCHECK').join('\n')).toContain('CMD ["node", "tools/deploy/healthcheck.js"]');
    const copied = instructions(runtime, 'COPY').flatMap((line) => line.replace(/^COPY (--\S+ )*/, '').split(/\s+/).slice(0, -1));
    for (const needed of ['tsconfig.base.json', 'tools/swc', 'tools/deploy/start-service.js', 'tools/deploy/healthcheck.js', 'tools/deploy/services.js', 'tools/deploy/bootstrap-admin.js', 'tools/dev/admin.js']) {
      expect(copied).toContain(needed);
    }
  });

  it('uses a Node.js image the package’s engines accept', () => {
    const engines = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    const minimum = Number(/(\d+)/.exec(engines)?.[1]);
    for (const stage of stages) expect(Number(/^node:(\d+)/.exec(stage)?.[1] ?? minimum)).toBeGreaterThanOrEqual(minimum);
  });

  it('leaves dependencies, local state and .env files out of the build context', () => {
    const ignored = readFileSync(join(root, '.dockerignore'), 'utf8').split('\n');
    for (const entry of ['**/node_modules', '.git', '.meshwork', '.env']) expect(ignored).toContain(entry);
  });
});

describe('container scripts', () => {
  const node = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 20_000 });

  it('start-service.js refuses an unknown or missing service name with the list of services', () => {
    const unknown = node(['tools/deploy/start-service.js', 'billing']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown service "billing": start one of catalog, governance, access, sla');
    const missing = node(['tools/deploy/start-service.js'], { SERVICE: '' });
    expect(missing.status).toBe(2);
  });

  describe('healthcheck.js', () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      server = createServer((req, res) => {
        res.statusCode = req.url === '/health/ready' ? 200 : 503;
        res.end('{}');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('exits 0 on 200, 1 on any other status or no answer, and defaults to /health/ready on PORT', async () => {
      const run = (args: string[], env: Record<string, string> = {}) =>
        new Promise<number | null>((resolve) => {
          spawn(process.execPath, ['tools/deploy/healthcheck.js', ...args], { cwd: root, env: { ...process.env, ...env }, stdio: 'ignore' }).on('exit', resolve);
        });
      expect(await run([`${base}/health/ready`])).toBe(0);
      expect(await run([`${base}/health/live`])).toBe(1);
      expect(await run([], { PORT: new URL(base).port })).toBe(0);
      expect(await run(['http://127.0.0.1:9/health/ready'])).toBe(1);
    });
  });
});

describe('tools/deploy/env.md', () => {
  it('is the catalogue the code and docker-compose.yml make now (npm run deploy:env)', () => {
    expect(readFileSync(ENV_CATALOGUE_FILE, 'utf8')).toBe(envCatalogue());
  });
});
