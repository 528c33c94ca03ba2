# One image for every Meshwork service; docker-compose.yml picks the service with its command
# (`node tools/deploy/start-service.js <catalog|governance|access|sla>`, or SERVICE=<name>).
# The services run from their TypeScript sources through swc (tools/swc/register.js), as `npm start` runs them.
#   docker build -t meshwork .                  the runtime image
#   docker build --target verify .              the type check, on the full dependency set

# The npm manifests alone (and the workspaces' bin scripts, which npm links), so that the dependency layers are
# rebuilt only when a manifest or the lock file changes.
FROM node:20-bookworm-slim AS manifests
WORKDIR /src
COPY package.json package-lock.json ./
COPY apps apps
COPY libs libs
RUN find apps libs -type f ! -name package.json ! -path '*/bin/*' -delete && find apps libs -type d -empty -delete

# Every dependency, development tools included.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY --from=manifests /src ./
RUN npm ci --no-audit --no-fund

# The strict type check CI runs, on the sources the image is built from (tests included).
FROM deps AS verify
COPY . .
RUN npm run typecheck

# The services' sources without their tests.
FROM node:20-bookworm-slim AS sources
WORKDIR /src
COPY apps apps
COPY libs libs
RUN find apps libs \( -type d -name test -o -type f -name '*.spec.ts' \) -prune -exec rm -rf {} +

# Runtime dependencies only: swc (the source hook) is one of them; TypeScript, jest and nx are not.
FROM node:20-bookworm-slim AS prod-deps
WORKDIR /app
COPY --from=manifests /src ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0
WORKDIR /app
COPY --from=prod-deps /app/node_modules node_modules
COPY package.json package-lock.json tsconfig.base.json ./
COPY --from=sources /src/libs libs
COPY --from=sources /src/apps apps
COPY tools/swc tools/swc
COPY tools/dev/admin.js tools/dev/admin.js
COPY tools/deploy/services.js tools/deploy/start-service.js tools/deploy/healthcheck.js tools/deploy/bootstrap-admin.js tools/deploy/
# The sources belong to root and cannot be changed by the services, which run as the unprivileged `node` user.
USER node
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 CMD ["node", "tools/deploy/healthcheck.js"]
CMD ["node", "tools/deploy/start-service.js"]
