import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

/**
 * Two projects: logic (contract, rules, catalog, mock, the archive's SQL engine) runs in Node,
 * screens in jsdom, which costs more to start. Both talk to the real mock handlers through msw/node.
 */
export default defineConfig({
  plugins: [react()],
  resolve: { alias },
  test: {
    restoreMocks: true,
    testTimeout: 15_000,
    setupFiles: ['src/testing/setup-tests.ts'],
    projects: [
      // The production server and its proxy: real HTTP on loopback, no mock interception.
      { resolve: { alias }, test: { name: 'server', environment: 'node', include: ['server/**/*.test.ts'], testTimeout: 15_000 } },
      {
        extends: true,
        test: {
          name: 'logic',
          environment: 'node',
          // The archive's engine tests run DuckDB's Node build (engine-sql.test.ts).
          include: ['src/api/**/*.test.ts', 'src/mocks/**/*.test.ts', 'src/features/archive/engine/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'screens',
          environment: 'jsdom',
          setupFiles: ['src/testing/setup-screens.ts'],
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/api/**', 'src/mocks/**', 'src/features/archive/engine/**'],
        },
      },
    ],
  },
});
