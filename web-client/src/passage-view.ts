// The screens' side of passages (passages.ts): a section's text with its highlights, the person's text selection
// read as a passage, the few styles these screens add, and saving a downloaded file. Loaded with the reviewer's and
// the researcher's screens only.

import { adoptStyles, h } from './dom';
import { bi } from './i18n';
import { locate, passageOf, segments, textOffset, type Boundary, type Highlight, type Passage, type PassageResult, type TextTree } from './passages';

const CSS = `
.prose{white-space:pre-wrap;overflow-wrap:anywhere}
.prose mark{background:#fde68a;color:inherit;padding:0}
.prose mark.pending{background:#fed7aa}
.prose mark.picked{background:#bfdbfe}
.quote{border-left:4px solid #d97706;margin:.3rem 0;padding:.1rem .5rem;background:#fffbeb}
.scroll{overflow-x:auto}
table{border-collapse:collapse;font-size:.95em}
th,td{border:1px solid #d0d7dc;padding:.3rem .4rem;text-align:left;vertical-align:top}
td.n{text-align:right;white-space:nowrap}
.thread{margin:.3rem 0 0 .8rem;padding-left:.5rem;border-left:2px solid #d0d7dc}
input[type=number]{width:6rem}
`;

let styled = false;

/** The styles of these screens, added once when the first of them opens (not on the field agent's first load). */
export function addStyles(): void {
  if (styled) return;
  styled = true;
  adoptStyles(CSS);
}

export interface Marked extends Highlight {
  /** Said when the mark is pointed at or read: whose note, which criterion. */
  title: string;
  pending?: boolean;
  picked?: boolean;
}

/** A section's text, exactly the field's, with its passages marked; `data-section` names the field. */
export function sectionText(section: string, text: string, marks: readonly Marked[]): HTMLElement {
  const byKey = new Map(marks.map((m) => [m.key, m]));
  const element = h('p', { class: 'prose', 'data-section': section });
  for (const part of segments(text.length, marks)) {
    const slice = text.slice(part.start, part.end);
    if (!part.keys.length) {
      element.append(slice);
      continue;
    }
    const over = part.keys.map((k) => byKey.get(k)!);
    element.append(h('mark', {
      class: over.some((m) => m.picked) ? 'picked' : over.some((m) => m.pending) ? 'pending' : undefined,
      title: over.map((m) => m.title).join(' · '),
      'data-keys': part.keys.join(' '),
    }, slice));
  }
  return element;
}

/** Where one end of a range falls among the sections shown under `root`. */
function boundary(root: HTMLElement, node: Node, offset: number): Boundary {
  const element = node instanceof Element ? node : node.parentElement;
  const section = element?.closest<HTMLElement>('[data-section]');
  if (!section || !root.contains(section)) return { section: null, offset: 0 };
  return { section: section.dataset.section!, offset: textOffset(section as unknown as TextTree, node as unknown as TextTree, offset) ?? 0 };
}

/**
 * Follows the person's text selection inside `root` and tells each passage it makes (or the problem with it). A
 * selection that collapses (a tap on a button) tells nothing, so the passage stays picked until another is. Stops
 * when the screen changes.
 */
export function watchSelection(root: HTMLElement, texts: () => Readonly<Record<string, string>>, tell: (result: PassageResult) => void): void {
  const changed = () => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return;
    const range = selection.getRangeAt(0);
    const result = passageOf(texts(), boundary(root, range.startContainer, range.startOffset), boundary(root, range.endContainer, range.endOffset));
    if (result) tell(result);
  };
  document.addEventListener('selectionchange', changed);
  window.addEventListener('hashchange', () => document.removeEventListener('selectionchange', changed), { once: true });
}

export interface Picker {
  /** Says which passage is picked, or how to pick one (aria-live). */
  line: HTMLElement;
  /** Picking by typing the passage: for a keyboard or a screen reader, where selecting text is awkward. */
  form: HTMLElement;
  current(): Passage | null;
  /** Hands the picked passage over and starts again. */
  take(): Passage | null;
}

/**
 * The passage the person picks in the text under `root`, by selecting it or typing it. Selecting does not repaint the
 * text (that would break the selection being made); typing does, through `typedIn`, to show where it was found.
 */
export function passagePicker(root: HTMLElement, texts: () => Readonly<Record<string, string>>, sectionName: (section: string) => string,
  hint: [string, string], typedIn: () => void): Picker {
  let picked: Passage | null = null;
  const line = h('p', { class: 'picked', 'aria-live': 'polite' });
  const show = (problem?: [string, string]) => line.replaceChildren(problem
    ? h('span', { class: 'refused' }, bi(...problem))
    : picked
      ? h('span', {}, bi('Passage choisi', 'Selected passage'), ` (${sectionName(picked.section)}) : `, h('q', {}, picked.exact))
      : bi(...hint));
  show();
  watchSelection(root, texts, (result) => {
    if ('problem' in result) return void show(result.problem);
    picked = result.passage;
    show();
  });
  const typed = h('input', { id: 'find-passage', autocomplete: 'off' });
  const form = h('form', {
    class: 'find-passage', onsubmit: (e: Event) => {
      e.preventDefault();
      picked = locate(texts(), typed.value);
      show(picked ? undefined : ['Ce passage ne se trouve pas dans le texte.', 'This passage is not in the text.']);
      typedIn();
    },
  }, h('label', { for: 'find-passage' }, bi('Ou tapez le passage', 'Or type the passage')), typed,
  h('button', { type: 'submit' }, bi('Choisir ce passage', 'Select this passage')));
  return {
    line, form,
    current: () => picked,
    take: () => {
      const p = picked;
      picked = null;
      typed.value = '';
      document.getSelection()?.removeAllRanges();
      show();
      return p;
    },
  };
}

/** Saves a file fetched with the token, as a link with `download` would. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** « 45 000 € ». */
export function euros(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? '—' : new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(amount);
}
