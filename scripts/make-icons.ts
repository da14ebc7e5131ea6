// Draws the extension icon (a teal speech bubble with a white heart) as PNGs in public/icons.
// Run once with `npx tsx scripts/make-icons.ts`; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf: Buffer) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function coverage(x: number, y: number): { bubble: boolean; heart: boolean } {
  // Unit square coordinates, y down.
  const inRoundRect = (px: number, py: number, x0: number, y0: number, x1: number, y1: number, r: number) => {
    const cx = Math.min(Math.max(px, x0 + r), x1 - r);
    const cy = Math.min(Math.max(py, y0 + r), y1 - r);
    return px >= x0 && px <= x1 && py >= y0 && py <= y1 && (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
  };
  const tail = y >= 0.74 && y <= 0.94 && x >= 0.22 && x <= 0.22 + (0.94 - y) * 1.1 && x <= 0.44;
  const bubble = inRoundRect(x, y, 0.06, 0.08, 0.94, 0.78, 0.18) || tail;
  // Heart: implicit curve (x^2 + y^2 - 1)^3 - x^2 y^3 <= 0, scaled into the bubble.
  const hx = (x - 0.5) / 0.24;
  const hy = -(y - 0.45) / 0.24;
  const heart = (hx * hx + hy * hy - 1) ** 3 - hx * hx * hy ** 3 <= 0;
  return { bubble, heart };
}

function png(size: number): Buffer {
  const samples = 4;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let bubble = 0;
      let heart = 0;
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const c = coverage((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (c.bubble) bubble++;
          if (c.bubble && c.heart) heart++;
        }
      const n = samples * samples;
      const h = heart / Math.max(bubble, 1);
      const o = 1 + px * 4;
      row[o] = Math.round(13 + (255 - 13) * h);
      row[o + 1] = Math.round(148 + (255 - 148) * h);
      row[o + 2] = Math.round(136 + (255 - 136) * h);
      row[o + 3] = Math.round((255 * bubble) / n);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, png(size));
