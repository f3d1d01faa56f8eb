/// <reference types="vitest" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';

export default defineConfig({
  plugins: [
    react({
      // Each `graphql(`…`)` becomes an import of its own document, so a page's chunk carries only its queries
      // (not every operation of the portal in the first script).
      babel: { plugins: [[babelOptimizerPlugin, { artifactDirectory: './src/gql', gqlTagName: 'graphql' }]] },
    }),
  ],
  build: {
    outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 400,
    rollupOptions: {
      output: {
        // Libraries change less often than the portal: a vendor chunk stays cached across releases.
        manualChunks(id) {
          return id.includes('/node_modules/') ? 'vendor' : undefined;
        },
      },
    },
  },
  server: {
    proxy: { '/graphql': { target: 'http://127.0.0.1:8000', ws: true }, '/files': 'http://127.0.0.1:8000', '/documents': 'http://127.0.0.1:8000', '/healthz': 'http://127.0.0.1:8000' },
  },
  test: { environment: 'node', include: ['src/**/*.test.ts', 'src/**/*.test.tsx'] },
});
