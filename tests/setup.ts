import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';

// Views load as lazy chunks; on a busy 2-core CI machine that can take more than the default 1 s.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});

// Views and figures render here without the app's catalogue gate (src/components/CatalogGate):
// load every English catalogue up front, as the gate would before they render.
beforeAll(async () => {
  const { NAMESPACES, ensureCatalog } = await import('../src/messages/i18n');
  await Promise.all(NAMESPACES.map((namespace) => ensureCatalog('en', namespace)));
});
