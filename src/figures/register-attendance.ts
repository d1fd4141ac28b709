/** The register attendance figures at build time, from data/attendance*.json (the browser makes them from fetched areas). */
import { attendanceProvenance, weeklyProvenance } from '../data/attendance';
import { areaAttendance, registerAreaList } from '../views/latest/area-data';
import { attendanceFigures } from './attendance';

export const registerAttendanceFigures = attendanceFigures({
  areas: registerAreaList,
  getArea: areaAttendance,
  weeklyProvenance,
  provenance: attendanceProvenance,
});
