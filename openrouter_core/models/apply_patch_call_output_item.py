# Generated from the OpenRouter OpenAPI spec (components/schemas/ApplyPatchCallOutputItem) by `python -m codegen`; do not edit.
"""The client's echo of an `apply_patch_call` after applying the patch."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ApplyPatchCallOutputItem:
    """The client's echo of an `apply_patch_call` after applying the patch."""

    call_id: str
    id: str | Unset | None = UNSET
    output: str | Unset | None = UNSET
    status: str
    """Known values: ``"completed"``, ``"failed"``."""
    type: str = "apply_patch_call_output"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        call_id: str,
        id: str | Unset | None = UNSET,
        output: str | Unset | None = UNSET,
        status: str,
        type: str = "apply_patch_call_output",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("call_id", call_id)
        _setattr("id", id)
        _setattr("output", output)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"call_id={self.call_id!r}, "
            f"id={self.id!r}, "
            f"output={self.output!r}, "
            f"status={self.status!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.call_id, self.id, self.output, self.status, self.type, self.extra_fields) == (
            other.call_id,
            other.id,
            other.output,
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ApplyPatchCallOutputItem",
                self.call_id,
                self.id,
                self.output,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
