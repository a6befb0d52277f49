import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The web front is built into dist/web, which the API serves on the same origin (static files and
// the SPA fallback, apps/api/src/web/). No dev server: `npm run build:web -- --watch` rebuilds
// while `npm start` serves, so the browser always goes through the real sign-in.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: resolve(import.meta.dirname, '../../dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    // One chunk for now (about 170 kB gzipped); split per page with lazy routes when the pages come.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      // The icon package marks each icon "use client" (for React server components); meaningless in a SPA.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
