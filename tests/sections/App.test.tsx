import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/App';
import { ViewErrorBoundary } from '../../src/components/ViewErrorBoundary';
import { resetExplorerStore } from '../../src/store';
import { startUrlSync } from '../../src/store/urlSync';

let stopSync: () => void = () => {};

/** Open the app at a URL, as main.tsx does: read the address, then render. */
function renderAt(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  stopSync = startUrlSync(window);
  return render(<App />);
}

afterEach(() => stopSync());

beforeEach(() => {
  resetExplorerStore();
  window.history.replaceState(null, '', '/');
  document.documentElement.removeAttribute('data-theme');
});

describe('App shell', () => {
  it('has a skip link, landmarks and a navigation marking the current view', async () => {
    renderAt();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Views' });
    expect(within(nav).getByRole('link', { name: 'Overview' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('navigates by link, updates the URL and moves focus to the new heading', async () => {
    const user = userEvent.setup();
    renderAt();
    const nav = screen.getByRole('navigation', { name: 'Views' });
    await user.click(within(nav).getByRole('link', { name: 'Sources' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Sources' });
    expect(window.location.search).toBe('?view=sources');
    expect(within(nav).getByRole('link', { name: 'Sources' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(heading).toHaveFocus();
    expect(document.title).toMatch(/^Sources — /);
  });

  it('applies the chosen theme to the document and the URL', async () => {
    const user = userEvent.setup();
    renderAt();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'projector');
    expect(document.documentElement).toHaveAttribute('data-theme', 'projector');
    expect(window.location.search).toBe('?theme=projector');
  });

  it('shows a dismissible notice for a hostile link and still renders the overview', async () => {
    const user = userEvent.setup();
    renderAt('?view=%3Cscript%3E&theme=%00');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('crossover');
    const status = screen
      .getByText('Part of this link was not used')
      .closest('.notice') as HTMLElement;
    expect(
      within(status).getByText(/“view=<script>”: not one of overview, designs/),
    ).toBeInTheDocument();
    await user.click(within(status).getByRole('button', { name: /Dismiss/ }));
    expect(screen.queryByText('Part of this link was not used')).not.toBeInTheDocument();
  });
});

describe('ViewErrorBoundary', () => {
  it('replaces a crashed view with a message and a working reset', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const user = userEvent.setup();
    let shouldThrow = true;
    const onReset = vi.fn(() => {
      shouldThrow = false;
    });
    function Fragile() {
      if (shouldThrow) throw new Error('bad setting');
      return <p>Recovered view</p>;
    }
    render(
      <ViewErrorBoundary viewLabel="Designs" onReset={onReset}>
        <Fragile />
      </ViewErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The Designs view could not be shown');
    expect(screen.getByRole('alert')).toHaveTextContent('bad setting');
    await user.click(screen.getByRole('button', { name: 'Reset this view' }));
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Recovered view')).toBeInTheDocument();
  });
});
