import zh from '@/content/messages/zh.json' with { type: 'json' };
import { registerMessages, type Messages } from './index';

/**
 * Every non-English catalog, for server code and tests only (client code gets the strings its
 * page reads from the LocaleProvider, so no page's JS carries a language it does not show).
 * Importing this module registers them with `t`.
 */
export const CATALOGS = { zh: zh as Partial<Messages> };

registerMessages('zh', CATALOGS.zh);
