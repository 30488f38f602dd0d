import { describe, expect, it } from 'vitest';
import { globalId, reportId } from '../replica/ids';
import { keyOf } from './document-key';

describe('keyOf: the key a global id carries', () => {
  it('reads back the key of a report id, as the JSON-LD export’s address needs it', () => {
    expect(keyOf(reportId('sig-guediawaye', '2026-01-01', '2026-06-30'))).toBe('sig-guediawaye/2026-01-01_2026-06-30');
  });

  it('reads the server’s ids, unpadded base64url, accents included', () => {
    expect(keyOf('UmVwb3J0OnNpZy1ndWVkaWF3YXllLzIwMjYtMDEtMDFfMjAyNi0wNi0zMA')).toBe('sig-guediawaye/2026-01-01_2026-06-30');
    expect(keyOf(globalId('Mission', 'besançon/m1'))).toBe('besançon/m1');
  });
});
