# Generated from the OpenRouter OpenAPI spec (components/schemas/PerRequestLimits) by `python -m codegen`; do not edit.
"""Per-request token limits."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class PerRequestLimits:
    """Per-request token limits."""

    completion_tokens: float
    """Maximum completion tokens per request."""
    prompt_tokens: float
    """Maximum prompt tokens per request."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        completion_tokens: float,
        prompt_tokens: float,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("completion_tokens", completion_tokens)
        _setattr("prompt_tokens", prompt_tokens)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"completion_tokens={self.completion_tokens!r}, "
            f"prompt_tokens={self.prompt_tokens!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.completion_tokens, self.prompt_tokens, self.extra_fields) == (
            other.completion_tokens,
            other.prompt_tokens,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("PerRequestLimits", self.completion_tokens, self.prompt_tokens, self.extra_fields)
        )

    # --- end of attrs methods ---
