import { describe, expect, it } from 'vitest';
import { amount, euros, figure, parseAmount, rate, toEuros } from './amounts';

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

  it('writes a figure the way it is typed back, and reads it again', () => {
    expect(figure(8200000)).toBe(`8${n}200${n}000`);
    expect(parseAmount(figure(1250.5))).toBe(1250.5);
  });
});

describe('euros from another currency', () => {
  it('converts at the rate typed, to the cent, as the server does', () => {
    expect(toEuros(8200000, 655.957)).toBe(12500.82);
    expect(toEuros(2624000, 655.957)).toBe(4000.26);
    expect(toEuros(1968000, 655.957)).toBe(3000.2);
  });

  it('rounds half a cent away from zero', () => {
    expect(toEuros(0.005, 1)).toBe(0.01);
    expect(toEuros(1.005, 1)).toBe(1.01);
    expect(toEuros(10.5, 1)).toBe(10.5);
  });
});
