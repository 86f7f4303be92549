import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress';

// In development the API runs on its own port; in production it serves this
// build itself, so relative URLs work in both.
const api = 'http://localhost:3000';

export default defineConfig({
  plugins: [react(), precompress()],
  resolve: {
    alias: { '@kring/domain': path.resolve(import.meta.dirname, '../../libs/domain/src/index.ts') },
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
