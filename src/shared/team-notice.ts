// What the agent is told when the team library their administrator set cannot be used (options page,
// popup, coach): loudly, never a silent fall-back.

export const TEAM_LIBRARY_UNREADABLE = "Your administrator's library could not be read";

/** For the options page and the popup: the problem itself, and what the coach does instead. */
export function teamProblemText(source: 'managed' | 'imported', message: string): string {
  const who = source === 'managed' ? TEAM_LIBRARY_UNREADABLE : 'The team library imported on this computer could not be read';
  return `${who}: ${message}. The coach uses your own library.`;
}

/** For the coach, beside the review. */
export const COACH_TEAM_NOTICE = `${TEAM_LIBRARY_UNREADABLE}; the coach uses your own library.`;
