/** The fuzz mode's status panel (plain DOM, outside React's tree): a labelled polite status. */
import { FUZZ_PANEL_ATTRIBUTE } from './actions';
import './FuzzPanel.css';

export interface FuzzPanel {
  update: (text: string) => void;
  finish: (text: string, isClean: boolean) => void;
}

export function createFuzzPanel(seed: number): FuzzPanel {
  const panel = document.createElement('aside');
  panel.className = 'fuzz-panel';
  panel.setAttribute(FUZZ_PANEL_ATTRIBUTE, '');
  panel.setAttribute('aria-label', 'Fuzz mode');
  panel.dataset.state = 'running';
  const title = document.createElement('p');
  title.className = 'fuzz-panel__title';
  title.textContent = `Fuzz mode, seed ${seed}`;
  const status = document.createElement('p');
  status.className = 'fuzz-panel__status';
  status.setAttribute('role', 'status');
  panel.append(title, status);
  document.body.append(panel);
  return {
    update: (text) => {
      status.textContent = text;
    },
    finish: (text, isClean) => {
      status.textContent = text;
      panel.dataset.state = 'done';
      panel.dataset.clean = String(isClean);
    },
  };
}
