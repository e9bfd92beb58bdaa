import { ViewLink } from '../controls/ViewLink';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Every number here carries its source and how far it is from that source (its tier). We hold
        the studies&rsquo; abstracts and secondary reports, not their full data.
      </p>
      <ul className="site-footer__links">
        <li>
          <ViewLink to="sources">Sources</ViewLink>
        </li>
        <li>
          <ViewLink to="sources" hash="how-to-cite">
            How to cite
          </ViewLink>
        </li>
      </ul>
    </footer>
  );
}
