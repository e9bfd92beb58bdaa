/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * Registers the service worker that vite-plugin-pwa (Workbox) builds into dist/sw.js. Loaded with
 * a dynamic import from main.tsx in production builds only, so neither `npm start` nor the unit
 * tests ever install a worker. Registration runs from this bundled file: the CSP forbids inline
 * scripts. A new version never takes over on its own (registerType 'prompt'): it waits until the
 * reader accepts the notice (see UpdateNotice), which then activates it and reloads the page.
 */
import { registerSW } from 'virtual:pwa-register';
import { announceUpdate } from './updateState';

export function registerServiceWorker(): void {
  const updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh() {
      announceUpdate(() => void updateServiceWorker(true));
    },
    onRegisterError(error: unknown) {
      // Offline use is an extra: the app works without it, so this is not an error for the reader.
      console.warn(
        'The service worker could not be registered; the app will not work offline.',
        error,
      );
    },
  });
}
