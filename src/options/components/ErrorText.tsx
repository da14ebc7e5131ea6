// One library error: its words first, then the pointer and line in smaller code type after them.
import type { LibraryError } from '../../library/validate';
import { errorInWords } from '../error-words';

export function ErrorText({ error }: { error: LibraryError }) {
  const { words, where } = errorInWords(error);
  return (
    <>
      <span class="error-words">{words}</span>
      {where && (
        <>
          {' '}
          <code class="error-where">({where})</code>
        </>
      )}
    </>
  );
}
