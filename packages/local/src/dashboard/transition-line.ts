import type { Transition } from "@sluice/observability";

/**
 * `06:41:10  ALARM  StreamLagAge  Breached 300000 in 3 of 3 periods of 60 s: demo/workers.`, or `OK` and the reason
 * when it clears; local time, like the status line.
 */
export function formatTransition(transition: Transition): string {
  const time = new Date(transition.at).toTimeString().slice(0, 8);
  return `${time}  ${transition.to.padEnd(5)}  ${transition.name}  ${transition.reason}`;
}
