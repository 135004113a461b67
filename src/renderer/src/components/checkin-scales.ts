// The check-in's 1–5 scales and what their ends mean, for every screen that asks them (Insights, Today).
export const checkinScales = [
  { field: 'focus', legend: 'Focus', low: 'scattered', high: 'sharp' },
  { field: 'mood', legend: 'Mood', low: 'very low', high: 'very good' },
  { field: 'irritability', legend: 'Irritability', low: 'calm', high: 'very irritable' },
  { field: 'restlessness', legend: 'Restlessness', low: 'settled', high: 'very restless' },
  { field: 'sleepQuality', legend: 'Sleep quality last night', low: 'poor', high: 'great' },
] as const;
export type CheckinScaleField = (typeof checkinScales)[number]['field'];
