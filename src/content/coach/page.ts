// What the coach reads of the helpdesk page itself: where the latest customer message is drawn (the
// panel must not cover it) and whether the page is light or dark (the coach follows it, not the OS).
import { COACH_TAG } from '../dom/own-nodes';
import { toTopViewport } from '../dom/roots';
import { squash } from '../dom/text';

const found = new WeakMap<Document, { text: string; element: Element | null }>();

/**
 * The element that shows `customerText` (the site adapter's reading of the latest customer
 * message): the smallest element holding both its first and last words. Looked for once per message
 * and document; null when the page does not show it as text (pasted by the agent, or in a closed root).
 */
function messageElement(doc: Document, customerText: string): Element | null {
  const cached = found.get(doc);
  if (cached && cached.text === customerText && (!cached.element || cached.element.isConnected)) return cached.element;
  const lines = customerText
    .split(/\n+/)
    .map(squash)
    .filter((line) => line.length > 0);
  const text = squash(customerText);
  // A needle that sits in one text node: the start of the longest line (inline markup aside).
  const longest = lines.reduce((best, line) => (line.length > best.length ? line : best), '');
  const needle = longest.slice(0, 30);
  const head = (lines[0] ?? '').slice(0, 20);
  const tail = (lines.at(-1) ?? '').slice(-20);
  let element: Element | null = null;
  if (needle.length >= 8 && doc.body) {
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!squash(node.nodeValue ?? '').includes(needle)) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest(`${COACH_TAG}, [contenteditable="true"], textarea`)) continue;
      // The smallest element around it holding the first and the last line too.
      let candidate: Element | null = parent;
      while (candidate && candidate !== doc.body) {
        const inside = squash(candidate.textContent ?? '');
        if (inside.length > 3 * text.length + 400) break;
        if (inside.includes(head) && inside.includes(tail)) {
          element = candidate;
          break;
        }
        candidate = candidate.parentElement;
      }
      if (element) break;
    }
  }
  // Out to the message's own box: ancestors that show little more than the message (a quote toggle).
  for (let parent = element?.parentElement; element && parent && parent !== doc.body; parent = parent.parentElement) {
    const shown = squash((parent as HTMLElement).innerText ?? '');
    if (shown.length > text.length + 24) break;
    element = parent;
  }
  found.set(doc, { text: customerText, element });
  return element;
}

/** The latest customer message's box in the top page's viewport, or null. */
export function findMessage(replyBox: Element, customerText: string | null): DOMRect | null {
  if (!customerText) return null;
  for (const doc of new Set([replyBox.ownerDocument, document])) {
    const element = messageElement(doc, customerText);
    if (!element) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    return toTopViewport(rect, element);
  }
  return null;
}

/** The channels of an rgb()/rgba() colour and its alpha (1 when not given); null for another colour syntax. */
function parseRgb(color: string): [number, number, number, number] | null {
  const values = /rgba?\(([\d.\s,/%]+)\)/.exec(color)?.[1]?.match(/[\d.]+%?/g);
  if (!values || values.length < 3) return null;
  const [r, g, b, alpha = '1'] = values as [string, string, string, string?];
  return [+r, +g, +b, parseFloat(alpha) / (alpha.endsWith('%') ? 100 : 1)];
}

/** The page's own background behind the reply box: dark when its luminance is low. */
export function pageIsDark(replyBox: Element): boolean {
  const view = replyBox.ownerDocument.defaultView;
  if (!view) return false;
  for (let element: Element | null = replyBox.parentElement; element; element = element.parentElement) {
    const rgb = parseRgb(view.getComputedStyle(element).backgroundColor);
    if (!rgb || rgb[3] < 0.5) continue;
    const [r, g, b] = rgb.slice(0, 3).map((value) => {
      const channel = value / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.2;
  }
  // Nothing painted: the canvas. A page with color-scheme dark and no background is dark.
  const scheme = view.getComputedStyle(replyBox.ownerDocument.documentElement).colorScheme;
  return scheme === 'dark';
}
