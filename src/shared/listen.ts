// A browser event listener that lives until its signal aborts.
interface BrowserEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

export function listenUntil<L>(event: BrowserEvent<L>, listener: L, signal: AbortSignal): void {
  if (signal.aborted) return;
  event.addListener(listener);
  signal.addEventListener('abort', () => event.removeListener(listener), { once: true });
}
