// A search result's snippet cut into the runs the server marked as the words found and the text between them, for the
// screen to show the marked runs in <mark> — as text nodes, never as HTML, so a passage that holds markup shows it as text.

export interface SnippetPart { text: string; marked: boolean }

/** The snippet in order, each run the server marked apart; a run that overlaps an earlier one or overflows is left unmarked. */
export function snippetParts(snippet: string, marks: { start: number; end: number }[]): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const { start, end } of [...marks].sort((a, b) => a.start - b.start)) {
    if (start < at || end > snippet.length || end <= start) continue;
    if (start > at) parts.push({ text: snippet.slice(at, start), marked: false });
    parts.push({ text: snippet.slice(start, end), marked: true });
    at = end;
  }
  if (at < snippet.length) parts.push({ text: snippet.slice(at), marked: false });
  return parts;
}
