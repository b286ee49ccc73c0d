export interface Budget {
  kind: string;
  pattern: RegExp;
  kb: number;
}
export const BUDGETS: Budget[];
export function pageScripts(html: string): string[];
export function builtRoutes(dir?: string): string[];
export function budgetFor(route: string): Budget | undefined;
