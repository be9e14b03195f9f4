import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// `npm run bench` builds the benchmark like the app's Node entries: one CommonJS file that
// requires the packages from node_modules and bundles the project's own TypeScript.
export default defineConfig({
  build: {
    ssr: resolve(import.meta.dirname, 'run.ts'),
    outDir: resolve(import.meta.dirname, '../out/bench'),
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    rollupOptions: { output: { format: 'cjs', entryFileNames: 'run.cjs' } },
  },
  logLevel: 'warn',
});
