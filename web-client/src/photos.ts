// Photos on a poor link (DESIGN §4 rule 5): shrunk on the phone to about 80 KB of JPEG (60 KB of WebP where the
// browser writes it), so a picture costs seconds and not minutes over EDGE, then sent in 32 KB blocks that the server stages; after a drop only the missing blocks go.

import { ApiError, type Api } from './api';
import { newId, type Outbox, type Photo } from './outbox';

/** The server's block size: every block but the last is exactly this long. */
export const BLOCK_SIZE = 32_768;
/** The formats a photo leaves the phone in. */
export type PhotoType = 'image/webp' | 'image/jpeg';

/**
 * What a photo should weigh once shrunk. WebP keeps the same visual quality in fewer bytes: 25–34 % fewer than JPEG at
 * equal SSIM in Google's WebP compression study; its target is a quarter lower, so the saving goes to the link.
 */
export const TARGET_BYTES: Record<PhotoType, number> = { 'image/jpeg': 80 * 1024, 'image/webp': 60 * 1024 };
const MAX_SIDE = 1280;
const QUALITIES = [0.8, 0.7, 0.6, 0.5, 0.4];

/** How pictures are read and written: the browser's canvas, or a stand-in in tests. */
export interface Codec {
  decode(file: Blob): Promise<{ width: number; height: number; close(): void }>;
  /** Encodes the decoded picture at a size; `type` is a wish: a browser that cannot write it answers with a PNG. */
  encode(picture: unknown, width: number, height: number, type: PhotoType, quality: number): Promise<Blob>;
}

/**
 * WebP where the browser's canvas writes it (Chrome, Edge, Firefox, Samsung Internet: most phones in the field), JPEG
 * elsewhere (Safari writes a PNG when asked for WebP, which would weigh more than the JPEG): asked once with a 1×1 picture.
 */
export async function photoType(codec: Codec = canvasCodec): Promise<PhotoType> {
  try {
    const probe = await codec.encode(null, 1, 1, 'image/webp', 0.8);
    return probe.type === 'image/webp' ? 'image/webp' : 'image/jpeg';
  } catch {
    return 'image/jpeg';
  }
}

let chosenType: Promise<PhotoType> | undefined;

/**
 * Shrinks a camera picture to about 80 KB of JPEG, or the same picture's quality in about 60 KB of WebP where the
 * browser writes WebP: lower quality first (cheap, keeps the detail an inspector needs to see a broken screen), then
 * smaller sides if that is not enough.
 */
export async function shrink(file: Blob, codec: Codec = canvasCodec): Promise<Blob> {
  const format = await (codec === canvasCodec ? (chosenType ??= photoType(codec)) : photoType(codec));
  const target = TARGET_BYTES[format];
  const picture = await codec.decode(file);
  try {
    let scale = Math.min(1, MAX_SIDE / Math.max(picture.width, picture.height));
    let smallest: Blob | null = null;
    for (let attempt = 0; attempt < 4; attempt++, scale *= 0.75) {
      const width = Math.max(1, Math.round(picture.width * scale));
      const height = Math.max(1, Math.round(picture.height * scale));
      for (const quality of QUALITIES) {
        const encoded = await codec.encode(picture, width, height, format, quality);
        if (!smallest || encoded.size < smallest.size) smallest = encoded;
        if (encoded.size <= target) return encoded;
      }
    }
    return smallest!;
  } finally {
    picture.close();
  }
}

/** The browser's canvas: an OffscreenCanvas where there is one, a detached canvas element otherwise (older Safari). */
export const canvasCodec: Codec = {
  decode: (file) => createImageBitmap(file),
  async encode(picture, width, height, type, quality) {
    const bitmap = picture as ImageBitmap | null;
    if (typeof OffscreenCanvas !== 'undefined') {
      const canvas = new OffscreenCanvas(width, height);
      if (bitmap) canvas.getContext('2d')!.drawImage(bitmap, 0, 0, width, height);
      return canvas.convertToBlob({ type, quality });
    }
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    if (bitmap) canvas.getContext('2d')!.drawImage(bitmap, 0, 0, width, height);
    return new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(type))), type, quality),
    );
  },
};

/** Hex SHA-256 of the whole file: the server checks the assembled photo against it before keeping it. */
export async function sha256Hex(blob: Blob): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function blockCount(size: number): number {
  return Math.max(1, Math.ceil(size / BLOCK_SIZE));
}

/**
 * Queues an already-shrunk photo for a shipment item or a report; returns its upload id, which a verdict may
 * reference (photoId) at once, before the photo itself has left the phone.
 */
