// The coaching the agent marked "not helpful" in the coach, counted on this computer.
import { useEffect, useState } from 'preact/hooks';
import { titleOf } from '../../analyzer/rules/catalog';
import { NOT_HELPFUL } from '../../shared/storage-keys';
import { getItem } from '../../shared/storage';

export function FeedbackSection() {
  const [notHelpful, setNotHelpful] = useState<Record<string, number>>({});
  useEffect(() => {
    getItem(NOT_HELPFUL).then(setNotHelpful, () => undefined);
  }, []);
  const feedback = Object.entries(notHelpful).sort((a, b) => b[1] - a[1]);
  return (
    <section class="card" id="feedback" aria-labelledby="feedback-heading">
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
                <td>{titleOf(rule)}</td>
                <td>{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
