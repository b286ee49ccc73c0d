/**
 * Runs a function soon, after the messages already queued for this thread: how a training loop
 * yields between chunks so `pause` and `configure` get through.
 *
 * Not `setTimeout(fn, 0)`: browsers clamp timers nested five deep to 4 ms, which cost a loop of
 * 30 ms chunks ~12 % of its training time. A message posted to oneself is not clamped.
 */
export function createScheduler(): (fn: () => void) => void {
  if (typeof MessageChannel === 'undefined') return (fn) => void setTimeout(fn, 0);
  const channel = new MessageChannel();
  const pending: Array<() => void> = [];
  channel.port1.onmessage = () => pending.shift()?.();
  // In Node (unit tests) an open port would keep the process alive.
  (channel.port1 as unknown as { unref?: () => void }).unref?.();
  return (fn) => {
    pending.push(fn);
    channel.port2.postMessage(null);
  };
}
