/** @jsxRuntime classic */
/** @jsx h */
// The content script's JSX calls preact's own h (createElement, which render needs anyway), so it
// bundles no preact/jsx-runtime of its own (eslint.config.js names h as the pragma).
import { h, render } from 'preact';
import { COACH_TAG } from '../dom/own-nodes';
import type { SiteAdapter } from '../sites/types';
import { COACH_CSS } from './style';
import { Coach, type CoachActions, type CoachModel } from './view';

export interface CoachHost {
  element: HTMLElement;
  /** Attributes other tools and the tests read: data-feeling, data-score, data-findings… */
  setData(data: Record<string, string | null>): void;
  render(model: CoachModel, actions: CoachActions): void;
}

/**
 * The coach lives in its own Shadow DOM host on the top page, never inside the helpdesk's editor.
 * Removed again when `signal` aborts.
 */
export function createCoachHost(site: SiteAdapter, { signal }: { signal: AbortSignal }): CoachHost {
  const element = document.createElement(COACH_TAG);
  element.dataset.site = site.id;
  // Closed: a page script can neither read the coach's text nor reach its buttons (element.shadowRoot
  // is null). Tests and tools read the data-* attributes on the host; the e2e tests reach inside
  // through the DevTools protocol (test/e2e/harness.ts), not through a page script.
  const root = element.attachShadow({ mode: 'closed' });
  // Actions run only inside a trusted event (the agent's own click or key press): the capture
  // listener notes whether the event being dispatched is trusted, the bubble listener forgets it.
  let gesture = false;
  for (const type of ['click', 'keydown', 'input', 'change', 'paste']) {
    root.addEventListener(type, (event) => (gesture = event.isTrusted), { capture: true, signal });
    root.addEventListener(type, () => (gesture = false), { signal });
  }
  const trustedOnly = (actions: CoachActions): CoachActions =>
    Object.fromEntries(
      Object.entries(actions).map(([name, action]) => [
        name,
        // What an action answers (useSelection's problem) goes back to the view; an untrusted call answers nothing.
        (...args: unknown[]) => (gesture ? (action as (...args: unknown[]) => unknown)(...args) : undefined),
      ]),
    ) as unknown as CoachActions;
  const style = document.createElement('style');
  style.textContent = COACH_CSS;
  const mount = document.createElement('div');
  root.append(style, mount);
  document.documentElement.append(element);
  signal.addEventListener(
    'abort',
    () => {
      render(null, mount);
      element.remove();
    },
    { once: true },
  );

  return {
    element,
    setData(data) {
      // Only real changes: every write is a mutation record for the page's own observers, and the
      // coach repaints on every scroll frame.
      for (const [key, value] of Object.entries(data)) {
        if ((element.dataset[key] ?? null) === value) continue;
        if (value === null) delete element.dataset[key];
        else element.dataset[key] = value;
      }
    },
    render(model, actions) {
      if (!signal.aborted) render(<Coach model={model} actions={trustedOnly(actions)} />, mount);
    },
  };
}
