import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { scenesPlugin } from './src/scene-pack/vite-plugin-scenes.ts';

export default defineConfig({
  plugins: [react(), scenesPlugin()],
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 2500 },
  preview: { port: 8080, strictPort: true },
  // In dev, the API is the real server (npm start) on 8080; Vite serves the app on 5173.
  server: { proxy: { '/api': { target: `http://localhost:${process.env.PORT ?? 8080}`, changeOrigin: false } } },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/server/postgres-global-setup.ts'],
  },
});
