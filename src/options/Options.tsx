import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { ruleTitle } from '../shared/feeling-label';
import { sendToBackground } from '../shared/protocol';
import { sitePattern } from '../shared/sites';
import { DISABLED_SITES, NOT_HELPFUL } from '../shared/storage-keys';
import { getItem, setItem } from '../shared/storage';

export function Options() {
  const manifest = browser.runtime.getManifest();
  const hosts = manifest.host_permissions ?? [];
  const [notHelpful, setNotHelpful] = useState<Record<string, number>>({});
  const [disabled, setDisabled] = useState<string[]>([]);
  const [turnedOn, setTurnedOn] = useState<string[]>([]);
  const [address, setAddress] = useState('');
  const [siteMessage, setSiteMessage] = useState<string | null>(null);
  const refreshSites = () => sendToBackground('turnedOnSites', {}).then(setTurnedOn, () => undefined);
  useEffect(() => {
    getItem(NOT_HELPFUL).then(setNotHelpful, () => undefined);
    getItem(DISABLED_SITES).then(setDisabled, () => undefined);
    void refreshSites();
  }, []);
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
  const feedback = Object.entries(notHelpful).sort((a, b) => b[1] - a[1]);
  const turnOn = async (site: string) => {
    const next = disabled.filter((candidate) => candidate !== site);
    await setItem(DISABLED_SITES, next);
    setDisabled(next);
  };

  return (
    <main>
      <h1>
        <img src="/icons/icon-32.png" alt="" /> Empathy Coach <span class="muted">{manifest.version}</span>
      </h1>
      <section class="card" aria-labelledby="sites-heading">
        <h2 id="sites-heading">Sites</h2>
        <p>The coach watches reply boxes on:</p>
        <ul data-testid="default-sites">
          {hosts.map((host) => (
            <li key={host}>
              <code>{host}</code>
            </li>
          ))}
        </ul>
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
      <section class="card" aria-labelledby="feedback-heading">
        <h2 id="feedback-heading">Coaching you marked “not helpful”</h2>
        {feedback.length === 0 ? (
          <p class="muted">Nothing yet. Each finding in the coach has a “Not helpful” button; the counts stay on this computer.</p>
        ) : (
          <table data-testid="not-helpful">
            <thead>
              <tr>
                <th scope="col">Coaching</th>
                <th scope="col">Times</th>
              </tr>
            </thead>
            <tbody>
              {feedback.map(([rule, count]) => (
                <tr key={rule}>
                  <td>{ruleTitle(rule)}</td>
                  <td>{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section class="card" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Privacy</h2>
        <p>
          Everything runs on this computer. Empathy Coach makes no network requests: customer messages and your drafts
          never leave the browser.
        </p>
      </section>
    </main>
  );
}
