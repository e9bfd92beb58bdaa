import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Blockade, { clopperPearsonFormula } from '../../src/sections/blockade/Blockade';
import { clopperPearson } from '../../src/model/binomialInterval';
import { resetExplorerStore, useExplorerStore } from '../../src/store';
import { startUrlSync } from '../../src/store/urlSync';
import { activateLocale } from '../../src/messages/i18n';
import { clopperPearsonFormula as formulaInWords } from '../../src/messages/blockade';

let stop: () => void = () => {};

function renderAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  stop = startUrlSync(window);
  return render(<Blockade />);
}

beforeEach(() => resetExplorerStore());
afterEach(() => stop());

/** Text that would give the answer away. */
const ANSWERS = [
  /7 of 12/,
  /0 of 12/,
  /blocked ketamine/i,
  /No difference between the two conditions/,
  /Smaller with naltrexone/i,
  /58%/,
  /responder/i,
];

describe('Blockade: predict, then reveal', () => {
  it('before the reveal, no result is in the DOM, in any accessible name, or in a table', () => {
    const { container } = renderAt('?view=blockade');
    const text = container.textContent ?? '';
    for (const answer of ANSWERS) expect(text).not.toMatch(answer);
    const names = [...container.querySelectorAll('[aria-label],[aria-valuetext]')].map(
      (el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('aria-valuetext') ?? ''}`,
    );
    for (const answer of ANSWERS) for (const name of names) expect(name).not.toMatch(answer);
    expect(screen.queryAllByRole('table')).toHaveLength(0);
    expect(screen.queryByRole('figure')).toBeNull();
    expect(screen.getByRole('button', { name: 'Reveal the results' })).toBeInTheDocument();
  });

  it('compares each prediction with the result after the reveal, and puts revealed=1 in the URL', async () => {
    const user = userEvent.setup();
    renderAt('?view=blockade');
    await user.click(
      within(screen.getByRole('group', { name: /antidepressant effect/ })).getByRole('radio', {
        name: 'Yes, blocked',
      }),
    );
    await user.click(
      within(screen.getByRole('group', { name: /dissociative effect/ })).getByRole('radio', {
        name: 'Yes, blocked',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Reveal the results' }));
    expect(window.location.search).toContain('revealed=1');
    const table = screen.getByRole('table', { name: 'Your predictions compared with the results' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('✓ matches');
    expect(rows[1]).toHaveTextContent('✗ does not match');
    expect(rows[1]).toHaveTextContent('Not blocked.');
  });

  it('after the reveal shows responders person by person with the exact interval, and resets to the question', async () => {
    const user = userEvent.setup();
    renderAt('?view=blockade&revealed=1');
    const figure = screen.getByRole('figure', { name: /Day-1 response/ });
    expect(
      within(figure).getByText(
        /^7 of 12 responded after placebo \+ ketamine \(58%, exact 95% interval 28% to 85%\)/,
      ),
    ).toBeInTheDocument();
    const derived = within(figure).getAllByRole('button', {
      name: /derived — source and tier of “95% interval, placebo \+ ketamine”/,
    });
    await user.click(derived[0]!);
    expect(screen.getByRole('note')).toHaveTextContent('0.277 to 0.848');
    await user.click(screen.getByRole('button', { name: 'Reset: ask again' }));
    expect(useExplorerStore.getState().revealed).toBe(false);
    expect(screen.queryByRole('figure')).toBeNull();
    expect(window.location.search).not.toContain('revealed');
  });

  it('the remission layer is optional and marked secondary', async () => {
    const user = userEvent.setup();
    renderAt('?view=blockade&revealed=1');
    expect(screen.queryByText('42% vs 0%')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: /remission/ }));
    expect(screen.getByText('42% vs 0%')).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: /secondary: Carlat Report — source and tier of “Remission/,
      }),
    ).toBeInTheDocument();
  });

  it('shows the interim analysis and filters the evidence timeline, with details on focus', async () => {
    const user = userEvent.setup();
    renderAt('?view=blockade&revealed=1');
    expect(
      screen.getByRole('figure', {
        name: 'Planned 30; 14 studied by the interim analysis; 12 completed both conditions and were analysed',
      }),
    ).toBeInTheDocument();
    const evidence = screen.getByRole('figure', { name: /Studies and letters/ });
    expect(within(evidence).getByText(/^Showing 10 of 10/)).toBeInTheDocument();
    await user.click(within(evidence).getByRole('checkbox', { name: 'commentary' }));
    expect(within(evidence).getByText(/^Showing 7 of 10/)).toBeInTheDocument();
    const yoon = within(evidence).getByRole('button', {
      name: /2019 Yoon et al\. — not blocked, 5 participants/,
    });
    await user.click(yoon);
    expect(yoon).toHaveAttribute('aria-pressed', 'true');
    expect(
      within(evidence).getByText(/Differs from Williams et al\. in almost everything/),
    ).toBeInTheDocument();
  });

  it('says the sources we hold give no sizes, and that the cells after the 14 were not studied', () => {
    const { container } = renderAt('?view=blockade&revealed=1');
    const text = container.textContent ?? '';
    expect(text).not.toMatch(/The paper reports these as significant or not/);
    expect(text).toMatch(/The sources we hold .* give no sizes/);
    expect(text).not.toMatch(/never enrolled|analysed at 14/);
    const interim = screen.getByRole('figure', { name: /14 studied by the interim analysis/ });
    expect(within(interim).getByText(/16 empty cells were not studied/)).toBeInTheDocument();
    expect(text).not.toMatch(/antidepressant effect did not appear/);
  });

  it('marks the ethical framing of the stop with its sources: the paper for why, secondary for “ethical”', () => {
    renderAt('?view=blockade&revealed=1');
    const item = screen.getByText(/An ethical choice/).closest('li')!;
    expect(
      within(item).getByRole('button', { name: /^paper — source and tier of “/ }),
    ).toBeInTheDocument();
    expect(
      within(item).getByRole('button', {
        name: /^secondary: .* — source and tier of “How the decision to stop was framed”/,
      }),
    ).toBeInTheDocument();
  });
});

describe('predictions are the reader’s document state', () => {
  it('keep through a reload (they are in the URL), and Reset asks again', async () => {
    const user = userEvent.setup();
    renderAt('?view=blockade');
    await user.click(
      within(screen.getByRole('group', { name: /antidepressant effect/ })).getByRole('radio', {
        name: 'Yes, blocked',
      }),
    );
    expect(window.location.search).toContain('predictEffect=blocked');
    stop();
    document.body.innerHTML = '';
    resetExplorerStore();
    renderAt(`${window.location.search}&revealed=1`);
    const table = screen.getByRole('table', { name: 'Your predictions compared with the results' });
    expect(within(table).getByText('Yes, blocked')).toBeInTheDocument();
    expect(within(table).getByText('✓ matches')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset: ask again' }));
    expect(useExplorerStore.getState()).toMatchObject({
      revealed: false,
      predictEffect: 'none',
      predictDissociation: 'none',
    });
  });
});

describe('clopperPearsonFormula', () => {
  it('states the bound at 0 of n (and n of n) by convention, never as a Beta with a zero parameter', () => {
    const none = clopperPearsonFormula(0, 12, clopperPearson(0, 12));
    expect(none).not.toMatch(/Beta\(0|, 0\)/);
    expect(none).toMatch(/lower bound is 0 by convention/);
    expect(none).toMatch(/97\.5th percentile of Beta\(1, 12\) = 0\.000 to 0\.265/);
    const all = clopperPearsonFormula(12, 12, clopperPearson(12, 12));
    expect(all).not.toMatch(/Beta\(\d+, 0\)/);
    expect(all).toMatch(/upper bound is 1 by convention/);
    expect(clopperPearsonFormula(7, 12, clopperPearson(7, 12))).toBe(
      'Exact (Clopper–Pearson) 95% interval for 7 of 12: from the 2.5th percentile of Beta(7, 6) to the 97.5th percentile of Beta(8, 5) = 0.277 to 0.848.',
    );
  });
});

describe('in Spanish', () => {
  afterEach(async () => {
    await activateLocale('en');
  });

  it('writes counts with plural agreement and percentages and intervals the Spanish way', async () => {
    await activateLocale('es');
    renderAt('?view=blockade&revealed=1');
    const figure = screen.getByRole('figure', { name: /^Respuesta el día 1/ });
    expect(
      within(figure).getByText(
        /^7 de 12 respondieron tras placebo \+ ketamina \(58 %; intervalo exacto del 95 %: del 28 % al 85 %\)\. Tras naltrexona \+ ketamina, no respondió ninguna de esas 7 personas; .* a las 5 restantes\.$/,
      ),
    ).toBeInTheDocument();
    expect(formulaInWords(7, 12, clopperPearson(7, 12))).toBe(
      'Intervalo exacto (Clopper–Pearson) del 95 % para 7 de 12: del percentil 2,5 de Beta(7, 6) al percentil 97,5 de Beta(8, 5), es decir, de 0,277 a 0,848.',
    );
    expect(
      screen.getByRole('button', { name: 'Reiniciar: volver a preguntar' }),
    ).toBeInTheDocument();
  });

  it('says nothing of the result before the reveal', async () => {
    await activateLocale('es');
    const { container } = renderAt('?view=blockade');
    const text = container.textContent ?? '';
    for (const answer of [/7 de 12/, /58 %/, /bloqueó/, /Sin diferencias/, /respondedor/i]) {
      expect(text).not.toMatch(answer);
    }
    expect(screen.getByRole('button', { name: 'Mostrar los resultados' })).toBeInTheDocument();
  });
});
