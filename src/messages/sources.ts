/** The words of the "Show sources" switch (src/controls/SourcesSwitch.tsx). */
import { t } from './i18n';

export function sourcesSwitchText() {
  return {
    label: t('sourcesSwitch.label'),
    offHint: t('sourcesSwitch.offHint'),
    onHint: t('sourcesSwitch.onHint'),
  };
}
