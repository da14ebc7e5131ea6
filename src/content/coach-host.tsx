import type { SiteAdapter } from './sites/types';

export const COACH_TAG = 'empathy-coach';

const STYLE = `
:host { all: initial; position: fixed; z-index: 2147483646; right: 16px; bottom: 16px;
  font: 13px/1.4 system-ui, sans-serif; color: #10302c; }
.badge { display: flex; align-items: center; gap: 6px; padding: 6px 10px; border-radius: 999px;
  background: #e6f6f4; border: 1px solid #0d9488; box-shadow: 0 1px 4px rgb(0 0 0 / 0.15); }
.dot { width: 8px; height: 8px; border-radius: 50%; background: #0d9488; }
@media (prefers-color-scheme: dark) {
  :host { color: #e6f6f4; }
  .badge { background: #12302d; }
}
`;

export interface CoachHost {
  element: HTMLElement;
  setReplyBoxes(count: number): void;
  setWorkerReady(version: string): void;
}

/**
 * The coach lives in its own Shadow DOM host next to the page, never inside the editor.
 * Removed again when `signal` aborts.
 */
export function createCoachHost(site: SiteAdapter, { signal }: { signal: AbortSignal }): CoachHost {
  const element = document.createElement(COACH_TAG);
  element.dataset.site = site.id;
  const root = element.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const badge = document.createElement('div');
  badge.className = 'badge';
  badge.setAttribute('role', 'status');
  const dot = document.createElement('span');
  dot.className = 'dot';
  const label = document.createElement('span');
  label.textContent = 'Empathy Coach';
  badge.append(dot, label);
  root.append(style, badge);
  document.documentElement.append(element);
  signal.addEventListener('abort', () => element.remove(), { once: true });

  return {
    element,
    setReplyBoxes(count) {
      element.dataset.replyBoxes = String(count);
      element.hidden = count === 0;
    },
    setWorkerReady(version) {
      element.dataset.worker = 'ready';
      label.textContent = `Empathy Coach ${version} is watching this reply`;
    },
  };
}
