// A progress bar on stderr, only when stderr is a terminal and the input size is known.
import type { WriteStream } from 'node:tty';

export interface Progress {
  update(read: number, total: number | null): void;
  done(): void;
}

export function progressBar(stream: NodeJS.WriteStream | WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update() {}, done() {} };
  let last = -1;
  let shown = false;
  return {
    update(read, total) {
      if (!total) return;
      const percent = Math.min(100, Math.floor((read / total) * 100));
      if (percent === last) return;
      last = percent;
      shown = true;
      const width = 30;
      const filled = Math.round((percent / 100) * width);
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent}%`);
    },
    done() {
      if (shown) stream.write('\n');
    },
  };
}
