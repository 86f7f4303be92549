import { ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import type { ProbeStats } from './server-probe';

/** A server under test in its own process, so its memory and processor time are its own and the clients' do not count. */
export interface ServerProcess {
  url: string;
  /** The probe's figures since the last reset; `reset` starts a new window. */
  stats(reset?: boolean): Promise<ProbeStats>;
  /** Ends the server; with a CPU profile it is let exit on its own (node writes the profile at exit), else killed. */
  stop(): Promise<void>;
}

/**
 * `nodeFlags`: node's own flags for the server (Kring's are those `npm start` and the Docker image use, see
 * options.ts); `cpuProfDir`: write a CPU profile there.
 */
export async function startServer(
  script: string,
  env: NodeJS.ProcessEnv,
  { nodeFlags = [], cpuProfDir }: { nodeFlags?: readonly string[]; cpuProfDir?: string } = {},
): Promise<ServerProcess> {
  const child: ChildProcess = fork(path.join(__dirname, script), [], {
    execArgv: [
      '-r',
      path.join(__dirname, '..', 'swc-register.js'),
      ...nodeFlags,
      ...(cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : []),
    ],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${script} stopped with code ${code}`)));
    child.on('message', (m: { type: string; port?: number }) => m.type === 'ready' && resolve(m.port!));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stats: (reset = false) =>
      new Promise((resolve) => {
        const answer = (m: { type: string; stats?: ProbeStats }) => {
          if (m.type !== 'stats') return;
          child.off('message', answer);
          resolve(m.stats!);
        };
        child.on('message', answer);
        child.send({ type: reset ? 'reset' : 'stats' });
      }),
    stop: async () => {
      if (!cpuProfDir || child.exitCode !== null) {
        child.kill('SIGKILL');
        return;
      }
      // The probe exits on disconnect (answerProbe); a profile of a big run takes a few seconds to write.
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.disconnect();
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
      child.kill('SIGKILL');
    },
  };
}
