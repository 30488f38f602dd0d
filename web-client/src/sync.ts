// The sync: the whole pending outbox of a partnership goes up in one request with the cursor, and the answer says
// the fate of each action by its id and what changed since (DESIGN §4 rule 3). An action leaves the outbox only
// when its own result says it was applied; a bare 200, a lost answer or a whole-batch error changes nothing, and
// the next round trip sends the same ids again, which the server applies once. What changed lands in the replica,
// with the cursor, whichever screen is shown. With nothing to send, the round trip is a GET of the same changes: its
// URL holds the cursor, so while nothing changes the browser revalidates what it holds and the answer is a 304 of a
// few header bytes (DESIGN §5 B4).

import { ApiError, type Api } from './api';
import type { Action, ActionError, Outbox, Photo } from './outbox';
import { announceId, commitId, sendBlocks } from './photos';
import type { ChangeSet } from './replica/protocol';
import type { Replica } from './replica/replica';
import { SET_APART } from './words';

export interface SyncError extends ActionError {
  /** true: the server could not do it now (unavailable); the action stays pending and goes again. */
  retry: boolean;
}

export interface Notice {
  itemId: string;
  outcome: string;
  message: string;
}

export interface ActionResult {
  clientMutationId: string;
  error: SyncError | null;
  /** null when the action has nothing to say item by item (most actions). */
  notices: Notice[] | null;
}

interface SyncAnswer {
  sync: { results: ActionResult[]; changes: ChangeSet };
}

interface ChangesAnswer {
  changes: ChangeSet;
}

/** The most actions one batch may carry (the server's limit); the rest go on the next round trip. */
export const MAX_PER_BATCH = 200;

export interface SyncOptions {
  outbox: Outbox;
  api: Api;
  /** Where the changes since the cursor go, and the cursor with them; it clears the acknowledged actions from `outbox`. */
  replica: Pick<Replica, 'cursor' | 'apply'>;
  /** The server's word on individual items (a verdict kept from someone else, an item already reported…). */
  onNotices?: (action: Action, notices: Notice[]) => void;
}

/**
 * One partnership's round trip with the photos' blocks right behind it, then a second round trip for photos ready to
 * commit. The blocks do not wait for the round trip's answer: on EDGE that answer is most of a second away, and the
 * link would carry nothing meanwhile. They follow the batch on the same connection (HTTP/2), so the server has taken
 * the announcement riding on it before the first block arrives; blocks that outrun it anyway go again after it.
 */
export async function syncPartnership(options: SyncOptions, partnershipId: string): Promise<void> {
  const waiting = (await photosOf(options.outbox, partnershipId)).filter(
    (p) => p.step === 'blocks' || (p.step === 'announce' && !p.interrupted && p.sentBlocks.length === 0));
  let handedOver!: () => void;
  const onTheWire = new Promise<void>((resolve) => (handedOver = resolve));
  // The blocks start once the batch is handed to the connection (or the round trip failed before), never before it.
  const trip = roundTrip(options, partnershipId, handedOver).finally(handedOver);
  trip.catch(() => undefined); // its failure is read below, once the blocks are settled too
  await onTheWire;
  const behind = sendEach(options, waiting, { announcing: true });
  const [tripped, sent] = await Promise.allSettled([trip, behind]);
  if (tripped.status === 'rejected') throw tripped.reason;
  if (sent.status === 'rejected') throw sent.reason;
  // What the answer announced and was not sent behind it, and what outran its announcement.
  const rest = (await photosOf(options.outbox, partnershipId)).filter((p) => p.step === 'blocks');
  const readyToCommit = (await sendEach(options, rest)) || sent.value;
  if (readyToCommit) await roundTrip(options, partnershipId);
}

/** Each photo's blocks in turn; true when one of them waits for a commit the next round trip carries. */
async function sendEach(options: SyncOptions, photos: Photo[], how: { announcing?: boolean } = {}): Promise<boolean> {
  let readyToCommit = false;
  for (const photo of photos) readyToCommit = (await sendBlocks(options.api, options.outbox, photo, how)) || readyToCommit;
  return readyToCommit;
}

/** One entry of a batch: the outbox action or the photo it stands for, and what goes up. */
interface Entry {
  kind: string;
  input: Record<string, unknown>;
  action?: Action;
  photo?: Photo;
}

