/** The /latest/ page's computations on the committed register data: comparisons that name their weeks, honest gaps. */
import { describe, expect, it } from 'vitest';
import { areaAttendance, registerAreaList } from '../../../src/views/latest/area-data';
import { latestSentences, measureOf, reasonShares, weeklyRates } from '../../../src/views/latest/model';
import { everyAreaTable, tableNote } from '../../../src/views/latest/tables';
import { registerAttendanceFigures } from '../../../src/figures/register-attendance';

describe('the This year page model', () => {
  const england = areaAttendance('E92000001');

  it("says which weeks this year's and last year's figures cover, and compares the same autumn weeks", () => {
    const [ytd, autumn] = latestSentences(england, 'Total');
    expect(ytd).toMatch(
      /^So far in 2025\/26 \(to week 26 of 2026 .*\), pupils in England missed 6\.9% of possible sessions, about the same as over the whole of 2024\/25 \(6\.9%; 0\.0 pp\)/,
    );
    expect(autumn).toMatch(/^Over the same autumn weeks \(37 to 45\), overall absence was 5\.9% in 2025\/26/);
  });

  it('gives the North, Midlands and South no persistent absence, and says why', () => {
    const north = areaAttendance('MR-NORTH');
    expect(measureOf(north, 'ytd', 'Total', '2025/26', 'persistent')).toBeNull();
    expect(measureOf(north, 'ytd', 'Total', '2025/26', 'overall')).toBeCloseTo(7.09, 2);
    expect(latestSentences(north, 'Total').join(' ')).toContain('without the pupil counts needed to combine regions');
    expect(tableNote('persistent-ytd', 'Total')).toContain('choose a school type');
  });

  it('has a row for England, the three macro-regions, nine regions and every LA, former LAs marked, in the every-area table', () => {
    const table = everyAreaTable(registerAreaList, areaAttendance, 'overall-ytd', 'Total');
    expect(table.rows).toHaveLength(1 + 3 + 9 + 153 + 3);
    const names = table.rows.map((r) => r[0]);
    expect(names).toContain('Cumbria (former LA, until 1 April 2023)');
    expect(names).toContain('Somerset (from 1 April 2023)');
    expect(table.rows[0]).toEqual(['England (country)', '7.5', '7.2', '6.9', '6.9', '0.0']);
  });

  it('breaks the weekly series at half term and never bridges it', () => {
    const weeks = weeklyRates(england, 'Total', '2025/26', 'overall').map((w) => w.week);
    expect(weeks).toEqual([37, 38, 39, 40, 41, 42, 43, 45]);
  });

  it("leaves out an LA's own half-term week, where a few registers give 100% (Hull, week 44 of 2023)", () => {
    const hull = weeklyRates(areaAttendance('E06000010'), 'Total', '2023/24', 'overall');
    expect(hull.find((w) => w.week === 44)!.value).toBeNull();
    expect(hull.find((w) => w.week === 45)!.value).toBeGreaterThan(3);
  });

  it('has no term figures for 2025/26 (DfE has not published them): the reasons chart says no data rather than 0', () => {
    const autumn = reasonShares(england, 'autumn', 'Total').filter((r) => r.year === '2025/26');
    expect(autumn.every((r) => r.value === null)).toBe(true);
  });

  it("names the register release and week in every figure's provenance", () => {
    for (const figure of Object.values(registerAttendanceFigures)) {
      const releases = figure.provenance.flatMap((p) => p.sources.map((s) => s.release));
      expect(releases.some((r) => /week (26|45) of (2026|2025)/.test(r))).toBe(true);
    }
  });
});