export async function queuePhoto(
  outbox: Outbox,
  partnershipId: string,
  blob: Blob,
  target: Photo['target'],
): Promise<string> {
  const uploadId = newId();
  await outbox.addPhoto({
    uploadId,
    partnershipId,
    blob,
    contentType: blob.type || 'image/jpeg',
    size: blob.size,
    sha256: await sha256Hex(blob),
    target,
    blockCount: blockCount(blob.size),
  });
  return uploadId;
}

interface UploadAnswer {
  upload: { status: string; missingBlocks: number[] } | null;
}

/**
 * Sends an announced photo's blocks, each recorded in the outbox as it is acknowledged. A photo that already sent
 * some blocks asks the server which ones arrived, so a drop costs at most the block that was in flight.
 * The last run asks the server to commit the photo on the way, which saves the sync round trip that would carry the
 * commit; the photo then leaves the outbox. Returns true when every block is there and the photo still waits for its
 * commit (an older server, or a block found missing), which the next sync carries.
 * With `announcing`, the photo's announcement may still be on its way: a server that does not know the upload yet
 * refuses the blocks (404), and they wait, marked interrupted, for the next attempt after the announcement's answer.
 */
export async function sendBlocks(api: Api, outbox: Outbox, photo: Photo, { announcing = false } = {}): Promise<boolean> {
  let missing = range(photo.blockCount).filter((i) => !photo.sentBlocks.includes(i));
  if (photo.sentBlocks.length > 0 || photo.error || photo.interrupted) {
    const { upload } = await api.query<UploadAnswer>('Upload', { partnershipId: photo.partnershipId, uploadId: photo.uploadId });
    if (!upload || upload.status === 'EXPIRED') {
      // Blocks older than 7 days are gone: announcing again opens a new window, then every block goes again.
      await outbox.updatePhoto(photo.uploadId, (p) => ({ ...p, step: 'announce', sentBlocks: [] }));
      return false;
    }
    if (upload.status === 'COMMITTED') missing = [];
    else missing = upload.missingBlocks;
  }
  // Consecutive missing blocks go in one PUT (the server stages each 32 KB as it arrives): on EDGE every round trip
  // saved is 0.84 s, and a cut still costs at most the block that was on the wire.
  const all = runs(missing, MAX_BLOCKS_PER_REQUEST);
  for (const [n, [first, count]] of all.entries()) {
    // Written first: if the answer never comes, the next attempt asks which of these blocks arrived.
    await outbox.updatePhoto(photo.uploadId, (p) => ({ ...p, interrupted: true }));
    try {
      const bytes = photo.blob.slice(first * BLOCK_SIZE, (first + count) * BLOCK_SIZE);
      if (await api.putBlock(photo.partnershipId, photo.uploadId, first, bytes, n === all.length - 1 ? commitId(photo) : undefined)) {
        await outbox.updatePhoto(photo.uploadId, () => null);
        return false;
      }
    } catch (e) {
      if (announcing && e instanceof ApiError && e.status === NOT_FOUND) return false;
      if (e instanceof ApiError && !e.transient) {
        await outbox.updatePhoto(photo.uploadId, (p) => ({ ...p, step: 'refused', error: { code: e.code ?? String(e.status), message: e.message } }));
        return false;
      }
      throw e;
    }
    const sent = range(count).map((i) => first + i);
    await outbox.updatePhoto(photo.uploadId, (p) => ({ ...p, interrupted: false, sentBlocks: [...p.sentBlocks, ...sent] }));
  }
  await outbox.updatePhoto(photo.uploadId, (p) => ({ ...p, step: 'commit' }));
  return true;
}

/** The server's answer to blocks of an upload it does not know (not announced yet, or never). */
const NOT_FOUND = 404;

// A photo's ids derive from its upload id, so a replay after a lost answer carries the same ones.
export const announceId = (photo: Photo) => `announce-${photo.uploadId}`;
export const commitId = (photo: Photo) => `commit-${photo.uploadId}`;

/** Blocks one PUT may carry (the server's limit). */
export const MAX_BLOCKS_PER_REQUEST = 8;

/** Block numbers as runs of consecutive ones, [first, count], each at most `longest` long. */
export function runs(blocks: number[], longest: number): Array<[number, number]> {
  const result: Array<[number, number]> = [];
  for (const index of [...blocks].sort((a, b) => a - b)) {
    const last = result[result.length - 1];
    if (last && index === last[0] + last[1] && last[1] < longest) last[1]++;
    else result.push([index, 1]);
  }
  return result;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
