/**
 * Predict, then reveal: a figure that states the blockade's result renders only once the reader
 * has revealed it (`revealed=1`). Before that, wherever it is shown — a slide, an embed, the
 * handout — it says where the answer is revealed instead, so nothing gives it away.
 */
import type { ReactNode } from 'react';
import { useExplorerStore } from '../../store';
import { selectRevealed } from '../../store/selectors';
import { ViewLink } from '../../controls/ViewLink';
import { t } from '../../messages/i18n';
import { T } from '../../messages/T';

export function RevealGate({ what, children }: { what: string; children: ReactNode }) {
  const revealed = useExplorerStore(selectRevealed);
  if (revealed) return <>{children}</>;
  return (
    <p className="reveal-gate">
      <T
        id="blockade.gate"
        values={{ what, view: t('view.blockade') }}
        components={{ link: <ViewLink to="blockade">{null}</ViewLink> }}
      />
    </p>
  );
}
