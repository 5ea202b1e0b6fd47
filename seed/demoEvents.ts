// Demo events around the world, local wall-clock times in their own zones (luxon turns them
// into instants). Dates are relative to the seeding day so the calendar always has a future.
import { DateTime } from 'luxon'

type Local = {
  zone: string
  daysAhead?: number
  date?: { year: number; month: number; day: number }
  hour: number
  minute?: number
  hours: number
}

const at = ({ zone, daysAhead, date, hour, minute = 0, hours }: Local, now: Date) => {
  const day = date
    ? DateTime.fromObject(date, { zone })
    : DateTime.fromJSDate(now, { zone }).plus({ days: daysAhead ?? 0 })
  const start = day.set({ hour, minute, second: 0, millisecond: 0 })
  return {
    start: start.toUTC().toISO()!,
    end: start.plus({ hours }).toUTC().toISO()!,
    timezone: zone,
  }
}

export const demoEvents = (now: Date) => {
  // The Tuesday two weeks before the end of Berlin's winter time next year, so the weekly
  // series crosses the DST switch (last Sunday of March): 18:00 local is 17:00Z, then 16:00Z.
  const year = now.getUTCFullYear() + 1
  const lastMarchSunday = DateTime.fromObject(
    { year, month: 3, day: 31 },
    { zone: 'Europe/Berlin' },
  ).set({ weekday: 7 })
  const seriesStart = lastMarchSunday.minus({ days: 12 })
  const inBerlinSeries = { year, month: 3, day: seriesStart.day }
  return [
    {
      title: 'Berlin climate assembly (weekly)',
      ...at({ zone: 'Europe/Berlin', date: inBerlinSeries, hour: 18, hours: 2 }, now),
      recurrence: 'FREQ=WEEKLY;BYDAY=TU;COUNT=6',
      format: 'in_person',
      venue: 'Nachbarschaftshaus',
      city: 'Berlin',
      country: 'Germany',
      latitude: 52.4986,
      longitude: 13.4033,
      organizer: 'Space Berlin',
    },
    {
      title: 'Summer festival of the Berlin groups',
      ...at({ zone: 'Europe/Berlin', date: { year, month: 7, day: 11 }, hour: 14, hours: 6 }, now),
      format: 'in_person',
      venue: 'Tempelhofer Feld',
      city: 'Berlin',
      country: 'Germany',
      latitude: 52.4731,
      longitude: 13.4039,
    },
    {
      title: 'Nairobi river clean-up',
      ...at({ zone: 'Africa/Nairobi', daysAhead: 9, hour: 8, hours: 4 }, now),
      format: 'hybrid',
      onlineUrl: 'https://meet.example.org/nairobi',
      city: 'Nairobi',
      country: 'Kenya',
      latitude: -1.2864,
      longitude: 36.8172,
    },
    {
      title: 'São Paulo housing forum',
      ...at({ zone: 'America/Sao_Paulo', daysAhead: 12, hour: 19, hours: 2 }, now),
      format: 'in_person',
      venue: 'Casa do Povo',
      city: 'São Paulo',
      country: 'Brazil',
      latitude: -23.5336,
      longitude: -46.6355,
    },
    {
      title: 'Global organisers call',
      ...at({ zone: 'UTC', daysAhead: 5, hour: 15, hours: 1 }, now),
      format: 'online',
      onlineUrl: 'https://meet.example.org/global-call',
      organizer: 'Space network team',
    },
    {
      title: 'Tokyo repair café',
      ...at({ zone: 'Asia/Tokyo', daysAhead: 16, hour: 13, hours: 3 }, now),
      format: 'in_person',
      venue: 'Shimokitazawa community hall',
      city: 'Tokyo',
      country: 'Japan',
      latitude: 35.6614,
      longitude: 139.6681,
    },
    {
      title: 'Mumbai monsoon preparedness workshop',
      ...at({ zone: 'Asia/Kolkata', daysAhead: 20, hour: 10, minute: 30, hours: 3 }, now),
      format: 'in_person',
      city: 'Mumbai',
      country: 'India',
      latitude: 19.076,
      longitude: 72.8777,
    },
    {
      title: 'New York tenants union meetup',
      ...at({ zone: 'America/New_York', daysAhead: 7, hour: 18, minute: 30, hours: 2 }, now),
      format: 'hybrid',
      onlineUrl: 'https://meet.example.org/nyc',
      city: 'New York',
      country: 'United States',
      latitude: 40.7128,
      longitude: -74.006,
    },
    {
      title: 'Sydney bushfire recovery volunteers',
      ...at({ zone: 'Australia/Sydney', daysAhead: 25, hour: 9, hours: 5 }, now),
      format: 'in_person',
      city: 'Sydney',
      country: 'Australia',
      latitude: -33.8688,
      longitude: 151.2093,
    },
    {
      title: 'Mexico City mutual aid fair',
      ...at({ zone: 'America/Mexico_City', daysAhead: 14, hour: 11, hours: 6 }, now),
      status: 'cancelled',
      format: 'in_person',
      city: 'Mexico City',
      country: 'Mexico',
      latitude: 19.4326,
      longitude: -99.1332,
    },
    {
      title: 'Kathmandu valley tree planting',
      ...at({ zone: 'Asia/Kathmandu', daysAhead: 30, hour: 7, hours: 4 }, now),
      format: 'in_person',
      city: 'Kathmandu',
      country: 'Nepal',
      latitude: 27.7172,
      longitude: 85.324,
    },
    {
      title: 'Lagos community open day',
      ...at({ zone: 'Africa/Lagos', daysAhead: 18, hour: 0, hours: 24 }, now),
      allDay: true,
      format: 'in_person',
      venue: 'Freedom Park',
      city: 'Lagos',
      country: 'Nigeria',
      latitude: 6.4488,
      longitude: 3.3958,
    },
  ]
}
