"""Wire readers of the scalars that change form on the way out (see :mod:`.scalars`).

A dict request's date-time is checked as a response's would be, then sent as requests carry
it (UTC with ``Z``), as its model would have been; opaque values (``Any``, plain dicts and
lists) are written, so a key that is not a string or a date-time inside is treated as in a
model's body.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from openrouter_core._codec.scalars import (
    Reader,
    Reading,
    read_date,
    read_datetime,
    read_plain_dict,
    read_plain_list,
)
from openrouter_core._codec.writer import write, write_datetime, write_dict


def wire_datetime(value: Any, reading: Reading | None, at: str) -> Any:
    read = read_datetime(value, reading, at)
    return write_datetime(read) if isinstance(read, _dt.datetime) else read


def wire_date(value: Any, reading: Reading | None, at: str) -> Any:
    read = read_date(value, reading, at)
    return read.isoformat() if isinstance(read, _dt.date) else read


def wire_any(value: Any, reading: Reading | None, at: str) -> Any:
    return write(value)


def wire_plain_dict(value: Any, reading: Reading | None, at: str) -> Any:
    if value.__class__ is dict:
        return write_dict(value)
    return read_plain_dict(value, reading, at)


def wire_plain_list(value: Any, reading: Reading | None, at: str) -> Any:
    if value.__class__ is list:
        return [write(item) for item in value]
    return read_plain_list(value, reading, at)


#: The wire readers that differ from the model readers of the same type.
WIRE_SCALARS: dict[Any, Reader] = {
    _dt.datetime: wire_datetime,
    _dt.date: wire_date,
    Any: wire_any,
    dict: wire_plain_dict,
    list: wire_plain_list,
}
