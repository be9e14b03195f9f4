import fs from 'node:fs';
import path from 'node:path';
import sanitize from 'sanitize-filename';
import {
  type Agreement,
  agreementStatusLabels,
  canMoveStatus,
  extensionOf,
  maxScanBytes,
} from '../../../shared/agreement';
import type { ChannelParsedInput } from '../../../shared/api';
import type { Clock } from '../clock';
import { AppError } from '../errors';
import { freeFileName } from '../exportFolder';
import type { PartnerRepositories } from '../repositories/partnerRepositories';
import { requirePartner } from './partnerGuards';

const agreementGone = () =>
  new AppError(
    'not_found',
    'This agreement no longer exists. It may have been deleted in another window.',
  );

/** The first bytes of each accepted file type: a renamed file of another type is refused. */
const signatures: Record<string, number[]> = {
  pdf: [0x25, 0x50, 0x44, 0x46], // %PDF
  png: [0x89, 0x50, 0x4e, 0x47],
  jpg: [0xff, 0xd8, 0xff],
  jpeg: [0xff, 0xd8, 0xff],
};

/**
 * The coordinator's bookkeeping of agreements: the status (draft → sent → signed → expired),
 * the validity dates and the signed copy, kept in `<dataDir>/attachments/`.
 */
export function createAgreementService(repos: PartnerRepositories, clock: Clock, dataDir: string) {
  const now = () => clock.now().toISOString();
  const today = () => now().slice(0, 10);

  function requireAgreement(partnerId: number, id: number): Agreement {
    requirePartner(repos, partnerId);
    const agreement = repos.agreements.get(partnerId, id);
    if (!agreement) throw agreementGone();
    return agreement;
  }

  return {
    list: ({ partnerId }: ChannelParsedInput<'listAgreements'>): Agreement[] => {
      requirePartner(repos, partnerId);
      return repos.agreements.list(partnerId);
    },

    setStatus(input: ChannelParsedInput<'setAgreementStatus'>): Agreement {
      return repos.transaction(() => {
        const current = requireAgreement(input.partnerId, input.id);
        if (!canMoveStatus(current.status, input.status)) {
          throw new AppError(
            'conflict',
            `A ${agreementStatusLabels[current.status].toLowerCase()} agreement cannot be marked ${agreementStatusLabels[input.status].toLowerCase()}.` +
              (current.status === 'expired'
                ? ' Export a new agreement instead.'
                : current.status === 'signed'
                  ? ' A signed agreement can only expire.'
                  : ''),
          );
        }
        if (input.signedOn !== null && input.signedOn > today()) {
          throw new AppError('invalid_input', 'The signing date cannot be in the future.', {
            signedOn: 'The signing date cannot be in the future.',
          });
        }
        const at = now();
        const keepsSigning = input.status === 'signed' || input.status === 'expired';
        repos.agreements.setStatus(input.partnerId, input.id, {
          status: input.status,
          sentAt:
            input.status === 'draft'
              ? null
              : (current.sentAt ?? (input.status === 'sent' ? at : null)),
          signedOn: keepsSigning ? (input.signedOn ?? current.signedOn) : null,
          validFrom: input.validFrom,
          validUntil: input.validUntil,
          now: at,
        });
        repos.partners.touch(input.partnerId, at);
        return requireAgreement(input.partnerId, input.id);
      });
    },

    /**
     * Copies the signed copy into the data folder under a name of our own making (the
     * agreement's reference and the original name, cleaned), so that nothing outside the
     * attachments folder is ever written, and records it. A previous copy stays on disk.
     */
    attachSignedScan(input: ChannelParsedInput<'attachSignedScan'>): Agreement {
      const agreement = requireAgreement(input.partnerId, input.id);
      const data = Buffer.from(input.dataBase64, 'base64');
      if (data.length === 0) throw new AppError('invalid_input', 'The file is empty.');
      if (data.length > maxScanBytes) {
        throw new AppError('invalid_input', 'The file is larger than 20 MB.');
      }
      const ext = extensionOf(input.fileName);
      const signature = signatures[ext] ?? [];
      if (!signature.every((byte, i) => data[i] === byte)) {
        throw new AppError(
          'invalid_input',
          `This file is not a ${ext === 'pdf' ? 'PDF' : ext.toUpperCase()} file, though its name says so.`,
        );
      }
      const dir = path.join(dataDir, 'attachments');
      fs.mkdirSync(dir, { recursive: true });
      const stem = sanitize(path.basename(input.fileName, path.extname(input.fileName)), {
        replacement: '_',
      }).slice(0, 80);
      const name = freeFileName(
        dir,
        `${agreement.reference} signed${stem ? ` – ${stem}` : ''}.${ext}`,
      );
      const target = path.join(dir, name);
      fs.writeFileSync(target, data, { flag: 'wx' });
      repos.transaction(() => {
        repos.agreements.setSignedScan(agreement.id, target, now());
        repos.partners.touch(input.partnerId, now());
      });
      return requireAgreement(input.partnerId, input.id);
    },
  };
}
