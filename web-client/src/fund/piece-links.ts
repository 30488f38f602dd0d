// An application's pieces as the fund's screens list them: the kind, the name, and for an uploaded file a button that
// opens it (the budget's documents open the same way). The file is fetched with the reader's token and handed to the
// browser as a blob: a plain link would carry no token, and the server answers only those who may read the file.

import { api } from '../app';
import { h } from '../dom';
import { bi, biText } from '../i18n';
import { saveFile } from '../passage-view';
import { PIECES } from './fund-words';

export interface ListedPiece { kind: string; name: string; uploadId: string | null; documentReference: string | null }

/** `/applications/<the application's GraphQL id>/pieces/<upload id>`. */
export function piecePath(applicationId: string, uploadId: string): string {
  return `/applications/${encodeURIComponent(applicationId)}/pieces/${encodeURIComponent(uploadId)}`;
}

/** « Délibération du conseil.pdf »: the name the saved file gets, after its type. */
export function pieceFileName(name: string, type: string): string {
  const extension = type === 'application/pdf' ? '.pdf' : type === 'image/png' ? '.png' : type === 'image/webp' ? '.webp' : '.jpg';
  return name.toLowerCase().endsWith(extension) ? name : `${name}${extension}`;
}

/** The button that opens one uploaded piece; a refusal is told beside it. */
export function openPieceButton(applicationId: string, piece: { name: string; uploadId: string }): HTMLElement {
  return openFileButton(piecePath(applicationId, piece.uploadId), piece);
}

/**
 * The button that saves the uploaded file read at `path` under the piece's name (an application's piece, a
 * transaction's invoice); `before` may answer first instead (a file still on its way from this phone).
 */
export function openFileButton(path: string, piece: { name: string; uploadId: string }, before?: () => Promise<Node | null>): HTMLElement {
  const problem = h('span', { 'aria-live': 'assertive' });
  const button = h('button', {
    type: 'button', class: 'open-piece', 'data-upload': piece.uploadId, onclick: async () => {
      problem.replaceChildren();
      try {
        const early = await before?.();
        if (early) {
          problem.replaceChildren(h('span', { class: 'muted', role: 'status' }, early));
          return;
        }
        const blob = await api.download(path);
        saveFile(blob, pieceFileName(piece.name, blob.type));
      } catch (e) {
        problem.replaceChildren(h('span', { class: 'refused', role: 'alert' }, biText(e instanceof Error ? e.message : String(e))));
      }
    },
  }, bi('Ouvrir', 'Open'));
  return h('span', {}, button, problem);
}

/** The pieces of a file, each with its opening button or its reference; a blind reader sees only their kinds. */
export function pieceList(applicationId: string, pieces: ListedPiece[]): HTMLElement {
  if (pieces.length === 0) return h('p', {}, bi('Aucune pièce jointe.', 'No piece attached.'));
  return h('ul', { class: 'items pieces' }, ...pieces.map((piece) => h('li', { class: 'item' },
    h('strong', {}, bi(...(PIECES[piece.kind] ?? [piece.kind, piece.kind]))), piece.name === '—' ? '' : ` — ${piece.name} `,
    piece.uploadId
      ? openPieceButton(applicationId, { name: piece.name, uploadId: piece.uploadId })
      : piece.documentReference ? h('span', { class: 'muted' }, bi(`Référence : ${piece.documentReference}`, `Reference: ${piece.documentReference}`)) : '')));
}
