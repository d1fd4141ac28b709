/**
 * The findings the /latest/ figures state in their titles (register attendance only), each true once the values
 * are rounded as the page shows them (1 dp), else null so the figure keeps its neutral title.
 */
import { CURRENT_REGISTER_YEAR, type RegisterPeriod } from '../../config/attendance';
import { clearLeader, countOf, directions, majority, type Valued } from '../../derive/finding-title';
import { areaPhrase } from '../../derive/trend-text';
import { round } from '../../lib/format';

type Week = { week: number; value: number | null };

/** "Absence in England was lower in autumn 2025 than in autumn 2024 in 6 of 9 weeks": the weeks both years have. */
export function weeklyFinding(area: string, now: readonly Week[], before: readonly Week[], years: [string, string]) {
  const earlier = new Map(before.map((p) => [p.week, p.value]));
  const tally = directions(
    now.map((p) => {
      const b = earlier.get(p.week);
      return p.value === null || b == null ? null : round(p.value) - round(b);
    }),
  );
  const way = majority(tally);
  if (!way) return null;
  const autumn = (year: string) => `autumn ${year.slice(0, 4)}`;
  return `Absence in ${areaPhrase(area)} was ${way === 'up' ? 'higher' : 'lower'} in ${autumn(years[1])} than in ${autumn(years[0])} in ${countOf(way === 'up' ? tally.up : tally.down, tally.n)} weeks`;
}

/** "in 2025/26 so far", "in the autumn term of 2024/25", "in autumn weeks 37-45 of 2025/26". */
function periodPhrase(period: RegisterPeriod, year: string): string {
  if (period === 'ytd') return year === CURRENT_REGISTER_YEAR ? `in ${year} so far` : `in ${year}`;
  if (period === 'autumn-to-45') return `in autumn weeks 37-45 of ${year}`;
  return `in the ${period} term of ${year}`;
}

/** "Illness was the most common reason for absence in England in 2025/26 so far": the latest year's clear leader. */
export function reasonFinding(area: string, period: RegisterPeriod, year: string, reasons: readonly Valued[]) {
  const top = clearLeader(reasons);
  if (!top) return null;
  const verb = /[^s]s$/.test(top.name) ? 'were' : 'was';
  return `${top.name} ${verb} the most common reason for absence in ${areaPhrase(area)} ${periodPhrase(period, year)}`;
}
