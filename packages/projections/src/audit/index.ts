export { complaintHistory, streamHistory, type HistorySubject } from './history';
export { toHistoryEntry, type HistoryActor, type HistoryEntry } from './history-entry';
export {
  DEFAULT_HISTORY_LIMIT,
  MAX_HISTORY_LIMIT,
  type HistoryAnswer,
  type HistoryFieldError,
  type HistoryPage,
  type HistoryQuery,
} from './history-page';
export { checkExport, type ExportCheck, type ExportProblem, type ExportProblemKind } from './check-export';
export { complaintExport, windowExport } from './export-events';
export { type ExportLine, type ExportManifest, type ExportRange, type StreamSpan } from './export-format';
export { manifestPath, writeExport } from './write-export';
