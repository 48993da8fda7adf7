# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicInputTransformation) by `python -m codegen`; do not edit.
"""A server-side transformation Anthropic applied to the request input."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class AnthropicInputTransformation:
    """A server-side transformation Anthropic applied to the request input."""

    type: str
    path: str | Unset | None = UNSET
    reason: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        type: str,
        path: str | Unset | None = UNSET,
        reason: str | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("type", type)
        _setattr("path", path)
        _setattr("reason", reason)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"type={self.type!r}, "
            f"path={self.path!r}, "
            f"reason={self.reason!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.type, self.path, self.reason, self.extra_fields) == (
            other.type,
            other.path,
            other.reason,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("AnthropicInputTransformation", self.type, self.path, self.reason, self.extra_fields)
        )

    # --- end of attrs methods ---
