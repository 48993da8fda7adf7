# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchObjectFunction) by `python -m codegen`; do not edit.
"""The ``BatchObjectFunction`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BatchObjectFunction:
    """The ``BatchObjectFunction`` object."""

    arguments: str
    name: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        arguments: str,
        name: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("arguments", arguments)
        _setattr("name", name)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(arguments={self.arguments!r}, name={self.name!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.arguments, self.name, self.extra_fields) == (
            other.arguments,
            other.name,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("BatchObjectFunction", self.arguments, self.name, self.extra_fields))

    # --- end of attrs methods ---
