// Where the open coach panel goes: beside the reply box, never over it and never over the latest
// customer message (the two things the agent must read). Pure: rects in, a placement out.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  width: number;
  /** The panel may be at most this tall here (it shrinks before it covers anything). */
  maxHeight: number;
  side: 'right' | 'left' | 'above' | 'below' | 'over';
}

export const PANEL_WIDTH = 320;
export const PANEL_MIN_WIDTH = 240;
/** The panel's firm maximum height, wherever it is. */
export const PANEL_MAX_HEIGHT = 420;
/** Below this the panel is not worth showing in a spot: another spot is tried, or it shrinks to its header. */
export const PANEL_MIN_HEIGHT = 120;
const GAP = 8;

/** Free vertical intervals of the column [x0, x1) once the obstacles crossing it are taken out. */
function freeIntervals(x0: number, x1: number, obstacles: Box[], height: number): Array<[number, number]> {
  let free: Array<[number, number]> = [[GAP, height - GAP]];
  for (const box of obstacles) {
    if (box.right <= x0 - GAP || box.left >= x1 + GAP) continue;
    const cutTop = box.top - GAP;
    const cutBottom = box.bottom + GAP;
    free = free.flatMap(([a, b]): Array<[number, number]> => {
      if (cutBottom <= a || cutTop >= b) return [[a, b]];
      const pieces: Array<[number, number]> = [];
      if (cutTop > a) pieces.push([a, cutTop]);
      if (cutBottom < b) pieces.push([cutBottom, b]);
      return pieces;
    });
  }
  return free;
}

/**
 * The spot for a panel of `wanted` px height (capped at PANEL_MAX_HEIGHT): the candidate columns are
 * right of the box, left of it, and the columns over it (then only above or below it); each gives its
 * largest free interval, the tallest wins (right of the box first on a tie). `message` is the latest
 * customer message, when the page shows it.
 */
export function dockPanel(box: Box, message: Box | null, viewport: { width: number; height: number }, wanted = PANEL_MAX_HEIGHT): Placement {
  const want = Math.min(PANEL_MAX_HEIGHT, Math.max(PANEL_MIN_HEIGHT, wanted));
  const obstacles = message ? [box, message] : [box];
  const candidates: Array<{ side: Placement['side']; x0: number; width: number }> = [];
  const rightRoom = viewport.width - GAP - (box.right + GAP);
  if (rightRoom >= PANEL_MIN_WIDTH) candidates.push({ side: 'right', x0: box.right + GAP, width: Math.min(PANEL_WIDTH, rightRoom) });
  const leftRoom = box.left - 2 * GAP;
  if (leftRoom >= PANEL_MIN_WIDTH) {
    const width = Math.min(PANEL_WIDTH, leftRoom);
    candidates.push({ side: 'left', x0: box.left - GAP - width, width });
  }
  const width = Math.min(PANEL_WIDTH, viewport.width - 2 * GAP);
  const clampX = (x: number) => Math.max(GAP, Math.min(x, viewport.width - GAP - width));
  for (const x0 of new Set([clampX(box.right - width), clampX(box.left), clampX(viewport.width - GAP - width)])) {
    candidates.push({ side: 'over', x0, width });
  }

  let best: Placement | null = null;
  let bestScore = -Infinity;
  candidates.forEach((candidate, order) => {
    for (const [a, b] of freeIntervals(candidate.x0, candidate.x0 + candidate.width, obstacles, viewport.height)) {
      const room = b - a;
      if (room <= 0) continue;
      const height = Math.min(want, room);
      let top: number;
      let side = candidate.side;
      if (side === 'right' || side === 'left') {
        // Level with the box where it fits, moved up or down inside the free interval.
        top = Math.max(a, Math.min(box.top, b - height));
      } else if (b <= box.top) {
        side = 'above';
        top = b - height; // close to the box
      } else {
        side = 'below';
        top = a;
      }
      // Taller is better; a full-height spot beside the box beats one above it; earlier candidates win ties.
      const score = height * 10 - order - (side === 'right' || side === 'left' ? 0 : 1);
      if (score > bestScore) {
        bestScore = score;
        best = { left: candidate.x0, top, width: candidate.width, maxHeight: Math.floor(height), side };
      }
    }
  });
  if (best) return best;
  // Nowhere free (a box filling the screen): the panel shrinks to its header, at the top right.
  return { left: clampX(viewport.width - GAP - width), top: GAP, width, maxHeight: 44, side: 'over' };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
