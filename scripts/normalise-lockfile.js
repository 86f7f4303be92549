/**
 * Keeps `npm ci` working with a partial registry, like the one these machines
 * use: it serves only this platform's builds of native packages (@swc/core,
 * @unrs/…, nx …), so `npm install` records optional dependencies that are not
 * in the lockfile, and `npm ci` then refuses the lockfile as out of sync. This
 * drops those dangling references. Runs as the root `postinstall`, after npm
 * has written the lockfile, but only where KRING_PARTIAL_REGISTRY=1 is set
 * (.ci/run and developers on such machines): with the full npm registry it
 * would strip other platforms' native packages from the lockfile for everyone.
 */
const fs = require('node:fs');
const path = require('node:path');

// A lockfile's path may be given (tests); by default the repository's own.
const file = process.argv[2] ?? path.join(__dirname, '..', 'package-lock.json');
if (process.env.KRING_PARTIAL_REGISTRY === '1' && fs.existsSync(file)) {
  const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
  const present = new Set(Object.keys(lock.packages).map((key) => key.replace(/^.*node_modules\//, '')));
  let dropped = 0;
  for (const entry of Object.values(lock.packages)) {
    if (!entry.optionalDependencies) continue;
    for (const name of Object.keys(entry.optionalDependencies)) {
      if (!present.has(name)) {
        delete entry.optionalDependencies[name];
        dropped++;
      }
    }
    if (Object.keys(entry.optionalDependencies).length === 0) delete entry.optionalDependencies;
  }
  if (dropped > 0) fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
}
