# Generated from the OpenRouter OpenAPI spec (components/schemas/TopProviderInfo) by `python -m codegen`; do not edit.
"""Information about the top provider for this model."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class TopProviderInfo:
    """Information about the top provider for this model."""

    context_length: int | Unset | None = UNSET
    """Context length from the top provider."""
    is_moderated: bool
    """Whether the top provider moderates content."""
    max_completion_tokens: int | Unset | None = UNSET
    """Maximum completion tokens from the top provider."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        context_length: int | Unset | None = UNSET,
        is_moderated: bool,
        max_completion_tokens: int | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("context_length", context_length)
        _setattr("is_moderated", is_moderated)
        _setattr("max_completion_tokens", max_completion_tokens)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"context_length={self.context_length!r}, "
            f"is_moderated={self.is_moderated!r}, "
            f"max_completion_tokens={self.max_completion_tokens!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.context_length,
            self.is_moderated,
            self.max_completion_tokens,
            self.extra_fields,
        ) == (
            other.context_length,
            other.is_moderated,
            other.max_completion_tokens,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "TopProviderInfo",
                self.context_length,
                self.is_moderated,
                self.max_completion_tokens,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
