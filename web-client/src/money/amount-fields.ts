// An amount as North staff type it, in the currency of the document before them: the amount, the currency, and the
// rate to euros — 1 for the euro, the CFA franc's fixed parity proposed, the dirham's rate of the day to be typed —
// with the euro figure it makes written beside. The same three fields serve a budget line and a transaction.

import { h } from '../dom';
import { bi } from '../i18n';
import { XOF_PER_EURO, euros, figure, parseAmount, toEuros, type Currency } from './amounts';
import { field, select } from './money-words';

export interface TypedAmount { amount: number; currency: Currency; ratePerEuro: number }

export interface AmountFields {
  /** Labels and controls, in reading order, with the euro figure after them. */
  nodes: HTMLElement[];
  amount: HTMLInputElement;
  rate: HTMLInputElement;
  /** What was typed, read; NaN where it is not a number. */
  read(): TypedAmount;
  /** What is missing or wrong, in both languages; empty when the amount can go. */
  problems(): [string, string][];
}

const CURRENCIES: [Currency, [string, string]][] = [
  ['EUR', ['Euro (€)', 'Euro']], ['XOF', ['Franc CFA (FCFA)', 'CFA franc']], ['MAD', ['Dirham (MAD)', 'Dirham']],
];

/** The fields, ids starting with `prefix` (« money-amount », « line-rate »), filled with `initial` when correcting. */
export function amountFields(prefix: string, initial?: TypedAmount): AmountFields {
  const amount = h('input', { id: `${prefix}-amount`, inputmode: 'decimal', autocomplete: 'off' });
  const currency = select(`${prefix}-currency`, CURRENCIES, initial?.currency ?? 'EUR');
  const rate = h('input', { id: `${prefix}-rate`, inputmode: 'decimal', autocomplete: 'off' });
  const inEuros = h('p', { id: `${prefix}-euros`, class: 'muted', 'aria-live': 'polite' });
  if (initial) amount.value = figure(initial.amount);
  rate.value = figure(initial?.ratePerEuro ?? 1);
  rate.disabled = currency.value === 'EUR';

  const read = (): TypedAmount => ({
    amount: parseAmount(amount.value),
    currency: currency.value as Currency,
    ratePerEuro: currency.value === 'EUR' ? 1 : parseAmount(rate.value),
  });
  const convert = () => {
    const typed = read();
    inEuros.replaceChildren(typed.currency !== 'EUR' && typed.amount > 0 && typed.ratePerEuro > 0
      ? bi(`Soit ${euros(toEuros(typed.amount, typed.ratePerEuro))}`, `That is ${euros(toEuros(typed.amount, typed.ratePerEuro))}`)
      : '');
  };
  currency.addEventListener('change', () => {
    rate.disabled = currency.value === 'EUR';
    rate.value = currency.value === 'XOF' ? figure(XOF_PER_EURO) : currency.value === 'EUR' ? '1' : '';
    convert();
  });
  amount.addEventListener('input', convert);
  rate.addEventListener('input', convert);
  convert();

  return {
    nodes: [
      ...field(`${prefix}-amount`, 'Montant', 'Amount', amount), ...field(`${prefix}-currency`, 'Devise', 'Currency', currency),
      ...field(`${prefix}-rate`, 'Taux : unités de la devise pour 1 €', 'Rate: units of the currency per €1', rate), inEuros,
    ],
    amount, rate, read,
    problems() {
      const typed = read();
      const problems: [string, string][] = [];
      if (!(typed.amount > 0)) problems.push(['un montant positif', 'a positive amount']);
      if (!(typed.ratePerEuro > 0)) problems.push(['un taux positif', 'a positive rate']);
      return problems;
    },
  };
}
