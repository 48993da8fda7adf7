# Generated from the OpenRouter OpenAPI spec (components/schemas/UnifiedBenchmarkPricing) by `python -m codegen`; do not edit.
"""OpenRouter pricing per token for this model."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class UnifiedBenchmarkPricing:
    """OpenRouter pricing per token for this model."""

    completion: str
    """Cost per output token (USD, decimal string)."""
    prompt: str
    """Cost per input token (USD, decimal string)."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        completion: str,
        prompt: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("completion", completion)
        _setattr("prompt", prompt)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}(completion={self.completion!r}, prompt={self.prompt!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.completion, self.prompt, self.extra_fields) == (
            other.completion,
            other.prompt,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("UnifiedBenchmarkPricing", self.completion, self.prompt, self.extra_fields))

    # --- end of attrs methods ---
