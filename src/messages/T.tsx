/**
 * A message with markup: `<T id="shell.embedCredit" values={{ title }} components={{ link: <a …/> }} />`
 * renders "From <link>{title}</link>, …" with the element around the tagged words (Lingui's Trans
 * without a React context: the app has one i18n instance, and LocaleRoot re-renders on a change).
 * Plain text goes through `t`; this is for messages whose words wrap a link, emphasis or a term.
 */
import { TransNoContext } from '@lingui/react/server';
import type { ReactElement } from 'react';
import { i18n, type MessageId, type MessageValues } from './i18n';

const LINGUI = { i18n };

export function T({
  id,
  values,
  components,
}: {
  id: MessageId;
  values?: MessageValues;
  components?: Record<string, ReactElement>;
}) {
  return <TransNoContext id={id} values={values} components={components} lingui={LINGUI} />;
}
