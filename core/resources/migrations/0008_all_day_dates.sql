-- Foothold schema, version 8: all-day events become dates, the same on every machine.
--
-- Until now an all-day event was stored as the instant its first day began where it was entered:
-- the machine's midnight (time_zone empty, as every import and `add event` without --tz did) or
-- the midnight of its time_zone; its end as 23:59:59 of its last day there. Shown on a machine in
-- another zone, or after a change of TZ, it moved by a day. Now (core/domain/AllDay.h): start =
-- its first day at 00:00:00 UTC, end = its last day at 23:59:59 UTC (or NULL), time_zone = 'UTC'.
--
-- Which day a stored midnight began: when the machine's own clock reads exactly midnight at it,
-- the machine's date ('localtime': the zone the row was most likely written in, always so for the
-- rows without a zone written on this machine). Otherwise it is a midnight of some other zone;
-- SQL knows no zones, but a midnight of any zone from UTC-10 to UTC+13:45 is the start of the UTC
-- date of that instant plus 13 h 50 min (UTC-10 gives 10:00 UTC, the same date; UTC+13:45 gives
-- 10:15 UTC the day before, the next date). Only the midnights of UTC-11, UTC-12 (a few Pacific
-- islands) and UTC+14 (the Line Islands) are read a day off. Ends alike, one second later.
UPDATE events SET
    start_utc = CASE WHEN time(start_utc, 'localtime') = '00:00:00' THEN date(start_utc, 'localtime')
                     ELSE date(start_utc, '+830 minutes') END || 'T00:00:00Z',
    end_utc = CASE WHEN end_utc IS NULL THEN NULL
                   ELSE max(CASE WHEN time(end_utc, 'localtime') = '23:59:59' THEN date(end_utc, 'localtime')
                                 ELSE date(end_utc, '+1 second', '+830 minutes', '-1 day') END,
                            CASE WHEN time(start_utc, 'localtime') = '00:00:00' THEN date(start_utc, 'localtime')
                                 ELSE date(start_utc, '+830 minutes') END) || 'T23:59:59Z' END,
    time_zone = 'UTC'
WHERE all_day = 1;
