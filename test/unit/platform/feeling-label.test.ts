import { expect, test } from 'vitest';
import { FEELINGS } from '../../../src/analyzer/types';
import { feelingLabel } from '../../../src/shared/feeling-label';

test('every feeling reads as the coach and the popup say it, sure and unsure', () => {
  expect(Object.fromEntries(FEELINGS.map((feeling) => [feeling, feelingLabel(feeling, 'Priya')]))).toEqual({
    frustrated: 'Priya seems frustrated',
    angry: 'Priya seems angry',
    confused: 'Priya seems confused',
    worried: 'Priya seems worried',
    disappointed: 'Priya seems disappointed',
    impatient: 'Priya seems impatient',
    grateful: 'Priya sounds grateful',
    neutral: 'Priya sounds calm',
  });
  expect(feelingLabel('neutral', null)).toBe('The customer sounds calm');
  expect(feelingLabel('worried', null, false)).toBe('The customer may be worried');
  expect(feelingLabel('grateful', 'Noor', false)).toBe('Noor may be grateful');
  expect(feelingLabel('neutral', 'Noor', false)).toBe('Noor sounds calm');
});
