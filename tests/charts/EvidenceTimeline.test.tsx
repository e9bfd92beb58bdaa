import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { EvidenceTimeline, FindingShape } from '../../src/charts/EvidenceTimeline';
import { findingLabel } from '../../src/messages/blockade';
import { FINDINGS } from '../../src/data/constants';
import { EVIDENCE } from '../../src/data/studies';

describe('<EvidenceTimeline>', () => {
  it('gives every finding its own label and its own shape, so colour is never the only cue', () => {
    const labels = FINDINGS.map((finding) => findingLabel(finding));
    expect(new Set(labels).size).toBe(FINDINGS.length);
    const shapes = FINDINGS.map((finding) => {
      const { container } = render(
        <svg>
          <FindingShape finding={finding} r={10} />
        </svg>,
      );
      const mark = container.querySelector('.finding')!;
      expect(mark).toHaveClass(`finding--${finding}`);
      return `${mark.tagName}:${mark.getAttribute('d') ?? ''}`;
    });
    expect(new Set(shapes).size).toBe(FINDINGS.length);
  });

  it('names Yoon 2025 as inconclusive and Zhang & Hashimoto 2019 as a mouse study', () => {
    render(
      <EvidenceTimeline
        entries={EVIDENCE}
        activeId={null}
        onActivate={() => {}}
        width={900}
        fontSize={14}
        titleId="t"
        descriptionId="d"
      />,
    );
    expect(
      screen.getByRole('button', { name: /^2025 Yoon et al\. — inconclusive, 58 participants \(/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /^2019 Zhang & Hashimoto \(mice\) — not blocked \(/ }),
    ).toBeInTheDocument();
  });
});
