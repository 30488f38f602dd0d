// What a screen loaded on demand costs to open, written by the build (Brotli bytes per chunk), shown beside the links
// to large screens: « Liste de colisage (≈ 4 Ko) ». Beside, not inside: a link's name says where it goes, and a screen
// reader reading « Liste de colisage environ 4 Ko » would hear a different name than the one on screen. Nothing is
// shown for a screen under 2 KB or when unknown.

declare const SCREEN_BYTES: Readonly<Record<string, number>>;

export function screenCost(chunk: string): string {
  const bytes = typeof SCREEN_BYTES === 'object' ? SCREEN_BYTES[chunk] : undefined;
  return bytes && bytes >= 2048 ? ` (≈ ${Math.round(bytes / 1024)} Ko)` : '';
}
