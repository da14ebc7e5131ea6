/**
 * Calls `callback` once for every element matching `selector` under `root`, now and whenever one
 * is added later (MutationObserver, no polling). Stops on `signal` abort.
 */
export function observe(
  root: ParentNode & Node,
  selector: string,
  callback: (element: Element) => void,
  { signal }: { signal: AbortSignal },
): void {
  if (signal.aborted) return;
  const seen = new WeakSet<Element>();
  const visit = (element: Element) => {
    if (seen.has(element)) return;
    seen.add(element);
    callback(element);
  };
  const scan = (node: ParentNode) => {
    for (const element of node.querySelectorAll(selector)) visit(element);
  };
  scan(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(selector)) visit(node);
        scan(node);
      }
      if (record.type === 'attributes' && record.target instanceof Element && record.target.matches(selector)) {
        visit(record.target);
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