/** `handedOver` is told when the batch's request is handed to the connection. */
async function roundTrip(options: SyncOptions, partnershipId: string, handedOver?: () => void): Promise<void> {
  // Text first: a confirmation must not wait behind a photo's blocks on a slow link.
  const text = (await options.outbox.pending(partnershipId)).slice(0, MAX_PER_BATCH);
  // Marked before anything else can run: a change the person makes from now on would race the server applying these.
  const sent = options.outbox.sending(text.map((a) => a.id));
  try {
    const photos = await photosOf(options.outbox, partnershipId);
    const entries: Entry[] = [
      ...text.map((action) => ({ kind: action.kind, input: action.input, action })),
      ...photos.flatMap((photo) => photoAction(photo).map((a) => ({ ...a, photo }))),
    ];
    await sendSettingApart(options, partnershipId, entries.slice(0, MAX_PER_BATCH), handedOver);
  } finally {
    sent();
  }
}

/**
 * Sends the batch; when the server refuses it whole because one action no longer fits its schema (an input from an
 * older version of the app), finds that action, sets it apart with a message for the person, and sends the rest.
 * The server's error names the action's place in the batch when it can; otherwise halves are tried, so one bad action
 * among n costs about log2(n) more round trips, and the good ones are never held back.
 */
async function sendSettingApart(options: SyncOptions, partnershipId: string, entries: Entry[], handedOver?: () => void): Promise<void> {
  try {
    await send(options, partnershipId, entries, handedOver);
  } catch (e) {
    if (!malformedBatch(e) || entries.length === 0) throw e;
    const named = namedAction(e, entries.length);
    if (named !== undefined || entries.length === 1) {
      const bad = entries[named ?? 0];
      await setApart(options.outbox, bad, e.message);
      await sendSettingApart(options, partnershipId, entries.filter((entry) => entry !== bad));
      return;
    }
    const half = Math.ceil(entries.length / 2);
    await sendSettingApart(options, partnershipId, entries.slice(0, half));
    await sendSettingApart(options, partnershipId, entries.slice(half));
  }
}

/** GraphQL.NET's code for variables that do not fit the schema: the batch never ran, and sending it again cannot help. */
const INVALID_VALUE = 'INVALID_VALUE';

