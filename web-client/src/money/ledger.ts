// A partnership's ledger for a year as the budget screen reads it (operations/fragments/MoneyLedger.graphql), and
// what the screen lends its forms: the ledger as it stands, and the one way to send an action and show its answer.

import type { Currency } from './amounts';
import type { Funder, Kind } from './money-words';

export interface Party { name: string; funder: Funder | null }
export interface LedgerDocument { name: string; documentReference: string | null; uploadId: string | null }
export interface BudgetLine { id: string; funder: Funder; funderName: string | null; label: string; amount: number }

export interface Transaction {
  id: string; kind: Kind; date: string; amount: number; currency: Currency; ratePerEuro: number; euroAmount: number;
  description: string; recordedBy: string; provider: Party; receiver: Party;
  documents: LedgerDocument[];
  receipt: { received: boolean; note: string | null; at: string; by: string } | null;
}

export interface Ledger {
  year: number; version: number;
  totals: {
    budgeted: number; committed: number; received: number; disbursed: number; spent: number;
    byFunder: { funder: Funder; name: string | null; budgeted: number; committed: number; received: number; disbursed: number; spent: number }[];
  };
  budgetLines: BudgetLine[];
  transactions: Transaction[];
  hardware: { euros: number; items: number; shipments: { title: string; shippedOn: string; items: number; declaredItems: number; euros: number }[] };
}

/** What the screen reads: the partnership's name and sides, and its money for the year. */
export interface Read { name: string; north: { name: string }; south: { name: string }; money: Ledger }

/** What a form needs from the screen around it. */
export interface Desk {
  slug: string;
  year: number;
  /** The partnership and its ledger as last read or answered. */
  current(): Read;
  /**
   * Sends one action about the ledger (its answer is the ledger as it now stands, painted and kept on the phone).
   * Resolves to null once done, else to the refusal; after a CONFLICT the ledger has been read again and painted.
   */
  send(operation: string, field: string, input: Record<string, unknown>): Promise<unknown>;
  /** Queues a document's file for the resumable upload, aimed at this ledger; its upload id, to cite at once. */
  attach(file: Blob): Promise<string>;
}
