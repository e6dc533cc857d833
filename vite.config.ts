import react from '@vitejs/plugin-react';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { constants } from 'node:zlib';
import { defineConfig } from 'vitest/config';
import { scenesPlugin } from './src/scene-pack/vite-plugin-scenes.ts';
import { noXrEmulatorPlugin } from './src/tools/vite-plugin-no-xr-emulator.ts';
import { offlineShellPlugin } from './src/tools/vite-offline-shell.ts';
import { firstPictureEntryPlugin } from './src/tools/vite-plugin-first-picture-entry.ts';

/**
 * Brotli and gzip copies of the app's own files, made once at build time at the highest levels
 * (the server sends them as they are, with no compression work per request). Scene packs and XR
 * profiles are served from disk by their own route, so their copies in dist/ are left alone.
 */
export const precompress = () =>
  compression({
    include: /\.(html|js|mjs|css|svg|json|webmanifest)$/,
    exclude: [/^scenes\//, /^xr-profiles\//],
    threshold: 1024,
    algorithms: [
      defineAlgorithm('brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }),
      defineAlgorithm('gzip', { level: 9 }),
    ],
    logLevel: 'silent',
  });

export default defineConfig({
  plugins: [react(), scenesPlugin(), noXrEmulatorPlugin(), firstPictureEntryPlugin(), offlineShellPlugin(), precompress()],
  // Maps are built for whoever debugs a device (the server serves them only when asked to), but
  // no file names them, so devices never fetch them.
  build: {
    target: 'es2022',
    sourcemap: 'hidden',
    chunkSizeWarningLimit: 2500,
    // Small modules shared by the player route and other chunks, one file each by default: in one
    // file per group instead, as each file on the player route also costs its headers (~1 KB).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What the first-picture script (vite-plugin-first-picture-entry.ts) shares with the app.
            { name: 'first-picture-shared', test: /src[\\/](viewer[\\/](early-images|perf-marks)|sync[\\/]outbox-db-name)\.ts$/ },
            // Shared by the app's entry and its routes (the entry loads them anyway).
            { name: 'shell-shared', test: /src[\\/](ui[\\/]ui-strings|core[\\/]api[\\/]api-ids)\.ts$/ },
            // What the player's chunks share with the editor's and the dashboard's.
            { name: 'player-shared', test: /src[\\/]core[\\/](yaw-pitch|scenario-media)\.ts$|node_modules[\\/]use-sync-external-store[\\/]/ },
          ],
        },
      },
    },
  },
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
