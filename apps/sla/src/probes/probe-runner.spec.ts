import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import type { PlatformConfig } from '@meshwork/platform';
import { ProbeRunner, urlProblem } from './probe-runner';
import { ProbeSettings } from './probe-settings';

function runnerWith(env: Record<string, string>): ProbeRunner {
  const previous = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    return new ProbeRunner(new ProbeSettings({ nodeEnv: 'test' } as PlatformConfig));
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

describe('probe runs', () => {
  let server: Server;
  let base: string;
  const methods: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      methods.push(req.method ?? '');
      const status = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('status') ?? 200);
      res.writeHead(status, status >= 300 && status < 400 ? { location: 'http://169.254.169.254/' } : {});
      res.end('answer');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const probe = (path: string, range = { min: 200, max: 299 }, method: 'GET' | 'HEAD' = 'GET') => ({ url: `${base}${path}`, method, timeoutMs: 2000, expectedStatusMin: range.min, expectedStatusMax: range.max });

  it.each([
    ['http://example.com/', undefined],
    ['https://example.com/health', undefined],
    ['ftp://example.com/', 'its scheme must be http or https'],
    ['file:///etc/passwd', 'its scheme must be http or https'],
    ['https://user:secret@example.com/', 'it may not carry credentials'],
  ])('a URL such as %s: %s', (url, problem) => {
    expect(urlProblem(new URL(url))).toBe(problem);
  });

  describe('with private addresses allowed', () => {
    const runner = runnerWith({ SLA_PROBE_ALLOW_PRIVATE: 'true', SLA_PROBE_ALLOWED_HOSTS: '' });

    it('succeeds on an expected status, with its latency', async () => {
      expect(await runner.run(probe('/?status=204'))).toEqual({ success: true, statusCode: 204, latencyMs: expect.any(Number), error: null, counted: true });
    });

    it('fails on a redirect without following it, unless the redirect is an expected status', async () => {
      expect(await runner.run(probe('/?status=301'))).toMatchObject({ success: false, statusCode: 301, error: 'redirect not followed (answered 301 to http://169.254.169.254/)', counted: true });
      expect(await runner.run(probe('/?status=301', { min: 200, max: 399 }))).toMatchObject({ success: true, statusCode: 301, counted: true });
    });

    it('fails on another status, quoting the start of the answer', async () => {
      expect(await runner.run(probe('/?status=503'))).toMatchObject({ success: false, statusCode: 503, error: 'answered 503, expected 200–299: answer', counted: true });
    });

    it('sends the method asked for', async () => {
      methods.length = 0;
      await runner.run(probe('/', undefined, 'HEAD'));
      expect(methods).toEqual(['HEAD']);
    });

    it('counts a host that cannot be resolved as a failed check', async () => {
      expect(await runner.run({ ...probe('/'), url: 'http://no-such-host.invalid/' })).toMatchObject({ success: false, statusCode: null, counted: true, error: expect.stringContaining('cannot be resolved') });
    });
  });

  it('does not count a run the rules refuse: nothing was measured', async () => {
    const runner = runnerWith({ SLA_PROBE_ALLOW_PRIVATE: '', SLA_PROBE_ALLOWED_HOSTS: '' });
    methods.length = 0;
    expect(await runner.run(probe('/'))).toMatchObject({ success: false, statusCode: null, latencyMs: null, counted: false, error: expect.stringMatching(/^refused: host '127\.0\.0\.1' is the private/) });
    const listed = runnerWith({ SLA_PROBE_ALLOW_PRIVATE: 'true', SLA_PROBE_ALLOWED_HOSTS: 'status.example.com' });
    expect(await listed.run(probe('/'))).toMatchObject({ success: false, counted: false, error: "refused: host '127.0.0.1' is not in the allow-list" });
    expect(methods).toEqual([]);
  });
});
