import fs from 'node:fs';
import path from 'node:path';

/** Node's flags for the API server as `npm start` gives them (the root package.json): the Docker image and the bench use the same. */
export function serverNodeFlags(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { scripts: { start: string } };
  const command = /\bnode ((?:--\S+ )*)apps\/api\/dist\/main\.js/.exec(manifest.scripts.start);
  if (!command) throw new Error(`npm start does not run apps/api/dist/main.js with node: ${manifest.scripts.start}`);
  return command[1].split(' ').filter(Boolean);
}
