'use client';

import { useEffect, useRef } from 'react';

/** Keyboard shortcuts of the question on screen: digits choose, Enter submits or moves on. */
export interface QuizKeys {
  /** `index` is 0 for the key "1" */
  onDigit?: (index: number) => void;
  onEnter?: () => void;
}

// Where the browser already gives a key a meaning: typing, or activating the focused control.
const TYPING = 'textarea, select, [contenteditable="true"], input:not([type="radio"]):not([type="checkbox"])';
const ACTIVATES_ON_ENTER = `${TYPING}, button, a[href], summary`;

/** Listens on the window while mounted, so the shortcuts work wherever focus is on the page. */
export function useQuizKeys(keys: QuizKeys) {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      const target = event.target instanceof Element ? event.target : null;
      if (/^[1-9]$/.test(event.key) && latest.current.onDigit && !target?.closest(TYPING)) {
        event.preventDefault();
        latest.current.onDigit(Number(event.key) - 1);
      } else if (event.key === 'Enter' && latest.current.onEnter && !target?.closest(ACTIVATES_ON_ENTER)) {
        event.preventDefault();
        latest.current.onEnter();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
