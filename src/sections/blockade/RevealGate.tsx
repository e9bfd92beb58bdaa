/**
 * Predict, then reveal: a figure that states the blockade's result renders only once the reader
 * has revealed it (`revealed=1`). Before that, wherever it is shown — a slide, an embed, the
 * handout — it says where the answer is revealed instead, so nothing gives it away.
 */
import type { ReactNode } from 'react';
import { useExplorerStore } from '../../store';
import { selectRevealed } from '../../store/selectors';
import { ViewLink } from '../../controls/ViewLink';

export function RevealGate({ what, children }: { what: string; children: ReactNode }) {
  const revealed = useExplorerStore(selectRevealed);
  if (revealed) return <>{children}</>;
  return (
    <p className="reveal-gate">
      {what}: revealed in <ViewLink to="blockade">Naltrexone blockade</ViewLink>, after you make
      your prediction.
    </p>
  );
}
