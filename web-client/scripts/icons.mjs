// The app's icons, drawn at build time so no image file is kept in the repository: an SVG for browsers that take
// one, and the 192 and 512 px PNGs that Android asks for before it offers to install the app.

import { deflateSync, crc32 } from 'node:zlib';

const TEAL = [0x0b, 0x55, 0x63];
const WHITE = [0xff, 0xff, 0xff];

/** Two joined rings (two partners) on teal. */
export const svgIcon =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="18" fill="#0b5563"/>' +
  '<g fill="none" stroke="#fff" stroke-width="8"><circle cx="38" cy="50" r="20"/><circle cx="62" cy="50" r="20"/></g></svg>';

/** The same drawing as a PNG of size × size pixels (RGB, no filter), with the two rings. */
export function pngIcon(size) {
  const rows = [];
  const s = size / 100;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const ring = (cx) => Math.abs(Math.hypot(x / s - cx, y / s - 50) - 20) <= 4;
      (ring(38) || ring(62) ? WHITE : TEAL).forEach((v, c) => (row[1 + x * 3 + c] = v));
    }
    rows.push(row);
  }
  const chunk = (type, data) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
