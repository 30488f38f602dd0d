// Unit tests of the outbox and the sync, in Node with an in-memory IndexedDB and a stubbed fetch.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto'],
  },
});
