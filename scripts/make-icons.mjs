// Draws the app and tray icons (a calm teal tile with a week of seven dots and a check) as PNGs, with no dependencies.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const outDir = join(import.meta.dirname, '..', 'resources', 'icons');

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
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
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in a unit square; each returns coverage 0..1 at a point.
const roundedSquare = (x, y, inset, radius) => {
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - inset - radius), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - inset - radius), 0);
  return Math.hypot(dx, dy) <= radius;
};
const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) <= r;
function segment(x, y, ax, ay, bx, by, width) {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= width / 2;
}

const teal = [15, 118, 110];
const white = [255, 255, 255];
const mint = [153, 246, 228];

/** Colour at a point: [r, g, b, a] or null for transparent. */
function appIcon(x, y) {
  const check = segment(x, y, 0.3, 0.42, 0.44, 0.56, 0.09) || segment(x, y, 0.44, 0.56, 0.72, 0.27, 0.09);
  if (check) return white;
  for (let day = 0; day < 7; day++) {
    if (circle(x, y, 0.2 + day * 0.1, 0.74, 0.035)) return day < 5 ? mint : white;
  }
  return roundedSquare(x, y, 0.06, 0.2) ? teal : null;
}
/** The tray icon is bolder: a tile and a check, legible at 16 px. */
function trayIcon(x, y) {
  const check = segment(x, y, 0.26, 0.52, 0.43, 0.69, 0.15) || segment(x, y, 0.43, 0.69, 0.76, 0.3, 0.15);
  if (check) return white;
  return roundedSquare(x, y, 0.03, 0.22) ? teal : null;
}

function render(size, paint, samples = 4) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = paint((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((255 * a) / samples ** 2);
      }
    }
  }
  return encodePng(size, rgba);
}

mkdirSync(outDir, { recursive: true });
const files = {
  'icon-256.png': render(256, appIcon),
  'icon-512.png': render(512, appIcon),
  'tray.png': render(16, trayIcon, 8),
  'tray@2x.png': render(32, trayIcon, 8),
};
for (const [name, png] of Object.entries(files)) {
  writeFileSync(join(outDir, name), png);
  console.log(`${name}: ${png.length} bytes`);
}
