# Generated from the OpenRouter OpenAPI spec (components/schemas/TaskClassificationModel) by `python -m codegen`; do not edit.
"""The ``TaskClassificationModel`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class TaskClassificationModel:
    """The ``TaskClassificationModel`` object."""

    id: str
    """Model identifier (permaslug)."""
    tag_token_share: float
    """Fraction of this classification's sampled token volume attributed to this model (0-1)."""
    tag_usage_share: float
    """Fraction of this classification's sampled requests attributed to this model (0-1)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        id: str,
        tag_token_share: float,
        tag_usage_share: float,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("id", id)
        _setattr("tag_token_share", tag_token_share)
        _setattr("tag_usage_share", tag_usage_share)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"id={self.id!r}, "
            f"tag_token_share={self.tag_token_share!r}, "
            f"tag_usage_share={self.tag_usage_share!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.id, self.tag_token_share, self.tag_usage_share, self.extra_fields) == (
            other.id,
            other.tag_token_share,
            other.tag_usage_share,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "TaskClassificationModel",
                self.id,
                self.tag_token_share,
                self.tag_usage_share,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
