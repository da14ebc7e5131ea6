import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { ruleTitle } from '../shared/feeling-label';
import { DISABLED_SITES, NOT_HELPFUL, getItem, setItem } from '../shared/storage-keys';

export function Options() {
  const manifest = browser.runtime.getManifest();
  const hosts = manifest.host_permissions ?? [];
  const [notHelpful, setNotHelpful] = useState<Record<string, number>>({});
  const [disabled, setDisabled] = useState<string[]>([]);
  useEffect(() => {
    getItem(NOT_HELPFUL).then(setNotHelpful, () => undefined);
    getItem(DISABLED_SITES).then(setDisabled, () => undefined);
  }, []);
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
