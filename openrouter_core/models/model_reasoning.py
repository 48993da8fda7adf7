# Generated from the OpenRouter OpenAPI spec (components/schemas/ModelReasoning) by `python -m codegen`; do not edit.
"""Reasoning effort configuration."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ModelReasoning:
    """Reasoning effort configuration."""

    default_effort: str | Unset | None = UNSET
    """Default reasoning effort when the client enables reasoning without specifying effort. Known
    values: :class:`ReasoningEffort`.
    """
    default_enabled: bool | None = None
    """Default reasoning enabled state when the client does not set `reasoning.enabled`."""
    mandatory: bool
    """When true, reasoning cannot be disabled and effort "none" is rejected."""
    supported_efforts: list[str | None] | Unset | None = UNSET
    """Allowed reasoning effort values for this model, in descending effort order (highest first).
    """
    supports_max_tokens: bool | None = None
    """Present and `true` when the model accepts `reasoning.max_tokens` in requests
    (Anthropic-style) instead of or in addition to `reasoning.effort`.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        default_effort: str | Unset | None = UNSET,
        default_enabled: bool | None = None,
        mandatory: bool,
        supported_efforts: list[str | None] | Unset | None = UNSET,
        supports_max_tokens: bool | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("default_effort", default_effort)
        _setattr("default_enabled", default_enabled)
        _setattr("mandatory", mandatory)
        _setattr("supported_efforts", supported_efforts)
        _setattr("supports_max_tokens", supports_max_tokens)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"default_effort={self.default_effort!r}, "
            f"default_enabled={self.default_enabled!r}, "
            f"mandatory={self.mandatory!r}, "
            f"supported_efforts={self.supported_efforts!r}, "
            f"supports_max_tokens={self.supports_max_tokens!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.default_effort,
            self.default_enabled,
            self.mandatory,
            self.supported_efforts,
            self.supports_max_tokens,
            self.extra_fields,
        ) == (
            other.default_effort,
            other.default_enabled,
            other.mandatory,
            other.supported_efforts,
            other.supports_max_tokens,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ModelReasoning",
                self.default_effort,
                self.default_enabled,
                self.mandatory,
                self.supported_efforts,
                self.supports_max_tokens,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
