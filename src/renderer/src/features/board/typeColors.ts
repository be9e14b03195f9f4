import type { CSSProperties } from 'react';
import type { PartnershipType } from '../../../../shared/domain';

/**
 * One Mantine palette colour per partnership type. Chips use the pale shade as background
 * and dark grey text, so every chip reads at well above AA contrast whatever its colour.
 */
export const typeColors: Record<PartnershipType, string> = {
  training: 'blue',
  mobility: 'cyan',
  innovation: 'violet',
  funding: 'yellow',
  infrastructure: 'gray',
  hr_talent: 'orange',
  quality_certification: 'teal',
  entrepreneurship: 'pink',
  community_inclusion: 'green',
  international_alliances: 'indigo',
  data_intelligence: 'grape',
};

/** CSS variables the `.chip` class reads. */
export function chipStyle(type: PartnershipType): CSSProperties {
  const c = typeColors[type];
  return {
    '--chip-bg': `var(--mantine-color-${c}-1)`,
    '--chip-border': `var(--mantine-color-${c}-4)`,
  } as CSSProperties;
}
