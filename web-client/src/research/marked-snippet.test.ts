import { describe, expect, it } from 'vitest';
import { snippetParts } from './marked-snippet';

const shown = (snippet: string, marks: { start: number; end: number }[]) =>
  snippetParts(snippet, marks).map((p) => (p.marked ? `[${p.text}]` : p.text)).join('');

describe('snippetParts: the words found, marked in their passage', () => {
  it('marks each run the server gave, in order, the rest as text', () => {
    expect(shown('Équiper les écoles à la rentrée.', [{ start: 12, end: 18 }, { start: 0, end: 7 }])).toBe('[Équiper] les [écoles] à la rentrée.');
  });

  it('leaves a run that overlaps an earlier one or overflows the snippet unmarked', () => {
    expect(shown('<b>école</b>', [{ start: 3, end: 8 }, { start: 5, end: 9 }, { start: 10, end: 40 }])).toBe('<b>[école]</b>');
  });
});
