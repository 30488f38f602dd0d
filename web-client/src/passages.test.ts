import { describe, expect, it } from 'vitest';
import { MAX_PASSAGE, locate, passageOf, segments, textOffset, type TextTree } from './passages';

/** A tiny tree in the DOM's shape: strings are text nodes, arrays are elements. */
type Spec = string | Spec[];
function tree(spec: Spec, parent: TextTree | null = null): TextTree {
  const node: TextTree = { nodeType: typeof spec === 'string' ? 3 : 1, nodeValue: typeof spec === 'string' ? spec : null, childNodes: [], parentNode: parent };
  if (typeof spec !== 'string') node.childNodes = spec.map((child) => tree(child, node));
  return node;
}
const child = (node: TextTree, ...path: number[]) => path.reduce((n, i) => n.childNodes[i]!, node);

const sections = {
  description: 'Le projet équipe quatre écoles ; il forme les équipes locales.',
  expectedResults: 'Quatre salles équipées.',
};

describe('textOffset: where a selection boundary sits in a section whose text is split by highlights', () => {
  // « Le projet <mark>équipe</mark> quatre écoles » is three text nodes, one inside a mark.
  const section = tree(['Le projet ', ['équipe'], ' quatre écoles']);

  it('counts the text of the nodes before, inside and around the marks', () => {
    expect(textOffset(section, child(section, 0), 3)).toBe(3);
    expect(textOffset(section, child(section, 1, 0), 2)).toBe('Le projet '.length + 2);
    expect(textOffset(section, child(section, 2), 1)).toBe('Le projet équipe '.length);
  });

  it('reads an element boundary as a count of whole children', () => {
    expect(textOffset(section, section, 2)).toBe('Le projet équipe'.length);
    expect(textOffset(section, child(section, 1), 1)).toBe('Le projet équipe'.length);
  });

  it('counts UTF-16 code units, as the server does', () => {
    const emoji = tree(['Écoles 🏫 équipées']);
    expect(textOffset(emoji, child(emoji, 0), 'Écoles 🏫'.length)).toBe(9);
  });

  it('says null for a point outside the section', () => {
    const other = tree(['ailleurs']);
    expect(textOffset(section, child(other, 0), 2)).toBeNull();
  });
});

describe('passageOf: the selector a selection makes', () => {
  it('gives the exact text and its offsets within one section', () => {
    const start = sections.description.indexOf('quatre écoles');
    expect(passageOf(sections, { section: 'description', offset: start }, { section: 'description', offset: start + 13 }))
      .toEqual({ passage: { section: 'description', exact: 'quatre écoles', start, end: start + 13 } });
  });

  it('leaves out the white space at either end, as a dragged selection often takes it', () => {
    const result = passageOf(sections, { section: 'expectedResults', offset: 6 }, { section: 'expectedResults', offset: 14 });
    expect(result).toEqual({ passage: { section: 'expectedResults', exact: 'salles', start: 7, end: 13 } });
  });

  it('takes a selection made backwards (end before start) the right way round', () => {
    expect(passageOf(sections, { section: 'expectedResults', offset: 13 }, { section: 'expectedResults', offset: 7 }))
      .toEqual({ passage: { section: 'expectedResults', exact: 'salles', start: 7, end: 13 } });
  });

  it('cuts a selection that runs into the next section at the edge of the first', () => {
    const start = sections.description.indexOf('il forme');
    const result = passageOf(sections, { section: 'description', offset: start }, { section: 'expectedResults', offset: 6 });
    expect(result).toEqual({ passage: { section: 'description', exact: 'il forme les équipes locales.', start, end: sections.description.length } });
  });

  it('starts at the section’s beginning when the selection started above it', () => {
    expect(passageOf(sections, { section: null, offset: 0 }, { section: 'expectedResults', offset: 6 }))
      .toEqual({ passage: { section: 'expectedResults', exact: 'Quatre', start: 0, end: 6 } });
  });

  it('makes nothing of an empty, blank or outside selection', () => {
    expect(passageOf(sections, { section: 'description', offset: 4 }, { section: 'description', offset: 4 })).toBeNull();
    expect(passageOf(sections, { section: 'description', offset: 2 }, { section: 'description', offset: 3 })).toBeNull();
    expect(passageOf(sections, { section: null, offset: 0 }, { section: null, offset: 5 })).toBeNull();
  });

  it('refuses a passage longer than the server takes, in both languages', () => {
    const long = { results: 'a'.repeat(MAX_PASSAGE + 1) };
    const result = passageOf(long, { section: 'results', offset: 0 }, { section: 'results', offset: MAX_PASSAGE + 1 });
    expect(result && 'problem' in result && result.problem[0]).toContain(`${MAX_PASSAGE} caractères`);
  });
});

describe('locate: a passage typed instead of selected', () => {
  it('finds its first occurrence, sections in order', () => {
    expect(locate(sections, ' équipées ')).toEqual({ section: 'expectedResults', exact: 'équipées', start: 14, end: 22 });
    expect(locate(sections, 'équipe')).toEqual({ section: 'description', exact: 'équipe', start: 10, end: 16 });
  });

  it('finds nothing for text that is not there', () => {
    expect(locate(sections, 'cinq écoles')).toBeNull();
    expect(locate(sections, '   ')).toBeNull();
  });
});

describe('segments: the text cut around the highlights', () => {
  it('marks each stretch with the highlights over it, overlaps included', () => {
    expect(segments(20, [{ start: 2, end: 8, key: 'a' }, { start: 5, end: 12, key: 'b' }])).toEqual([
      { start: 0, end: 2, keys: [] },
      { start: 2, end: 5, keys: ['a'] },
      { start: 5, end: 8, keys: ['a', 'b'] },
      { start: 8, end: 12, keys: ['b'] },
      { start: 12, end: 20, keys: [] },
    ]);
  });

  it('ignores a highlight that does not fit the text (a stale one) and keeps the whole text', () => {
    expect(segments(5, [{ start: 3, end: 9, key: 'x' }])).toEqual([{ start: 0, end: 5, keys: [] }]);
  });
});
