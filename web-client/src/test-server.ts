// A stand-in for the API in the unit tests: it routes by persisted-document id like the real one, applies each
// client mutation id once (as the grains do), counts every change it applies by what it changes, and lets a test
// refuse, delay or drop answers.

import { Api, type Tokens } from './api';

const BLOCK = 32 * 1024;

export const ids = {
  Sync: 'sha256:sync',
  Changes: 'sha256:changes',
  Upload: 'sha256:upload',
  RefreshSession: 'sha256:refresh',
  Viewer: 'sha256:viewer',
};

type Fate = { code: string; message: string; retry: boolean } | 'lost';

export class TestServer {
  /** Every sync batch received, in order: the action field names and ids as they went up. */
  readonly batches: { since: string | null; actions: { kind: string; id: string }[] }[] = [];
  /**
   * How many times each change was applied, keyed by what it changes (`effectOf`), never capped: a repeated id is
   * answered from its receipt and adds nothing, as the grains do, but one tap sent again under a new id, or a photo
   * committed twice, is applied twice and counts 2. "Applied once" means 1 here.
   */
  readonly effects = new Map<string, number>();
  /** Client mutation ids already applied: a repeat changes nothing. */
  private readonly _receipts = new Set<string>();
  /** Blocks received per upload id (index → byte length). */
  readonly blocks = new Map<string, Map<number, number>>();
  /** What to do with an action id instead of applying it (once per entry unless `always`). */
  readonly fates = new Map<string, Fate>();
  /** Throws instead of answering, after applying the batch (a dropped connection on the way back). */
  loseNextAnswer = false;
  /** Block index whose arrival fails once, as if the link dropped mid-photo (the blocks before it in the PUT arrive). */
  dropBlock: number | null = null;
  /** Throws instead of answering the next PUT that commits a photo, after committing it. */
  loseCommitAnswer = false;
  /** Photos committed, by upload id: the `Upload` query says so, as the server does. */
  readonly committed = new Set<string>();
  /** Action ids whose input no longer fits the schema: a batch holding one is refused whole, before anything runs. */
  readonly malformed = new Set<string>();
  /** Whether that refusal names the action's place in the batch, as GraphQL.NET's variable errors do. */
  namesMalformedAction = true;
  /** Whether a PUT's `?commit=` commits a photo whose blocks are all there (the server does; an older one did not). */
  commitsOnPut = true;
  /** Batches refused whole. */
  refusedBatches = 0;
  accessToken = 'a1';
  /** What the next answers' change sets hold beside the cursor (what another device changed meanwhile). */
  changes: Record<string, unknown> = {};
  requests: string[] = [];
  /** Requests and answers in the order they happened (`→ Sync`, `← Sync`, `→ PUT 0`…). */
  readonly timeline: string[] = [];
  /**
   * When set, sync answers wait for it, as on a slow link; with `appliesLate` the batch itself is applied only then
   * (the blocks behind it arrive first).
   */
  answerGate: Promise<void> | null = null;
  appliesLate = false;
  /**
   * Items' verdicts as the server keeps them, by "shipment/item", with the action that set each: the first stands; a
   * different later one is a dispute, unless it replaces (`replaces`) the action that set it, which corrects it.
   */
  readonly itemVerdicts = new Map<string, { verdict: string; action: string }>();
  /** Verdicts recorded as disputes, "shipment/item verdict". */
  readonly disputes: string[] = [];
  private _cursor = 0;

