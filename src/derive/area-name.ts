/** DfE's index forms read as names: "Bristol, City of" -> "City of Bristol", "Herefordshire, County of" -> "County of Herefordshire". */
export const readableName = (name: string): string => name.replace(/^(.+), ((?:City|County) of)$/, '$2 $1');
