export function PrivacySection() {
  return (
    <section class="card" id="privacy" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">Privacy</h2>
      <p>
        Everything runs on this computer. Empathy Coach makes no network requests: customer messages and your drafts never leave
        the browser. Your phrase library is kept in the browser’s own storage (synced by the browser to your other computers when
        you are signed in to it).
      </p>
    </section>
  );
}
