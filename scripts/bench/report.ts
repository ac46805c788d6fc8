// What `npm run bench -- all` needs to know of each bench to write docs/performance.md: what the bench measures, what
// each of its JSON figures means and its target if it has one, and what limits the figures (from profiles). Each bench
// has one in scripts/bench/reports/<name>.ts; the figures themselves come from a run, never from here.

export interface FigureReport {
  /** What the figure is, with its unit: "end-to-end entries/s through Sluice's runner". */
  label: string;
  /** The target, if any, as a check on the figure: value => met. */
  target?: { text: string; met: (value: number) => boolean };
}

export interface BenchReport {
  /** One line: what the bench measures, side by side with what. */
  title: string;
  /** The arguments `bench -- all` passes (empty for the bench's defaults). */
  args: string[];
  /** The arguments of `bench -- all --quick` (a minute or so); `args` when absent. */
  quickArgs?: string[];
  /** The JSON keys worth a row, in order; keys not listed still appear in the raw JSON. */
  figures: Record<string, FigureReport>;
  /** Markdown: what limits the figures and what would move them, from profiles. */
  limits: string;
}
