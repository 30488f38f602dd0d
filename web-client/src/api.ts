// Calls to the API by persisted-document id only: the text of each operation was registered at build time, so a
// request carries an id of 71 characters instead of the query (DESIGN §4 rule 4). Reads go by GET so the browser's
// cache can revalidate them with ETag/304; Brotli is negotiated by the browser itself.

/** Operation name → "sha256:…" id, from web-client/persisted-documents.json at build time. */
export type DocumentIds = Readonly<Record<string, string>>;

export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

/** Where the tokens live between reloads ("stays signed in"); the outbox does not depend on them. */
export interface TokenStore {
  get(): Tokens | null;
  set(tokens: Tokens | null): void;
}

export interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

/** A request that did not get a usable answer; `offline` ones are retried by the sync's back-off. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
  }

  /** No answer at all, or a server that is not ready: try again later, change nothing. */
  get transient(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

export interface ApiOptions {
  ids: DocumentIds;
  tokens: TokenStore;
  /** The API's origin; empty: the page's own. */
  base?: string;
  fetch?: typeof fetch;
  /** Told when the refresh token was refused too: the person must sign in again (the outbox stays). */
  onSignedOut?: () => void;
}

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' };

export class Api {
  private readonly _fetch: typeof fetch;
  private _refreshing: Promise<boolean> | null = null;

  constructor(private readonly _options: ApiOptions) {
    this._fetch = _options.fetch ?? ((input, init) => fetch(input, init));
  }

  /** A mutation (POST). */
  mutate<T>(operation: string, variables: Record<string, unknown>): Promise<T> {
    const body = JSON.stringify({ documentId: this._id(operation), variables });
    return this._graphql<T>(() => ({ url: '/graphql', init: { method: 'POST', headers: JSON_HEADERS, body } }));
  }

  /** A query (GET): the URL is stable for the same variables, so the HTTP cache and ETag/304 apply. */
  query<T>(operation: string, variables: Record<string, unknown> = {}): Promise<T> {
    let url = '/graphql?documentId=' + encodeURIComponent(this._id(operation));
    if (Object.keys(variables).length) url += '&variables=' + encodeURIComponent(JSON.stringify(variables));
    return this._graphql<T>(() => ({ url, init: { method: 'GET', headers: { Accept: JSON_HEADERS.Accept } } }));
  }

  /** One raw 32 KB photo block; the server checks it against the announced size. */
  /**
   * Sends a run of blocks from `index`. With `commitId`, the server also commits the photo when no block is missing:
   * true when it did (200), false when it only staged the blocks (204).
   */
  async putBlock(partnershipId: string, uploadId: string, index: number, bytes: Blob, commitId?: string): Promise<boolean> {
    const commit = commitId ? `?commit=${encodeURIComponent(commitId)}` : '';
    const url = `/uploads/${encodeURIComponent(partnershipId)}/${encodeURIComponent(uploadId)}/blocks/${index}${commit}`;
    const response = await this._send(() => ({
      url,
      init: { method: 'PUT', headers: { 'Content-Type': 'application/octet-stream' }, body: bytes },
    }));
    if (!response.ok) throw await errorOf(response);
    return response.status === 200;
  }

  /** A file only a signed-in person may read (a CSV, a JSON-LD export): a plain link would carry no token. */
  async download(path: string): Promise<Blob> {
    const response = await this._send(() => ({ url: path, init: { method: 'GET' } }));
    if (!response.ok) throw await errorOf(response);
    return response.blob();
  }

  /** Signs in and keeps the tokens; the answer's viewer says who the person is (the outbox is keyed by it). */
  async signIn<T extends Tokens>(email: string, password: string, clientMutationId: string): Promise<T> {
    const data = await this.mutate<{ signIn: T }>('SignIn', { input: { clientMutationId, email, password } });
    return this._keep(data.signIn);
  }

  /**
   * Sets a password with a one-time code (an invitation's, or a reset code an administrator gave), and is then signed
   * in as by `signIn`: `operation` answers in its field `field` with the session.
   */
  async signInWithCode<T extends Tokens>(operation: string, field: string, input: Record<string, unknown>): Promise<T> {
    const data = await this.mutate<Record<string, T>>(operation, { input });
    return this._keep(data[field]!);
  }

  private _keep<T extends Tokens>(session: T): T {
    this._options.tokens.set({ accessToken: session.accessToken, refreshToken: session.refreshToken });
    return session;
  }

  /** An operation's name, or its id itself (a screen loaded on demand carries its own operations' ids). */
  private _id(operation: string): string {
    const id = operation.startsWith('sha256:') ? operation : this._options.ids[operation];
    if (!id) throw new Error(`Unknown operation ${operation}: run npm run persisted-documents`);
    return id;
  }

  private async _graphql<T>(request: () => { url: string; init: RequestInit }): Promise<T> {
    const response = await this._send(request);
    let payload: { data?: T | null; errors?: GraphQLError[] };
    try {
      payload = await response.json();
    } catch {
      // A captive portal's page or a cut answer: not the API speaking.
      throw new ApiError('Réponse illisible / Unreadable answer', response.status || 0);
    }
    if (payload.errors?.length || !payload.data) {
      const first = payload.errors?.[0];
      throw new ApiError(first?.message ?? 'Réponse vide / Empty answer', response.status, first?.extensions?.code);
    }
    return payload.data;
  }

  /** Sends with the access token; on 401 refreshes once (shared by concurrent calls) and sends again. */
  private async _send(request: () => { url: string; init: RequestInit }): Promise<Response> {
    let response = await this._fetchWithToken(request);
    if (response.status === 401 && this._options.tokens.get() && (await this._refresh())) {
      response = await this._fetchWithToken(request);
    }
    return response;
  }

  private async _fetchWithToken(request: () => { url: string; init: RequestInit }): Promise<Response> {
    const { url, init } = request();
    const headers = new Headers(init.headers);
    const tokens = this._options.tokens.get();
    if (tokens) headers.set('Authorization', 'Bearer ' + tokens.accessToken);
    try {
      return await this._fetch((this._options.base ?? '') + url, { ...init, headers });
    } catch {
      throw new ApiError('Pas de réseau / No network', 0);
    }
  }

  private _refresh(): Promise<boolean> {
    this._refreshing ??= this._doRefresh().finally(() => (this._refreshing = null));
    return this._refreshing;
  }

  private async _doRefresh(): Promise<boolean> {
    const tokens = this._options.tokens.get();
    if (!tokens) return false;
    const body = JSON.stringify({
      documentId: this._id('RefreshSession'),
      variables: { input: { clientMutationId: crypto.randomUUID(), refreshToken: tokens.refreshToken } },
    });
    // Without the expired access token: the refresh token is the credential here.
    const response = await this._fetch((this._options.base ?? '') + '/graphql', { method: 'POST', headers: JSON_HEADERS, body }).catch(() => null);
    if (!response) throw new ApiError('Pas de réseau / No network', 0);
    const payload = (await response.json().catch(() => null)) as { data?: { refreshSession?: Tokens } } | null;
    const fresh = payload?.data?.refreshSession;
    if (fresh) {
      this._options.tokens.set({ accessToken: fresh.accessToken, refreshToken: fresh.refreshToken });
      return true;
    }
    if (response.status === 401 || response.status === 403) {
      this._options.tokens.set(null);
      this._options.onSignedOut?.();
    }
    return false;
  }
}

async function errorOf(response: Response): Promise<ApiError> {
  const payload = (await response.json().catch(() => null)) as { errors?: GraphQLError[] } | null;
  const first = payload?.errors?.[0];
  return new ApiError(first?.message ?? `HTTP ${response.status}`, response.status, first?.extensions?.code);
}
