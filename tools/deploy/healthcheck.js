'use strict';
// Container health check without curl: `node tools/deploy/healthcheck.js [url]` exits 0 when the URL answers 200
// within 3 s, 1 otherwise. The URL defaults to the readiness endpoint on this container's PORT.
const TIMEOUT_MS = 3_000;

const url = process.argv[2] ?? `http://127.0.0.1:${process.env.PORT ?? ''}/health/ready`;

fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) })
  .then(async (res) => {
    await res.arrayBuffer();
    if (res.status !== 200) process.stderr.write(`${url} answered ${res.status}\n`);
    process.exit(res.status === 200 ? 0 : 1);
  })
  .catch((error) => {
    process.stderr.write(`${url}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
