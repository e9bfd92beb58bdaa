/**
 * "A new version is available": a polite, dismissible notice. It never reloads on its own, and it
 * waits while a lecture is running (stage or presenter window), so nothing covers a slide and no
 * window switches version mid-lecture; it appears once the lecture is left. Not shown in the
 * handout or in an embed.
 */
import { useSyncExternalStore } from 'react';
import { useExplorerStore } from '../store';
import { acceptUpdate, dismissUpdate, getUpdateState, subscribeUpdate } from './updateState';
import { t } from '../messages/i18n';
import './UpdateNotice.css';

export function UpdateNotice() {
  const { isWaiting, isDismissed } = useSyncExternalStore(subscribeUpdate, getUpdateState);
  const isQuietMode = useExplorerStore((state) => state.lecture || state.print || state.embed);
  const isShown = isWaiting && !isDismissed && !isQuietMode;
  // The live region stays in the page so that screen readers announce the notice when it appears.
  return (
    <div className="update-notice-region" role="status" aria-live="polite">
      {isShown && (
        <aside className="update-notice" aria-label={t('update.label')}>
          <p className="update-notice__text">{t('update.text')}</p>
          <div className="update-notice__actions">
            <button type="button" className="button button--primary" onClick={acceptUpdate}>
              {t('update.reload')}
            </button>
            <button type="button" className="button button--quiet" onClick={dismissUpdate}>
              {t('update.later')}
            </button>
          </div>
        </aside>
      )}
    </div>
  );
}
