// Passages of a document's frozen text, shared by the reviewer's citations and the researcher's annotations: where a
// selection sits in a section, as the W3C TextQuote + TextPosition selectors the server checks (section = the GraphQL
// field's name, offsets in UTF-16 code units of that field's text, which is what JavaScript strings count), and how a
// section's text splits around the passages to highlight. A section is shown as one element whose text is exactly the
// field's text (marks add no characters), so an offset in the element's text is an offset in the server's.

/** The server's own limit on one passage (TextAnchoring.MaxExactLength). */
export const MAX_PASSAGE = 2000;

export interface Passage {
  section: string;
  exact: string;
  start: number;
  end: number;
}

/** What the offset walk needs of a node: the DOM's, or a plain object in the unit tests. */
export interface TextTree {
  nodeType: number;
  nodeValue: string | null;
  childNodes: ArrayLike<TextTree>;
  parentNode: TextTree | null;
}

const TEXT_NODE = 3;

function textLength(node: TextTree): number {
  if (node.nodeType === TEXT_NODE) return node.nodeValue?.length ?? 0;
  let n = 0;
  for (let i = 0; i < node.childNodes.length; i++) n += textLength(node.childNodes[i]!);
  return n;
}

/**
 * The offset in `root`'s text of a boundary point as a Range gives it (a text node and a character offset, or an
 * element and a child index); null when the point is not inside `root`.
 */
export function textOffset(root: TextTree, container: TextTree, offset: number): number | null {
  let total = 0;
  if (container.nodeType === TEXT_NODE) total = offset;
  else for (let i = 0; i < offset && i < container.childNodes.length; i++) total += textLength(container.childNodes[i]!);
  for (let node = container; node !== root; node = node.parentNode!) {
    const parent = node.parentNode;
    if (!parent) return null;
    for (let i = 0; i < parent.childNodes.length && parent.childNodes[i] !== node; i++) total += textLength(parent.childNodes[i]!);
  }
  return total;
}

/** One end of a selection: the section it falls in (null: outside every section) and its offset there. */
export interface Boundary {
  section: string | null;
  offset: number;
}

export type PassageResult = { passage: Passage } | { problem: [fr: string, en: string] };

/**
 * The passage a selection makes in the sections' texts. A selection that runs past its section is cut at the
 * section's edge (the start's section wins); white space at either end is left out, as a person selecting a phrase
 * by dragging means the words.
 */
export function passageOf(sections: Readonly<Record<string, string>>, from: Boundary, to: Boundary): PassageResult | null {
  let section: string;
  let start: number;
  let end: number;
  if (from.section !== null) {
    section = from.section;
    start = from.offset;
    end = to.section === section ? to.offset : sections[section]?.length ?? 0;
  } else if (to.section !== null) {
    section = to.section;
    start = 0;
    end = to.offset;
  } else {
    return null;
  }
  const text = sections[section];
  if (text === undefined) return null;
  if (end < start) [start, end] = [end, start];
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start === end) return null;
  if (end - start > MAX_PASSAGE) {
    return { problem: [`Passage trop long : ${MAX_PASSAGE} caractères au plus.`, `Passage too long: ${MAX_PASSAGE} characters at most.`] };
  }
  return { passage: { section, exact: text.slice(start, end), start, end } };
}

/**
 * The passage typed rather than selected (a keyboard, a screen reader): its first occurrence, sections in order,
 * spaces and case as typed.
 */
export function locate(sections: Readonly<Record<string, string>>, typed: string): Passage | null {
  const wanted = typed.trim();
  if (!wanted || wanted.length > MAX_PASSAGE) return null;
  for (const [section, text] of Object.entries(sections)) {
    const start = text.indexOf(wanted);
    if (start >= 0) return { section, exact: wanted, start, end: start + wanted.length };
  }
  return null;
}

export interface Highlight {
  start: number;
  end: number;
  key: string;
}

export interface Segment {
  start: number;
  end: number;
  /** The highlights covering this stretch, in the order given; empty for plain text. */
  keys: string[];
}

/** A section's text cut at every highlight's edges, each stretch with the highlights over it (they may overlap). */
export function segments(length: number, highlights: readonly Highlight[]): Segment[] {
  const valid = highlights.filter((h) => h.start >= 0 && h.end <= length && h.start < h.end);
  const cuts = [...new Set([0, length, ...valid.flatMap((h) => [h.start, h.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    out.push({ start, end, keys: valid.filter((h) => h.start <= start && h.end >= end).map((h) => h.key) });
  }
  return out;
}
