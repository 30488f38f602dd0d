// Amounts as a French reader writes them: « 12 500,00 € », « 8 200 000 FCFA », « 86 800,00 MAD » — digits grouped by
// thousands with a narrow no-break space, a decimal comma, the unit after a no-break space. The CFA franc has no
// cents, so it is written in whole francs; the euro and the dirham to the cent.

export type Currency = 'EUR' | 'XOF' | 'MAD';

const UNIT: Record<Currency, string> = { EUR: '€', XOF: 'FCFA', MAD: 'MAD' };

const number = (digits: number) => new Intl.NumberFormat('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const cents = number(2);
const whole = number(0);

/** An amount in its currency, in French: « 8 200 000 FCFA », « 12 500,00 € ». */
export function amount(value: number, currency: Currency = 'EUR'): string {
  return `${(currency === 'XOF' ? whole : cents).format(value)}\u00a0${UNIT[currency]}`;
}

/** An amount in euros: « 12 500,00 € ». */
export const euros = (value: number): string => amount(value, 'EUR');

/** A figure as a French reader types it, without a unit: « 655,957 », « 8 200 000 », « 1 250,5 ». */
export const figure = (value: number): string =>
  new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 6 }).format(value);

/** The rate as entered, in French: « 655,957 ». */
export const rate = figure;

/**
 * An amount in a currency converted to euros as the server converts it: divided by the units per euro, rounded to
 * the cent, half away from zero (amounts are positive). Worked on whole thousandths of a cent first, so that
 * 0,005 € written in binary as 0,00499… still rounds up.
 */
export function toEuros(value: number, ratePerEuro: number): number {
  const thousandths = Math.round((value / ratePerEuro) * 100_000);
  return Math.round(thousandths / 1000) / 100;
}

/**
 * What a person typed as an amount or a rate, read the French way or the English way: « 8 200 000 », « 12 500,50 »,
 * « 12500.50 », « 655,957 ». NaN when it is not a number.
 */
export function parseAmount(text: string): number {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(compact)) return Number.NaN;
  return Number(compact.replace(',', '.'));
}

/** The CFA franc's fixed parity, proposed when XOF is chosen: 655,957 francs for one euro. */
export const XOF_PER_EURO = 655.957;
