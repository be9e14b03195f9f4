import type { ChannelParsedInput } from '../../../shared/api';
import { documentFileName } from '../../../shared/documents/documentFileName';
import { overlapReport } from '../../../shared/documents/templates/overlapReport';
import { computeOverlap } from '../../../shared/overlap/compute';
import { encodeOverlapFacts, filterOverlapPartners } from '../../../shared/overlap/facts';
import { type SuggestionList, suggestTypes } from '../../../shared/overlap/suggestions';
import {
  type OverlapTable,
  overlapTableRows,
  overlapTableTitles,
} from '../../../shared/overlap/tables';
import type { Clock } from '../clock';
import { csvBytes } from '../csv';
import { renderDocx, renderPdf } from '../documents';
import type { InstitutionRepository } from '../repositories/institutionRepository';
import type { OverlapRepository } from '../repositories/overlapRepository';
import type { PartnerRepositories } from '../repositories/partnerRepositories';
import type { ServiceEnvironment } from '.';
import { requirePartner } from './partnerGuards';

const fileNames: Record<OverlapTable, string> = {
  types: `Partnerloom overlap - ${overlapTableTitles.types}.csv`,
  groups: `Partnerloom overlap - ${overlapTableTitles.groups}.csv`,
  combinations: `Partnerloom overlap - ${overlapTableTitles.combinations}.csv`,
};

/**
 * Which partnership types partners combine, ideas for growing each partnership, and the exports:
 * CSV tables and the whole view as a report page.
 */
export function createOverlapService(
  repos: PartnerRepositories,
  overlap: OverlapRepository,
  institutionRepo: InstitutionRepository,
  clock: Clock,
  { platform, fontsDir }: ServiceEnvironment,
) {
  function suggestions(partnerId: number): SuggestionList {
    return repos.transaction(() => {
      requirePartner(repos, partnerId);
      const partner = repos.partners.get(partnerId)!;
      const dismissed = overlap.dismissed(partnerId);
      const { stakeholderGroup: group, types } = partner;
      const peers = group === null ? [] : overlap.groupFacts(group);
      return {
        partnerId,
        suggestions: suggestTypes({ id: partnerId, group, types }, peers, dismissed),
        dismissed: dismissed.size,
      };
    });
  }

  return {
    /** The facts of every active partner; the renderer computes (and filters) the view. */
    data: () => encodeOverlapFacts(overlap.facts()),

    suggestions: ({ partnerId }: ChannelParsedInput<'getSuggestions'>) => suggestions(partnerId),

    dismiss({ partnerId, type }: ChannelParsedInput<'dismissSuggestion'>): SuggestionList {
      return repos.transaction(() => {
        requirePartner(repos, partnerId);
        overlap.dismiss(partnerId, type, clock.now().toISOString());
        return suggestions(partnerId);
      });
    },

    restore({ partnerId }: ChannelParsedInput<'restoreSuggestions'>): SuggestionList {
      return repos.transaction(() => {
        requirePartner(repos, partnerId);
        overlap.restoreAll(partnerId);
        return suggestions(partnerId);
      });
    },

    /** Computed here from the stored data, so the file holds what the database says. */
    async exportCsv({
      table,
      filter,
    }: ChannelParsedInput<'exportOverlapCsv'>): Promise<{ savedTo: string | null }> {
      const result = computeOverlap(filterOverlapPartners(overlap.facts(), filter));
      const savedTo = await platform.saveFile(
        fileNames[table],
        csvBytes(overlapTableRows(result, table)),
      );
      return { savedTo };
    },

    /** The view as filtered, on one landscape page for a report: PDF, or Word to edit further. */
    async exportReport({
      format,
      filter,
    }: ChannelParsedInput<'exportOverlapReport'>): Promise<{ savedTo: string | null }> {
      const result = computeOverlap(filterOverlapPartners(overlap.facts(), filter));
      const date = clock.now().toISOString().slice(0, 10);
      const institution = institutionRepo.get()?.legalName.trim() || undefined;
      const model = overlapReport({ result, filter, date, institution });
      const data =
        format === 'pdf' ? await renderPdf(model, { fontsDir }) : await renderDocx(model);
      const savedTo = await platform.saveFile(
        documentFileName('Partnership overlap', '', date, format),
        data,
      );
      return { savedTo };
    },
  };
}
