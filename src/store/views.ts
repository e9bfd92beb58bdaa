/**
 * The views of the app, in reading order. Only views that exist are listed: the codec accepts
 * only these, and the navigation shows only these.
 */
export const VIEWS = ['overview', 'sources'] as const;
export type View = (typeof VIEWS)[number];

export const VIEW_LABELS: Record<View, string> = {
  overview: 'Overview',
  sources: 'Sources',
};

export const THEMES = ['auto', 'light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];
