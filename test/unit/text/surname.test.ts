// The customer's surname, for "title and surname" (LABELS.md, use-name).
import { describe, expect, it } from 'vitest';
import { surnameOf } from '../../../src/analyzer/text/compose';

describe('surnameOf', () => {
  it('takes the last word of a full name, in either order', () => {
    expect(surnameOf('Priya Raman', '', 'Priya')).toBe('Raman');
    expect(surnameOf('Raman, Priya', '', 'Priya')).toBe('Raman');
    expect(surnameOf('Dr. Ana Ruiz', '', 'Ana')).toBe('Ruiz');
    expect(surnameOf('Mary-Jo O’Neill', '', 'Mary-Jo')).toBe('O’Neill');
  });

  it('else finds where the customer signs with it', () => {
    expect(surnameOf('Hannelore', 'Which is correct?\nHannelore Voss', 'Hannelore')).toBe('Voss');
    expect(surnameOf(undefined, 'Thanks,\nEvelyn Marsh\n', 'Evelyn')).toBe('Marsh');
  });

  it('has none when nothing names it', () => {
    expect(surnameOf('Priya', 'Where is my refund?\nPriya', 'Priya')).toBeNull();
    expect(surnameOf('priya@example.com', '', null)).toBeNull();
    expect(surnameOf('Priya', 'Priyanka Shah wrote', 'Priya')).toBeNull();
  });
});
