// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { COACH_TAG } from '../../../src/content/dom/own-nodes';
import { observeReplyBoxes } from '../../../src/content/dom/reply-boxes';
import { generic } from '../../../src/content/sites/generic';
import { zendesk } from '../../../src/content/sites/zendesk';
import { $, mount } from './html';

const controllers: AbortController[] = [];
afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
  document.body.replaceChildren();
});

/** Starts the observer and records every box reported, with its own signal. */
function watch(site = generic) {
  const controller = new AbortController();
  controllers.push(controller);
  const found: { box: Element; signal: AbortSignal }[] = [];
  observeReplyBoxes(document, site, (box, signal) => found.push({ box, signal }), { signal: controller.signal });
  return { found, controller };
}

const mutationsDone = () => new Promise((resolve) => setTimeout(resolve, 0));

function editable(className = 'editor'): HTMLElement {
  const element = document.createElement('div');
  element.className = className;
  element.setAttribute('contenteditable', 'true');
  element.setAttribute('role', 'textbox');
  return element;
}

describe('observeReplyBoxes', () => {
  test('finds boxes present at start and added later, once each', async () => {
    mount('<textarea id="first" rows="5"></textarea>');
    const { found } = watch();
    expect(found.map(({ box }) => box.id)).toEqual(['first']);
    const slot = mount('<div id="slot">Loading editor…</div>');
    const late = editable('reply-editor');
    slot.firstElementChild?.replaceChildren(late);
    await mutationsDone();
    expect(found.map(({ box }) => box)).toEqual([$(document, '#first'), late]);
    late.setAttribute('aria-label', 'Reply');
    await mutationsDone();
    expect(found).toHaveLength(2);
  });

  test('an element that becomes editable later is found', async () => {
    const div = mount('<div id="d" role="textbox"></div>').firstElementChild as HTMLElement;
    const { found } = watch();
    expect(found).toHaveLength(0);
    div.setAttribute('contenteditable', 'true');
    await mutationsDone();
    expect(found.map(({ box }) => box)).toEqual([div]);
  });

  test('boxes in nested open shadow roots, present and added later', async () => {
    const outerHost = mount('<orbit-reply-composer></orbit-reply-composer>').firstElementChild as HTMLElement;
    const outer = outerHost.attachShadow({ mode: 'open' });
    const inner = outer.appendChild(document.createElement('orbit-rich-editor')).attachShadow({ mode: 'open' });
    const present = inner.appendChild(editable());
    const { found } = watch();
    expect(found.map(({ box }) => box)).toEqual([present]);

    // A later component with its own shadow root, added to the page with its content.
    const laterHost = document.createElement('x-later');
    const later = laterHost.attachShadow({ mode: 'open' }).appendChild(editable());
    document.body.append(laterHost);
    await mutationsDone();
    // And content added inside an already watched shadow root.
    const added = inner.appendChild(editable('second'));
    await mutationsDone();
    expect(found.map(({ box }) => box)).toEqual([present, later, added]);
  });

  test('a shadow root attached to an element already in the page is found when the agent focuses inside it', async () => {
    const host = mount('<x-upgraded></x-upgraded>').firstElementChild as HTMLElement;
    const { found } = watch();
    const shadow = host.attachShadow({ mode: 'open' });
    const box = shadow.appendChild(editable());
    await mutationsDone();
    expect(found).toHaveLength(0);
    box.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(found.map(({ box }) => box)).toEqual([box]);
    // From then on the root is watched like any other.
    const next = shadow.appendChild(editable('next'));
    await mutationsDone();
    expect(found.map(({ box }) => box)).toEqual([box, next]);
  });

  test('a box hidden when it appeared counts once focused', async () => {
    const panel = mount('<div style="display:none"><textarea id="reply" rows="6"></textarea></div>').firstElementChild as HTMLElement;
    const { found } = watch();
    expect(found).toHaveLength(0);
    panel.style.display = '';
    $(panel, 'textarea').dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(found).toHaveLength(1);
  });

  test('the coach’s own shadow root is never searched', () => {
    const coach = document.createElement(COACH_TAG);
    coach.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('textarea'), { rows: 5 }));
    document.body.append(coach);
    expect(watch().found).toHaveLength(0);
  });

  test('Zendesk: switching tickets ends the old box and reports the new one', async () => {
    const root = mount(`
      <div data-test-id="ticket-1-standard-layout" data-is-active="true"><div class="ck-editor__editable" contenteditable="true" data-test-id="omnicomposer-rich-text-ckeditor"></div></div>
      <div data-test-id="ticket-2-standard-layout" data-is-active="false"><div class="ck-editor__editable" contenteditable="true" data-test-id="omnicomposer-rich-text-ckeditor"></div></div>`);
    const [one, two] = [...root.querySelectorAll('[data-is-active]')] as HTMLElement[];
    const { found } = watch(zendesk);
    expect(found.map(({ box }) => box.parentElement)).toEqual([one]);
    one?.setAttribute('data-is-active', 'false');
    two?.setAttribute('data-is-active', 'true');
    await mutationsDone();
    expect(found.map(({ box }) => box.parentElement)).toEqual([one, two]);
    expect(found[0]?.signal.aborted).toBe(true);
    expect(found[1]?.signal.aborted).toBe(false);
  });

  test('a removed box’s signal aborts; aborting stops everything', async () => {
    const box = $(mount('<textarea rows="5"></textarea>'), 'textarea');
    const { found, controller } = watch();
    box.remove();
    await mutationsDone();
    expect(found[0]?.signal.aborted).toBe(true);
    const other = $(mount('<textarea rows="5"></textarea>'), 'textarea');
    await mutationsDone();
    expect(found).toHaveLength(2);
    controller.abort();
    expect(found[1]?.signal.aborted).toBe(true);
    mount('<textarea rows="5"></textarea>');
    await mutationsDone();
    other.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(found).toHaveLength(2);
  });
});
