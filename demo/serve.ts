/**
 * `npm start` (after `npm run build:demo`): serves dist/demo/ on 127.0.0.1 and prints its address.
 * Ctrl-C stops it.
 *
 *   tsx demo/serve.ts [--port N] [--dir PATH]     (or PORT=N)
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer, type StaticServer } from './build/static-server.ts';

/** The port tried first when none is given; any free port if it is taken. */
const PREFERRED_PORT = 4178;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

async function main(): Promise<void> {
  const root = resolve(option('dir') ?? fileURLToPath(new URL('../dist/demo', import.meta.url)));
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} holds no built demo: run \`npm run build:demo\` first`);
  const given = option('port') ?? process.env.PORT;
  const port = given === undefined ? undefined : Number(given);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65_535)) throw new Error(`--port ${given} is not a port number`);
  let server: StaticServer;
  try {
    server = await startStaticServer({ root, port: port ?? PREFERRED_PORT });
  } catch (error) {
    if (port !== undefined || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    server = await startStaticServer({ root, port: 0 });
  }
  console.log(`mc-verify demo: ${server.url}`);
  console.log('Press Ctrl-C to stop.');
  const stop = (): void => {
    void server.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
