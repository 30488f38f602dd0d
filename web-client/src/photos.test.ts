// The photo's format and size before it is queued: WebP where the browser writes it, JPEG elsewhere, each shrunk to its target.
import { describe, expect, it } from 'vitest';
import { type Codec, type PhotoType, TARGET_BYTES, photoType, shrink } from './photos';

/**
 * A stand-in canvas for a 3000×2000 camera picture: it writes `writes` as asked (others as PNG, as Safari does for
 * WebP), and an encoded picture weighs what its pixels and quality give, WebP a quarter less than JPEG.
 */
function fakeCanvas(writes: PhotoType[]): Codec & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    decode: async () => ({ width: 3000, height: 2000, close: () => {} }),
    async encode(_picture, width, height, type, quality) {
      const written = writes.includes(type) ? type : 'image/png';
      asked.push(`${written} ${width}×${height} q${quality}`);
      const jpegBytes = Math.round(width * height * quality * 0.12);
      const bytes = written === 'image/webp' ? Math.round(jpegBytes * 0.75) : written === 'image/png' ? width * height * 3 : jpegBytes;
      return new Blob([new Uint8Array(bytes)], { type: written });
    },
  };
}

describe('photos', () => {
  it('are written in WebP where the browser writes WebP', async () => {
    expect(await photoType(fakeCanvas(['image/webp', 'image/jpeg']))).toBe('image/webp');
  });

  it('are written in JPEG where the browser answers a WebP request with a PNG, or fails', async () => {
    expect(await photoType(fakeCanvas(['image/jpeg']))).toBe('image/jpeg');
    const failing: Codec = { decode: async () => ({ width: 1, height: 1, close: () => {} }), encode: () => Promise.reject(new Error('no canvas')) };
    expect(await photoType(failing)).toBe('image/jpeg');
  });

  it('in WebP keep the quality the JPEG would have, in fewer bytes', async () => {
    const photo = new Blob([new Uint8Array(10)], { type: 'image/jpeg' });
    const webp = await shrink(photo, fakeCanvas(['image/webp', 'image/jpeg']));
    const jpeg = await shrink(photo, fakeCanvas(['image/jpeg']));

    expect(webp.type).toBe('image/webp');
    expect(jpeg.type).toBe('image/jpeg');
    expect(jpeg.size).toBeLessThanOrEqual(TARGET_BYTES['image/jpeg']);
    expect(webp.size).toBeLessThanOrEqual(TARGET_BYTES['image/webp']);
    expect(webp.size).toBeLessThan(jpeg.size);
  });

  it('in WebP are shrunk no further than the JPEG: same sides, same quality', async () => {
    const photo = new Blob([new Uint8Array(10)], { type: 'image/jpeg' });
    const webpCanvas = fakeCanvas(['image/webp', 'image/jpeg']);
    const jpegCanvas = fakeCanvas(['image/jpeg']);
    await shrink(photo, webpCanvas);
    await shrink(photo, jpegCanvas);

    const last = (asked: string[]) => asked[asked.length - 1].split(' ').slice(1).join(' ');
    expect(last(webpCanvas.asked)).toBe(last(jpegCanvas.asked));
  });
});
