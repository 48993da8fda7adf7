# Generated from the OpenRouter OpenAPI spec (components/schemas/ApplyPatchUpdateFileOperation) by `python -m codegen`; do not edit.
"""The `update_file` variant of an `apply_patch_call.operation`."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ApplyPatchUpdateFileOperation:
    """The `update_file` variant of an `apply_patch_call.operation`."""

    diff: str
    path: str
    type: str = "update_file"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        diff: str,
        path: str,
        type: str = "update_file",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("diff", diff)
        _setattr("path", path)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"diff={self.diff!r}, "
            f"path={self.path!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.diff, self.path, self.type, self.extra_fields) == (
            other.diff,
            other.path,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("ApplyPatchUpdateFileOperation", self.diff, self.path, self.type, self.extra_fields)
        )

    # --- end of attrs methods ---
