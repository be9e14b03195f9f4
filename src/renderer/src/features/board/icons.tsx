import type { SVGProps } from 'react';

/** Small stroke icons (24×24 grid); decorative, so hidden from assistive technology. */
export function StrokeIcon({
  children,
  size = 14,
  ...props
}: SVGProps<SVGSVGElement> & { size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      {children}
    </svg>
  );
}

type IconProps = SVGProps<SVGSVGElement> & { size?: number };

export const UserIcon = (p: IconProps) => (
  <StrokeIcon {...p}>
    <circle cx="12" cy="8" r="4" />
    <path d="M4 21v-1a6 6 0 0 1 6-6h4a6 6 0 0 1 6 6v1" />
  </StrokeIcon>
);

export const ClockIcon = (p: IconProps) => (
  <StrokeIcon {...p}>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 7v5l3 3" />
  </StrokeIcon>
);

export const ChecklistIcon = (p: IconProps) => (
  <StrokeIcon {...p}>
    <path d="M4 6l2 2 3-3M4 13l2 2 3-3M13 7h7M13 14h7M4 19h16" />
  </StrokeIcon>
);

export const CalendarIcon = (p: IconProps) => (
  <StrokeIcon {...p}>
    <rect x="4" y="5" width="16" height="16" rx="2" />
    <path d="M16 3v4M8 3v4M4 11h16" />
  </StrokeIcon>
);

export const MoveIcon = (p: IconProps) => (
  <StrokeIcon {...p}>
    <path d="M20 7H4M16 3l4 4-4 4M4 17h16M8 13l-4 4 4 4" />
  </StrokeIcon>
);

export const SearchIcon = (p: IconProps) => (
  <StrokeIcon {...p}>
    <circle cx="10" cy="10" r="7" />
    <path d="M21 21l-6-6" />
  </StrokeIcon>
);

export const PlusIcon = (p: IconProps) => (
  <StrokeIcon {...p}>
    <path d="M12 5v14M5 12h14" />
  </StrokeIcon>
);

export const KeyboardIcon = (p: IconProps) => (
  <StrokeIcon {...p}>
    <rect x="2" y="6" width="20" height="12" rx="2" />
    <path d="M6 10h.01M10 10h.01M14 10h.01M18 10h.01M7 14h10" />
  </StrokeIcon>
);
