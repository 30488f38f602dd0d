import { describe, expect, it } from 'vitest';
import { documentPath, documentType, fieldAtFault } from './rules';

describe('a refusal points at its field', () => {
  it('by its code', () => {
    expect(fieldAtFault('NEGATIVE_AMOUNT')).toBe('amount');
    expect(fieldAtFault('AMOUNT_TOO_PRECISE')).toBe('amount');
    expect(fieldAtFault('INVALID_RATE')).toBe('rate');
    expect(fieldAtFault('DATE_OUTSIDE_YEAR')).toBe('date');
    expect(fieldAtFault('FUNDER_NAME_REQUIRED')).toBe('funderName');
  });

  it('at none when the code is about no one field', () => {
    expect(fieldAtFault('CONFLICT')).toBeNull();
    expect(fieldAtFault('FORBIDDEN')).toBeNull();
    expect(fieldAtFault(undefined)).toBeNull();
  });
});

describe('a transaction’s documents', () => {
  it('are read from the ledger’s own address', () => {
    expect(documentPath('seneclic', 2026, 'up-123')).toBe('/money/seneclic/2026/documents/up-123');
    expect(documentPath('a b', 2026, 'x/y')).toBe('/money/a%20b/2026/documents/x%2Fy');
  });

  it('are PDF files or photos, a PDF known by its name when the browser gives no type', () => {
    expect(documentType({ type: 'application/pdf', name: 'facture.pdf' })).toBe('application/pdf');
    expect(documentType({ type: '', name: 'Facture.PDF' })).toBe('application/pdf');
    expect(documentType({ type: 'image/jpeg', name: 'scan.jpg' })).toBe('image/jpeg');
    expect(documentType({ type: 'application/vnd.ms-excel', name: 'budget.xls' })).toBeNull();
    expect(documentType({ type: '', name: 'notes.txt' })).toBeNull();
  });
});
