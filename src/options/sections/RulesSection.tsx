// Rules: each of the 11 draft rules on or off, how loudly the coach reports it, and what the coach
// says for it (the title and message a manager puts in place of the built-in words, with a preview).
import { RULE_DESCRIPTIONS, RULE_TEXT } from '../../analyzer/rules/catalog';
import { RULE_IDS, type RuleId, type Severity } from '../../analyzer/types';
import type { RuleSetting } from '../../analyzer/library-shape';
import { DEFAULT_LIBRARY } from '../../library/default-library';
import { FieldErrors, TeamBadge, TextField } from '../components/common';
import { errorsAt, fieldId, otherErrorsAt, pointerOf } from '../library-edit';
import type { LibraryEditor } from '../use-library';

const SEVERITIES: { value: Severity; label: string }[] = [
  { value: 'info', label: 'Info' },
  { value: 'suggestion', label: 'Suggestion' },
  { value: 'warning', label: 'Warning' },
];

const FALLBACK: RuleSetting = { enabled: true, severity: 'suggestion' };

/** A setting with `field` set to `value`, or without it when the value is cleared (the built-in words apply). */
function withWords(setting: RuleSetting, field: 'title' | 'message', value: string): RuleSetting {
  const { [field]: _, ...rest } = setting;
  return value === '' ? rest : { ...rest, [field]: value };
}

export function RulesSection({ editor }: { editor: LibraryEditor }) {
  const setting = (rule: RuleId): RuleSetting => editor.draft.rules[rule] ?? DEFAULT_LIBRARY.rules[rule] ?? FALLBACK;
  const replace = (rule: RuleId, next: RuleSetting) => editor.update((library) => ({ ...library, rules: { ...library.rules, [rule]: next } }));
  const change = (rule: RuleId, next: Partial<RuleSetting>) => replace(rule, { ...setting(rule), ...next });
  return (
    <section class="card" id="rules" aria-labelledby="rules-heading">
      <h2 id="rules-heading">Rules</h2>
      <p class="muted">
        What the coach checks in a draft. A warning costs the draft’s score more than a suggestion; info costs least. Under “Wording”, put your team’s own
        words in place of what the coach says; leave a field empty for the built-in words.
      </p>
      <ul class="rules" data-testid="rules">
        {RULE_IDS.map((rule) => {
          const current = setting(rule);
          const text = RULE_TEXT[rule];
          const locked = editor.loaded.locked.rules.has(rule);
          const pointer = pointerOf('rules', rule);
          const onId = fieldId(`${pointer}/enabled`);
          const severityId = fieldId(`${pointer}/severity`);
          const descriptionId = `${onId}-description`;
          const errors = otherErrorsAt(editor.errors, pointer, ['title', 'message']);
          const title = current.title ?? '';
          const message = current.message ?? '';
          return (
            <li key={rule} class={`rule${locked ? ' locked' : ''}`} data-rule={rule}>
              <div class="rule-main">
                <input
                  type="checkbox"
                  id={onId}
                  checked={current.enabled}
                  disabled={locked}
                  aria-describedby={descriptionId}
                  onChange={(event) => change(rule, { enabled: event.currentTarget.checked })}
                />
                <div>
                  <label for={onId} class="rule-title">
                    {text.title}
                  </label>
                  {locked && <TeamBadge />}
                  <p class="hint" id={descriptionId}>
                    {RULE_DESCRIPTIONS[rule]}
                  </p>
                </div>
              </div>
              <div class="rule-severity">
                <label for={severityId} class="visually-hidden">
                  How the coach reports “{text.title}”
                </label>
                <select
                  id={severityId}
                  value={current.severity}
                  disabled={locked || !current.enabled}
                  onChange={(event) => change(rule, { severity: event.currentTarget.value as Severity })}
                >
                  {SEVERITIES.map((severity) => (
                    <option key={severity.value} value={severity.value}>
                      {severity.label}
                    </option>
                  ))}
                </select>
              </div>
              <details class="rule-words" open={title !== '' || message !== '' || errorsAt(editor.errors, pointer, true).length > 0}>
                <summary>Wording{title !== '' || message !== '' ? ' (your own)' : ''}</summary>
                <TextField
                  pointer={`${pointer}/title`}
                  label={<>Title for “{text.title}”</>}
                  value={title}
                  placeholder={text.title}
                  readOnly={locked}
                  errors={errorsAt(editor.errors, `${pointer}/title`)}
                  onInput={(value) => replace(rule, withWords(setting(rule), 'title', value))}
                />
                <TextField
                  pointer={`${pointer}/message`}
                  label={<>Message for “{text.title}”</>}
                  value={message}
                  placeholder={text.message}
                  readOnly={locked}
                  multiline
                  rows={2}
                  errors={errorsAt(editor.errors, `${pointer}/message`)}
                  onInput={(value) => replace(rule, withWords(setting(rule), 'message', value))}
                />
                <p class="rule-preview" data-testid={`rule-preview-${rule}`} aria-live="polite">
                  <span class="muted">The coach shows: </span>
                  <strong>{title.trim() || text.title}.</strong> {message.trim() || text.message}
                </p>
              </details>
              <FieldErrors id={`${onId}-errors`} messages={errors} />
            </li>
          );
        })}
      </ul>
      {editor.loaded.locked.rules.size > 0 && <p class="hint">Rules marked Team are set by your team library.</p>}
    </section>
  );
}
