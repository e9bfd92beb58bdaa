/** Dismissible notices, e.g. the parts of a hand-edited link that were ignored. */
import { useExplorerStore } from '../store';
import { selectDismissNotice, selectNotices } from '../store/selectors';
import { t } from '../messages/i18n';

export function Notices() {
  const notices = useExplorerStore(selectNotices);
  const dismiss = useExplorerStore(selectDismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => {
        // Worded now, in the language showing now.
        const { title, items } = notice.text();
        return (
          <div className="notice" key={notice.id}>
            <div className="notice__body">
              <p className="notice__title">{title}</p>
              <ul className="notice__items">
                {items.map((item, index) => (
                  <li key={index}>{item}</li>
                ))}
              </ul>
            </div>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => dismiss(notice.id)}
              aria-label={t('notice.dismissLabel', { title })}
            >
              {t('notice.dismiss')}
            </button>
          </div>
        );
      })}
    </div>
  );
}
