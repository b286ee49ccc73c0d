/**
 * Runs a function soon, after the messages already queued for this thread: how a training loop
 * yields between chunks so `pause` and `configure` get through.
 *
 * Not `setTimeout(fn, 0)`: browsers clamp timers nested five deep to 4 ms, which cost a loop of
 * 30 ms chunks ~12 % of its training time. A message posted to oneself is not clamped. Node (the
 * unit tests) has setImmediate instead: there a port's messages can be drained back to back,
 * starving timers, while setImmediate gives timers and I/O a turn each time.
 */
export function createScheduler(): (fn: () => void) => void {
  if (typeof setImmediate === 'function') return (fn) => void setImmediate(fn);
  if (typeof MessageChannel === 'undefined') return (fn) => void setTimeout(fn, 0);
  const channel = new MessageChannel();
  const pending: Array<() => void> = [];
  channel.port1.onmessage = () => pending.shift()?.();
  return (fn) => {
    pending.push(fn);
    channel.port2.postMessage(null);
  };
}
