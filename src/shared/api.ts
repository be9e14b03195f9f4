import { z } from 'zod';
import { partnershipTypes } from './domain';
import { type Agreement, agreementStatusInputSchema, attachScanInputSchema } from './agreement';
import type { AppInfo } from './appInfo';
import type { BoardWire } from './boardWire';
import {
  type DocumentDraft,
  type DocumentRecord,
  type ExportResult,
  type FileActionResult,
  draftInputSchema,
  exportInputSchema,
  fileActionInputSchema,
} from './documentHistory';
import {
  type BackupInfo,
  type RestoreResult,
  type StartupState,
  backupNameSchema,
  restoreFileSchema,
} from './backup';
import { type Institution, institutionInputSchema } from './institution';
import {
  type ArchivedPartner,
  type Contact,
  type Interaction,
  type MoveResult,
  type Partner,
  type PartnerDetail,
  type BoardCard,
  type DeletedPartner,
  checklistInputSchema,
  contactInputSchema,
  id,
  interactionInputSchema,
  moveInputSchema,
  partnerFilterSchema,
  partnerIdInput,
  partnerInputSchema,
  undoMoveInputSchema,
} from './partner';
import { type ActivityFactsWire, activityFilterSchema } from './activity/facts';
import { type AnnualReportResult, annualReportInputSchema } from './activity/report';
import { activityTables } from './activity/tables';
import { type OverlapFactsWire, overlapFilterSchema } from './overlap/facts';
import type { SuggestionList } from './overlap/suggestions';
import { overlapReportFormats, overlapTables } from './overlap/tables';
import {
  type ExportResult as DataExportResult,
  type ImportPreview,
  type ImportReport,
  commitImportSchema,
  exportDataSchema,
  previewImportSchema,
} from './portability/importContract';
import type { Result } from './result';
import { type TodaySettings, todaySettingsSchema } from './today/settings';
import {
  type TodayList,
  badgeInputSchema,
  notifyInputSchema,
  snoozeInputSchema,
  todayInputSchema,
} from './today/today';

/**
 * The API contract: every channel between the renderer and the backend, declared once.
 * The preload, the IPC registration, the HTTP routes of browser mode, the renderer client
 * and the tests all derive from this object; no channel name is written anywhere else.
 */

interface ChannelSpec<I extends z.ZodType, R> {
  input: I;
  /** Type-only marker for the result; never set at run time. */
  result?: R;
}

/** `channel<Result>()(inputSchema)`: the result type is named, the input type inferred. */
const channel =
  <R>() =>
  <I extends z.ZodType>(input: I): ChannelSpec<I, R> => ({ input });

const noInput = z.undefined({ error: 'This request takes no input.' });

