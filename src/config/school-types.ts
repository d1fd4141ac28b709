/** DfE's school types, as the absence files name them. */
export const SCHOOL_TYPES = ['Total', 'State-funded primary', 'State-funded secondary', 'Special'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];
