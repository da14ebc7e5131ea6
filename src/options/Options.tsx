// The options page: the phrase library (feelings, avoid list, rules, snippets, import and export,
// reset), the sites the coach runs on, the not-helpful counts and the privacy note.
import { useEffect } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { Notices } from './components/Notices';
import { StatusBar } from './components/StatusBar';
import { AvoidSection } from './sections/AvoidSection';
import { FeedbackSection } from './sections/FeedbackSection';
import { FeelingsSection } from './sections/FeelingsSection';
import { ImportExportSection } from './sections/ImportExportSection';
import { PrivacySection } from './sections/PrivacySection';
import { ResetSection } from './sections/ResetSection';
import { RulesSection } from './sections/RulesSection';
import { SitesSection } from './sections/SitesSection';
import { SnippetsSection } from './sections/SnippetsSection';
import { TeamSection } from './sections/TeamSection';
import { useLibrary, type LibraryDeps, type LibraryEditor } from './use-library';

const CONTENTS = [
  ['feelings', 'Feelings'],
  ['avoid', 'Avoid list'],
  ['rules', 'Rules'],
  ['snippets', 'Snippets'],
  ['import-export', 'Import and export'],
  ['reset', 'Reset'],
  ['sites', 'Sites'],
  ['privacy', 'Privacy'],
] as const;

export function Options(deps: LibraryDeps = {}) {
  const manifest = browser.runtime.getManifest();
  const library = useLibrary(deps);
  return (
    <>
      <main>
        <header>
          <h1>
            <img src="/icons/icon-32.png" alt="" /> Empathy Coach <span class="muted">{manifest.version}</span>
          </h1>
          <nav aria-label="Sections">
            <ul class="contents">
              {CONTENTS.map(([id, title]) => (
                <li key={id}>
                  <a href={`#${id}`}>{title}</a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        {library.state === 'loading' && <p role="status">Loading your phrase library…</p>}
        {library.state === 'failed' && (
          <p class="notice problem" role="alert">
            Your phrase library could not be loaded: {library.message}
          </p>
        )}
        {library.state === 'ready' && <LibrarySections editor={library.editor} />}
        <SitesSection />
        <FeedbackSection />
        <PrivacySection />
      </main>
      {library.state === 'ready' && <StatusBar editor={library.editor} />}
    </>
  );
}

function LibrarySections({ editor }: { editor: LibraryEditor }) {
  useUnsavedGuard(editor);
  return (
    <>
      <Notices editor={editor} />
      <TeamSection editor={editor} />
      <FeelingsSection editor={editor} />
      <AvoidSection editor={editor} />
      <RulesSection editor={editor} />
      <SnippetsSection editor={editor} />
      <ImportExportSection editor={editor} />
      <ResetSection editor={editor} />
    </>
  );
}

/** Ctrl+S / ⌘S saves; leaving the page with unsaved changes asks first. */
function useUnsavedGuard(editor: LibraryEditor): void {
  const { dirty, saveNow } = editor;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saveNow();
      }
    };
    const onLeave = (event: BeforeUnloadEvent) => {
      if (!dirty) return;
      event.preventDefault();
      event.returnValue = '';
    };
    addEventListener('keydown', onKey);
    addEventListener('beforeunload', onLeave);
    return () => {
      removeEventListener('keydown', onKey);
      removeEventListener('beforeunload', onLeave);
    };
  }, [dirty, saveNow]);
}