export const contract = {
  getAppInfo: channel<AppInfo>()(noInput),
  getInstitution: channel<Institution | null>()(noInput),
  saveInstitution: channel<Institution>()(institutionInputSchema),

  /** Every active partner as a card, in board order. */
  getBoard: channel<BoardWire>()(noInput),
  /** Ids of active partners matching a search and filters (the board hides the rest). */
  findPartners: channel<{ ids: number[] }>()(partnerFilterSchema),
  getPartner: channel<PartnerDetail>()(partnerIdInput),
  /** New partners start in Scouting, at the top of the column; the contact becomes primary. */
  createPartner: channel<PartnerDetail>()(
    z.strictObject({ partner: partnerInputSchema, contact: contactInputSchema.nullable() }),
  ),
  updatePartner: channel<Partner>()(z.strictObject({ id, partner: partnerInputSchema })),
  /** Active or archived partners with this name (case and accents ignored), for a warning. */
  findSameName: channel<{ id: number; name: string; archived: boolean }[]>()(
    z.strictObject({ name: z.string().max(500), excludeId: id.nullable() }),
  ),
  movePartner: channel<MoveResult>()(moveInputSchema),
  undoMove: channel<MoveResult>()(undoMoveInputSchema),
  archivePartner: channel<{ id: number; archivedAt: string }>()(partnerIdInput),
  /** Back on the board where it was. */
  restorePartner: channel<BoardCard>()(partnerIdInput),
  /**
   * Only archived partners can be deleted. They move, with everything logged about them, to
   * "Recently deleted" for `recycleBinDays`.
   */
  deletePartner: channel<{ id: number; deletedAt: string }>()(partnerIdInput),
  listArchived: channel<ArchivedPartner[]>()(noInput),
  /** "Recently deleted", newest first. */
  listDeleted: channel<DeletedPartner[]>()(noInput),
  /** From "Recently deleted" back to the archive. */
  undeletePartner: channel<ArchivedPartner>()(partnerIdInput),
  /** Removes a partner in "Recently deleted" for good. */
  purgePartner: channel<{ id: number }>()(partnerIdInput),

  /** Creates (no id) or updates a contact; answers all contacts of the partner. */
  saveContact: channel<Contact[]>()(
    z.strictObject({ partnerId: id, id: id.nullable(), contact: contactInputSchema }),
  ),
  deleteContact: channel<Contact[]>()(z.strictObject({ partnerId: id, id })),
  saveInteraction: channel<Interaction>()(
    z.strictObject({ partnerId: id, id: id.nullable(), interaction: interactionInputSchema }),
  ),
  deleteInteraction: channel<{ id: number }>()(z.strictObject({ partnerId: id, id })),
  /** Marks an interaction's next step done (or open again). */
  setFollowUpDone: channel<Interaction>()(z.strictObject({ partnerId: id, id, done: z.boolean() })),
  /** Ticks or unticks one action; answers the ticked keys of that phase. */
  setChecklistItem: channel<string[]>()(checklistInputSchema),

  /**
   * What the overlap view computes with: name, types, group, phase and country of every active
   * partner, compactly (`decodeOverlapFacts` turns it into a list).
   */
  getOverlapData: channel<OverlapFactsWire>()(noInput),
  /** One of the overlap view's tables as CSV; `savedTo` is null when the save was cancelled. */
  exportOverlapCsv: channel<{ savedTo: string | null }>()(
    z.strictObject({
      table: z.enum(overlapTables, { error: 'Choose a table to export.' }),
      filter: overlapFilterSchema,
    }),
  ),
  /** The overlap view, as filtered, as a one-page report; `savedTo` is null when cancelled. */
  exportOverlapReport: channel<{ savedTo: string | null }>()(
    z.strictObject({
      format: z.enum(overlapReportFormats, { error: 'Choose PDF or Word.' }),
      filter: overlapFilterSchema,
    }),
  ),
  /** Ideas for growing a partnership: types its peers commonly have and it does not. */
  getSuggestions: channel<SuggestionList>()(z.strictObject({ partnerId: id })),
  dismissSuggestion: channel<SuggestionList>()(
    z.strictObject({
      partnerId: id,
      type: z.enum(partnershipTypes, { error: 'Choose a partnership type.' }),
    }),
  ),
  /** Brings back every idea dismissed for the partner. */
  restoreSuggestions: channel<SuggestionList>()(z.strictObject({ partnerId: id })),
  /**
   * What the activity view computes with: every partner not deleted (archived ones too) and every
   * phase move, compactly (`decodeActivityFacts`), with the backend clock's "now".
   */
  getActivityData: channel<ActivityFactsWire>()(noInput),
  /** One of the activity view's tables as CSV; `savedTo` is null when the save was cancelled. */
  exportActivityCsv: channel<{ savedTo: string | null }>()(
    z.strictObject({
      table: z.enum(activityTables, { error: 'Choose a table to export.' }),
      filter: activityFilterSchema,
    }),
  ),
  /** The year's partnership activity as a report (PDF, Word or both), recorded in the history. */
  exportAnnualReport: channel<AnnualReportResult>()(annualReportInputSchema),
  /** The export form's starting point: the template's input pre-filled from what is known. */
  getDocumentDraft: channel<DocumentDraft>()(draftInputSchema),
  /**
   * Renders, saves (desktop: a save dialog; browser mode: the exports folder) and records each
   * format; an MoU or LoI also creates or updates the partner's agreement.
   */
  exportDocument: channel<ExportResult>()(exportInputSchema),
  /** The partner's document history, newest first. */
  listDocuments: channel<DocumentRecord[]>()(z.strictObject({ partnerId: id })),
  /** Opens a recorded file in its program; browser mode cannot and answers the path. */
  openDocument: channel<FileActionResult>()(fileActionInputSchema),
  showDocumentInFolder: channel<FileActionResult>()(fileActionInputSchema),
  /** The partner's agreements, newest first. */
  listAgreements: channel<Agreement[]>()(z.strictObject({ partnerId: id })),
  /** draft → sent → signed → expired; signed needs the signing day. */
  setAgreementStatus: channel<Agreement>()(agreementStatusInputSchema),
  /** Keeps a copy of the signed agreement in the data folder. */
  attachSignedScan: channel<Agreement>()(attachScanInputSchema),
  /** Writes everything as JSON, or partners or contacts as CSV, through the save dialog. */
  exportData: channel<DataExportResult>()(exportDataSchema),
  /** Reads a CSV, Excel or JSON export file (or re-maps the one read before) without importing. */
  previewImport: channel<ImportPreview>()(previewImportSchema),
  /** Imports the previewed file with the mapping and decisions: every row or none. */
  commitImport: channel<ImportReport>()(commitImportSchema),

  /**
   * "What should I do today?": follow-ups due and overdue, agreements to renew or chase,
   * stalled partners and check-ins due, for the local day in the given time zone.
   */
  getToday: channel<TodayList>()(todayInputSchema),
  /** Moves an open follow-up to another day. */
  snoozeFollowUp: channel<Interaction>()(snoozeInputSchema),
  getTodaySettings: channel<TodaySettings>()(noInput),
  saveTodaySettings: channel<TodaySettings>()(todaySettingsSchema),
  /**
   * Shows a system notification; resolves once it is clicked (`clicked: true`) or closed.
   * Browser mode shows none and answers `shown: false` at once.
   */
  notify: channel<{ shown: boolean; clicked: boolean }>()(notifyInputSchema),
  /** The number on the app's icon (where the system has one); 0 clears it. */
  setBadgeCount: channel<{ shown: boolean }>()(badgeInputSchema),

  /** What start-up found: ok, damaged (with the kept file and newest backup) or unavailable. */
  getStartupState: channel<StartupState>()(noInput),
  /** Newest first. */
  listBackups: channel<BackupInfo[]>()(noInput),
  backUpNow: channel<BackupInfo>()(noInput),
  /** Replaces the data with a backup from the list; the current data is backed up first. */
  restoreBackup: channel<RestoreResult>()(z.strictObject({ name: backupNameSchema })),
  /** Replaces the data with a Partnerloom database file the coordinator chose. */
  restoreFromFile: channel<RestoreResult>()(restoreFileSchema),
  /** After damage: a new, empty database; the damaged file stays where it was put. */
  startEmpty: channel<StartupState>()(noInput),
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const channels = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** What a caller passes. */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives, after validation and normalisation. */
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelResult<C extends Channel> =
  Contract[C] extends ChannelSpec<z.ZodType, infer R> ? R : never;

type Args<C extends Channel> = undefined extends ChannelInput<C> ? [] : [input: ChannelInput<C>];

/** The client's shape: one async function per channel, resolving to a Result envelope. */
export type Api = {
  [C in Channel]: (...args: Args<C>) => Promise<Result<ChannelResult<C>>>;
};

/** IPC channel name of a contract channel (Electron transport). */
export const ipcChannelName = (c: Channel): string => `partnerloom:${c}`;

/** URL path of a contract channel (browser-mode HTTP transport). */
export const httpPathPrefix = '/api/';
export const httpChannelPath = (c: Channel): string => `${httpPathPrefix}${c}`;

/** Header that carries browser mode's per-launch secret. */
export const tokenHeader = 'x-partnerloom-token';
