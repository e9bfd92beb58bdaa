import { describe, expect, it } from 'vitest';
import { buildSvg, tableToCsv } from '../src/export/exportChart';
import { citeSource } from '../src/components/ChartFigure';
import { SOURCES, sourceById } from '../src/data/studies';

function makeTable(html: string): HTMLTableElement {
  document.body.innerHTML = `<table>${html}</table>`;
  return document.querySelector('table')!;
}

describe('CSV export', () => {
  it('writes the table rows with tier and source columns, without marker text', () => {
    const table = makeTable(`
      <thead><tr><th>Condition</th><th>Responders</th></tr></thead>
      <tbody>
        <tr><th>Placebo, "ketamine"</th><td><span data-tier="paper" data-source="Williams et al. 2018">7 of 12 <button class="tier-marker">paper</button></span></td></tr>
        <tr><th>Naltrexone</th><td><span data-tier="secondary" data-source="Zhang &amp; Hashimoto 2019">0 of 12 <button class="tier-marker">secondary: Zhang</button></span></td></tr>
      </tbody>`);
    expect(tableToCsv(table, null)).toBe(
      'Condition,Responders,tier,source\n' +
        '"Placebo, ""ketamine""",7 of 12,paper,Williams et al. 2018\n' +
        'Naltrexone,0 of 12,secondary,Zhang & Hashimoto 2019\n',
    );
  });

  it('marks simulated tables with the figure’s provenance note', () => {
    const table = makeTable(
      '<thead><tr><th>n</th></tr></thead><tbody><tr><td>30</td></tr></tbody>',
    );
    expect(tableToCsv(table, 'Simulated by this app')).toBe(
      'n,tier,source\n30,Simulated by this app,this app\n',
    );
  });
});

describe('SVG export', () => {
  it('is a standalone SVG with its title, summary, sources with tiers and permalink', () => {
    document.body.innerHTML =
      '<svg width="200" height="100" role="img" aria-labelledby="t"><rect class="bar" width="10" height="10" tabindex="0"></rect><text>label</text></svg>';
    const svg = document.querySelector('svg')!;
    const markup = buildSvg(svg, {
      title: 'Responders',
      description: 'Twelve people.',
      summary: '7 of 12 responded.',
      sources: ['Williams et al. 2018 (paper)'],
      permalink: 'https://example.org/?view=blockade#responders',
    });
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.querySelector('title')!.textContent).toBe('Responders');
    expect(markup).toContain('Sources: Williams et al. 2018 (paper)');
    expect(markup).toContain('https://example.org/?view=blockade#responders');
    expect(root.querySelectorAll('svg rect.bar')).toHaveLength(1);
    expect(markup).not.toContain('tabindex');
    expect(markup).not.toContain('aria-labelledby');
  });
});

describe('export citations carry DOIs', () => {
  it('names each source with its tier and DOI, or its registry record', () => {
    expect(citeSource(sourceById('williams-2018'), 'paper')).toBe(
      'Williams et al. 2018 (paper), doi:10.1176/appi.ajp.2018.18020138',
    );
    expect(citeSource(sourceById('zhang-hashimoto-2019'), 'secondary')).toBe(
      'Zhang & Hashimoto 2019 (secondary), doi:10.1016/j.biopsych.2018.11.006',
    );
    expect(citeSource(sourceById('nct02911597'), 'registry')).toBe(
      'NCT02911597 (registry), ClinicalTrials.gov NCT02911597',
    );
    expect(citeSource(sourceById('psypost-2024'))).toBe('PsyPost 2024');
    for (const source of SOURCES.filter((s) => s.doi)) {
      expect(citeSource(source)).toContain(`doi:${source.doi}`);
    }
  });

  it('puts the DOIs into the SVG footer and the CSV source column', () => {
    document.body.innerHTML =
      '<svg width="400" height="100"><rect width="10" height="10"></rect></svg>';
    const markup = buildSvg(document.querySelector('svg')!, {
      title: 'Responders',
      description: '',
      summary: '7 of 12 responded.',
      sources: [citeSource(sourceById('williams-2018'), 'paper')],
      permalink: 'https://example.org/',
    });
    expect(markup).toContain('doi:10.1176/appi.ajp.2018.18020138');
    const table = makeTable(`
      <thead><tr><th>Condition</th><th>Responders</th></tr></thead>
      <tbody><tr><th>Placebo</th><td><span data-tier="paper" data-source="Williams et al. 2018">7 of 12</span></td></tr></tbody>`);
    const citations = new Map(SOURCES.map((source) => [source.label, citeSource(source)]));
    expect(tableToCsv(table, null, citations)).toBe(
      'Condition,Responders,tier,source\n' +
        'Placebo,7 of 12,paper,"Williams et al. 2018, doi:10.1176/appi.ajp.2018.18020138"\n',
    );
  });
});
