import { buildApp } from './app.ts';
import { USAGE, serverOptions } from './server-options.ts';

/** `npm run serve`: the production server for the built console (see README, "Deployment"). */
async function main() {
  let options;
  try {
    options = serverOptions(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
  const app = await buildApp(options, true);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void app.close().then(() => process.exit(0)));
  }
  const address = await app.listen({ port: options.port, host: options.host });
  const targets = options.allowTargets.length > 0 ? ` plus ${options.allowTargets.join(', ')}` : '';
  console.info(`CTS Console on ${address}`);
  console.info(`Proxy: Huawei Cloud CTS and IAM endpoints${targets}; ${options.signingKeys ? 'signing CTS calls with the server’s AK/SK' : 'browser credentials'}.`);
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