  readonly fetch = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const href = String(url);
    const method = init?.method ?? 'GET';
    this.requests.push(`${method} ${href.split('?')[0]}`);
    const auth = new Headers(init?.headers).get('Authorization');
    if (href.startsWith('/uploads/')) {
      if (auth !== 'Bearer ' + this.accessToken) return json({ errors: [{ message: 'x' }] }, 401);
      const [path, query] = href.split('?');
      const [, , , uploadId, , index] = path.split('/');
      this.timeline.push(`→ PUT ${index}`);
      // The server refuses blocks of an upload it was never told of.
      if (!this.announced.has(uploadId)) return json({ errors: [{ message: 'inconnu / unknown', extensions: { code: 'NOT_FOUND' } }] }, 404);
      // A PUT carries a run of consecutive blocks from `index`, each staged as it arrives.
      const received = this.blocks.get(uploadId) ?? new Map<number, number>();
      this.blocks.set(uploadId, received);
      const size = (init!.body as Blob).size;
      for (let block = Number(index), offset = 0; offset < size; block++, offset += BLOCK) {
        if (this.dropBlock === block) {
          this.dropBlock = null;
          throw new TypeError('Failed to fetch');
        }
        received.set(block, Math.min(BLOCK, size - offset));
      }
      const commit = new URLSearchParams(query ?? '').get('commit');
      const count = this.announced.get(uploadId) ?? Infinity;
      if (commit && this.commitsOnPut && received.size === count) {
        this._apply(commit, effectOf('commitUpload', { uploadId }));
        this.committed.add(uploadId);
        if (this.loseCommitAnswer) {
          this.loseCommitAnswer = false;
          throw new TypeError('Failed to fetch');
        }
        return json({ status: 'COMMITTED' });
      }
      return new Response(null, { status: 204 });
    }
    const request = method === 'GET' ? fromQuery(href) : JSON.parse(String(init!.body));
    if (request.documentId === ids.RefreshSession) {
      this.accessToken = 'a2';
      return json({ data: { refreshSession: { accessToken: 'a2', refreshToken: 'r2' } } });
    }
    if (auth !== 'Bearer ' + this.accessToken) return json({ errors: [{ message: 'expiré / expired', extensions: { code: 'UNAUTHENTICATED' } }] }, 401);
    if (request.documentId === ids.Upload) {
      const { uploadId } = request.variables;
      const count = this.announced.get(uploadId);
      if (count === undefined) return json({ data: { upload: null } });
      if (this.committed.has(uploadId)) return json({ data: { upload: { status: 'COMMITTED', missingBlocks: [] } } });
      const received = this.blocks.get(uploadId) ?? new Map();
      const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !received.has(i));
      return json({ data: { upload: { status: 'ANNOUNCED', missingBlocks: missing } } });
    }
    if (request.documentId === ids.Viewer) return json({ data: { viewer: null } });
    if (request.documentId === ids.Changes) {
      // The sync with nothing to send (a GET): a batch of no actions, answered with its change set alone.
      this.timeline.push('→ Changes');
      const answer = await this._sync({ since: request.variables.since ?? null, actions: [] }).json();
      this.timeline.push('← Changes');
      return json({ data: { changes: answer.data.sync.changes } });
    }
    if (request.documentId !== ids.Sync) return json({ errors: [{ message: 'unknown document' }] }, 400);
    this.timeline.push('→ Sync');
    const gate = this.answerGate;
    if (gate && this.appliesLate) await gate;
    const answer = this._sync(request.variables.input);
    if (gate) await gate;
    this.timeline.push('← Sync');
    return answer;
  };

  readonly announced = new Map<string, number>();

  api(tokens: Tokens = { accessToken: 'a1', refreshToken: 'r1' }): Api {
    let held: Tokens | null = tokens;
    return new Api({ ids, fetch: this.fetch, tokens: { get: () => held, set: (t) => (held = t) } });
  }

  private _sync(input: { since: string | null; actions: Record<string, Record<string, unknown>>[] }): Response {
    const actions = input.actions.map((a) => {
      const [kind, value] = Object.entries(a)[0];
      return { kind, id: String(value.clientMutationId), value };
    });
    const bad = actions.findIndex(({ id }) => this.malformed.has(id));
    if (bad >= 0) {
      this.refusedBatches++;
      const path = this.namesMalformedAction ? `$input.actions[${bad}].${actions[bad].kind}.verdicts[0].verdict` : '$input';
      return json({ errors: [{ message: `Variable '${path}' is invalid. Unable to convert 'BROKEN' to 'ReceiptVerdict'`, extensions: { code: 'INVALID_VALUE' } }] }, 400);
    }
    this.batches.push({ since: input.since, actions: actions.map(({ kind, id }) => ({ kind, id })) });
    const results = actions.map(({ kind, id, value }) => {
      const fate = this.fates.get(id);
      if (fate && fate !== 'lost') {
        if (fate.retry) this.fates.delete(id); // unavailable once, then fine
        return { clientMutationId: id, error: fate, notices: null };
      }
      const applied = this._apply(id, effectOf(kind, value));
      if (applied && kind === 'announceUpload') this.announced.set(String(value.uploadId), Math.ceil(Number(value.size) / 32768));
      if (applied && kind === 'confirmShipmentItems') this._verdicts(id, value);
      if (kind === 'commitUpload') this.committed.add(String(value.uploadId));
      return { clientMutationId: id, error: null, notices: null };
    });
    if (this.loseNextAnswer) {
      this.loseNextAnswer = false;
      throw new TypeError('Failed to fetch');
    }
    return json({ data: { sync: { results, changes: { ...this.changes, cursor: `c${++this._cursor}` } } } });
  }

  /** Item lines as the shipment grain takes them (one person: the same author is assumed). */
  private _verdicts(id: string, input: Record<string, unknown>): void {
    const replaces = (input.replaces as string[] | undefined) ?? [];
    for (const line of input.verdicts as { itemId?: string; verdict: string }[]) {
      if (!line.itemId) continue;
      const key = `${String(input.shipmentId)}/${line.itemId}`;
      const standing = this.itemVerdicts.get(key);
      if (!standing || (standing.verdict !== line.verdict && replaces.includes(standing.action))) this.itemVerdicts.set(key, { verdict: line.verdict, action: id });
      else if (standing.verdict !== line.verdict) this.disputes.push(`${key} ${line.verdict}`);
    }
  }

  /** Applies a change unless its id was applied already; true when it was applied now. */
  private _apply(id: string, effect: string): boolean {
    if (this._receipts.has(id)) return false;
    this._receipts.add(id);
    this.effects.set(effect, (this.effects.get(effect) ?? 0) + 1);
    return true;
  }
}

/**
 * What a change changes, its id aside: the kind and the input. A photo's commit is the same change whether a block's
 * PUT or a `commitUpload` action carries it.
 */
export function effectOf(kind: string, input: Record<string, unknown>): string {
  if (kind === 'commitUpload') return `commitUpload ${String(input.uploadId)}`;
  const { clientMutationId: _, ...rest } = input;
  return `${kind} ${JSON.stringify(rest)}`;
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/graphql-response+json' } });
}

function fromQuery(href: string): { documentId: string; variables: Record<string, string> } {
  const params = new URLSearchParams(href.split('?')[1]);
  return { documentId: params.get('documentId')!, variables: JSON.parse(params.get('variables') ?? '{}') };
}
