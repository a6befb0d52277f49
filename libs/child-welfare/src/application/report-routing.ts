import type { ReporterCategory } from '../domain/reporter-category';

/** The stream of one report of concern. */
export const reportStreamId = (reportId: string): string => `report-${reportId.toLowerCase()}`;

/**
 * Where a report belongs, recorded in the metadata of every event of its stream (key `report`), so
 * that projections (the child's timeline) can place each event without reading or decrypting the
 * report: which child-welfare unit owns it, which children it concerns, and, when a unit in Stafett
 * filed it, the reporter's unit and the BTI case it was filed from. Ids only, never content.
 */
export interface ReportRouting {
  readonly reportId: string;
  /** The identified children (UUIDs); empty for an unborn child or children intake has not identified. */
  readonly childIds: readonly string[];
  readonly childWelfareUnitId: string;
  readonly childWelfareServiceType: string;
  /** The public reporter's unit, when the report was filed from Stafett: the statutory recipient of feedback. */
  readonly reporterUnitId?: string;
  /** The BTI case the report was filed from. */
  readonly concernCaseId?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The routing of a recorded report event, or `undefined` when the metadata does not hold a sound one. */
export function reportRoutingOf(event: { readonly streamId: string; readonly metadata: unknown }): ReportRouting | undefined {
  if (!event.streamId.startsWith('report-')) return undefined;
  const routing = (event.metadata as { report?: Partial<ReportRouting> } | null)?.report;
  if (!routing || typeof routing !== 'object') return undefined;
  const { reportId, childIds, childWelfareUnitId, childWelfareServiceType, reporterUnitId, concernCaseId } = routing;
  if (typeof reportId !== 'string' || event.streamId !== reportStreamId(reportId)) return undefined;
  if (!Array.isArray(childIds) || !childIds.every((id) => typeof id === 'string' && UUID.test(id))) return undefined;
  if (typeof childWelfareUnitId !== 'string' || typeof childWelfareServiceType !== 'string') return undefined;
  return {
    reportId,
    childIds: childIds.map((id) => id.toLowerCase()),
    childWelfareUnitId,
    childWelfareServiceType,
    ...(typeof reporterUnitId === 'string' ? { reporterUnitId } : {}),
    ...(typeof concernCaseId === 'string' ? { concernCaseId: concernCaseId.toLowerCase() } : {}),
  };
}

/** The statistics category of a public reporter, from its unit's service type. */
export function reporterCategoryOfServiceType(serviceType: string): ReporterCategory {
  switch (serviceType) {
    case 'barnehage':
      return 'barnehage';
    case 'skole':
      return 'skole';
    case 'helsestasjon':
    case 'skolehelsetjeneste':
    case 'jordmor':
      return 'helsestasjon-skolehelsetjeneste';
    case 'fastlege':
      return 'lege';
    case 'nav':
      return 'nav';
    case 'politi':
    case 'slt':
      return 'politi';
    case 'ppt':
      return 'ppt';
    case 'bup':
      return 'bup';
    case 'barnevernvakt':
      return 'barnevernvakt';
    default:
      return 'andre';
  }
}
