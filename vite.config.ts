import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { ctsProxy } from './scripts/vite-cts-proxy.ts';
import { mockPreload } from './scripts/vite-mock-preload.ts';

export default defineConfig({
  plugins: [react(), ctsProxy(), mockPreload()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1', strictPort: true },
  build: { sourcemap: true, chunkSizeWarningLimit: 800 },
});
