import browser from 'webextension-polyfill';

export function Options() {
  const manifest = browser.runtime.getManifest();
  const hosts = manifest.host_permissions ?? [];
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
