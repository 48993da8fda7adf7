# Generated from the OpenRouter OpenAPI spec (components/schemas/FilePath) by `python -m codegen`; do not edit.
"""The ``FilePath`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class FilePath:
    """The ``FilePath`` object."""

    file_id: str
    index: int
    type: str = "file_path"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        file_id: str,
        index: int,
        type: str = "file_path",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("file_id", file_id)
        _setattr("index", index)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"file_id={self.file_id!r}, "
            f"index={self.index!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.file_id, self.index, self.type, self.extra_fields) == (
            other.file_id,
            other.index,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("FilePath", self.file_id, self.index, self.type, self.extra_fields))

    # --- end of attrs methods ---
