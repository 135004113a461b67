// Supplement inputs as the forms send them, shared by the owner tests: Magtein (2,000 mg of L-threonate
// carries 144 mg elemental in 3 capsules) and a plan for it, each with what a test changes.

export const magteinInput = (change: Record<string, unknown> = {}) => ({
  name: 'Magtein',
  form: 'l-threonate',
  unit: 'capsule',
  unitsPerServing: 3,
  compoundMgPerServing: 2000,
  elementalMgPerServing: 144,
  thirdPartyTested: true,
  stockUnits: 90,
  ...change,
});

/** 1 capsule a day, stepping up by 1 every 7 days to `targetUnits`, in the morning, from 2026-05-04. */
export const planInputFor = (productId: string, change: Record<string, unknown> = {}) => ({
  productId,
  startDate: '2026-05-04',
  startUnits: 1,
  targetUnits: 3,
  stepUnits: 1,
  stepDays: 7,
  timing: 'morning',
  times: ['08:00'],
  fullDoseUnitsPerTime: null,
  upperLimitAcknowledged: false,
  ...change,
});

/** The medication question answered "none of these". */
export const noMedications = {
  heart: false,
  kidney: false,
  diabetes: false,
  bisphosphonates: false,
  antibiotics: false,
  diuretics: false,
  ppi: false,
};
