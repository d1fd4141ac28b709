/** Why the place control is hidden: the characteristic (for this measure) is published for England only. */
export const placeNote = (dimension: string, measure: string): string =>
  `Place: England. ${dimension} (${measure.toLowerCase()}) is published for England as a whole only, so no region or local authority can be chosen.`;
