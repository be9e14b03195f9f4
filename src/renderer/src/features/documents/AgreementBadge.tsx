import { type CardAgreement, agreementState } from '../../../../shared/agreement';
import classes from './documents.module.css';

/** "MoU signed", "MoU expires in 41 days" (warning colour), "MoU expired". */
export function AgreementBadge({ agreement, today }: { agreement: CardAgreement; today: string }) {
  const state = agreementState(agreement, today);
  return (
    <span className={classes.badge} data-tone={state.tone}>
      {state.label}
    </span>
  );
}
