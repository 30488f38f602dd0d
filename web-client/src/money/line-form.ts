// Adding a budget line (who funds how much of what), or correcting one: the same form, filled in with the line. An
// amount typed in francs CFA or dirhams goes in euros at the rate typed, as the ledger keeps its lines. A correction
// carries the ledger's version it was made from: if the ledger changed meanwhile, the screen says so, shows the line as
// it now stands, and keeps what was typed for a second press.

import { h } from '../dom';
import { euros, toEuros } from './amounts';
import { amountFields } from './amount-fields';
import type { BudgetLine, Desk } from './ledger';
import { changedMeanwhile, complete, moneyForm, refused } from './money-form';
import { FUNDERS, field, isConflict, select } from './money-words';
import AddBudgetLine from 'virtual:document-ids/AddBudgetLine';
import CorrectBudgetLine from 'virtual:document-ids/CorrectBudgetLine';

/** « Fonds de Solidarité Numérique · Formation des agents · 12 500,00 € »: a line as the conflict message shows it. */
export function lineWords(line: BudgetLine): [string, string] {
  const [fr, en] = FUNDERS[line.funder];
  return [`${line.funderName ?? fr} · ${line.label} · ${euros(line.amount)}`, `${line.funderName ?? en} · ${line.label} · ${euros(line.amount)}`];
}

/**
 * The form; `line` to correct it. `done` is told once the ledger took it, with what to say: the screen then shows a
 * fresh form. `cancel` gives a correction up.
 */
export function lineForm(desk: Desk, done: (words: [string, string]) => void, line?: BudgetLine, cancel?: () => void): HTMLFormElement {
  let expectedVersion = desk.current().money.version;
  const funder = select('line-funder', Object.entries(FUNDERS) as [string, [string, string]][], line?.funder ?? 'SOLIDARITY_FUND');
  const funderName = h('input', { id: 'line-funder-name', autocomplete: 'off', maxlength: 200, value: line?.funderName ?? '' });
  const label = h('input', { id: 'line-label', autocomplete: 'off', maxlength: 300, value: line?.label ?? '' });
  const amount = amountFields('line', line && { amount: line.amount, currency: 'EUR', ratePerEuro: 1 });
  const { form, result } = moneyForm(line ? 'correct-line' : 'add-line',
    line ? [`Corriger la ligne ${line.id}`, `Correct line ${line.id}`] : ['Ajouter une ligne budgétaire', 'Add a budget line'], [
      ...field('line-funder', 'Financeur', 'Funder', funder),
      ...field('line-funder-name', 'Nom du financeur (obligatoire pour un autre cofinanceur)', 'Funder’s name (required for another co-financer)', funderName),
      ...field('line-label', 'Objet de la ligne', 'What the line is for', label),
      ...amount.nodes,
    ], { id: line ? 'correct-line-send' : 'add-line-send', label: line ? ['Enregistrer la correction', 'Save the correction'] : ['Ajouter la ligne', 'Add the line'] },
    cancel);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const problems = amount.problems();
    if (!label.value.trim()) problems.push(['l’objet de la ligne', 'what the line is for']);
    if (funder.value === 'OTHER_CO_FINANCER' && !funderName.value.trim()) problems.push(['le nom du cofinanceur', 'the co-financer’s name']);
    if (!complete(result, problems)) return;
    const typed = amount.read();
    const entry = {
      funder: funder.value, funderName: funderName.value.trim() || null, label: label.value.trim(),
      amount: toEuros(typed.amount, typed.ratePerEuro),
    };
    const refusal = line
      ? await desk.send(CorrectBudgetLine, 'correctBudgetLine', { lineId: line.id, expectedVersion, ...entry })
      : await desk.send(AddBudgetLine, 'addBudgetLine', entry);
    if (refusal === null) {
      done(line ? ['Ligne corrigée.', 'Line corrected.'] : ['Ligne ajoutée.', 'Line added.']);
      return;
    }
    const now = line && desk.current().money.budgetLines.find((l) => l.id === line.id);
    if (now && isConflict(refusal)) {
      expectedVersion = desk.current().money.version;
      changedMeanwhile(result, ['La ligne', 'The line'], lineWords(now));
    } else refused(result, refusal, { amount: amount.amount, rate: amount.rate, funderName });
  });
  return form;
}
