/**
 * The UI message catalogues, src/locales/<code>/<namespace>.json (message id → ICU MessageFormat
 * text; a namespace is the shell or one view, loaded with it):
 * - checkCatalogs: every language in src/messages/languages.ts has every English namespace; each
 *   has exactly the English ids; every message parses as ICU and uses the same placeholders as the
 *   English one. Each problem names the file and the id.
 * - compileCatalog: the ICU text compiled by Lingui's compiler into the form @lingui/core reads at
 *   run time, so the app ships no message parser. The Vite plugin (./vitePlugins.ts) applies it to
 *   every catalogue import, in the build, the dev server and the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { parse, type Token } from '@messageformat/parser';
import { LANGUAGE_CODES, SOURCE_LANGUAGE } from '../src/messages/languages.ts';

export const CATALOG_DIR = 'src/locales';

export type CatalogTexts = Readonly<Record<string, string>>;

/** Every catalogue file's text, keyed by its path from the root ("src/locales/es/lab.json"). */
export function readCatalogTexts(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(join(root, CATALOG_DIR), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    for (const name of readdirSync(join(root, CATALOG_DIR, entry.name))) {
      if (name.endsWith('.json')) {
        const path = `${CATALOG_DIR}/${entry.name}/${name}`;
        out[path] = readFileSync(join(root, path), 'utf8');
      }
    }
  }
  return out;
}

/** The placeholder names an ICU message uses ("{n, plural, …}" → n). */
function placeholders(tokens: readonly Token[], into = new Set<string>()): Set<string> {
  for (const token of tokens) {
    if (token.type === 'argument' || token.type === 'function') into.add(token.arg);
    if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal') {
      into.add(token.arg);
      for (const part of token.cases) placeholders(part.tokens, into);
    }
  }
  return into;
}

function parseCatalog(file: string, text: string, errors: string[]): Record<string, string> | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    errors.push(`${file}: not valid JSON (${(error as Error).message})`);
    return null;
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    errors.push(`${file}: expected an object of message id → text`);
    return null;
  }
  const out: Record<string, string> = {};
  for (const [id, value] of Object.entries(json)) {
    if (typeof value !== 'string') errors.push(`${file}: ${id}: expected a string`);
    else out[id] = value;
  }
  return out;
}

/** Problems with the catalogues, one readable line each (empty when all is well). */
export function checkCatalogs(texts: CatalogTexts): string[] {
  const errors: string[] = [];
  const fileOf = (code: string, namespace: string) => `${CATALOG_DIR}/${code}/${namespace}.json`;
  const namespaces: string[] = [];
  for (const file of Object.keys(texts)) {
    const [code, name] = file.slice(CATALOG_DIR.length + 1).split('/');
    if (!(LANGUAGE_CODES as string[]).includes(code!)) {
      errors.push(`${file}: no language "${code}" in src/messages/languages.ts`);
    }
    if (code === SOURCE_LANGUAGE) namespaces.push(name!.replace(/\.json$/, ''));
  }
  if (namespaces.length === 0) errors.push(`${CATALOG_DIR}/${SOURCE_LANGUAGE}/: no catalogues`);
  const seen = new Map<string, string>();
  for (const namespace of namespaces.sort()) {
    const sourceFile = fileOf(SOURCE_LANGUAGE, namespace);
    const source = parseCatalog(sourceFile, texts[sourceFile]!, errors);
    if (!source) continue;
    const sourceArgs = new Map<string, Set<string>>();
    for (const [id, message] of Object.entries(source)) {
      const other = seen.get(id);
      if (other) errors.push(`${sourceFile}: ${id}: also in ${other} (ids are unique)`);
      seen.set(id, sourceFile);
      try {
        sourceArgs.set(id, placeholders(parse(message)));
      } catch (error) {
        errors.push(`${sourceFile}: ${id}: not ICU MessageFormat (${(error as Error).message})`);
      }
    }
    for (const code of LANGUAGE_CODES) {
      if (code === SOURCE_LANGUAGE) continue;
      const file = fileOf(code, namespace);
      const text = texts[file];
      if (text === undefined) {
        errors.push(`${file}: missing (${sourceFile} needs a translation in every language)`);
        continue;
      }
      const catalog = parseCatalog(file, text, errors);
      if (!catalog) continue;
      for (const id of Object.keys(source)) {
        if (!(id in catalog)) errors.push(`${file}: ${id}: missing translation`);
      }
      for (const [id, message] of Object.entries(catalog)) {
        if (!(id in source)) {
          errors.push(`${file}: ${id}: not in ${sourceFile} (a removed or misspelt id)`);
          continue;
        }
        if (message.trim() === '') {
          errors.push(`${file}: ${id}: empty translation`);
          continue;
        }
        try {
          const args = placeholders(parse(message));
          const expected = sourceArgs.get(id);
          if (!expected) continue;
          const missing = [...expected].filter((name) => !args.has(name));
          const extra = [...args].filter((name) => !expected.has(name));
          if (missing.length > 0 || extra.length > 0) {
            errors.push(
              `${file}: ${id}: placeholders differ from English (${[
                ...missing.map((name) => `missing {${name}}`),
                ...extra.map((name) => `unknown {${name}}`),
              ].join(', ')})`,
            );
          }
        } catch (error) {
          errors.push(`${file}: ${id}: not ICU MessageFormat (${(error as Error).message})`);
        }
      }
    }
  }
  for (const file of Object.keys(texts)) {
    const [code, name] = file.slice(CATALOG_DIR.length + 1).split('/');
    if (code !== SOURCE_LANGUAGE && !namespaces.includes(name!.replace(/\.json$/, ''))) {
      errors.push(
        `${file}: no English catalogue ${fileOf(SOURCE_LANGUAGE, name!.replace(/\.json$/, ''))}`,
      );
    }
  }
  return errors;
}

/** A catalogue's JSON text → JSON text of the compiled messages (same ids). */
export function compileCatalog(text: string): string {
  const catalog = JSON.parse(text) as Record<string, string>;
  const compiled = Object.fromEntries(
    Object.entries(catalog).map(([id, message]) => [id, compileMessage(message)]),
  );
  return JSON.stringify(compiled);
}
