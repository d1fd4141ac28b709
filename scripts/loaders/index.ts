/** Every data loader, in build order. Adding an output file is adding a loader here. */
import type { Loader } from '../lib/loader';
import absence from './absence.json.ts';
import subgroups from './subgroups.json.ts';
import context from './context.json.ts';
import areas from './areas.json.ts';
import deprivation from './deprivation.json.ts';
import { geoLoaders } from './geo.ts';
import neighbours from './neighbours.json.ts';
import attendance from './attendance.json.ts';
import attendanceWeekly from './attendance-weekly.json.ts';
import childOfTheNorth from './reports/child-of-the-north.json.ts';

export const LOADERS: Loader[] = [
  absence,
  context,
  areas,
  deprivation,
  ...geoLoaders,
  subgroups,
  attendance,
  attendanceWeekly,
  neighbours,
  childOfTheNorth,
];
