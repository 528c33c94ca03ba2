/* global window, document, SwaggerUIBundle, SwaggerUIStandalonePreset */
// The admin console in the browser: Swagger UI over the four services' documents (the selector in its top bar), every
// call through the gateway at this origin. One bearer token serves them all: exchanged here for an API key, or pasted
// in Swagger's own Authorize dialog; it is kept in sessionStorage only (gone with the tab), never the API key.
'use strict';

(function adminConsole() {
  const SCHEME = 'bearer';
  const STORAGE_KEY = 'meshwork.console.auth';
  // Exchange the key again this long before the token expires, while the page holds the key.
  const REFRESH_MARGIN_S = 60;

  /** @type {{ preauthorizeApiKey(name: string, value: string): void, authActions: { logout(names: string[]): void } } | undefined} */
  let ui;
  /** The API key typed on this page; in memory only, to get a new token before the current one expires. */
  let apiKey;
  let refreshTimer;

  /** @returns {{ token: string, via: 'api-key' | 'token', expiresAt?: number } | undefined} */
  function stored() {
    try {
      const value = JSON.parse(sessionStorage.getItem(STORAGE_KEY) || 'null');
      return value && typeof value.token === 'string' ? value : undefined;
    } catch {
      return undefined;
    }
  }

  function store(token, via) {
    const claims = claimsOf(token);
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ token, via, expiresAt: typeof claims?.exp === 'number' ? claims.exp * 1000 : undefined }));
    showStatus();
  }

  function forget() {
    sessionStorage.removeItem(STORAGE_KEY);
    apiKey = undefined;
    window.clearTimeout(refreshTimer);
    showStatus();
  }

  /** The payload of a JWT, for the status line only: the services verify it. */
  function claimsOf(token) {
    try {
      const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(window.atob(payload.padEnd(payload.length + ((4 - (payload.length % 4)) % 4), '=')));
    } catch {
      return undefined;
    }
  }

  function showStatus(error) {
    const status = document.getElementById('auth-status');
    const auth = stored();
    status.classList.toggle('mw-error', Boolean(error));
    status.classList.toggle('mw-ok', !error && Boolean(auth));
    if (error) {
      status.textContent = error;
      return;
    }
    if (!auth) {
      status.textContent = 'Not authorized. Enter an API key here, or paste a token in Authorize below.';
      return;
    }
    const claims = claimsOf(auth.token) || {};
    const who = claims.sub ? `as ${claims.sub}` : 'with a token';
    const roles = Array.isArray(claims.roles) && claims.roles.length > 0 ? ` (${claims.roles.join(', ')})` : '';
    const until = auth.expiresAt ? `, token valid until ${new Date(auth.expiresAt).toLocaleTimeString()}` : '';
    const expired = auth.expiresAt && auth.expiresAt <= Date.now() ? ' — expired: authorize again' : '';
    status.textContent = `Authorized ${who}${roles} ${auth.via === 'api-key' ? 'by API key' : 'by token'}${until}${expired}`;
  }

  /** Every spec the selector loads gets the kept token, so its lock icons show it and Try it out sends it. */
  function applyStoredToken() {
    const auth = stored();
    if (ui && auth) ui.preauthorizeApiKey(SCHEME, auth.token);
  }

  async function exchange(key) {
    const res = await window.fetch('/access/v1/auth/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKey: key }) });
    const body = await res.json().catch(() => undefined);
    if (res.status !== 200 || !body || typeof body.accessToken !== 'string') {
      const why = body && body.detail ? body.detail : `answered ${res.status}`;
      throw new Error(`The access service did not exchange the API key: ${why}`);
    }
    return body;
  }

  async function authorizeWithKey(key) {
    const { accessToken, expiresIn } = await exchange(key);
    apiKey = key;
    store(accessToken, 'api-key');
    applyStoredToken();
    window.clearTimeout(refreshTimer);
    if (typeof expiresIn === 'number' && expiresIn > REFRESH_MARGIN_S) {
      refreshTimer = window.setTimeout(() => {
        if (apiKey) authorizeWithKey(apiKey).catch((error) => showStatus(error.message));
      }, (expiresIn - REFRESH_MARGIN_S) * 1000);
    }
  }

  /** Keeps a token given in Swagger's Authorize dialog, and forgets it on its Logout. */
  function keepAuthorization() {
    return {
      statePlugins: {
        auth: {
          wrapActions: {
            authorize: (original) => (payload) => {
              const value = payload && payload[SCHEME] && payload[SCHEME].value;
              const auth = stored();
              if (typeof value === 'string' && value && (!auth || auth.token !== value)) store(value.replace(/^Bearer\s+/i, ''), 'token');
              return original(payload);
            },
            logout: (original) => (names) => {
              if (Array.isArray(names) && names.includes(SCHEME)) forget();
              return original(names);
            },
          },
        },
        spec: {
          wrapActions: {
            updateJsonSpec: (original) => (json) => {
              const result = original(json);
              window.setTimeout(applyStoredToken);
              return result;
            },
          },
        },
      },
    };
  }

  /** A call to a service through the gateway carries the kept token unless the operation set one itself. */
  function requestInterceptor(request) {
    const auth = stored();
    if (!auth || request.loadSpec) return request;
    const target = new URL(request.url, window.location.href);
    if (target.origin !== window.location.origin) return request;
    request.headers = request.headers || {};
    const hasAuthorization = Object.keys(request.headers).some((name) => name.toLowerCase() === 'authorization');
    if (!hasAuthorization) request.headers.Authorization = `Bearer ${auth.token}`;
    return request;
  }

  function wireForm() {
    const form = document.getElementById('api-key-form');
    const input = document.getElementById('api-key');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const key = input.value.trim();
      if (!key) return showStatus('Enter an API key first.');
      authorizeWithKey(key)
        .then(() => {
          input.value = '';
        })
        .catch((error) => showStatus(error.message));
      return undefined;
    });
    document.getElementById('sign-out').addEventListener('click', () => {
      forget();
      if (ui) ui.authActions.logout([SCHEME]);
    });
  }

  async function main() {
    wireForm();
    showStatus();
    const specs = await (await window.fetch('/console/specs')).json();
    const wanted = new URLSearchParams(window.location.search).get('spec');
    ui = SwaggerUIBundle({
      urls: specs,
      'urls.primaryName': specs.some((spec) => spec.name === wanted) ? wanted : specs[0].name,
      dom_id: '#swagger-ui',
      deepLinking: true,
      displayOperationId: true,
      displayRequestDuration: true,
      filter: true,
      persistAuthorization: false,
      presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
      plugins: [SwaggerUIBundle.plugins.DownloadUrl, keepAuthorization],
      layout: 'StandaloneLayout',
      requestInterceptor,
      onComplete: applyStoredToken,
    });
    window.meshworkConsole = ui;
  }

  main().catch((error) => showStatus(`The console could not load the services' documents: ${error.message}`));
})();
