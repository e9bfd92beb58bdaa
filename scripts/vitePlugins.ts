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
import { OWN_STUDIES_DATABASE, OWN_STUDIES_MARK } from '../src/own/storage.ts';
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
/** The global through which a saved page's script (dist/prerender/<view>.js) hands over its markup;
 * scripts/prerender.mjs writes the same name. */
export const SAVED_PAGE_CALLBACK = 'ketamineSavedPage';
/** Marks the head's preload of the app's entry module, which view-preload.js starts. */
const ENTRY_ATTRIBUTE = 'data-app-entry';

/**
 * viewPreload (issue #14): a shared link that opens on a view (`?view=lab`) used to fetch the
 * view's chunk only once the entry's modules had been fetched and evaluated — ~600 ms later at a 4×
 * CPU throttle. The build writes `view-preload.js`, a small classic script at the top of the
 * page's head, after the CSP (which allows no inline script): it reads `?view=` (and `lang`) from the address
 * and adds `<link rel="modulepreload">` for that view's chunk, its static imports, styles and
 * catalogue, so they download alongside the entry. A wrong or missing view preloads nothing; the
 * app's own imports are unchanged (the links only warm the cache).
 *
 * It also shows the build's saved first page (scripts/prerender.mjs) where that page is exactly
 * what the app will draw. It is a parser-blocking script so that it can write the saved page's
 * own script into the head being parsed, so that it is fetched at once: the saved page is then in
 * the document, and painted, before the app's module scripts run (they wait for parsing to end). Measured at 4× CPU throttle:
 * fetched and inserted from an async script instead, the saved page came ~300 ms later, behind the
 * entry's evaluation; and the view's preloads, started before it, held its paint back ~200 ms
 * (their fetches and module parsing), so with a saved page they start once it is painted.
 */
