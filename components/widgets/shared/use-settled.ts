'use client';

import { useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `ms` milliseconds (the first render returns it as it
 * is). What is costly per change but need not follow each one, like the text being typed on its
 * way to a worker and to the address bar, reads this instead of the live value.
 */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
