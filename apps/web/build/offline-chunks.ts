import path from 'node:path';
import type { Plugin } from 'vite';
import type { ManifestTransform } from 'workbox-build';

/**
 * Which built files the service worker precaches: the page, the entry with
 * everything it imports, and the chunks of the screens that must open without
 * a connection (with everything they import). Other screens are not
 * precached, so a relative who opens one link once does not download the
 * whole staff application in the background.
 */
export function offlineChunks(offlineModules: string[]): { plugin: Plugin; keepOffline: ManifestTransform } {
  const needed = new Set<string>(['index.html', 'manifest.webmanifest', 'favicon.svg', 'icon-192.png', 'icon-512.png']);
  const wanted = offlineModules.map((file) => path.resolve(file));
  let seen = false;
  const plugin: Plugin = {
    name: 'kring-offline-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      const add = (fileName: string) => {
        const chunk = bundle[fileName];
        if (!chunk || needed.has(fileName)) return;
        needed.add(fileName);
        if (chunk.type !== 'chunk') return;
        chunk.imports.forEach(add);
        chunk.viteMetadata?.importedCss.forEach(add);
      };
      const roots = Object.values(bundle).filter(
        (chunk) =>
          chunk.type === 'chunk' &&
          (chunk.isEntry || (chunk.facadeModuleId !== null && wanted.includes(path.resolve(chunk.facadeModuleId)))),
      );
      // A renamed module must not silently drop the notebook from the offline files.
      if (roots.filter((chunk) => !(chunk.type === 'chunk' && chunk.isEntry)).length !== wanted.length) {
        this.error(`offline chunks: not every one of ${offlineModules.join(', ')} became a chunk of its own`);
      }
      roots.forEach((chunk) => add(chunk.fileName));
      seen = true;
    },
  };
  const keepOffline: ManifestTransform = (entries) => {
    if (!seen) throw new Error('offline chunks: the app bundle was not seen before the service worker manifest');
    return { manifest: entries.filter((entry) => needed.has(entry.url.replace(/^\//, ''))), warnings: [] };
  };
  return { plugin, keepOffline };
}
