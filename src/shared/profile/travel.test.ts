import { describe, expect, it } from 'vitest';
import { travelQuestion, type TravelRecord } from './travel';

const answered = (systemZone: string, answer: TravelRecord['answer']): TravelRecord => ({
  systemZone,
  answer,
  atEpochMs: Date.UTC(2026, 5, 1),
});

describe('travelQuestion', () => {
  it.each([
    ['the system is in the profile zone', 'Europe/Berlin', 'Europe/Berlin', null, null],
    ['the system zone is an alias of the profile zone', 'Asia/Kolkata', 'Asia/Calcutta', null, null],
    [
      'the system is in a new zone nobody answered',
      'Europe/Berlin',
      'America/New_York',
      null,
      { homeZone: 'Europe/Berlin', systemZone: 'America/New_York' },
    ],
    [
      'the person chose to keep home time in this zone',
      'Europe/Berlin',
      'America/New_York',
      answered('America/New_York', 'keep'),
      null,
    ],
    [
      'the person followed this zone (the profile moved with it)',
      'America/New_York',
      'America/New_York',
      answered('America/New_York', 'follow'),
      null,
    ],
    [
      'the person followed a zone, then the system went back home',
      'America/New_York',
      'Europe/Berlin',
      answered('America/New_York', 'follow'),
      { homeZone: 'America/New_York', systemZone: 'Europe/Berlin' },
    ],
    [
      'the system moves on to a third zone after keeping home time',
      'Europe/Berlin',
      'Asia/Tokyo',
      answered('America/New_York', 'keep'),
      { homeZone: 'Europe/Berlin', systemZone: 'Asia/Tokyo' },
    ],
    ['the system names a zone Intl does not know', 'Europe/Berlin', 'Mars/Olympus_Mons', null, null],
    ['the system names no zone', 'Europe/Berlin', undefined, null, null],
    ['the system names an empty zone', 'Europe/Berlin', '', null, null],
  ] as const)('when %s, it returns the question to ask (or none)', (_, profile, system, record, expected) => {
    expect(travelQuestion(profile, system, record)).toEqual(expected);
  });
});
