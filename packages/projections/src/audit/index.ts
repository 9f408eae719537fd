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
