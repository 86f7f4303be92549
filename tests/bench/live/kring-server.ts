/**
 * Child process of the benchmark: one real Kring (the same createKringApp as
 * `npm start`) on the benchmark's database, on a free loopback port.
 */
import 'reflect-metadata';
import type { AddressInfo, Server } from 'node:net';
import { createKringApp } from '../../../apps/api/src/create-app';
import { loadConfig } from '../../../apps/api/src/engine/config/kring-config';
import { answerProbe, installProbe } from './server-probe';

async function main(): Promise<void> {
  // Installed before Kring opens a connection, so every statement it sends is counted.
  const probe = installProbe(true);
  const app = await createKringApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }), process.env.BENCH_DATABASE_URL!);
  await app.listen(0, '127.0.0.1');
  answerProbe(probe);
  process.send?.({ type: 'ready', port: ((app.getHttpServer() as Server).address() as AddressInfo).port });
}

void main();
