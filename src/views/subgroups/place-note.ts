/** Why the place control is hidden: the characteristic (for this measure) is published for England only. */
export const placeNote = (dimension: string, measure: string): string =>
  `Place: England only. ${measure} by ${dimension} is published for England as a whole, not by region or local authority.`;
