// Written at build time from persisted-documents.json (scripts/document-ids.mjs): operation name → "sha256:…" id.
declare module 'virtual:document-ids' {
  const ids: Readonly<Record<string, string>>;
  export default ids;
}

// One operation's id, which a screen loaded on demand carries itself (and the page's script then does not).
declare module 'virtual:document-ids/*' {
  const id: string;
  export default id;
}
