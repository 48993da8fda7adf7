# Generated from the OpenRouter OpenAPI spec (components/schemas/TaskClassificationMacroCategory) by `python -m codegen`; do not edit.
"""The ``TaskClassificationMacroCategory`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class TaskClassificationMacroCategory:
    """The ``TaskClassificationMacroCategory`` object."""

    key: str
    """Macro-category identifier."""
    label: str
    """Human-readable label for the macro-category."""
    token_share: float
    """Combined token share of all classifications in this macro-category (0-1)."""
    usage_share: float
    """Combined usage share of all classifications in this macro-category (0-1)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        key: str,
        label: str,
        token_share: float,
        usage_share: float,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("key", key)
        _setattr("label", label)
        _setattr("token_share", token_share)
        _setattr("usage_share", usage_share)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"key={self.key!r}, "
            f"label={self.label!r}, "
            f"token_share={self.token_share!r}, "
            f"usage_share={self.usage_share!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.key, self.label, self.token_share, self.usage_share, self.extra_fields) == (
            other.key,
            other.label,
            other.token_share,
            other.usage_share,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "TaskClassificationMacroCategory",
                self.key,
                self.label,
                self.token_share,
                self.usage_share,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
