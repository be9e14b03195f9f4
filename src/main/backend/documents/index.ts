/** Document output in the main process: Word, PDF, calendar event and email draft. */
export { renderDocx } from './renderDocx';
export { renderPdf } from './renderPdf';
export { fontFiles } from './fontFiles';
export { buildIcs } from './buildIcs';
export { buildEml } from './buildEml';
export { cleanText } from './cleanText';
export { defaultFontsDir, fontsDirFor } from './fontsDir';
