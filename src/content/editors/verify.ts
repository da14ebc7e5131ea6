// Shared by the editor adapters: compare drafts the way an editor may legitimately rewrite them.

/** Runs, spaces and nbsp, and spaces at line ends, are what editors normalise; the rest must match. */
export function sameDraft(actual: string, expected: string): boolean {
  if (actual === expected) return true;
  const normalise = (text: string) =>
    text
      .split('\n')
      .map((line) => line.replace(/[ \t\u00A0]+/g, ' ').trimEnd())
      .join('\n');
  return normalise(actual) === normalise(expected);
}

export function expectedAfterInsert(before: string, offset: number, text: string, end = offset): string {
  return before.slice(0, offset) + text + before.slice(end);
}

/** The browser's editing command in the element's document; false when it is refused or missing. */
export function execCommand(element: Element, command: string, value?: string): boolean {
  const doc = element.ownerDocument as Document & { execCommand?: Document['execCommand'] };
  if (typeof doc.execCommand !== 'function') return false;
  try {
    return doc.execCommand(command, false, value);
  } catch {
    return false;
  }
}

/** Lets the page's editor finish what it does after an event (it may re-render in a task). */
export function nextTask(element: Element): Promise<void> {
  const view = element.ownerDocument.defaultView;
  return new Promise((resolve) => (view ?? globalThis).setTimeout(resolve, 0));
}

export function checkSpan(text: string, start: number, end: number): string | null {
  if (end < start) return `the span ${start}…${end} is reversed`;
  return checkOffset(text, start) ?? (end === start ? null : checkOffset(text, end));
}

export function checkOffset(text: string, offset: number): string | null {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
    return `offset ${offset} is outside the draft (0…${text.length})`;
  }
  // Splitting an emoji or other surrogate pair would leave two broken characters.
  const code = text.charCodeAt(offset);
  if (offset > 0 && code >= 0xdc00 && code <= 0xdfff) return `offset ${offset} splits a character`;
  return null;
}
