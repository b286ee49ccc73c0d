import type { IncomingMessage, ServerResponse } from 'node:http';

export function checkPath(rawUrl: string): { path: string } | { path?: undefined; status: 400 | 404; reason: string };
export function securityHeaders(decodedPath: string): Record<string, string>;
export function createHandler(root: string): (req: IncomingMessage, res: ServerResponse) => void;
