import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|css|svg|json|webmanifest)$/;

/**
 * Writes a brotli (.br) and a gzip (.gz) twin of every built asset, at the
 * highest levels, once per build: the server then sends them as they are
 * (apps/api/src/engine/http/web-app.ts) instead of compressing per request.
 */
export function precompress(): Plugin {
  let assetsDir = '';
  return {
    name: 'kring-precompress',
    apply: 'build',
    configResolved(config) {
      assetsDir = path.resolve(config.root, config.build.outDir, config.build.assetsDir);
    },
    closeBundle() {
      if (!fs.existsSync(assetsDir)) return;
      for (const name of fs.readdirSync(assetsDir).filter((file) => COMPRESSIBLE.test(file))) {
        const file = path.join(assetsDir, name);
        const content = fs.readFileSync(file);
        fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(content, { level: 9 }));
      }
    },
  };
}
