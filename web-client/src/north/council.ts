// « Rapport au conseil »: the partnership's yearly activity report, the annex of the council's délibération, as a PDF
// to file and a workbook to rework, for North staff. Loaded on demand from the partnership's page.

import { api } from '../app';
import { h } from '../dom';
import { bi, biText } from '../i18n';
import { saveFile } from '../passage-view';

/** The two downloads of one year's report; the files need the bearer token, so they come as blobs, not links. */
export function councilSection(slug: string, year: number): HTMLElement {
  const problem = h('div', { 'aria-live': 'assertive' });
  const download = (extension: 'pdf' | 'xlsx', fr: string, en: string) => h('button', {
    type: 'button', id: `council-${extension}`, onclick: async () => {
      problem.replaceChildren();
      try {
        saveFile(await api.download(`/exports/${encodeURIComponent(slug)}/council/${year}.${extension}`), `rapport-conseil-${slug}-${year}.${extension}`);
      } catch (e) {
        problem.replaceChildren(h('p', { class: 'refused', role: 'alert' }, biText(e instanceof Error ? e.message : String(e))));
      }
    },
  }, bi(fr, en));
  return h('section', { id: 'council-report' },
    h('h3', {}, bi(`Rapport au conseil ${year}`, `Council report ${year}`)),
    h('p', {}, download('pdf', 'Télécharger le PDF', 'Download the PDF'), ' ', download('xlsx', 'Télécharger le tableur (XLSX)', 'Download the spreadsheet (XLSX)')),
    problem);
}
