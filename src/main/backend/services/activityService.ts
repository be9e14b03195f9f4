import crypto from 'node:crypto';
import type { ChannelParsedInput } from '../../../shared/api';
import { computeFunnel } from '../../../shared/activity/compute';
import { type ActivityFactsWire, encodeActivityFacts } from '../../../shared/activity/facts';
import type { AnnualReportResult, SavedReport } from '../../../shared/activity/report';
import { activityTableRows, activityTableTitles } from '../../../shared/activity/tables';
import { summariseYear } from '../../../shared/activity/yearSummary';
import { documentFileName } from '../../../shared/documents/documentFileName';
import { annualReport } from '../../../shared/documents/templates/annualReport';
import { machineLocalDate } from '../../../shared/today/calendar';
import type { Clock } from '../clock';
import { csvBytes } from '../csv';
import { renderDocx, renderPdf } from '../documents';
import { AppError } from '../errors';
import type { ActivityRepository } from '../repositories/activityRepository';
import type { DocumentRepository } from '../repositories/documentRepository';
import type { InstitutionRepository } from '../repositories/institutionRepository';
import type { ServiceEnvironment } from '.';

/**
 * The partnership funnel and the year's activity: the facts the activity view computes with,
 * its tables as CSV, and the annual report as PDF and Word. "Now" is always the injected clock's.
 */
export function createActivityService(
  activity: ActivityRepository,
  documents: DocumentRepository,
  institutionRepo: InstitutionRepository,
  clock: Clock,
  { platform, fontsDir }: ServiceEnvironment,
) {
  return {
    data: (): ActivityFactsWire => encodeActivityFacts(activity.facts(clock.now())),

    /** Computed here from the stored data, so the file holds what the database says. */
    async exportCsv({
      table,
      filter,
    }: ChannelParsedInput<'exportActivityCsv'>): Promise<{ savedTo: string | null }> {
      const now = clock.now();
      const result = computeFunnel(activity.facts(now), now, filter);
      const savedTo = await platform.saveFile(
        documentFileName(
          `Partnerloom activity - ${activityTableTitles[table]}`,
          '',
          machineLocalDate(now),
          'csv',
        ),
        csvBytes(activityTableRows(result, table)),
      );
      return { savedTo };
    },

    async exportAnnualReport({
      year,
      formats,
    }: ChannelParsedInput<'exportAnnualReport'>): Promise<AnnualReportResult> {
      const now = clock.now();
      if (year > now.getFullYear()) {
        throw new AppError('invalid_input', 'Choose this year or an earlier one.', {
          year: 'Choose this year or an earlier one.',
        });
      }
      const summary = summariseYear(
        {
          facts: activity.facts(now),
          agreements: activity.signed(`${year}-01-01`, `${year + 1}-01-01`),
          interactions: activity.interactions(`${year}-01-01`, `${year + 1}-01-01`),
          year,
        },
        now,
      );
      const date = machineLocalDate(now);
      const institution = institutionRepo.get()?.legalName.trim() || undefined;
      const model = annualReport({ summary, date, institution });
      const saved: SavedReport[] = [];
      for (const format of formats) {
        const data =
          format === 'pdf' ? await renderPdf(model, { fontsDir }) : await renderDocx(model);
        const fileName = documentFileName(
          `Partnership activity report ${year}`,
          institution ?? '',
          date,
          format,
        );
        const savedPath = await platform.saveFile(fileName, data);
        if (savedPath === null) return { saved, cancelled: true };
        const checksum = crypto.createHash('sha256').update(data).digest('hex');
        // In the document history (of no partner), so that it opens and shows in its folder
        // like every other document.
        const { id } = documents.insert({
          partnerId: null,
          agreementId: null,
          kind: 'report',
          format,
          fileName,
          savedPath,
          checksum,
          createdAt: now.toISOString(),
        });
        saved.push({ id, format, fileName, savedPath });
      }
      return { saved, cancelled: false };
    },
  };
}
