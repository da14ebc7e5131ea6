// Where the team library comes from (an administrator's policy or an imported file), and removing
// an imported one.
import { FEELINGS } from '../../analyzer/types';
import type { LibraryEditor } from '../use-library';

export function TeamSection({ editor }: { editor: LibraryEditor }) {
  const { team, teamSource } = editor.loaded;
  if (!team) return null;
  const phrases = FEELINGS.reduce((sum, feeling) => sum + (team.acknowledgements[feeling]?.length ?? 0), 0);
  const rules = Object.keys(team.rules).length;
  return (
    <section class="card" id="team" aria-labelledby="team-heading" data-testid="team-library">
      <h2 id="team-heading">Team library</h2>
      <p>
        <strong>{team.name}</strong> <span class="muted">version {team.version}</span>,{' '}
        {teamSource === 'managed' ? 'set by your administrator (browser policy).' : 'imported from a file on this computer.'}
      </p>
      <p class="muted">
        {phrases} {phrases === 1 ? 'phrase' : 'phrases'}, {team.avoid.length} to avoid, {team.snippets.length}{' '}
        {team.snippets.length === 1 ? 'snippet' : 'snippets'} and {rules} {rules === 1 ? 'rule' : 'rules'} come from it. They are marked{' '}
        <span class="badge team">Team</span> and are read-only here; what you add is kept on top of them.
      </p>
      {teamSource === 'imported' && (
        <>
          <button type="button" disabled={editor.busy || editor.dirty} onClick={() => void editor.removeTeam()}>
            Remove the team library
          </button>
          {editor.dirty && <p class="hint">Save or discard your changes first.</p>}
        </>
      )}
    </section>
  );
}
