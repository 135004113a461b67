// The limits every input is held to, each written once. Plain numbers (no zod), so a form may use them too.

/** Dates a person can mean: a birth year, a log, a plan. Outside this a year is a typo (0026, 20266). */
export const earliestLocalDate = '1900-01-01';
export const latestLocalDate = '2100-12-31';

/** The instants a JavaScript Date can hold (±100,000,000 days around 1970). */
export const maxAbsEpochMs = 8.64e15;

/** A routine's or a reminder's title. */
export const maxTitleChars = 200;
/** A product, food, recipe or template name. */
export const maxNameChars = 120;
/** Free-text notes on a log, a check-in or a routine. */
export const maxNotesChars = 5000;
/** One line of short text: a portion ("cup, chopped"), another side effect, a shopping item. */
export const maxShortTextChars = 200;

/** One logged exercise session or stress practice, in minutes. */
export const maxLoggedMinutes = 600;

/** A record's id (UUIDs, USDA numbers, derived routine ids). */
export const maxIdChars = 100;

/** How many of a portion ("2 cups") one planned item or ingredient is. */
export const maxPortionAmount = 1000;
/** Reminder times of one routine in a day. */
export const maxTimesPerDay = 12;
/** A food's own portions (cup, slice, bowl …). */
export const maxPortionsPerFood = 20;
/** Ingredients in one recipe. */
export const maxIngredientsPerRecipe = 100;

/** Per 100 g of a food: no single macronutrient, and not all of them together, can weigh more than 100 g. */
export const maxMacronutrientGramsPer100g = 100;
/** Per 100 g of a food: 100 g is 100,000 mg, so no mineral or vitamin can be more. */
export const maxMicronutrientMgPer100g = 100_000;
/** Per 100 g of a food: pure fat, the densest food there is, has about 900 kcal. */
export const maxKcalPer100g = 900;

/** A time-zone name ("America/Argentina/ComodRivadavia" is among the longest). */
export const maxTimeZoneChars = 64;

/** One phase of a breathing pattern, in seconds: a minute is already far past a comfortable hold. */
export const maxBreathPhaseSeconds = 60;
/** Breathing in or out takes at least this long (a hold may be 0): 0 s would skip the breath. */
export const minBreathMoveSeconds = 1;

/** An export, a backup or a file opened for import: anything exported can be read back (50 MB). */
export const maxTransferBytes = 50 * 1024 * 1024;