function malformedBatch(e: unknown): e is ApiError {
  // A bad partnership id or cursor is the batch's fault, not an action's: setting actions apart would not help.
  return e instanceof ApiError && !e.transient && e.code === INVALID_VALUE && !/\$input\.(?!actions\[)/.test(e.message);
}

/** The action the error names ("Variable '$input.actions[3]…' is invalid"), if it names one of this batch. */
export function namedAction(e: ApiError, count: number): number | undefined {
  const match = /\$input\.actions\[(\d+)\]/.exec(e.message);
  const index = match ? Number(match[1]) : NaN;
  return index >= 0 && index < count ? index : undefined;
}

/** Kept in the outbox as refused, with what the person needs to know, until they dismiss it. */
async function setApart(outbox: Outbox, entry: Entry, detail: string): Promise<void> {
  const error = { code: INVALID_VALUE, message: SET_APART, detail };
  if (entry.action) await outbox.refuse(entry.action.id, error);
  else if (entry.photo) await outbox.updatePhoto(entry.photo.uploadId, (p) => ({ ...p, step: 'refused', error }));
}

async function send({ outbox, api, replica, onNotices }: SyncOptions, partnershipId: string, entries: Entry[], handedOver?: () => void): Promise<void> {
  const since = await replica.cursor(partnershipId);
  if (entries.length === 0) {
    const read = api.query<ChangesAnswer>('Changes', { partnershipId, since: since ?? null });
    handedOver?.();
    await replica.apply(partnershipId, (await read).changes, [], []);
    return;
  }
  const answer = api.mutate<SyncAnswer>('Sync', {
    input: { partnershipId, since: since ?? null, actions: entries.map((a) => ({ [a.kind]: a.input })) },
  });
  handedOver?.();
  const data = await answer;

  const results = new Map(data.sync.results.map((r) => [r.clientMutationId, r]));
  const acknowledged: Action[] = [];
  const refused: Action[] = [];
  for (const action of entries.flatMap((e) => (e.action ? [e.action] : []))) {
    const result = results.get(action.id);
    if (!result) continue; // not in this batch (beyond the limit): next time
    if (result.notices?.length) onNotices?.(action, result.notices);
    if (!result.error) acknowledged.push(action);
    else if (!result.error.retry) {
      await outbox.refuse(action.id, { code: result.error.code, message: result.error.message });
      refused.push(action);
    }
  }
  for (const photo of new Set(entries.flatMap((e) => (e.photo ? [e.photo] : [])))) {
    const announce = results.get(announceId(photo));
    const commit = results.get(commitId(photo));
    if (announce) await outbox.updatePhoto(photo.uploadId, (p) => afterAnnounce(p, announce.error));
    if (commit) await outbox.updatePhoto(photo.uploadId, (p) => afterCommit(p, commit.error));
  }
  // The cursor moves with the changes it covers, and the acknowledged actions leave the outbox only once the copy
  // holds what they made: a crash in between replays the batch and the changes, never skips them.
  await replica.apply(partnershipId, data.sync.changes, acknowledged, refused);
}

async function photosOf(outbox: Outbox, partnershipId: string): Promise<Photo[]> {
  return (await outbox.photos()).filter((p) => p.partnershipId === partnershipId);
}


function photoAction(photo: Photo): Entry[] {
  const common = { partnershipId: photo.partnershipId, uploadId: photo.uploadId };
  if (photo.step === 'announce') {
    return [{
      kind: 'announceUpload',
      input: { clientMutationId: announceId(photo), ...common, contentType: photo.contentType, size: photo.size, sha256: photo.sha256, ...photo.target },
    }];
  }
  if (photo.step === 'commit') return [{ kind: 'commitUpload', input: { clientMutationId: commitId(photo), ...common } }];
  return [];
}

function afterAnnounce(photo: Photo, error: SyncError | null): Photo | null {
  if (photo.step !== 'announce') return photo;
  if (!error) return { ...photo, step: 'blocks' };
  return error.retry ? photo : { ...photo, step: 'refused', error: { code: error.code, message: error.message } };
}

/**
 * A refused commit usually means blocks are missing or the upload expired: go back to the blocks, which ask the
 * server what it holds. A second refusal in a row is final and shown to the person.
 */
function afterCommit(photo: Photo, error: SyncError | null): Photo | null {
  if (photo.step !== 'commit') return photo;
  if (!error) return null;
  if (error.retry) return photo;
  const refusal = { code: error.code, message: error.message };
  return photo.error ? { ...photo, step: 'refused', error: refusal } : { ...photo, step: 'blocks', sentBlocks: [], error: refusal };
}

export interface SchedulerOptions extends SyncOptions {
  /** The partnerships to sync: the one on screen and any with work waiting. */
  partnerships: () => Promise<string[]>;
  /** Told after each attempt, for the "N actions en attente" line and the last error. */
  onState?: (state: { running: boolean; error?: unknown }) => void;
  /** Seams for the tests: timers, randomness and the event source of "online". */
  random?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
}

/** Between two successful syncs; a pending outbox is retried sooner by the back-off below. */
export const PERIOD_MS = 5 * 60_000;
const BACKOFF_BASE_MS = 2_000;
const BACKOFF_CAP_MS = 5 * 60_000;

/**
 * Runs the sync on reconnection, periodically and on demand, never two at once. After a failure it waits a random
 * time up to an exponentially growing bound ("full jitter"), so a hundred phones coming back online when the
 * network returns do not all hit the server in the same second.
 */
export class SyncScheduler {
  private _running: Promise<void> | null = null;
  private _again = false;
  private _failures = 0;
  private _timer: unknown = null;
  private _started = false;
  private readonly _online = () => void this.now();

  constructor(private readonly _options: SchedulerOptions) {}

  start(): void {
    this._started = true;
    this._options.events?.addEventListener('online', this._online);
    this._schedule(0);
  }

  stop(): void {
    this._started = false;
    this._options.events?.removeEventListener('online', this._online);
    if (this._timer !== null) (this._options.clearTimer ?? clearTimeout)(this._timer as ReturnType<typeof setTimeout>);
    this._timer = null;
  }

  /** On demand (a tap, a new action): joins the running sync and runs once more after it, for what came meanwhile. */
  now(): Promise<void> {
    if (this._running) {
      this._again = true;
      return this._running;
    }
    this._running = this._loop().finally(() => (this._running = null));
    return this._running;
  }

  /** The next delay after `failures` failures in a row: full jitter over an exponential bound. */
  static delay(failures: number, random: () => number): number {
    if (failures === 0) return PERIOD_MS;
    return Math.floor(random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** failures));
  }

  private async _loop(): Promise<void> {
    do {
      this._again = false;
      this._options.onState?.({ running: true });
      let error: unknown;
      try {
        for (const partnershipId of await this._options.partnerships()) await syncPartnership(this._options, partnershipId);
        this._failures = 0;
      } catch (e) {
        error = e;
        this._failures++;
      }
      this._options.onState?.({ running: false, error });
      if (error) break; // the back-off decides when to try again, not a tap in the middle of a failure
    } while (this._again);
    if (this._started) this._schedule(SyncScheduler.delay(this._failures, this._options.random ?? Math.random));
  }

  private _schedule(ms: number): void {
    if (this._timer !== null) (this._options.clearTimer ?? clearTimeout)(this._timer as ReturnType<typeof setTimeout>);
    this._timer = (this._options.setTimer ?? setTimeout)(() => {
      this._timer = null;
      void this.now();
    }, ms);
  }
}
