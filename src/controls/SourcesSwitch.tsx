/**
 * "Show sources": provenance on demand. Off (the default), every fact keeps a compact tier marker
 * (its tier word, border style and colour; the source on hover, focus or tap) and each figure
 * names its sources in one line. On, each fact's source is written beside it and every figure
 * lists the facts it draws on. A document field (`sources` in the URL), so a shared link or a
 * lecture shows provenance the same way.
 */
import { useExplorerStore } from '../store';
import { selectSetField, selectShowSources } from '../store/selectors';
import { sourcesSwitchText } from '../messages/sources';
import './SourcesSwitch.css';

export function SourcesSwitch() {
  const shown = useExplorerStore(selectShowSources);
  const setField = useExplorerStore(selectSetField);
  const text = sourcesSwitchText();
  return (
    <button
      type="button"
      role="switch"
      aria-checked={shown}
      className="sources-switch"
      title={shown ? text.onHint : text.offHint}
      onClick={() => setField('sources', !shown)}
    >
      <span className="sources-switch__track" aria-hidden="true">
        <span className="sources-switch__thumb" />
      </span>
      {text.label}
    </button>
  );
}
