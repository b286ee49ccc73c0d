import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'content/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Vitest leaves a core to its main process, which idles: on a 2-core CI box that meant one
    // worker for 93 files (101 s instead of 65 s).
    maxWorkers: os.availableParallelism(),
  },
});
