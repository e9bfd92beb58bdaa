/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import {
  contentSecurityPolicy,
  messageCatalogs,
  studySchema,
  validateData,
  viewPreload,
} from './scripts/vitePlugins.ts';
import { studyIndex } from './scripts/studyIndexPlugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    validateData(root),
    studyIndex(root),
    messageCatalogs(root),
    contentSecurityPolicy(),
    viewPreload(),
    studySchema(),
    // Offline and installable (see README "Offline"). Build only: no service worker in `npm start`
    // or in the unit tests. The app registers it itself from src/pwa (a bundled file, so the CSP
    // needs no inline script), and asks before reloading onto a new version.
    VitePWA({
      disable: Boolean(process.env.VITEST),
      registerType: 'prompt',
      injectRegister: false,
      // public/icons/* are precached by the glob below; listing them again would duplicate entries.
      includeManifestIcons: false,
      manifest: {
        id: './',
        name: 'Ketamine crossover studies, explained',
        short_name: 'Ketamine crossover',
        description:
          'An interactive explainer of two ketamine crossover trials: designs, effects over time and the naltrexone blockade, with the source of every number.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#fbfaf7',
        theme_color: '#1f5fa8',
        icons: [
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // The shell, every lazy chunk (views, lecture, handout, export, worker, QR code), styles,
        // data bundled into them, fonts and icons. Nothing from another origin: no runtime caching.
        globPatterns: ['**/*.{html,js,css,svg,png,woff,woff2,json,webmanifest}'],
        globIgnores: ['**/.vite/**', '**/node_modules/**'],
        // Every navigation (?view=…, ?lecture=1&slide=N, ?print=1, …) gets the cached shell.
        navigateFallback: 'index.html',
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        // The first visit is controlled at once, so it works offline without a second load. An
        // update still waits (no skipWaiting) until the reader accepts the reload.
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ],
  base: './',
  build: {
    manifest: true,
    target: 'es2022',
    // No inline data: URLs for assets, so the CSP stays 'self' only.
    assetsInlineLimit: 0,
  },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
