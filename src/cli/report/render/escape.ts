// Every piece of text from an export reaches the page through these: nothing is parsed as HTML.
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

export const percent = (share: number | null): string => (share === null ? '–' : `${Math.round(share * 100)}%`);

export const FEELING_COLORS: Record<string, string> = {
  frustrated: '#d9622b',
  angry: '#b3263e',
  impatient: '#e0a100',
  worried: '#7b5cc4',
  confused: '#2f8fb5',
  disappointed: '#4f6fa8',
  grateful: '#3a9b6a',
  neutral: '#a3acb6',
  none: '#d9dde2',
};
