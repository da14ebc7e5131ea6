// Sites: where the coach runs (the manifest's hosts), helpdesks the agent turned it on for (an
// optional host permission the browser grants), and sites the agent switched it off on.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { requestHostAccess } from '../../shared/host-access';
import { sendToBackground } from '../../shared/protocol';
import { sitePattern } from '../../shared/sites';
import { DISABLED_SITES } from '../../shared/storage-keys';
import { getItem, setItem } from '../../shared/storage';
import { useMissingHostAccess } from '../../ui/use-host-access';

export function SitesSection() {
  const hosts = browser.runtime.getManifest().host_permissions ?? [];
  const [disabled, setDisabled] = useState<string[]>([]);
  const [turnedOn, setTurnedOn] = useState<string[]>([]);
  const [address, setAddress] = useState('');
  const [siteMessage, setSiteMessage] = useState<string | null>(null);
  // Firefox lets the agent withhold or revoke the manifest's hosts; say so where they are listed.
  const { missing, recheck: recheckAccess } = useMissingHostAccess();
  const refreshSites = () => sendToBackground('turnedOnSites', {}).then(setTurnedOn, () => undefined);
  useEffect(() => {
    getItem(DISABLED_SITES).then(setDisabled, () => undefined);
    void refreshSites();
  }, []);
  const allow = async (origins: string[]) => {
    const granted = await requestHostAccess(origins);
    setSiteMessage(granted ? 'Access allowed. Reload open helpdesk tabs to start the coach there.' : 'The browser did not allow access.');
    await recheckAccess();
  };
  const addSite = async (event: Event) => {
    event.preventDefault();
    const pattern = sitePattern(address);
    if (!pattern) {
      setSiteMessage(`“${address}” is not a web address. Try something like support.example.com.`);
      return;
    }
    // Asked from the click itself: the browser shows its permission prompt only for a user gesture.
    const granted = await browser.permissions.request({ origins: [pattern], permissions: ['scripting'] });
    if (!granted) {
      setSiteMessage(`Not turned on: the browser did not grant access to ${pattern}.`);
      return;
    }
    const outcome = await sendToBackground('enableSite', { address });
    setSiteMessage(outcome.ok ? `Coaching is on for ${outcome.pattern}. Reload its tabs to start.` : outcome.reason);
    if (outcome.ok) setAddress('');
    await refreshSites();
  };
  const removeSite = async (pattern: string) => {
    await sendToBackground('disableSite', { pattern });
    setSiteMessage(`Coaching is off for ${pattern}.`);
    await refreshSites();
  };
  const turnOn = async (site: string) => {
    const next = disabled.filter((candidate) => candidate !== site);
    await setItem(DISABLED_SITES, next);
    setDisabled(next);
  };

  return (
    <section class="card" id="sites" aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <p>The coach watches reply boxes on:</p>
      <ul data-testid="default-sites">
        {hosts.map((host) => (
          <li key={host}>
            <code>{host}</code>
            {missing.includes(host) && (
              <>
                {' '}
                <span class="notice-inline" data-testid="host-not-allowed">
                  not allowed by the browser: the coach cannot run there
                </span>{' '}
                <button onClick={() => void allow([host])}>Allow</button>
              </>
            )}
          </li>
        ))}
      </ul>
      {missing.length > 1 && <button onClick={() => void allow(missing)}>Allow all</button>}
      {turnedOn.length > 0 && (
        <>
          <p>Turned on by you:</p>
          <ul data-testid="turned-on-sites">
            {turnedOn.map((pattern) => (
              <li key={pattern}>
                <code>{pattern}</code> <button onClick={() => void removeSite(pattern)}>Turn off</button>
              </li>
            ))}
          </ul>
        </>
      )}
      <form class="add-site" onSubmit={(event) => void addSite(event)}>
        <label for="site-address">Turn the coach on for another helpdesk</label>
        <div class="row">
          <input
            id="site-address"
            type="text"
            inputMode="url"
            placeholder="support.example.com"
            value={address}
            onInput={(event) => setAddress((event.target as HTMLInputElement).value)}
          />
          <button type="submit">Turn on</button>
        </div>
        {siteMessage && (
          <p role="status" data-testid="site-message">
            {siteMessage}
          </p>
        )}
      </form>
      {disabled.length > 0 && (
        <>
          <p>Turned off by you:</p>
          <ul data-testid="disabled-sites">
            {disabled.map((site) => (
              <li key={site}>
                <code>{site}</code> <button onClick={() => void turnOn(site)}>Turn back on</button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
