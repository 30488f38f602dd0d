import { describe, expect, it } from 'vitest';
import { agoText, frenchDate } from './dates';
import { syncText } from './sync-bar';

const MIN = 60_000;
const NOW = Date.UTC(2026, 11, 6, 14, 0);

describe('the sync bar’s words', () => {
  it('says offline, and that sending will happen by itself, before anything else', () => {
    expect(syncText({ online: false, running: true, lastSent: NOW - 3 * MIN }, NOW)).toEqual(
      ['Hors ligne — envoi automatique au retour du réseau', 'Offline — sent automatically when the network returns']);
  });

  it('says a send is under way', () => {
    expect(syncText({ online: true, running: true, lastSent: null }, NOW)).toEqual(['Envoi…', 'Sending…']);
  });

  it('says when the last send went through, in minutes, then hours, then the day', () => {
    expect(syncText({ online: true, running: false, lastSent: NOW - 3 * MIN - 20_000 }, NOW)).toEqual(['Dernier envoi il y a 3 min', 'Last sent 3 min ago']);
    expect(syncText({ online: true, running: false, lastSent: NOW - 10_000 }, NOW)).toEqual(['Dernier envoi à l’instant', 'Last sent just now']);
    expect(syncText({ online: true, running: false, lastSent: NOW - 125 * MIN }, NOW)).toEqual(['Dernier envoi il y a 2 h', 'Last sent 2 h ago']);
    expect(syncText({ online: true, running: false, lastSent: Date.UTC(2026, 11, 1, 9) }, NOW)).toEqual(['Dernier envoi le 1 décembre 2026', 'Last sent on 1 December 2026']);
  });

  it('says nothing was sent yet on a phone that never sent', () => {
    expect(syncText({ online: true, running: false, lastSent: null }, NOW)[0]).toBe('Rien encore envoyé depuis ce téléphone');
  });

  it('never says a time in the future (a phone whose clock went back)', () => {
    expect(agoText(NOW + 5 * MIN, NOW)).toEqual(['à l’instant', 'just now']);
  });
});

describe('dates', () => {
  it('writes a day in French words, the same day in every time zone', () => {
    expect(frenchDate('2026-12-15')).toBe('15 décembre 2026');
    expect(frenchDate('2027-01-01')).toBe('1 janvier 2027');
  });

  it('gives back text that is no date as it is', () => {
    expect(frenchDate('bientôt')).toBe('bientôt');
  });
});
