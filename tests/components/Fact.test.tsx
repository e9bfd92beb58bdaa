import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Fact } from '../../src/components/Fact';
import { builtInStudy } from '../../src/data/studies';

const hess = builtInStudy('hess-2024');
const williams = builtInStudy('williams-2018');

describe('<Fact>', () => {
  it('shows the value and a marker naming a secondary source', () => {
    render(<Fact fact={hess.flow.enrolled} />);
    expect(screen.getByText('68 people')).toBeInTheDocument();
    const marker = screen.getByRole('button', { name: /secondary: PsyPost 2024/ });
    expect(marker).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens on keyboard focus with the citation and the tier meaning, and closes on Escape', async () => {
    const user = userEvent.setup();
    render(<Fact fact={williams.flow.planned!} />);
    await user.tab();
    const marker = screen.getByRole('button', {
      name: /paper — source and tier of “Planned sample size”/,
    });
    expect(marker).toHaveFocus();
    expect(marker).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('note');
    // Before the reveal the citation leaves out the title, which states the result.
    expect(panel).toHaveTextContent('Am J Psychiatry. 2018;175(12):1205–1215');
    expect(panel).toHaveTextContent('Title withheld until the reveal');
    expect(panel).not.toHaveTextContent('Attenuation');
    expect(panel).toHaveTextContent("Stated in the study's own published abstract or text.");
    expect(marker).toHaveAttribute('aria-controls', panel.id);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('reads "not reported" for an unknown and says where we looked', async () => {
    const user = userEvent.setup();
    render(<Fact fact={williams.design.sequenceSplit} />);
    expect(screen.getByText('not reported')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /checked: Williams et al. 2018/ }));
    expect(screen.getByRole('note')).toHaveTextContent('we do not fill in unknowns');
  });

  it('shows the formula of a derived fact; a click pins the panel and a second click closes it', async () => {
    const user = userEvent.setup();
    render(<Fact fact={williams.results.responseRatePlacebo!} withLabel />);
    expect(screen.getByText('Response rate after placebo + ketamine:')).toBeInTheDocument();
    const marker = screen.getByRole('button', { name: /derived/ });
    await user.click(marker);
    expect(screen.getByRole('note')).toHaveTextContent('7 ÷ 12 = 0.583');
    await user.unhover(marker);
    expect(screen.getByRole('note')).toBeInTheDocument();
    await user.click(marker);
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('renders list values as a list when asked', () => {
    render(<Fact fact={hess.outcomes.socialDomains!} asList />);
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
    expect(screen.getByText('Receiving praise')).toBeInTheDocument();
  });
});
