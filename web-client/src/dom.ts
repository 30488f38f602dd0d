// A five-line element builder instead of a framework: the whole client stays within the first-load budget (B1).

type Child = Node | string | null | undefined | false;
type Props = Record<string, string | number | boolean | ((event: Event) => void) | undefined>;

/** h('button', { type: 'button', onclick }, 'Texte'): attributes, `on…` listeners and children in one call. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

const owners = new WeakMap<CSSStyleSheet, Element>();

/**
 * Styles a screen brings (the fund's tables, the packing list's print layout), as a constructed style sheet: the page's
 * Content-Security-Policy allows only its own inline styles, by hash, so a `<style>` made at run time would be refused.
 * With an `owner`, they last as long as it is in the page (see `pruneStyles`); without, for good.
 */
export function adoptStyles(css: string, owner?: Element): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  if (owner) owners.set(sheet, owner);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** Drops the styles of screens no longer shown; called after each change of screen. */
export function pruneStyles(): void {
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => owners.get(sheet)?.isConnected ?? true);
}
