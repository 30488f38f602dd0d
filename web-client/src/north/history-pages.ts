// A history read a page at a time, newest first (../pages): each page asked for starts where the last one ended, and
// is added after the lines already shown.

import { Pages, type Page } from '../pages';

export interface HistoryLine {
  revision: number;
  at: string;
  actor: string;
  action: string;
  subjectId: string;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
}

export type HistoryPage = Page<HistoryLine>;

export class HistoryPages extends Pages<HistoryLine> {}
