// French first, English beside (« Reçu / Received »); the « English » switch only swaps which of the two leads, so
// nobody is ever left with a word they cannot read. The choice is kept on the phone.

const LANG_KEY = 'cooperation.lang';

export type Lang = 'fr' | 'en';

export function lang(): Lang {
  return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'fr';
}

export function setLang(value: Lang): void {
  localStorage.setItem(LANG_KEY, value);
  document.documentElement.lang = value;
}

/** A label in both languages: the chosen one first, the other beside in a quieter span. */
export function bi(fr: string, en: string): DocumentFragment {
  const [first, second] = lang() === 'en' ? [en, fr] : [fr, en];
  const fragment = document.createDocumentFragment();
  fragment.append(first);
  if (second && second !== first) {
    const other = document.createElement('span');
    other.className = 'en';
    // A screen reader reads the second half with its own language's voice.
    other.lang = lang() === 'en' ? 'fr' : 'en';
    other.textContent = ' / ' + second;
    fragment.append(other);
  }
  return fragment;
}

/** The same, for the server's "français / English" messages. */
export function biText(text: string): DocumentFragment {
  const at = text.indexOf(' / ');
  return at < 0 ? bi(text, '') : bi(text.slice(0, at), text.slice(at + 3));
}

/** Plain text for attributes (aria-label, placeholder), where a span cannot go. */
export function plain(fr: string, en: string): string {
  return lang() === 'en' ? `${en} / ${fr}` : `${fr} / ${en}`;
}
