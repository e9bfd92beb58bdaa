// Build of the floor page for `npm run bench:ui` (the app's vite.config.ts is not involved).
// The output directory is chosen by scripts/bench-ui.mjs (a temporary directory).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  base: './',
  logLevel: 'warn',
  build: { manifest: true, target: 'es2022', assetsInlineLimit: 0, emptyOutDir: true },
});
