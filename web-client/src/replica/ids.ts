// The server's global ids of what the North creates offline, computed on the phone the way the server derives
// them, so that a report can be edited and a shipment's labels printed before the first sync.

/** Relay-style global id: base64url of "Type:key", without padding. */
export function globalId(type: string, key: string): string {
  const bytes = new TextEncoder().encode(`${type}:${key}`);
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A report is one per partnership and period: « seneclic/2026-01-01_2026-06-30 ». */
export function reportId(slug: string, periodStart: string, periodEnd: string): string {
  return globalId('Report', `${slug}/${periodStart}_${periodEnd}`);
}

/** A shipment's key comes from its preparation's client id: « slug/s » and 12 hex digits of SHA-256("slug:id"). */
export async function shipmentId(slug: string, clientMutationId: string): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${slug}:${clientMutationId}`)));
  const hex = [...hash.slice(0, 6)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return globalId('Shipment', `${slug}/s${hex}`);
}
