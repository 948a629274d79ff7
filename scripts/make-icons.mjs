#!/usr/bin/env node
// Draws the toolbar/store icons (16, 32, 48, 128 px) into extension/icons/: a blue page with
// lines of text, one of them underlined with a wavy amber line. Plain zlib PNG writer with 4×4
// supersampling for smooth edges, so no image tool is needed. Run it after changing the design;
// the PNGs are committed.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { repoRoot } from './paths.mjs';

const SIZES = [16, 32, 48, 128];
const SUBSAMPLES = 4;

const BLUE = [11, 92, 173];
const WHITE = [255, 255, 255];
const AMBER = [255, 176, 32];

const roundedSquare = (x, y, r) => {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const bar = (x0, x1, y0, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const wave = (x, y) => x >= 0.2 && x <= 0.8 && Math.abs(y - (0.66 + 0.045 * Math.sin(((x - 0.2) / 0.15) * 2 * Math.PI))) <= 0.04;

/** Painted in order, last on top: [test(x, y) in unit coordinates, colour]. */
const SHAPES = [
  [(x, y) => roundedSquare(x, y, 0.2), BLUE],
  [bar(0.2, 0.8, 0.2, 0.29), WHITE],
  [bar(0.2, 0.62, 0.4, 0.49), WHITE],
  [wave, AMBER],
  [bar(0.2, 0.5, 0.78, 0.86), WHITE],
];

function pixel(px, py, size) {
  let r = 0,
    g = 0,
    b = 0,
    a = 0;
  for (let sy = 0; sy < SUBSAMPLES; sy++) {
    for (let sx = 0; sx < SUBSAMPLES; sx++) {
      const x = (px + (sx + 0.5) / SUBSAMPLES) / size;
      const y = (py + (sy + 0.5) / SUBSAMPLES) / size;
      let colour = null;
      for (const [test, fill] of SHAPES) if (test(x, y)) colour = fill;
      if (!colour) continue;
      r += colour[0];
      g += colour[1];
      b += colour[2];
      a += 1;
    }
  }
  const n = SUBSAMPLES * SUBSAMPLES;
  return a === 0 ? [0, 0, 0, 0] : [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((a / n) * 255)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0]; // filter type: none
    for (let x = 0; x < size; x++) row.push(...pixel(x, y, size));
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = path.join(repoRoot, 'extension/icons');
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) fs.writeFileSync(path.join(outDir, `${size}.png`), png(size));
console.log(`wrote ${SIZES.map((s) => `${s}.png`).join(', ')} to extension/icons/`);
