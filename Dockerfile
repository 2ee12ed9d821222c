# The CTS Console's production server: npm ci, npm run build, then npm run serve as the non-root
# `node` user. Credentials for server-side signing come from the environment at run time:
#   docker build -t cts-console .
#   docker run --init -p 8080:8080 [-e HUAWEICLOUD_SDK_AK -e HUAWEICLOUD_SDK_SK] cts-console
FROM node:20-bookworm-slim

WORKDIR /app
COPY package.json package-lock.json ./
# npm ci's postinstall applies these (patch-package) to the installed dependencies.
COPY patches ./patches
# tsx (a devDependency) runs the TypeScript server, so the full install stays.
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

ENV HOST=0.0.0.0 \
    PORT=8080
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/console-config.json').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["npm", "run", "serve"]
