/**
 * Build-time plugins:
 * - validateData: every file in data/ is checked against src/data/schema.ts before a build (a
 *   malformed file fails the build with file + JSON path + what is wrong) and on every change
 *   during development (the message goes to the terminal and Vite's error overlay).
 * - contentSecurityPolicy: adds a strict CSP meta tag to the production HTML. Not in dev, where
 *   Vite's HMR client relies on inline scripts and injected <style> tags.
 */
import type { Plugin } from 'vite';
import { validateDataTexts } from '../src/data/validate.ts';
import { readDataTexts } from './dataFiles.ts';

export function validateData(root: string): Plugin {
  const check = () => validateDataTexts(readDataTexts(root));
  return {
    name: 'validate-data',
    buildStart() {
      const errors = check();
      if (errors.length > 0) {
        this.error(`Invalid data files:\n  ${errors.join('\n  ')}`);
      }
    },
    configureServer(server) {
      const report = () => {
        const errors = check();
        if (errors.length === 0) return;
        const message = `Invalid data files:\n  ${errors.join('\n  ')}`;
        server.config.logger.error(message);
        server.ws.send({ type: 'error', err: { message, stack: '' } });
      };
      report();
      server.watcher.on('change', (file) => {
        if (file.includes('/data/') && file.endsWith('.json')) report();
      });
    },
  };
}

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  // The web app manifest (public/ via vite-plugin-pwa); the service worker itself is worker-src.
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
