// @sluice/ops: what its concerns share with their callers, the store of the audits' and reports' runs. Each concern
// has its own subpath: @sluice/ops/backup, /audit, /capacity, /snapshot (and /node-types, the import-free table).
export { type ReportKind, type ReportLocation, ReportStore } from "./report-store.ts";
