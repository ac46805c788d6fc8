// @sluice/ops: what its concerns share with their callers, the store of the audits' and reports' runs. Each concern
// has its own subpath: @sluice/ops/backup, /audit, /capacity, /snapshot (and /node-types, the import-free table).
// The least-squares line is here too: the audits, the capacity report and `npm run soak` fit their trends with it.
export { type LineFit, leastSquaresFit, leastSquaresSlope } from "./least-squares.ts";
export { type ReportKind, type ReportLocation, ReportStore } from "./report-store.ts";
