import { ViewLink } from '../controls/ViewLink';
import { t } from '../messages/i18n';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>{t('footer.tiers')}</p>
      <ul className="site-footer__links">
        <li>
          <ViewLink to="sources">{t('footer.sources')}</ViewLink>
        </li>
        <li>
          <ViewLink to="sources" hash="how-to-cite">
            {t('footer.cite')}
          </ViewLink>
        </li>
      </ul>
    </footer>
  );
}
