import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { offlineChunks } from './build/offline-chunks';
import { precompress } from './build/precompress';

// In development the API runs on its own port; in production it serves this
// build itself, so relative URLs work in both.
const api = 'http://localhost:3000';

// The visit notebook is used in homes without signal: its screens (and the English texts) are precached.
const offline = offlineChunks(['src/peer-visits/pages.ts', 'src/i18n/en.ts'].map((file) => path.resolve(import.meta.dirname, file)));

export default defineConfig({
  plugins: [
    react(),
    offline.plugin,
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'sw',
      filename: 'sw.ts',
      // main.tsx registers /sw.js itself; public/manifest.webmanifest is the app's manifest.
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        manifestTransforms: [offline.keepOffline],
      },
    }),
    precompress(),
  ],
  resolve: {
    alias: [
      { find: '@kring/domain', replacement: path.resolve(import.meta.dirname, '../../libs/domain/src/index.ts') },
      // Preact's compatibility layer renders the same components for about 5 KB
      // compressed instead of React DOM's 60: most of a relative's first load on
      // an old phone (issue #10). Types and unit tests still use React's.
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react(-dom)?$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
    ],
  },
  server: {
    proxy: {
      '/graphql': api,
      '/health': api,
      '/sessions': api,
      '/calendar': api,
      '/exports': api,
      '/socket.io': { target: api, ws: true },
    },
  },
  build: { outDir: 'dist', emptyOutDir: true },
});
