// The key a global id carries after its type (« Report:sig-guediawaye/2026-01-01_2026-06-30 » in unpadded base64url):
// the JSON-LD export's address names the document by it. The inverse of replica/ids.ts's globalId.

export function keyOf(id: string): string {
  const text = atob(id.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(id.length / 4) * 4, '='));
  const decoded = new TextDecoder().decode(Uint8Array.from(text, (c) => c.charCodeAt(0)));
  return decoded.slice(decoded.indexOf(':') + 1);
}
