import { describe, expect, it } from 'vitest';
import type { WeeklySchedule } from '../../../contracts/schedule';
import { isOpenAt } from './schedule';

const NY = 'America/New_York';
const LA = 'America/Los_Angeles';
const at = (iso: string) => new Date(iso);

const nineToFive = { open: '09:00', close: '17:00' };
const everyDayNineToFive: WeeklySchedule = {
  mon: [nineToFive],
  tue: [nineToFive],
  wed: [nineToFive],
  thu: [nineToFive],
  fri: [nineToFive],
  sat: [nineToFive],
  sun: [nineToFive],
};

describe('isOpenAt', () => {
  it('is always open without a schedule', () => {
    expect(isOpenAt(null, NY, at('2026-03-08T06:59:00Z'))).toBe(true);
    expect(isOpenAt(undefined, NY, at('2026-03-08T06:59:00Z'))).toBe(true);
  });

  it('treats a missing or empty day as closed', () => {
    // Wednesday 2026-03-04 12:00 in New York (EST, UTC-5).
    const wednesdayNoon = at('2026-03-04T17:00:00Z');
    expect(isOpenAt({}, NY, wednesdayNoon)).toBe(false);
    expect(isOpenAt({ wed: [] }, NY, wednesdayNoon)).toBe(false);
    expect(isOpenAt({ tue: [nineToFive], thu: [nineToFive] }, NY, wednesdayNoon)).toBe(false);
    expect(isOpenAt({ wed: [nineToFive] }, NY, wednesdayNoon)).toBe(true);
  });

  it('opens at the open time and closes at the close time', () => {
    const schedule: WeeklySchedule = { wed: [nineToFive] };
    // Wednesday 2026-03-04 in New York is UTC-5.
    expect(isOpenAt(schedule, NY, at('2026-03-04T13:59:00Z'))).toBe(false); // 08:59
    expect(isOpenAt(schedule, NY, at('2026-03-04T14:00:00Z'))).toBe(true); // 09:00
    expect(isOpenAt(schedule, NY, at('2026-03-04T21:59:00Z'))).toBe(true); // 16:59
    expect(isOpenAt(schedule, NY, at('2026-03-04T22:00:00Z'))).toBe(false); // 17:00
  });

  it('honours several ranges in one day', () => {
    const schedule: WeeklySchedule = {
      wed: [
        { open: '09:00', close: '12:00' },
        { open: '13:00', close: '17:00' },
      ],
    };
    expect(isOpenAt(schedule, NY, at('2026-03-04T16:30:00Z'))).toBe(true); // 11:30
    expect(isOpenAt(schedule, NY, at('2026-03-04T17:30:00Z'))).toBe(false); // 12:30 lunch
    expect(isOpenAt(schedule, NY, at('2026-03-04T18:30:00Z'))).toBe(true); // 13:30
  });

  it('reads the schedule in the given timezone: the same instant is open in New York, closed in Los Angeles', () => {
    const instant = at('2026-03-04T14:30:00Z'); // 09:30 in New York, 06:30 in Los Angeles
    const schedule: WeeklySchedule = { wed: [nineToFive] };
    expect(isOpenAt(schedule, NY, instant)).toBe(true);
    expect(isOpenAt(schedule, LA, instant)).toBe(false);
  });

  it('uses the local weekday, not the UTC one', () => {
    // Thursday 2026-03-05 02:00Z is still Wednesday 18:00 in Los Angeles.
    const instant = at('2026-03-05T02:00:00Z');
    expect(isOpenAt({ wed: [{ open: '17:00', close: '20:00' }] }, LA, instant)).toBe(true);
    expect(isOpenAt({ thu: [{ open: '00:00', close: '24:00' }] }, LA, instant)).toBe(false);
  });

  describe('DST in America/New_York', () => {
    it('keeps 09:00–17:00 local across the spring-forward on 2026-03-08: opens at 14:00Z before, 13:00Z after', () => {
      // Saturday 2026-03-07 is EST (UTC-5).
      expect(isOpenAt(everyDayNineToFive, NY, at('2026-03-07T13:59:00Z'))).toBe(false);
      expect(isOpenAt(everyDayNineToFive, NY, at('2026-03-07T14:00:00Z'))).toBe(true);
      expect(isOpenAt(everyDayNineToFive, NY, at('2026-03-07T21:59:00Z'))).toBe(true);
      expect(isOpenAt(everyDayNineToFive, NY, at('2026-03-07T22:00:00Z'))).toBe(false);
      // Sunday 2026-03-08 is EDT (UTC-4) from 02:00 local on.
      expect(isOpenAt(everyDayNineToFive, NY, at('2026-03-08T12:59:00Z'))).toBe(false);
      expect(isOpenAt(everyDayNineToFive, NY, at('2026-03-08T13:00:00Z'))).toBe(true);
      expect(isOpenAt(everyDayNineToFive, NY, at('2026-03-08T20:59:00Z'))).toBe(true);
      expect(isOpenAt(everyDayNineToFive, NY, at('2026-03-08T21:00:00Z'))).toBe(false);
    });

    it('keeps 09:00–17:00 local across the fall-back on 2026-11-01: opens at 13:00Z before, 14:00Z after', () => {
      // Saturday 2026-10-31 is EDT (UTC-4).
      expect(isOpenAt(everyDayNineToFive, NY, at('2026-10-31T12:59:00Z'))).toBe(false);
      expect(isOpenAt(everyDayNineToFive, NY, at('2026-10-31T13:00:00Z'))).toBe(true);
      expect(isOpenAt(everyDayNineToFive, NY, at('2026-10-31T20:59:00Z'))).toBe(true);
      expect(isOpenAt(everyDayNineToFive, NY, at('2026-10-31T21:00:00Z'))).toBe(false);
      // Sunday 2026-11-01 is EST (UTC-5) from 02:00 EDT on.
      expect(isOpenAt(everyDayNineToFive, NY, at('2026-11-01T13:59:00Z'))).toBe(false);
      expect(isOpenAt(everyDayNineToFive, NY, at('2026-11-01T14:00:00Z'))).toBe(true);
      expect(isOpenAt(everyDayNineToFive, NY, at('2026-11-01T21:59:00Z'))).toBe(true);
      expect(isOpenAt(everyDayNineToFive, NY, at('2026-11-01T22:00:00Z'))).toBe(false);
    });

    it('closes an overnight range at its local close when the clocks jump forward', () => {
      const schedule: WeeklySchedule = { sat: [{ open: '22:00', close: '03:00' }] };
      expect(isOpenAt(schedule, NY, at('2026-03-08T06:59:00Z'))).toBe(true); // 01:59 EST
      expect(isOpenAt(schedule, NY, at('2026-03-08T07:00:00Z'))).toBe(false); // 03:00 EDT
    });
  });

  describe('overnight ranges', () => {
    // Friday 22:00 to Saturday 02:00; January 2026 in New York is EST (UTC-5).
    const fridayNight: WeeklySchedule = { fri: [{ open: '22:00', close: '02:00' }] };

    it('opens on the day it starts', () => {
      expect(isOpenAt(fridayNight, NY, at('2026-01-10T02:59:00Z'))).toBe(false); // Fri 21:59
      expect(isOpenAt(fridayNight, NY, at('2026-01-10T03:00:00Z'))).toBe(true); // Fri 22:00
      expect(isOpenAt(fridayNight, NY, at('2026-01-10T04:59:00Z'))).toBe(true); // Fri 23:59
    });

    it('stays open past midnight into the next day and closes at the close time', () => {
      expect(isOpenAt(fridayNight, NY, at('2026-01-10T05:00:00Z'))).toBe(true); // Sat 00:00
      expect(isOpenAt(fridayNight, NY, at('2026-01-10T06:30:00Z'))).toBe(true); // Sat 01:30
      expect(isOpenAt(fridayNight, NY, at('2026-01-10T07:00:00Z'))).toBe(false); // Sat 02:00
    });

    it('does not open the early hours of the day the range starts', () => {
      // Friday 01:30: Thursday has no overnight range.
      expect(isOpenAt(fridayNight, NY, at('2026-01-09T06:30:00Z'))).toBe(false);
    });

    it('wraps from Sunday night into Monday', () => {
      const sundayNight: WeeklySchedule = { sun: [{ open: '22:00', close: '02:00' }] };
      expect(isOpenAt(sundayNight, NY, at('2026-01-12T06:00:00Z'))).toBe(true); // Mon 01:00
      expect(isOpenAt(sundayNight, NY, at('2026-01-12T07:00:00Z'))).toBe(false); // Mon 02:00
    });
  });

  describe("'24:00' close", () => {
    const eveningToMidnight: WeeklySchedule = { mon: [{ open: '18:00', close: '24:00' }] };

    it('stays open until the end of the day', () => {
      // Monday 2026-01-12 in New York is UTC-5.
      expect(isOpenAt(eveningToMidnight, NY, at('2026-01-12T22:59:00Z'))).toBe(false); // Mon 17:59
      expect(isOpenAt(eveningToMidnight, NY, at('2026-01-12T23:00:00Z'))).toBe(true); // Mon 18:00
      expect(isOpenAt(eveningToMidnight, NY, at('2026-01-13T04:59:00Z'))).toBe(true); // Mon 23:59
    });

    it('closes at midnight instead of running into the next day', () => {
      expect(isOpenAt(eveningToMidnight, NY, at('2026-01-13T05:00:00Z'))).toBe(false); // Tue 00:00
      expect(isOpenAt(eveningToMidnight, NY, at('2026-01-13T06:00:00Z'))).toBe(false); // Tue 01:00
    });

    it("makes '00:00'–'24:00' open all day", () => {
      const allMonday: WeeklySchedule = { mon: [{ open: '00:00', close: '24:00' }] };
      expect(isOpenAt(allMonday, NY, at('2026-01-12T05:00:00Z'))).toBe(true); // Mon 00:00
      expect(isOpenAt(allMonday, NY, at('2026-01-13T04:59:00Z'))).toBe(true); // Mon 23:59
      expect(isOpenAt(allMonday, NY, at('2026-01-12T04:59:00Z'))).toBe(false); // Sun 23:59
    });
  });
});
