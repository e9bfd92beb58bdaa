/** The words of the "Show sources" switch (src/controls/SourcesSwitch.tsx). */
export const SOURCES_SWITCH = {
  label: 'Show sources',
  offHint: 'Write each fact’s source beside it and list the facts under every figure',
  onHint: 'Back to compact tier markers (the source stays on hover, focus or tap)',
} as const;
