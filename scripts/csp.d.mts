export function policyFor(inlineScripts: string[]): string;
export function withCsp(html: string): string;
