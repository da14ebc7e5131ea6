// The coach's closed shadow root, for the e2e tests and `npm start`'s headless demo.
import type { Page } from 'playwright-core';

/**
 * Runs `fn` on the coach's shadow root. The root is closed (a page script gets null from
 * element.shadowRoot and Playwright's selectors cannot enter it), so the test reaches it the way
 * DevTools does: the DevTools protocol describes the host with its shadow roots and hands back the
 * root itself. Privileged test tooling, not a page script.
 */
export async function inCoach<T, A = undefined>(page: Page, fn: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'empathy-coach' });
    if (!nodeId) throw new Error('The page has no coach.');
    const { node } = await cdp.send('DOM.describeNode', { nodeId, pierce: true, depth: 1 });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) throw new Error('The coach has no shadow root.');
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

