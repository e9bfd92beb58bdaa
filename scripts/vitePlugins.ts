/**
 * Build-time plugins:
 * - validateData: every file in data/ is checked against src/data/schema.ts before a build (a
 *   malformed file fails the build with file + JSON path + what is wrong) and on every change
 *   during development (the message goes to the terminal and Vite's error overlay).
 * - messageCatalogs: the UI catalogues (src/locales/<code>/<namespace>.json) are checked before a build (a missing
 *   translation fails it, naming file and id) and compiled on import into @lingui/core's form.
 * - contentSecurityPolicy: adds a strict CSP meta tag to the production HTML. Not in dev, where
 *   Vite's HMR client relies on inline scripts and injected <style> tags.
 */
import type { Plugin } from 'vite';
import { validateDataTexts } from '../src/data/validate.ts';
import { studyJsonSchema, validateTemplateTexts } from '../src/data/studyFile.ts';
import { readDataTexts } from './dataFiles.ts';
import { OWN_STUDIES_DATABASE } from '../src/own/storage.ts';
import { checkCatalogs, compileCatalog, readCatalogTexts } from './catalogs.ts';

/** The ids of the studies in data/studies/ (a template may not take one). */
function builtInIds(texts: Record<string, string>): string[] {
  return Object.entries(texts)
    .filter(([file]) => file.includes('/studies/'))
    .map(([, text]) => {
      try {
        return String((JSON.parse(text) as { id?: unknown }).id);
      } catch {
        return '';
      }
    });
}

export function validateData(root: string): Plugin {
  const check = () => {
    const texts = readDataTexts(root);
    return [...validateDataTexts(texts), ...validateTemplateTexts(texts, builtInIds(texts))];
  };
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

export function messageCatalogs(root: string): Plugin {
  const isCatalog = (id: string) => /\/src\/locales\/[^/]+\/[^/]+\.json$/.test(id.split('?')[0]!);
  const check = () => checkCatalogs(readCatalogTexts(root));
  return {
    name: 'message-catalogs',
    // Before Vite's JSON plugin, which then turns the compiled JSON into a module.
    enforce: 'pre',
    buildStart() {
      const errors = check();
      if (errors.length > 0) this.error(`Invalid message catalogues:\n  ${errors.join('\n  ')}`);
    },
    configureServer(server) {
      const report = () => {
        const errors = check();
        if (errors.length === 0) return;
        const message = `Invalid message catalogues:\n  ${errors.join('\n  ')}`;
        server.config.logger.error(message);
        server.ws.send({ type: 'error', err: { message, stack: '' } });
      };
      report();
      server.watcher.on('change', (file) => {
        if (isCatalog(file)) report();
      });
    },
    transform(code, id) {
      if (!isCatalog(id)) return null;
      return { code: compileCatalog(code), map: null };
    },
  };
}

/** The published file name of the study file format as JSON Schema. */
export const STUDY_SCHEMA_FILE = 'study.schema.json';

/** The JSON Schema text, generated from the zod definition (never written by hand). */
export function studySchemaText(): string {
  return `${JSON.stringify(studyJsonSchema(), null, 2)}\n`;
}

/**
 * Publishes the study file format as JSON Schema: dist/study.schema.json in a build, and the same
 * at /study.schema.json from the dev server.
 */
export function studySchema(): Plugin {
  return {
    name: 'study-json-schema',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: STUDY_SCHEMA_FILE, source: studySchemaText() });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!request.url?.split('?')[0]?.endsWith(`/${STUDY_SCHEMA_FILE}`)) return next();
        response.setHeader('Content-Type', 'application/schema+json');
        response.end(studySchemaText());
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

/** The lazily loaded views: the module each view's chunk starts from (its catalogue has its name). */
const VIEW_MODULES: Record<string, string> = {
  overview: 'src/sections/Overview.tsx',
  designs: 'src/sections/designs/Designs.tsx',
  timeline: 'src/sections/effects/Effects.tsx',
  blockade: 'src/sections/blockade/Blockade.tsx',
  lab: 'src/sections/lab/Lab.tsx',
  sources: 'src/sections/Sources.tsx',
};
export const VIEW_PRELOAD_FILE = 'view-preload.js';

