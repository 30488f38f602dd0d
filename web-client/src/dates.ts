// Dates as people write them: « 15 décembre 2026 » / « 15 December 2026 », one formatter for every screen, so a list
// and the server's messages (« le 6 décembre 2026 ») never disagree on how a day reads.

import { bi } from './i18n';

const LOCALES = { fr: 'fr-FR', en: 'en-GB' } as const;
const DAY = { day: 'numeric', month: 'long', year: 'numeric' } as const;
/** A calendar day is the same day everywhere (read in UTC, as written); an instant is the phone's own day. */
const formats = (lang: 'fr' | 'en') => ({
  day: new Intl.DateTimeFormat(LOCALES[lang], { ...DAY, timeZone: 'UTC' }),
  instant: new Intl.DateTimeFormat(LOCALES[lang], DAY),
  time: new Intl.DateTimeFormat(LOCALES[lang], { hour: '2-digit', minute: '2-digit' }),
});
const FORMATS = { fr: formats('fr'), en: formats('en') };

/**
 * A calendar day (« 2026-12-15 ») or an instant, in French. A day is read as it is written, whatever the phone's time
 * zone: « 2026-12-15 » is the 15th in Dakar and in Besançon alike. Text that is not a date is given back as it is.
 */
export function frenchDate(value: string | Date): string {
  return format(value, 'fr');
}

export function englishDate(value: string | Date): string {
  return format(value, 'en');
}

/** Both, French first (or English first when the person chose it), as every label of the app. */
export function dateWords(value: string | Date): DocumentFragment {
  return bi(frenchDate(value), englishDate(value));
}

/** « 1 janvier 2026 → 30 juin 2026 »: a report's period. */
export function periodWords(start: string, end: string): DocumentFragment {
  return bi(`${frenchDate(start)} → ${frenchDate(end)}`, `${englishDate(start)} → ${englishDate(end)}`);
}

/** « 6 décembre 2026 à 14:05 »: an instant, as a history line shows it. */
export function frenchDateTime(value: string | Date): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : `${frenchDate(date)} à ${FORMATS.fr.time.format(date)}`;
}

function format(value: string | Date, lang: 'fr' | 'en'): string {
  const day = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = day ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return (day ? FORMATS[lang].day : FORMATS[lang].instant).format(date);
}

/**
 * How long ago the last send was, in words (« il y a 3 min » / « 3 min ago »): minutes under an hour, then hours
 * under a day, then the day itself. `now` and `then` in milliseconds.
 */
export function agoText(then: number, now: number): [string, string] {
  const minutes = Math.max(0, Math.floor((now - then) / 60_000));
  if (minutes < 1) return ['à l’instant', 'just now'];
  if (minutes < 60) return [`il y a ${minutes} min`, `${minutes} min ago`];
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return [`il y a ${hours} h`, `${hours} h ago`];
  const day = new Date(then);
  return [`le ${frenchDate(day)}`, `on ${englishDate(day)}`];
}
