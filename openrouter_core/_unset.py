"""The marker for "this optional field was not given", distinct from an explicit ``None``."""

from __future__ import annotations

import enum
from typing import Final, Literal


class Unset(enum.Enum):
    """The type of :data:`UNSET`; falsy so ``value or default`` reads naturally."""

    UNSET = "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


#: Default of optional fields that are also nullable: left out of a request body when
#: unset, while an explicit ``None`` is sent as JSON ``null``.
UNSET: Final = Unset.UNSET
