import {
  interactionKindLabels,
  interactionKinds,
  organisationSizeLabels,
  organisationSizes,
  partnerSourceGroups,
  partnerSourceLabels,
  partnershipTypeLabels,
  partnershipTypes,
  type Phase,
  stakeholderGroupLabels,
  stakeholderGroups,
} from '../../../../shared/domain';

/** Choices for the partner form's selects, built once from the domain's labels. */

export const stakeholderGroupOptions = stakeholderGroups.map((value) => ({
  value,
  label: stakeholderGroupLabels[value],
}));

export const sourceOptions = partnerSourceGroups.map((group) => ({
  group: group.label,
  items: group.sources.map((value) => ({ value, label: partnerSourceLabels[value] })),
}));

export const sizeOptions = organisationSizes.map((value) => ({
  value,
  label: organisationSizeLabels[value],
}));

export const typeOptions = partnershipTypes.map((value) => ({
  value,
  label: partnershipTypeLabels[value],
}));

export const kindOptions = interactionKinds.map((value) => ({
  value,
  label: interactionKindLabels[value],
}));

/** One colour per phase, the same order as the board's columns. */
export const phaseColors: Record<Phase, string> = {
  scouting: 'gray',
  first_contact: 'blue',
  proposal: 'violet',
  collaboration_setup: 'orange',
  maintenance_growth: 'teal',
};
