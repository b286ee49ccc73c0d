export function calibratedMultiplier(benchmarkIndex: number): number;
export function summariseNpmAudit(stdout: string): { high: number; critical: number } | { error: string };
export const EMPTY_DIR: string;
export function buildEmptyReference(): string;
