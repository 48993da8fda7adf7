# Generated from the OpenRouter OpenAPI spec (components/schemas/BaseReasoningConfig) by `python -m codegen`; do not edit.
"""The ``BaseReasoningConfig`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class BaseReasoningConfig:
    """The ``BaseReasoningConfig`` object."""

    context: str | Unset | None = UNSET
    """Controls which reasoning is available to the model. Known values: :class:`ReasoningContext`.
    """
    effort: str | Unset | None = UNSET
    """Known values: :class:`ReasoningEffort`."""
    mode: str | Unset | None = UNSET
    """Selects the reasoning mode. Known values: :class:`ReasoningMode`."""
    summary: str | Unset | None = UNSET
    """Known values: :class:`ReasoningSummaryVerbosity`."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        context: str | Unset | None = UNSET,
        effort: str | Unset | None = UNSET,
        mode: str | Unset | None = UNSET,
        summary: str | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("context", context)
        _setattr("effort", effort)
        _setattr("mode", mode)
        _setattr("summary", summary)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"context={self.context!r}, "
            f"effort={self.effort!r}, "
            f"mode={self.mode!r}, "
            f"summary={self.summary!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.context, self.effort, self.mode, self.summary, self.extra_fields) == (
            other.context,
            other.effort,
            other.mode,
            other.summary,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "BaseReasoningConfig",
                self.context,
                self.effort,
                self.mode,
                self.summary,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
