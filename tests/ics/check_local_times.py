#!/usr/bin/python3
"""Calendars keep the meeting's local time, whatever zone the renderer runs in.

usage: check_local_times.py MINUTES SOURCE_DIR

Renders the seed record's calendar (`render -t ics`) with TZ=UTC, TZ=Asia/Tokyo and
TZ=America/New_York, once as it is (`timezone: Europe/Oslo`) and once with that line removed,
and checks with independent readers that
- the bytes do not depend on TZ;
- with the zone, the next meeting is 18:00-21:00 in Europe/Oslo, i.e. 17:00-20:00 UTC:
  python3-icalendar's reading of DTSTART/DTEND, the offset the file's own VTIMEZONE gives
  (read by icalendar's Timezone.to_tz and by hand from its observances), and khal's
  `printics` with a configuration in Europe/Oslo, run with TZ=UTC;
- without the zone, the times are floating 18:00 and 21:00 (no TZID, no Z, no VTIMEZONE),
  which khal shows as 18:00-21:00 too;
- every VEVENT and VTODO has a UID and a DTSTAMP.
Needs Debian's python3-icalendar and khal (scripts/install-deps): run with /usr/bin/python3.
"""
import datetime
import os
import shutil
import subprocess
import sys
import tempfile

import icalendar

OSLO = "Europe/Oslo"
SEED = "examples/2020-02-25-dialogmote-naeringslivet.yaml"
RENDERER_ZONES = ("UTC", "Asia/Tokyo", "America/New_York")

problems = []


def check(condition, message):
    if not condition:
        problems.append(message)
    return condition


def render(minutes, record, tz):
    env = dict(os.environ, TZ=tz)
    env.pop("SOURCE_DATE_EPOCH", None)
    result = subprocess.run([minutes, "render", "-t", "ics", record], env=env,
                            capture_output=True, check=False)
    if result.returncode != 0:
        sys.exit(f"minutes render -t ics {record} (TZ={tz}) exited {result.returncode}: "
                 f"{result.stderr.decode(errors='replace')}")
    return result.stdout


def next_meeting(calendar):
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    check(len(events) == 1, f"expected one VEVENT, found {len(events)}")
    return events[0]


def check_identity(calendar, label):
    for component in calendar.walk():
        if component.name in ("VEVENT", "VTODO"):
            for key in ("UID", "DTSTAMP"):
                check(key in component, f"{label}: a {component.name} has no {key}")


def observance_offset(vtimezone, local):
    """The UTC offset the VTIMEZONE gives a local time: TZOFFSETTO of the latest onset."""
    best = None
    for observance in vtimezone.subcomponents:
        onset = observance.decoded("DTSTART").replace(tzinfo=None)
        if onset <= local and (best is None or onset > best[0]):
            best = (onset, observance.decoded("TZOFFSETTO"))
    check(best is not None, f"the VTIMEZONE has no observance before {local}")
    return best[1] if best else None


def khal_shows(path, workdir):
    """What khal printics shows for the file's events, with a configuration in Europe/Oslo."""
    home = os.path.join(workdir, "khal-home")
    os.makedirs(os.path.join(home, "calendar"), exist_ok=True)
    config = os.path.join(home, "config")
    with open(config, "w", encoding="utf-8") as f:
        f.write(f"""[calendars]
[[scratch]]
path = {home}/calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
default_timezone = {OSLO}
local_timezone = {OSLO}
[sqlite]
path = {home}/khal.db
""")
    env = dict(os.environ, TZ="UTC", HOME=home, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home)
    result = subprocess.run(["khal", "-c", config, "printics", "--format",
                             "{start-date} {start-time}-{end-time} {title}", path],
                            env=env, capture_output=True, text=True, check=False)
    check(result.returncode == 0, f"khal printics {path}: exit {result.returncode}: {result.stderr}")
    return result.stdout.splitlines()[1:]  # after "N events found in ..."


