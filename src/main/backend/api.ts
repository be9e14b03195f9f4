import {
  type Channel,
  type ChannelParsedInput,
  type ChannelResult,
  contract,
  isChannel,
} from '../../shared/api';
import { type Result, fail, invalidInput, ok } from '../../shared/result';
import type { DataSafety } from './backup/dataSafety';
import type { Clock } from './clock';
import { AppError } from './errors';
import type { Services } from './services';

export type Handler<C extends Channel> = (
  input: ChannelParsedInput<C>,
) => ChannelResult<C> | Promise<ChannelResult<C>>;

/** One handler per contract channel; the type makes a missing or extra one a compile error. */
export type HandlerTable = { [C in Channel]: Handler<C> };

export function createHandlers(services: Services, safety: DataSafety, clock: Clock): HandlerTable {
  return {
    getAppInfo: () => ({ ...services.appInfo, now: clock.now().toISOString() }),
    getInstitution: () => services.institution.get(),
    saveInstitution: (input) => services.institution.save(input),

    getBoard: () => services.board.board(),
    findPartners: (input) => services.board.find(input),
    getPartner: (input) => services.partners.get(input),
    createPartner: (input) => services.partners.create(input),
    updatePartner: (input) => services.partners.update(input),
    findSameName: (input) => services.partners.findSameName(input),
    movePartner: (input) => services.board.move(input),
    undoMove: (input) => services.board.undo(input),
    archivePartner: (input) => services.partners.archive(input),
    restorePartner: (input) => services.partners.restore(input),
    deletePartner: (input) => services.partners.remove(input),
    listArchived: () => services.partners.listArchived(),
    listDeleted: () => services.partners.listDeleted(),
    undeletePartner: (input) => services.partners.undelete(input),
    purgePartner: (input) => services.partners.purge(input),

    saveContact: (input) => services.contacts.save(input),
    deleteContact: (input) => services.contacts.remove(input),
    saveInteraction: (input) => services.interactions.save(input),
    deleteInteraction: (input) => services.interactions.remove(input),
    setFollowUpDone: (input) => services.interactions.setFollowUpDone(input),
    setChecklistItem: (input) => services.checklist.set(input),

    getOverlapData: () => services.overlap.data(),
    exportOverlapCsv: (input) => services.overlap.exportCsv(input),
    exportOverlapReport: (input) => services.overlap.exportReport(input),
    getSuggestions: (input) => services.overlap.suggestions(input),
    dismissSuggestion: (input) => services.overlap.dismiss(input),
    restoreSuggestions: (input) => services.overlap.restore(input),
    getActivityData: () => services.activity.data(),
    exportActivityCsv: (input) => services.activity.exportCsv(input),
    exportAnnualReport: (input) => services.activity.exportAnnualReport(input),
    getDocumentDraft: (input) => services.documents.draft(input),
    exportDocument: (input) => services.documents.export(input),
    listDocuments: (input) => services.documents.list(input),
    openDocument: (input) => services.documents.open(input),
    showDocumentInFolder: (input) => services.documents.showInFolder(input),
    listAgreements: (input) => services.agreements.list(input),
    setAgreementStatus: (input) => services.agreements.setStatus(input),
    attachSignedScan: (input) => services.agreements.attachSignedScan(input),
    exportData: (input) => services.portability.exportData(input),
    previewImport: (input) => services.portability.previewImport(input),
    commitImport: (input) => services.portability.commitImport(input),

    getToday: (input) => services.today.list(input),
    snoozeFollowUp: (input) => services.interactions.snooze(input),
    getTodaySettings: () => services.today.settings(),
    saveTodaySettings: (input) => services.today.saveSettings(input),
    notify: (input) => services.today.notify(input),
    setBadgeCount: (input) => services.today.setBadgeCount(input),

    getStartupState: () => safety.startupState(),
    listBackups: () => safety.listBackups(),
    backUpNow: () => safety.backUpNow(),
    restoreBackup: ({ name }) => safety.restoreBackup(name),
    restoreFromFile: ({ fileName, dataBase64 }) => safety.restoreFromFile(fileName, dataBase64),
    startEmpty: () => safety.startEmpty(),
  };
}

export type Logger = (message: string, error: unknown) => void;

/**
 * The single entrance for both transports: checks the channel, validates the raw input
 * against the contract, runs the handler and wraps every outcome in a Result envelope.
 * Unexpected errors are logged and reach the caller only as a plain sentence.
 */
export async function dispatch(
  handlers: HandlerTable,
  channelName: unknown,
  rawInput: unknown,
  log: Logger = (m, e) => console.error(m, e),
): Promise<Result<unknown>> {
  if (!isChannel(channelName)) {
    return fail({ code: 'unknown_channel', message: 'The app asked for something unknown.' });
  }
  const parsed = contract[channelName].input.safeParse(rawInput);
  if (!parsed.success) return fail(invalidInput(parsed.error));
  try {
    const handler = handlers[channelName] as (input: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof AppError) return fail(error.toApiError());
    log(`Request ${channelName} failed`, error);
    return fail({
      code: 'internal',
      message: 'Something went wrong while handling this request. Your saved data is unchanged.',
    });
  }
}
