/**
 * Loads every lazily loaded module of the app before the fuzz starts. A click on "Present" or a
 * view link then waits on the module cache, not the network, so what the next event finds on the
 * page does not depend on download timing (the view's words and the Overview's own-study panel
 * included), and a seed replays exactly. (First loads of each chunk
 * are covered by the browser tests that open each view directly.)
 */
import { activeLocale, ensureCatalog, NAMESPACES } from '../messages/i18n';

export async function warmUpLazyModules(): Promise<void> {
  const locale = activeLocale();
  await Promise.all([
    ...NAMESPACES.map((namespace) => ensureCatalog(locale, namespace)),
    import('../own/OwnStudyPanel'),
    import('../own/ownStudies'),
    import('../sections/Sources'),
    import('../sections/designs/Designs'),
    import('../sections/effects/Effects'),
    import('../sections/blockade/Blockade'),
    import('../sections/lab/Lab'),
    import('../lecture/LectureShell'),
    import('../lecture/deck'),
    import('../print/PrintHandout'),
    import('../export/exportChart'),
  ]);
}
