import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { NextStep } from '../../src/components/NextStep';
import { NEXT_STEP } from '../../src/messages/nextStep';
import { VIEWS } from '../../src/document/fields';
import { VIEW_LABELS } from '../../src/messages/views';

describe('<NextStep>', () => {
  it('links every view on to the next part of the story and says what it answers', () => {
    const visited = new Set<string>();
    for (const view of VIEWS) {
      const { unmount } = render(<NextStep view={view} />);
      const nav = screen.getByRole('navigation', { name: 'Next in the story' });
      const link = within(nav).getByRole('link');
      const target = NEXT_STEP[view].view;
      expect(link).toHaveAccessibleName(`${VIEW_LABELS[target]} →`);
      // The default view (overview) is left out of the address, like every default.
      if (target !== 'overview') expect(link.getAttribute('href')).toContain(`view=${target}`);
      expect(nav).toHaveTextContent(NEXT_STEP[view].question);
      visited.add(NEXT_STEP[view].view);
      unmount();
    }
    // The path visits every view once: one story, no dead ends.
    expect(visited.size).toBe(VIEWS.length);
  });

  it('never states the blockade result', () => {
    for (const view of VIEWS) {
      expect(NEXT_STEP[view].question).not.toMatch(/\bblocked\b|did not block|no longer/i);
    }
  });
});
