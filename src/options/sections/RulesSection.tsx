// Rules: each of the 11 draft rules on or off, and how loudly the coach reports it.
import { RULE_IDS, type RuleId, type Severity } from '../../analyzer/types';
import type { RuleSetting } from '../../analyzer/library-shape';
import { DEFAULT_LIBRARY } from '../../library/default-library';
import { ruleTitle } from '../../shared/feeling-label';
import { FieldErrors, TeamBadge } from '../components/common';
import { errorsAt, fieldId, pointerOf } from '../library-edit';
import { RULE_DESCRIPTIONS } from '../rule-descriptions';
import type { LibraryEditor } from '../use-library';

const SEVERITIES: { value: Severity; label: string }[] = [
  { value: 'info', label: 'Info' },
  { value: 'suggestion', label: 'Suggestion' },
  { value: 'warning', label: 'Warning' },
];

const FALLBACK: RuleSetting = { enabled: true, severity: 'suggestion' };

export function RulesSection({ editor }: { editor: LibraryEditor }) {
  const setting = (rule: RuleId): RuleSetting => editor.draft.rules[rule] ?? DEFAULT_LIBRARY.rules[rule] ?? FALLBACK;
  const change = (rule: RuleId, next: Partial<RuleSetting>) =>
    editor.update((library) => ({ ...library, rules: { ...library.rules, [rule]: { ...setting(rule), ...next } } }));
  return (
    <section class="card" id="rules" aria-labelledby="rules-heading">
      <h2 id="rules-heading">Rules</h2>
      <p class="muted">What the coach checks in a draft. A warning costs the draft’s score more than a suggestion; info costs least.</p>
      <ul class="rules" data-testid="rules">
        {RULE_IDS.map((rule) => {
          const current = setting(rule);
          const locked = editor.loaded.locked.rules.has(rule);
          const pointer = pointerOf('rules', rule);
          const onId = fieldId(`${pointer}/enabled`);
          const severityId = fieldId(`${pointer}/severity`);
          const descriptionId = `${onId}-description`;
          const errors = errorsAt(editor.errors, pointer, true);
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
                    {ruleTitle(rule)}
                  </label>
                  {locked && <TeamBadge />}
                  <p class="hint" id={descriptionId}>
                    {RULE_DESCRIPTIONS[rule]}
                  </p>
                </div>
              </div>
              <div class="rule-severity">
                <label for={severityId} class="visually-hidden">
                  How the coach reports “{ruleTitle(rule)}”
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
              <FieldErrors id={`${onId}-errors`} messages={errors} />
            </li>
          );
        })}
      </ul>
      {editor.loaded.locked.rules.size > 0 && <p class="hint">Rules marked Team are set by your team library.</p>}
    </section>
  );
}
