// Deploy-time settings: SLUICE_* variables read from the deploying shell (`SLUICE_PROXY_MAX_TASKS=40 sst deploy`),
// so each stage is configured by the environment it is deployed from. Each getter throws a precise message naming
// the variable, which stops the deploy before anything is created. (Runtime settings of the code are separate:
// functions/runtime-config.ts reads those inside Lambda and Fargate.)

/** A variable's trimmed value, or undefined when unset or empty. */
export function setting(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
}

/** An integer variable within [min, max], or `fallback` when unset. */
export function integerSetting(
  name: string,
  fallback: number,
  min = 1,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const raw = setting(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  }
  return value;
}

/** A positive number variable (fractions allowed), or `fallback` when unset. */
export function numberSetting(name: string, fallback: number): number {
  const raw = setting(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive number, got ${JSON.stringify(raw)}`);
  }
  return value;
}

/** A comma-separated variable as its non-empty items, or [] when unset. */
export function listSetting(name: string): string[] {
  return (setting(name) ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

/** One of `choices`, or `fallback` when unset. */
export function choiceSetting<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const raw = setting(name);
  if (raw === undefined) return fallback;
  if (!(choices as readonly string[]).includes(raw)) {
    throw new Error(`${name} must be one of ${choices.join(", ")}, got ${JSON.stringify(raw)}`);
  }
  return raw as T;
}
