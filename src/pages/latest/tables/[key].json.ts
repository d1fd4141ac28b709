/** /latest/tables/<comparison>--<type>.json: the every-area table of /latest/ for one state, fetched when the state changes. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { REGISTER_SCHOOL_TYPES } from '../../../config/attendance';
import { areaAttendance, registerAreaList } from '../../../views/latest/area-data';
import { COMPARISONS, everyAreaTable, tableNote } from '../../../views/latest/tables';

export const getStaticPaths = (() =>
  COMPARISONS.flatMap((comparison) =>
    REGISTER_SCHOOL_TYPES.map((type) => ({
      params: { key: `${comparison}--${type.toLowerCase()}` },
      props: { comparison, type },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { comparison, type } = props as {
    comparison: (typeof COMPARISONS)[number];
    type: (typeof REGISTER_SCHOOL_TYPES)[number];
  };
  return new Response(
    JSON.stringify({
      ...everyAreaTable(registerAreaList, areaAttendance, comparison, type),
      note: tableNote(comparison, type),
    }),
    { headers: { 'Content-Type': 'application/json' } },
  );
};
