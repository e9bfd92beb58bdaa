/**
 * The site header: the title, the view links, Present, Handout, the theme and the language.
 *
 * On wide screens everything sits inline. On narrower screens (below 900 px, see SiteHeader.css)
 * only the title and a "Menu" button show; the button is a disclosure (aria-expanded,
 * aria-controls) for a panel holding the rest. Escape closes the panel and returns focus to the
 * button; choosing a view, clicking outside or tabbing out of the header closes it too. The panel
 * is hidden by CSS only, so on wide screens the same elements simply show inline.
 */
import { useEffect, useId, useRef, useState, type FocusEvent, type MouseEvent } from 'react';
import { useExplorerStore } from '../store';
import { selectSetTheme, selectTheme } from '../store/selectors';
import { THEMES, VIEWS, type Theme } from '../document/fields';
import { navLabel } from '../messages/views';
import { t } from '../messages/i18n';
import { LANGUAGES, type LangChoice } from '../messages/languages';
import { ViewLink } from '../controls/ViewLink';
import './SiteHeader.css';

export function SiteHeader({ title }: { title: string }) {
  const theme = useExplorerStore(selectTheme);
  const setTheme = useExplorerStore(selectSetTheme);
  const lang = useExplorerStore((state) => state.lang);
  const setField = useExplorerStore((state) => state.setField);
  const [open, setOpen] = useState(false);
  const headerRef = useRef<HTMLElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  // A click or tap anywhere outside the header closes the open menu.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!headerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const closeAndFocusButton = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onNavClick = (event: MouseEvent<HTMLElement>) => {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    setOpen(false);
    // Choosing the view already shown: no new heading takes focus, and the link is about to be
    // hidden with the panel, so keep focus on the menu button rather than lose it.
    if (link.getAttribute('aria-current') === 'page') buttonRef.current?.focus();
  };

  const onBlur = (event: FocusEvent<HTMLElement>) => {
    const next = event.relatedTarget as Node | null;
    if (open && next && !event.currentTarget.contains(next)) setOpen(false);
  };

  return (
    <header
      ref={headerRef}
      className="site-header"
      onBlur={onBlur}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          closeAndFocusButton();
        }
      }}
    >
      <div className="site-header__inner">
        <p className="site-header__title">
          <ViewLink to="overview">{title}</ViewLink>
        </p>
        <button
          ref={buttonRef}
          type="button"
          className="button site-header__menu-button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((current) => !current)}
        >
          <span className="site-header__menu-icon" aria-hidden="true" />
          {t('header.menu')}
        </button>
        <div
          id={panelId}
          className={`site-header__panel${open ? ' site-header__panel--open' : ''}`}
        >
          <nav className="site-nav" aria-label={t('header.views')} onClick={onNavClick}>
            <ul className="site-nav__list">
              {VIEWS.map((view) => (
                <li key={view}>
                  <ViewLink to={view} className="site-nav__link" markCurrent>
                    {navLabel(view)}
                  </ViewLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="site-header__actions">
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                setOpen(false);
                const { theme: current, lang, applyDocument } = useExplorerStore.getState();
                void import('../lecture/deck').then(({ slideDocument }) =>
                  applyDocument(slideDocument(1, { theme: current, lang, presenter: false })),
                );
              }}
            >
              {t('header.present')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                setOpen(false);
                useExplorerStore.getState().setPrint(true);
              }}
            >
              {t('header.handout')}
            </button>
            <label className="theme-picker">
              <span className="theme-picker__label">{t('header.theme')}</span>
              <select
                value={theme}
                onChange={(event) => setTheme(event.target.value as Theme)}
                className="theme-picker__select"
              >
                {THEMES.map((option) => (
                  <option key={option} value={option}>
                    {t(`header.theme.${option}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="theme-picker">
              <span className="theme-picker__label">{t('header.language')}</span>
              <select
                value={lang}
                onChange={(event) => setField('lang', event.target.value as LangChoice)}
                className="theme-picker__select"
              >
                <option value="auto">{t('header.language.auto')}</option>
                {LANGUAGES.map((language) => (
                  <option key={language.code} value={language.code} lang={language.code}>
                    {language.name}
                  </option>
                ))}
                {lang.startsWith('pseudo') && <option value={lang}>{lang}</option>}
              </select>
            </label>
          </div>
        </div>
      </div>
    </header>
  );
}
