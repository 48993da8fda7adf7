"""RFC 3339 date-times: read in every form a server may write, written as the API documents.

``datetime.fromisoformat`` cannot be the reader: on Python 3.10 it refuses ``Z`` and any
fraction that is not 3 or 6 digits (``2027-12-31T23:59:59.12345Z``), and on later versions
it accepts much that RFC 3339 does not (no offset, week dates). The pattern below is RFC
3339's ``date-time``, with its own allowances: ``t``/``z`` in lower case and a space for
``T``. Fractions of any length are cut to microseconds, never rounded (``.9999999`` stays in
the same second). Requests carry UTC with ``Z`` (``2027-12-31T23:59:59Z``), as the API's
examples do and as ``expires_at`` requires ("other timezones will be rejected").
"""

from __future__ import annotations

import datetime as _dt
import re

_UTC = _dt.timezone.utc

_RFC3339 = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?"
    r"(?:([Zz])|([+-])(\d{2}):(\d{2}))",
    re.ASCII,  # \d is [0-9]: int() would take other scripts' digits too
)


def parse_datetime(text: str) -> _dt.datetime:
    """The aware datetime ``text`` spells; ValueError when it is not an RFC 3339 date-time."""
    match = _RFC3339.fullmatch(text)
    if match is None:
        raise ValueError(f"{text!r} is not an RFC 3339 date-time (2027-12-31T23:59:59Z)")
    year, month, day, hour, minute, second, fraction, zulu, sign, off_h, off_m = match.groups()
    if zulu or (off_h == "00" and off_m == "00"):
        zone = _UTC
    else:
        hours, minutes = int(off_h), int(off_m)
        if hours > 23 or minutes > 59:
            raise ValueError(f"{text!r} has an offset out of range")
        offset = _dt.timedelta(hours=hours, minutes=minutes)
        zone = _dt.timezone(-offset if sign == "-" else offset)
    microsecond = int(fraction[:6].ljust(6, "0")) if fraction else 0
    # The constructor checks the calendar (no February 30th) and the clock (no 24:00).
    return _dt.datetime(
        int(year),
        int(month),
        int(day),
        int(hour),
        int(minute),
        int(second),
        microsecond,
        tzinfo=zone,
    )


def format_datetime(value: _dt.datetime) -> str:
    """``value`` in UTC with ``Z``; microseconds only when there are some.

    A naive datetime is refused (ValueError): it names no instant, and guessing UTC or local
    time would silently shift the value (an API key expiring hours early, say).
    """
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            f"the datetime {value.isoformat()} has no time zone; pass an aware one, "
            "e.g. datetime(..., tzinfo=timezone.utc)"
        )
    try:
        utc = value.astimezone(_UTC)
    except OverflowError:
        raise ValueError(f"the datetime {value.isoformat()} is out of range in UTC") from None
    return utc.replace(tzinfo=None).isoformat() + "Z"
