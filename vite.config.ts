import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { ctsProxy } from './scripts/vite-cts-proxy.ts';
import { firstScreenPreload } from './scripts/vite-first-screen-preload.ts';

export default defineConfig(({ command }) => ({
  plugins: [react(), ctsProxy(), firstScreenPreload()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // msw's cookie store imports a 257 KB public suffix list the mock never needs (see the stub).
      ...(command === 'build' ? { tldts: fileURLToPath(new URL('./src/mocks/public-suffix-stub.ts', import.meta.url)) } : {}),
    },
  },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1', strictPort: true },
  build: {
    sourcemap: true,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'] },
            // The trace list, the usual first screen, in one chunk: gzip compresses one file better
            // than eighteen small ones, and the screen waits for one request instead of a cascade.
            { name: 'traces-screen', test: /src[\\/](app[\\/]routes[\\/]traces-route\.tsx|features[\\/]traces[\\/]export[\\/]export-button\.tsx)$/ },
          ],
        },
      },
    },
  },
}));
