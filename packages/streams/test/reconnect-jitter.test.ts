// Reconnect delays are spread (full jitter), so a fleet that lost its connections at one instant does not come back
// at one instant; they stay under the exponential ceiling and maxReconnectDelayMs.
import { expect, it } from "vitest";
import { reconnectDelay } from "../src/reconnect-delay.ts";

it("spreads the delays of one attempt uniformly under its ceiling, capped by maxReconnectDelayMs", () => {
  const delays = Array.from({ length: 2000 }, () => reconnectDelay(10, 2000));
  expect(Math.max(...delays)).toBeLessThanOrEqual(2000);
  // Uniform over [0, 2000]: each quarter holds about 500 of the 2000 draws (a spike would leave quarters empty).
  const quarters = [0, 1, 2, 3].map((q) => delays.filter((d) => d >= q * 500 && d < (q + 1) * 500).length);
  for (const count of quarters) expect(count).toBeGreaterThan(350);
});

it("keeps the exponential ceiling of early attempts", () => {
  expect(reconnectDelay(1, 2000, () => 1)).toBe(100);
  expect(reconnectDelay(3, 2000, () => 1)).toBe(400);
  expect(reconnectDelay(3, 2000, () => 0)).toBe(0);
  expect(reconnectDelay(1000, 2000, () => 1)).toBe(2000);
});
