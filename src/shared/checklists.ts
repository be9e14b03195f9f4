import type { Phase } from './domain';

/**
 * The key actions of each phase of relationship building, ticked per partner. Keys are
 * stored; labels may be reworded freely. A key is never reused for a different action.
 */
export interface ChecklistAction {
  key: string;
  label: string;
}

export const phaseChecklists: Record<Phase, readonly ChecklistAction[]> = {
  scouting: [
    { key: 'fit_goals', label: 'Check how the organisation fits our goals and target groups' },
    { key: 'selection_criteria', label: 'Compare it with our partner selection criteria' },
    {
      key: 'research_sources',
      label: 'Look it up in directories, EU project databases or LinkedIn',
    },
    { key: 'spot_at_events', label: 'Meet or notice it at a fair, network event or webinar' },
    { key: 'log_prospect', label: 'Record the prospect with a contact person and first notes' },
  ],
  first_contact: [
    { key: 'personal_message', label: 'Send a short, personal email or LinkedIn message' },
    { key: 'share_introduction', label: 'Share our one-page introduction or a link about us' },
    { key: 'state_interest', label: 'Say clearly what kind of cooperation we are looking for' },
    { key: 'warm_introduction', label: 'Ask a mutual contact for an introduction, where possible' },
    { key: 'propose_meeting', label: 'Propose a first call or meeting' },
  ],
  proposal: [
    { key: 'structured_meeting', label: 'Hold a structured meeting about possible cooperation' },
    { key: 'mutual_goals', label: 'Agree on shared goals, benefits for both sides and risks' },
    { key: 'outline', label: 'Draft an outline: who does what, funding and timeline' },
    { key: 'mou_loi', label: 'Decide whether to prepare an MoU or a Letter of Intent' },
    { key: 'resources_check', label: 'Check that resources and timelines are realistic' },
  ],
  collaboration_setup: [
    { key: 'sign_agreement', label: 'Sign the agreement (MoU, contract or Erasmus+ agreement)' },
    { key: 'contact_points', label: 'Name contact persons and set a meeting rhythm' },
    { key: 'kpis', label: 'Agree on deliverables and how success is measured' },
    { key: 'tools', label: 'Agree on shared tools and folders' },
    { key: 'document_agreements', label: 'Write down every agreement, informal ones too' },
    { key: 'start_small', label: 'Start with a small first activity while trust grows' },
  ],
  maintenance_growth: [
    { key: 'review_progress', label: 'Review progress together (a quarterly check-in)' },
    { key: 'share_results', label: 'Share results and feedback, and celebrate successes' },
    { key: 'new_opportunities', label: 'Look for new opportunities, such as new funding' },
    { key: 'stay_in_touch', label: 'Keep in touch between projects' },
    { key: 'joint_visibility', label: 'Plan joint visibility: co-branded events, success stories' },
  ],
};

export const checklistTotal = (phase: Phase): number => phaseChecklists[phase].length;

export const isChecklistKey = (phase: Phase, key: string): boolean =>
  phaseChecklists[phase].some((a) => a.key === key);
