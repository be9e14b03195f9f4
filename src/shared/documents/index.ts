/**
 * Document templates: pure functions from data to the document model, shared by the preview
 * in the renderer and the Word/PDF renderers in the main process (src/main/backend/documents).
 */
export * from './inputs';
export * from './model';
export {
  catalogues,
  catalogueLanguages,
  fill,
  type Catalogue,
  type CatalogueLanguage,
} from './catalogue';
export { agreementModel } from './agreementModel';
export { onePagerModel } from './onePagerModel';
export { agendaModel, agendaSchedule, type ScheduledSection } from './agendaModel';
export { firstContactEmail, type EmailDraft } from './firstContactEmail';
export { emailModel, templateModel } from './templateModel';
export { missingFields } from './missingFields';
export { documentFileName } from './documentFileName';
export {
  agendaInputFrom,
  agreementInputFrom,
  agreementReference,
  emailInputFrom,
  fieldsSought,
  institutionParty,
  onePagerInputFrom,
  partnerParty,
  type Sender,
} from './prefill';
export { formatDate } from './format';