def main():
    minutes, source_dir = sys.argv[1], sys.argv[2]
    if shutil.which("khal") is None:
        sys.exit("khal is not installed (Debian package khal; scripts/install-deps)")
    workdir = tempfile.mkdtemp(prefix="minutes-ics-")
    try:
        with open(os.path.join(source_dir, SEED), encoding="utf-8") as f:
            seed = f.read()
        check("\ntimezone: Europe/Oslo\n" in seed, f"{SEED} no longer says timezone: Europe/Oslo")
        zoned = os.path.join(workdir, "zoned.yaml")
        floating = os.path.join(workdir, "floating.yaml")
        with open(zoned, "w", encoding="utf-8") as f:
            f.write(seed)
        with open(floating, "w", encoding="utf-8") as f:
            f.write(seed.replace("\ntimezone: Europe/Oslo\n", "\n"))

        for record, label in ((zoned, "with timezone"), (floating, "without timezone")):
            outputs = {tz: render(minutes, record, tz) for tz in RENDERER_ZONES}
            first = outputs[RENDERER_ZONES[0]]
            for tz, output in outputs.items():
                check(output == first, f"{label}: TZ={tz} changes the output")
            path = os.path.join(workdir, os.path.basename(record) + ".ics")
            with open(path, "wb") as f:
                f.write(first)
            calendar = icalendar.Calendar.from_ical(first)
            check_identity(calendar, label)
            event = next_meeting(calendar)
            start, end = event.decoded("DTSTART"), event.decoded("DTEND")
            shown = khal_shows(path, workdir)
            check(shown == ["2020-03-24 18:00-21:00 Kick-Off for programmet SMART SKIPTVET"],
                  f"{label}: khal shows {shown}")

            if record == zoned:
                check(event["DTSTART"].params.get("TZID") == OSLO,
                      f"{label}: DTSTART has no TZID={OSLO}")
                check(start.tzinfo is not None and end.tzinfo is not None,
                      f"{label}: icalendar reads DTSTART/DTEND without a zone")
                utc = datetime.timezone.utc
                check(start.astimezone(utc) == datetime.datetime(2020, 3, 24, 17, 0, tzinfo=utc),
                      f"{label}: DTSTART is {start.astimezone(utc)} UTC, not 17:00")
                check(end.astimezone(utc) == datetime.datetime(2020, 3, 24, 20, 0, tzinfo=utc),
                      f"{label}: DTEND is {end.astimezone(utc)} UTC, not 20:00")
                zones = [c for c in calendar.walk() if c.name == "VTIMEZONE"]
                check(len(zones) == 1 and str(zones[0]["TZID"]) == OSLO,
                      f"{label}: expected one VTIMEZONE for {OSLO}")
                if zones:
                    # The file's own definition, not the TZID looked up in pytz.
                    own = zones[0].to_tz()
                    local = datetime.datetime(2020, 3, 24, 18, 0)
                    check(own.utcoffset(local) == datetime.timedelta(hours=1),
                          f"{label}: icalendar's reading of the VTIMEZONE gives "
                          f"{own.utcoffset(local)} on 24 March 2020")
                    for when, hours in ((local, 1), (datetime.datetime(2020, 6, 1, 12), 2),
                                        (datetime.datetime(2020, 12, 1, 12), 1)):
                        offset = observance_offset(zones[0], when)
                        check(offset == datetime.timedelta(hours=hours),
                              f"{label}: the VTIMEZONE gives {offset} at {when}, not +{hours} h")
            else:
                text = first.decode("utf-8")
                check("DTSTART:20200324T180000\r\n" in text and "DTEND:20200324T210000\r\n" in text,
                      f"{label}: DTSTART/DTEND are not floating 18:00/21:00")
                check("TZID" not in text and "VTIMEZONE" not in text,
                      f"{label}: a floating calendar names a zone")
                check(start == datetime.datetime(2020, 3, 24, 18, 0) and start.tzinfo is None,
                      f"{label}: icalendar reads DTSTART as {start!r}")
                check(end == datetime.datetime(2020, 3, 24, 21, 0) and end.tzinfo is None,
                      f"{label}: icalendar reads DTEND as {end!r}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    for problem in problems:
        print(f"check_local_times: {problem}", file=sys.stderr)
    print(f"check_local_times: {'FAILED' if problems else 'ok'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
