/** The names of the views, as the navigation, titles and handout show them. */
import type { View } from '../document/fields';
import { t } from './i18n';

export function viewLabel(view: View): string {
  return t(`view.${view}`);
}
