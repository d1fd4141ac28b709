/**
 * Adapter for Trafford Data Lab's long-format copy of IoD2025 File 10 (lower-tier districts): the IDACI
 * share of LSOAs in the most deprived 10% per 2024 district. Used to cross-check our LSOA counts.
 */
import { readCsv, rowNumber } from '../lib/read-csv';
import { parseNumber, parseText } from '../lib/values';

const IDACI = 'Income Deprivation Affecting Children';

export function readIdaci2025DistrictShares(path: string, label: string): Map<string, number | null> {
  const table = readCsv(path, ['area_code', 'index_domain', 'proportion_bottom_decile'], label);
  const shares = new Map<string, number | null>();
  table.rows.forEach((r, i) => {
    if (r.index_domain.trim() !== IDACI) return;
    const at = (column: string) => ({ file: label, row: rowNumber(i), column });
    shares.set(
      parseText(r.area_code, at('area_code'), /^E\d{8}$/),
      parseNumber(r.proportion_bottom_decile, at('proportion_bottom_decile')),
    );
  });
  return shares;
}
