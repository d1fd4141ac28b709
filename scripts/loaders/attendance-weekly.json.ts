/** data/attendance-weekly.json: each autumn term's weekly register attendance, per area and school type. */
import { REGISTER_YEARS } from '../../src/config/attendance';
import { ENGLAND } from '../../src/config/geography';
import { WEEKLY_FIELDS } from '../../src/data/attendance-columns';
import type { Loader } from '../lib/loader';
import { provenanceFor } from '../lib/provenance';
import { stableJson } from '../lib/write';
import { WEEKLY_SOURCES, readWeekRows } from './attendance-read';
import { withDerived } from './attendance.json.ts';

const loader: Loader = {
  output: 'attendance-weekly.json',
  sources: WEEKLY_SOURCES,
  build(dir) {
    const rows = withDerived(readWeekRows(dir), (r) => `${r.year}|${r.week}`);
    // Weeks DfE published for England; half-term weeks, when few schools are open, have LA rows only.
    const weeks = Object.fromEntries(
      REGISTER_YEARS.map((year) => [
        year,
        [
          ...new Set(
            rows
              .filter((r) => r.year === year && r.code === ENGLAND.code && r.schoolType === 'Total')
              .map((r) => r.week),
          ),
        ].sort((a, b) => a - b),
      ]),
    );
    const series: Record<string, Record<string, Record<string, ((number | null)[] | null)[]>>> = {};
    const index = new Map(rows.map((r) => [`${r.code}|${r.schoolType}|${r.year}|${r.week}`, r]));
    const keys = [...new Set(rows.map((r) => `${r.code}|${r.schoolType}`))].sort();
    for (const key of keys) {
      const [code, type] = key.split('|');
      for (const year of REGISTER_YEARS) {
        const values = weeks[year].map((w) => {
          const r = index.get(`${key}|${year}|${w}`);
          return r ? WEEKLY_FIELDS.map((f) => r[f]) : null;
        });
        if (values.every((v) => v === null)) continue;
        ((series[code] ??= {})[type] ??= {})[year] = values;
      }
    }
    const provenance = provenanceFor('attendance-weekly.json', loader.sources, [
      'Kept the autumn-term weeks of each weekly file (week numbers as published); the January weeks of the 2022/23 file are left out.',
      'Kept the weeks DfE published for England; half-term weeks (only a few LAs open) are left out.',
      `Kept per week: ${WEEKLY_FIELDS.join(', ')} sessions; rates are recomputed from them.`,
      'Added "All schools" for LAs (not published before 2025/26) as the sum of primary, secondary and special; null when a part is suppressed.',
      "Added North, Midlands and South by summing their regions' counts.",
    ]);
    return stableJson({ provenance, fields: WEEKLY_FIELDS, weeks, series });
  },
};
export default loader;
