import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          // The desktop app's main process.
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          // Browser mode: the same backend over HTTP on 127.0.0.1, run with plain Node.
          browser: resolve(import.meta.dirname, 'src/main/browser/index.ts'),
          // Development data generator (`npm run seed`), run with plain Node.
          seed: resolve(import.meta.dirname, 'src/main/backend/dev/seed.ts'),
        },
        // The code the entries share is the backend.
        output: { chunkFileNames: 'chunks/backend-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require packages: bundle everything it uses.
      externalizeDeps: false,
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      minify: true,
      sourcemap: false,
      chunkSizeWarningLimit: 1500,
    },
  },
});