export function viewPreload(): Plugin {
  return {
    name: 'view-preload',
    apply: 'build',
    // After the build's own tags. The entry's module script becomes a module preload (so it is
    // fetched and parsed at once, as before) that view-preload.js starts, at the end of the head,
    // after the entry's stylesheet (see showSaved).
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
        if (!entry) throw new Error('view-preload: no module script for the entry in index.html');
        return html
          .replace(
            entry[0],
            `<link rel="modulepreload" crossorigin href="${entry[1]}" ${ENTRY_ATTRIBUTE}>`,
          )
          .replace('</head>', `  <script src="./${VIEW_PRELOAD_FILE}"></script>\n  </head>`);
      },
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
  var files = [];
  var started = false;
  var placed = false;
  try {
    var query = new URLSearchParams(location.search);
    if (query.has('lecture') || query.has('print') || query.has('embed')) {
      start(false);
      return;
    }
    var view = query.get('view') || 'overview';
    var lang = (query.get('lang') || (navigator.language || 'en')).slice(0, 2).toLowerCase();
    files = Object.prototype.hasOwnProperty.call(views, view) ? views[view].slice() : [];
    files.push(catalogues[lang + '/' + view] || catalogues['en/' + view]);
    var saved = savedPage(query, view);
    if (saved) {
      // The saved page first: the app's script and the view's preloads start once it is painted
      // (see place()), or, should its script fail, when parsing ends.
      document.addEventListener('DOMContentLoaded', function () {
        if (placed) return;
        start(true);
        preload();
      });
      showSaved(saved);
    } else {
      preload();
      start(false);
    }
  } catch (error) {
    // A preload is only a head start, and the saved page only a first picture: the app starts.
    start(false);
  }

  /* Starts the app: its entry module, which the head preloads (the build moves its script here).
     While the page is parsed, as a parser-inserted module script (run once parsing ends, as the
     build's own tag would be); after that, as an added one. */
  function start(later) {
    if (started) return;
    started = true;
    var link = document.querySelector('link[${ENTRY_ATTRIBUTE}]');
    if (!link) return;
    if (!later && document.readyState === 'loading') {
      document.write('<script type="module" crossorigin src="' + link.href + '"></scr' + 'ipt>');
      return;
    }
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = link.href;
    document.head.appendChild(script);
  }

  function preload() {
    var list = files;
    files = [];
    for (var i = 0; i < list.length; i++) {
      if (!list[i]) continue;
      var link = document.createElement('link');
      var css = /\\.css$/.test(list[i]);
      link.rel = css ? 'preload' : 'modulepreload';
      if (css) link.as = 'style';
      // As the app's own links are (Vite's loader): a preload only serves a request that matches.
      link.crossOrigin = '';
      link.href = new URL(list[i], document.baseURI).href;
      document.head.appendChild(link);
    }
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
    // Set by the app when it keeps a reader's study (src/own/storage.ts); the database itself is
    // checked too, below, for studies kept before that mark existed.
    try {
      if (localStorage.getItem(${JSON.stringify(OWN_STUDIES_MARK)})) return null;
    } catch (error) {
      return null;
    }
    return prerendered[view];
  }

  /* The saved page's stylesheets and script are written into the head as it is parsed, after the
     entry's stylesheet (as the app applies them): its script (dist/prerender/<view>.js) hands the
     markup to insert() below before parsing ends, so the page is in the document before the app's
     module scripts run (they wait for parsing to end) and is painted with the first frame. */
  function showSaved(saved) {
    var markup = '';
    for (var j = 0; j < saved.styles.length; j++) {
      var href = new URL(saved.styles[j], document.baseURI).href;
      markup += '<link rel="stylesheet" crossorigin href="' + href + '">';
    }
    window[${JSON.stringify(SAVED_PAGE_CALLBACK)}] = insert;
    markup += '<script src="' + new URL(saved.file, document.baseURI).href + '"></scr' + 'ipt>';
    document.write(markup);
  }

  function insert(html) {
    delete window[${JSON.stringify(SAVED_PAGE_CALLBACK)}];
    var holder = document.createElement('div');
    holder.className = 'prerender';
    holder.setAttribute('inert', '');
    holder.setAttribute('aria-hidden', 'true');
    holder.innerHTML = html;
    var styled = holder.querySelectorAll('[data-prerender-style]');
    for (var i = 0; i < styled.length; i++) {
      styled[i].style.cssText = styled[i].getAttribute('data-prerender-style');
    }
    // Placed as soon as the parser has added #root (a mutation observer's callback runs at the end
    // of the parser's task, before that frame is painted), not at the end of parsing, which
    // Chromium reaches only some frames later.
    if (document.getElementById('root')) return place(holder);
    var waiting = new MutationObserver(function () {
      if (!document.getElementById('root')) return;
      waiting.disconnect();
      place(holder);
    });
    waiting.observe(document.documentElement, { childList: true, subtree: true });
  }

  function place(holder) {
    var root = document.getElementById('root');
    // The app's page is there already (it never is, in order): nothing to cover.
    if (!root || root.firstChild) {
      start(true);
      return preload();
    }
    placed = true;
    root.parentNode.insertBefore(holder, root);
    document.documentElement.classList.add('prerendering');
    // The app's script runs after this frame is painted: run before it, its modules' evaluation
    // (already fetched and parsed, from the head's preloads) would hold the saved page's paint.
    // It also waits for the check below of a reader's kept studies (a few ms; at most a second),
    // so that the app never renders under a saved page that lacks them.
    var waits = 2;
    var go = function () {
      waits -= 1;
      if (waits !== 0) return;
      start(true);
      preload();
    };
    requestAnimationFrame(function () {
      setTimeout(go, 0);
    });
    var drawn = function (within) {
      var count = 0;
      var svgs = within.querySelectorAll('figure svg');
      for (var j = 0; j < svgs.length; j++) {
        if (svgs[j].querySelector('path, rect, line, circle, polyline, polygon')) count += 1;
      }
      return count;
    };
    var wanted = drawn(holder);
    var finished = false;
    var done = function () {
      if (finished) return;
      finished = true;
      observer.disconnect();
      clearTimeout(timer);
      holder.remove();
      document.documentElement.classList.remove('prerendering');
    };
    // The app's page replaces the saved one once its view is there with at least as many drawn
    // figures, or at once if it shows an error; and after a few seconds whatever it shows.
    var check = function () {
      var root = document.getElementById('root');
      if (!root) return;
      if (root.querySelector('[role="alert"]')) return done();
      if (root.querySelector('main .view') && drawn(root) >= wanted) done();
    };
    var observer = new MutationObserver(check);
    var timer = setTimeout(done, 5000);
    observer.observe(document.body, { childList: true, subtree: true });
    var checked = false;
    var studiesChecked = function () {
      if (checked) return;
      checked = true;
      go();
    };
    setTimeout(studiesChecked, 1000);
    indexedDB.databases().then(function (list) {
      if (list.some(function (database) { return database.name === ${JSON.stringify(OWN_STUDIES_DATABASE)}; })) done();
      studiesChecked();
    }, function () {
      done();
      studiesChecked();
    });
  }
})();
`;
      this.emitFile({ type: 'asset', fileName: VIEW_PRELOAD_FILE, source });
    },
  };
}