/**
 * viewPreload (issue #14): a shared link that opens on a view (`?view=lab`) used to fetch the
 * view's chunk only once the entry's modules had been fetched and evaluated — ~600 ms later at a 4×
 * CPU throttle. The build writes `view-preload.js`, a small classic script loaded from the page's
 * head (the CSP allows no inline script): it reads `?view=` (and `lang`) from the address and adds
 * `<link rel="modulepreload">` for that view's chunk, its static imports, styles and catalogue,
 * so they download alongside the entry. A wrong or missing view preloads nothing; the app's own
 * imports are unchanged (the links only warm the cache).
 */
export function viewPreload(): Plugin {
  return {
    name: 'view-preload',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'script',
          attrs: { src: `./${VIEW_PRELOAD_FILE}`, async: true },
          injectTo: 'head-prepend',
        },
      ];
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const entryFiles = new Set<string>();
      const collect = (fileName: string, into: Set<string>) => {
        const chunk = byFile.get(fileName);
        if (!chunk || into.has(fileName)) return;
        into.add(fileName);
        for (const css of chunk.viteMetadata?.importedCss ?? []) into.add(css);
        for (const next of chunk.imports) collect(next, into);
      };
      for (const chunk of chunks) if (chunk.isEntry) collect(chunk.fileName, entryFiles);
      const endsWith = (chunk: { facadeModuleId: string | null }, path: string) =>
        (chunk.facadeModuleId ?? '').replaceAll('\\', '/').endsWith(`/${path}`);
      const views: Record<string, string[]> = {};
      for (const [view, module] of Object.entries(VIEW_MODULES)) {
        const start = chunks.find((chunk) => endsWith(chunk, module));
        if (!start) continue;
        const files = new Set<string>();
        collect(start.fileName, files);
        views[view] = [...files].filter((file) => !entryFiles.has(file));
      }
      const catalogues: Record<string, string> = {};
      for (const chunk of chunks) {
        const match = /src\/locales\/([^/]+)\/([^/]+)\.json$/.exec(
          (chunk.facadeModuleId ?? '').replaceAll('\\', '/'),
        );
        if (match) catalogues[`${match[1]}/${match[2]}`] = chunk.fileName;
      }
      const translated = [
        ...new Set(Object.keys(catalogues).map((key) => key.split('/')[0]!)),
      ].filter((lang) => lang !== 'en' && /^[a-z]{2,3}$/.test(lang));
      const source = `/* Generated by scripts/vitePlugins.ts (viewPreload). */
(function () {
  var views = ${JSON.stringify(views)};
  var catalogues = ${JSON.stringify(catalogues)};
  /* Filled in by scripts/prerender.mjs after the build: view → saved first page and its styles. */
  var prerendered = {};
  /* Languages other than English that have catalogues (the saved pages are English). */
  var translated = ${JSON.stringify(translated)};
  try {
    var query = new URLSearchParams(location.search);
    if (query.has('lecture') || query.has('print') || query.has('embed')) return;
    var view = query.get('view') || 'overview';
    var lang = (query.get('lang') || (navigator.language || 'en')).slice(0, 2).toLowerCase();
    var files = Object.prototype.hasOwnProperty.call(views, view) ? views[view].slice() : [];
    files.push(catalogues[lang + '/' + view] || catalogues['en/' + view]);
    var saved = savedPage(query, view);
    for (var i = 0; i < files.length; i++) {
      if (!files[i]) continue;
      var link = document.createElement('link');
      var css = /\\.css$/.test(files[i]);
      link.rel = css ? 'preload' : 'modulepreload';
      if (css) link.as = 'style';
      link.href = new URL(files[i], document.baseURI).href;
      document.head.appendChild(link);
    }
    if (saved) showSaved(saved);
  } catch (error) {
    /* A preload is only a head start: the app loads the view itself. */
  }

  /* The saved first page for this address, or null: a plain link only (nothing but ?view=), in
     English, on a wide screen, on a first visit (no offline copy in charge) and with no reader's
     own studies kept in this browser — anything else could differ from what the app draws. */
  function savedPage(query, view) {
    if (!Object.prototype.hasOwnProperty.call(prerendered, view)) return null;
    var keys = [];
    query.forEach(function (_value, key) { keys.push(key); });
    if (keys.some(function (key) { return key !== 'view'; }) || location.hash) return null;
    var languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
    for (var i = 0; i < languages.length; i++) {
      var base = String(languages[i]).toLowerCase().split('-')[0];
      // The first of the reader's languages the app has decides, as in the app (resolveLocale).
      if (translated.indexOf(base) >= 0) return null;
      if (base === 'en') break;
    }
    if (window.innerWidth < 1024) return null;
    if (navigator.serviceWorker && navigator.serviceWorker.controller) return null;
    if (!window.indexedDB || typeof indexedDB.databases !== 'function') return null;
    return prerendered[view];
  }

  function loaded(link) {
    return new Promise(function (done) {
      link.addEventListener('load', done);
      link.addEventListener('error', done);
    });
  }

  /* Applies the stylesheets the saved page was drawn with (those not already in the head). */
  function applyStyles(files) {
    var present = {};
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    for (var i = 0; i < links.length; i++) present[links[i].href] = true;
    var waits = [];
    for (var j = 0; j < files.length; j++) {
      var href = new URL(files[j], document.baseURI).href;
      if (present[href]) continue;
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      waits.push(loaded(link));
      document.head.appendChild(link);
    }
    return waits;
  }

  function showSaved(saved) {
    var styles = applyStyles(saved.styles);
    var page = fetch(new URL(saved.file, document.baseURI).href).then(function (response) {
      return response.ok ? response.text() : null;
    });
    var kept = indexedDB.databases().then(function (list) {
      return list.some(function (database) { return database.name === ${JSON.stringify(OWN_STUDIES_DATABASE)}; });
    });
    // The body parsed (not DOMContentLoaded: that waits for the app's module scripts to run).
    var ready = new Promise(function (done) {
      if (document.readyState !== 'loading') return done();
      document.addEventListener('readystatechange', function () {
        if (document.readyState !== 'loading') done();
      });
    });
    Promise.all([page, kept, ready].concat(styles)).then(function (results) {
      var html = results[0];
      var root = document.getElementById('root');
      // The app drew its figures first (or keeps own studies): nothing to show. (Its header and a
      // loading line alone are not enough: the saved page covers them until the figures come.)
      if (!html || results[1] || !root) return;
      if (root.querySelector('main .view figure svg')) return;
      var holder = document.createElement('div');
      holder.className = 'prerender';
      holder.setAttribute('inert', '');
      holder.setAttribute('aria-hidden', 'true');
      holder.innerHTML = html;
      var styled = holder.querySelectorAll('[data-prerender-style]');
      for (var i = 0; i < styled.length; i++) {
        styled[i].style.cssText = styled[i].getAttribute('data-prerender-style');
      }
      root.parentNode.insertBefore(holder, root);
      document.documentElement.classList.add('prerendering');
      var drawn = function (within) {
        var count = 0;
        var svgs = within.querySelectorAll('figure svg');
        for (var j = 0; j < svgs.length; j++) {
          if (svgs[j].querySelector('path, rect, line, circle, polyline, polygon')) count += 1;
        }
        return count;
      };
      var wanted = drawn(holder);
      var done = function () {
        observer.disconnect();
        clearTimeout(timer);
        holder.remove();
        document.documentElement.classList.remove('prerendering');
      };
      // The app's page replaces the saved one once its view is there with at least as many drawn
      // figures, or at once if it shows an error; and after a few seconds whatever it shows.
      var observer = new MutationObserver(function () {
        if (root.querySelector('[role="alert"]')) return done();
        if (root.querySelector('main .view') && drawn(root) >= wanted) done();
      });
      var timer = setTimeout(done, 5000);
      observer.observe(root, { childList: true, subtree: true });
      if (root.querySelector('main .view') && drawn(root) >= wanted) done();
    }).catch(function () {
      /* No saved page: the app draws the first one. */
    });
  }
})();
`;
      this.emitFile({ type: 'asset', fileName: VIEW_PRELOAD_FILE, source });
    },
  };
}
