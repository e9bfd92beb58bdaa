import { describe, expect, it } from 'vitest';
import { buildSvg, tableToCsv } from '../src/export/exportChart';

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
