// The text the agent selected on the helpdesk page: what "Use as customer message" takes, from the
// popup or from the coach.

/** The text selected in `doc` or in one of its same-origin frames; '' when nothing is selected. */
export function selectedText(doc: Document): string {
  const own = doc.getSelection()?.toString() ?? '';
  if (own.trim()) return own;
  for (const frame of doc.querySelectorAll('iframe, frame')) {
    try {
      const inner = (frame as HTMLIFrameElement).contentDocument;
      const text = inner ? selectedText(inner) : '';
      if (text.trim()) return text;
    } catch {
      // A cross-origin frame: its selection is not ours to read.
    }
  }
  return '';
}
