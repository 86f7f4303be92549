import { ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

/** The built server, exactly as `npm start` runs it (npm test builds first). */
export const MAIN = path.resolve(__dirname, '../../apps/api/dist/main.js');

export type ServerProcess = ChildProcess & { output: () => string };

/** Runs a Node entry point (the built server by default) with extra environment, keeping all it prints. */
export function run(env: NodeJS.ProcessEnv, main = MAIN, cwd?: string, nodeFlags: readonly string[] = []): ServerProcess {
  const child = spawn(process.execPath, [...nodeFlags, main], {
    cwd,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return Object.assign(child, { output: () => output });
}

export function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));
}

/** Waits until the condition holds (asking every 50 ms), or fails naming what it waited for after `ms`. */
export async function until(
  condition: () => boolean | Promise<boolean>,
  what: string,
  output: () => string = () => '',
  ms = 30_000,
): Promise<void> {
  const end = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}; output: ${output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

/** Starts the built server on a free port and waits until it says it is ready. */
export async function startBuiltServer(env: NodeJS.ProcessEnv, main = MAIN, cwd?: string): Promise<{ child: ServerProcess; url: string }> {
  const port = await freePort();
  const child = run({ PORT: String(port), ...env }, main, cwd);
  await until(() => child.output().includes('Kring draait op') || child.exitCode !== null, 'start-up', child.output, 90_000);
  if (child.exitCode !== null) throw new Error(`The server stopped: ${child.output()}`);
  return { child, url: `http://127.0.0.1:${port}` };
}
