import { ChildProcess, spawn } from 'node:child_process';
import { freePort } from './built-server';

export interface TestRedis {
  url: string;
  stop(): Promise<void>;
}

const MISSING =
  'redis-server is not installed: the Redis scale-out tests start a real one. Install it with `apt-get install -y redis-server` (CI does, in .ci/run).';

/**
 * A real redis-server (Debian's package) on a free loopback port, in memory
 * only, as a child of the test: started here, stopped by `stop()`. Never a
 * pretend one: without the program the test fails with how to install it.
 */
export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.resume();
  await new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => {
      clearInterval(watch);
      reject(error);
    };
    const started = Date.now();
    const watch = setInterval(() => {
      if (output.includes('Ready to accept connections')) {
        clearInterval(watch);
        resolve();
      } else if (child.exitCode !== null) fail(new Error(`redis-server stopped with code ${child.exitCode}: ${output}`));
      else if (Date.now() - started > 10_000) fail(new Error(`redis-server did not start within 10 s: ${output}`));
    }, 20);
    child.once('error', (error: NodeJS.ErrnoException) => fail(error.code === 'ENOENT' ? new Error(MISSING) : error));
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
