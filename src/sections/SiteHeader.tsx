import { useExplorerStore } from '../store';
import { selectSetTheme, selectTheme } from '../store/selectors';
import { THEMES, VIEWS, type Theme } from '../document/fields';
import { VIEW_LABELS } from '../messages/views';
import { ViewLink } from '../controls/ViewLink';

const THEME_LABELS: Record<Theme, string> = {
  auto: 'System',
  light: 'Light',
  dark: 'Dark',
  projector: 'Projector',
};

export function SiteHeader({ title }: { title: string }) {
  const theme = useExplorerStore(selectTheme);
  const setTheme = useExplorerStore(selectSetTheme);
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <p className="site-header__title">
          <ViewLink to="overview">{title}</ViewLink>
        </p>
        <nav className="site-nav" aria-label="Views">
          <ul className="site-nav__list">
            {VIEWS.map((view) => (
              <li key={view}>
                <ViewLink to={view} className="site-nav__link" markCurrent>
                  {VIEW_LABELS[view]}
                </ViewLink>
              </li>
            ))}
          </ul>
        </nav>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            const { theme: current, applyDocument } = useExplorerStore.getState();
            void import('../lecture/deck').then(({ slideDocument }) =>
              applyDocument(slideDocument(1, { theme: current, presenter: false })),
            );
          }}
        >
          Present
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => useExplorerStore.getState().setPrint(true)}
        >
          Handout
        </button>
        <label className="theme-picker">
          <span className="theme-picker__label">Theme</span>
          <select
            value={theme}
            onChange={(event) => setTheme(event.target.value as Theme)}
            className="theme-picker__select"
          >
            {THEMES.map((option) => (
              <option key={option} value={option}>
                {THEME_LABELS[option]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
