// Transitional (issue 12): libs/access still imports this path; the report's stream is now
// infrastructure/report-stream.ts, exported from the index. Remove once access imports the index.
export { ReportStream as ReportStore, type LoadedReport } from '../infrastructure/report-stream';
