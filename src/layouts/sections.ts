/** The site's main views, in navigation order. A view is linked only once its page exists. */
export interface Section {
  href: string;
  label: string;
  /** One line for the 404 page and link lists. */
  description: string;
  /** Other top-level paths that belong to this section (e.g. /compare/ to local authorities). */
  also?: string[];
}

export const SECTIONS: readonly Section[] = [
  {
    href: '/latest/',
    label: 'This year',
    description: 'This school year so far, from the daily registers: week by week, by reason, against earlier years.',
  },
  {
    href: '/map/',
    label: 'Map',
    description: 'Absence against child income deprivation, school readiness or attainment, by local authority.',
  },
  {
    href: '/trends/',
    label: 'Regional trends',
    description: 'North, Midlands and South before, during and after COVID.',
  },
  {
    href: '/subgroups/',
    label: 'Subgroups',
    description: 'Who misses school: free school meals, SEN, ethnicity, school type.',
  },
  {
    href: '/la/',
    label: 'Local authorities',
    description: 'A profile of every local authority, and comparisons.',
    also: ['/compare/'],
  },
  {
    href: '/benchmark/',
    label: 'Benchmarking',
    description: 'Is a local authority different from England by more than chance, and where absence rose most.',
  },
  { href: '/context/', label: 'Context', description: 'School readiness, SEND, attainment and absence side by side.' },
  { href: '/data/', label: 'Data', description: 'Every dataset, its columns and sources, and how to rebuild it.' },
  {
    href: '/about/',
    label: 'About & methodology',
    description: 'Definitions, geography, periods, deprivation measures and caveats.',
  },
];

const pages = Object.keys(import.meta.glob('../pages/**/*.{astro,md,ts}'));
const topLevelPaths = new Set(
  pages.map(
    (p) =>
      `/${
        p
          .replace('../pages/', '')
          .replace(/\.(astro|md|ts)$/, '')
          .split('/')[0]
      }/`,
  ),
);

/** Sections whose page has been built into the site. */
export const liveSections: readonly Section[] = SECTIONS.filter((s) => topLevelPaths.has(s.href));

/** The section a path belongs to, for aria-current. */
export function sectionOf(pathname: string): Section | undefined {
  const top = `/${pathname.split('/')[1] ?? ''}/`;
  return SECTIONS.find((s) => s.href === top || s.also?.includes(top));
}
