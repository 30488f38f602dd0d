// Written at build time from persisted-documents.json (scripts/document-ids.mjs): operation name → "sha256:…" id.
declare module 'virtual:document-ids' {
  const ids: Readonly<Record<string, string>>;
  export default ids;
}
