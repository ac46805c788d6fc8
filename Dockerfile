# One image for every Fargate main in functions/services/; each SST Service picks its entry point with
# `command`. Node 24 runs the TypeScript sources directly (type stripping), so nothing is compiled here; the mains need
# 24.3.0 or newer (import.meta.main in a .ts entry point; functions/shared/main-lifecycle.ts), which node:24 is.
FROM node:24-slim
WORKDIR /app
ENV NODE_ENV=production
# The workspaces' package.json files must be present for `npm ci` to link @sluice/* packages.
COPY package.json package-lock.json ./
COPY packages ./packages
# Optional dependencies stay: they carry sharp's libvips binary for the platform. The sst package is needed for
# `sst/resource` only, so its 70 MB CLI binary (sst-<platform>) goes.
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts && rm -rf node_modules/sst-* && npm cache clean --force
COPY proto ./proto
COPY functions ./functions
USER node
# `node` itself is the main process (not npm), so SIGTERM reaches the consumer for a graceful drain.
CMD ["node", "functions/services/consumer.ts"]
