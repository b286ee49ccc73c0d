'use client';

import type { ReactNode } from 'react';
import zh from '@/content/messages/zh.json' with { type: 'json' };
import type { Messages } from '@/lib/i18n';
import { LocaleProvider } from './locale-context';

const MESSAGES = zh as Partial<Messages>;

/** The Chinese layouts' provider: the Chinese catalog travels in this module's chunk, loaded by /zh pages only. */
export function ZhLocaleProvider({ children }: { children: ReactNode }) {
  return (
    <LocaleProvider locale="zh" messages={MESSAGES}>
      {children}
    </LocaleProvider>
  );
}
