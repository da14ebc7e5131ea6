// The manifest's hosts the browser has not granted, kept current (Firefox lets the agent withhold or
// revoke them). `recheck` after asking for access, where the browser's own event may come late.
import { useEffect, useState } from 'preact/hooks';
import { missingHostAccess, watchHostAccess } from '../shared/host-access';

export function useMissingHostAccess(): { missing: string[]; recheck: () => Promise<void> } {
  const [missing, setMissing] = useState<string[]>([]);
  const recheck = () => missingHostAccess().then(setMissing, () => undefined);
  useEffect(() => {
    const lifetime = new AbortController();
    void recheck();
    watchHostAccess(() => void recheck(), lifetime.signal);
    return () => lifetime.abort();
  }, []);
  return { missing, recheck };
}
