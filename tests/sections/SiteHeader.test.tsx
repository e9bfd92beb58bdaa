import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SiteHeader } from '../../src/sections/SiteHeader';
import { resetExplorerStore, useExplorerStore } from '../../src/store';

beforeEach(() => {
  resetExplorerStore();
  window.history.replaceState(null, '', '/');
});

function renderHeader() {
  render(<SiteHeader title="Ketamine crossover studies, explained" />);
  const button = screen.getByRole('button', { name: 'Menu' });
  const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!panel) throw new Error('the menu button controls no element');
  return { button, panel };
}

/** jsdom applies no style sheet: the panel's visibility on phones follows this class (see CSS). */
const isOpen = (panel: HTMLElement) => panel.classList.contains('site-header__panel--open');

describe('site header menu', () => {
  it('is a disclosure button controlling a panel with the views, Present, Handout and theme', () => {
    const { button, panel } = renderHeader();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(isOpen(panel)).toBe(false);
    const nav = within(panel).getByRole('navigation', { name: 'Views' });
    expect(within(nav).getAllByRole('link')).toHaveLength(6);
    expect(within(nav).getByRole('link', { name: 'Overview' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(panel).getByRole('button', { name: 'Present' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Handout' })).toBeInTheDocument();
    expect(within(panel).getByRole('combobox', { name: 'Theme' })).toBeInTheDocument();
  });

  it('opens with Enter, closes with Space, and Tab moves from the button into the panel', async () => {
    const user = userEvent.setup();
    const { button, panel } = renderHeader();
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(isOpen(panel)).toBe(true);
    await user.tab();
    expect(screen.getByRole('link', { name: 'Overview' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Designs' })).toHaveFocus();
    button.focus();
    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(isOpen(panel)).toBe(false);
  });

  it('Escape closes it from inside the panel and returns focus to the button', async () => {
    const user = userEvent.setup();
    const { button, panel } = renderHeader();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    within(panel).getByRole('combobox', { name: 'Theme' }).focus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(isOpen(panel)).toBe(false);
    expect(button).toHaveFocus();
  });

  it('choosing a view by keyboard closes it and shows the view', async () => {
    const user = userEvent.setup();
    const { button, panel } = renderHeader();
    button.focus();
    await user.keyboard('{Enter}');
    within(panel).getByRole('link', { name: 'Sources' }).focus();
    await user.keyboard('{Enter}');
    expect(useExplorerStore.getState().view).toBe('sources');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(isOpen(panel)).toBe(false);
    expect(within(panel).getByRole('link', { name: 'Sources' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('choosing the view already shown closes it and keeps focus on the button', async () => {
    const user = userEvent.setup();
    const { button, panel } = renderHeader();
    await user.click(button);
    await user.click(within(panel).getByRole('link', { name: 'Overview' }));
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('the theme can be changed with the menu open, which stays open', async () => {
    const user = userEvent.setup();
    const { button, panel } = renderHeader();
    await user.click(button);
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Theme' }), 'projector');
    expect(useExplorerStore.getState().theme).toBe('projector');
    expect(button).toHaveAttribute('aria-expanded', 'true');
  });

  it('a click outside the header or tabbing out of it closes it', async () => {
    const user = userEvent.setup();
    render(
      <>
        <SiteHeader title="Ketamine crossover studies, explained" />
        <button type="button">Elsewhere</button>
      </>,
    );
    const button = screen.getByRole('button', { name: 'Menu' });
    await user.click(button);
    await user.click(document.body);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    // The language menu is the last control in the header.
    screen.getByRole('combobox', { name: 'Language' }).focus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });
});
