import { describe, expect, it } from 'vitest';
import { amount, euros, parseAmount, rate } from './amounts';

// Intl writes French thousands with a narrow no-break space (U+202F); the unit follows a no-break space (U+00A0).
const n = '\u202f';
const nb = '\u00a0';

describe('amounts in French', () => {
  it('writes euros to the cent with a decimal comma', () => {
    expect(euros(12500)).toBe(`12${n}500,00${nb}€`);
    expect(euros(4000.26)).toBe(`4${n}000,26${nb}€`);
  });

  it('writes francs CFA in whole francs, as FCFA', () => {
    expect(amount(8200000, 'XOF')).toBe(`8${n}200${n}000${nb}FCFA`);
  });

  it('writes dirhams to the cent', () => {
    expect(amount(86800, 'MAD')).toBe(`86${n}800,00${nb}MAD`);
  });

  it('writes the rate with its decimals', () => {
    expect(rate(655.957)).toBe('655,957');
  });

  it('reads what a person typed, French or English', () => {
    expect(parseAmount('8 200 000')).toBe(8200000);
    expect(parseAmount('12 500,50')).toBe(12500.5);
    expect(parseAmount('12500.50')).toBe(12500.5);
    expect(parseAmount('655,957')).toBe(655.957);
    expect(parseAmount('douze')).toBeNaN();
  });
});
