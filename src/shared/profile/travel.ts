// Travel: whether to ask if reminders follow the system's new time zone or keep the profile's (home) zone.
import { canonicalTimeZone } from '../dates/calendar';

export const travelAnswers = ['follow', 'keep'] as const;
export type TravelAnswer = (typeof travelAnswers)[number];

/** The last answer given, for the system zone it was asked about. */
export interface TravelRecord {
  systemZone: string;
  answer: TravelAnswer;
  atEpochMs: number;
}

/** The question to put: the system runs in `systemZone` while reminders use `homeZone`. */
export interface TravelQuestion {
  homeZone: string;
  systemZone: string;
}

/**
 * Ask when the system's zone is a real zone other than the profile's and this very zone has not been
 * answered yet. Names are compared as the runtime spells them, so an alias of the home zone is home.
 * Cheap and synchronous: Today runs it on every render.
 */
export function travelQuestion(
  profileZone: string,
  systemZone: string | undefined,
  answered: TravelRecord | null,
): TravelQuestion | null {
  // A system that cannot name its zone (or names one Intl does not know) is no evidence of travel.
  if (!systemZone) return null;
  const system = canonicalTimeZone(systemZone);
  if (system === null || system === canonicalTimeZone(profileZone)) return null;
  if (answered && canonicalTimeZone(answered.systemZone) === system) return null;
  return { homeZone: profileZone, systemZone };
}
