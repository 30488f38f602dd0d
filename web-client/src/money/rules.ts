// The budget's rules that need no screen: where a refusal's code points in a form, where a transaction's document is
// read from, and which files a document may be.

/** The field a refusal's `extensions.code` is about, so the form can point at it; null when it is about no one field. */
export type FieldAtFault = 'amount' | 'rate' | 'date' | 'funderName';

const AT_FAULT: Record<string, FieldAtFault> = {
  NEGATIVE_AMOUNT: 'amount',
  ZERO_AMOUNT: 'amount',
  AMOUNT_TOO_PRECISE: 'amount',
  AMOUNT_TOO_LARGE: 'amount',
  UNKNOWN_CURRENCY: 'rate',
  INVALID_RATE: 'rate',
  DATE_OUTSIDE_YEAR: 'date',
  FUNDER_NAME_REQUIRED: 'funderName',
};

export function fieldAtFault(code: string | undefined): FieldAtFault | null {
  return (code && AT_FAULT[code]) || null;
}

/** `/money/<partnership>/<year>/documents/<upload id>`: where a transaction's uploaded document is read, by its ledger's readers only. */
export function documentPath(slug: string, year: number, uploadId: string): string {
  return `/money/${encodeURIComponent(slug)}/${year}/documents/${encodeURIComponent(uploadId)}`;
}

/** 8 MiB, the server's limit for a document (a scan of a few pages). */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'];

/** A chosen file's type, or null when the ledger does not take it (a PDF's type is guessed from its name if the browser gives none). */
export function documentType(file: { type: string; name: string }): string | null {
  const type = file.type || (file.name.toLowerCase().endsWith('.pdf') ? 'application/pdf' : '');
  return DOCUMENT_TYPES.includes(type) ? type : null;
}
