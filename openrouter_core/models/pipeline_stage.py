# Generated from the OpenRouter OpenAPI spec (components/schemas/PipelineStage) by `python -m codegen`; do not edit.
"""The ``PipelineStage`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class PipelineStage:
    """The ``PipelineStage`` object."""

    cost_usd: float | Unset | None = UNSET
    data: dict[str, Any] | None = None
    guardrail_id: str | None = None
    guardrail_scope: str | None = None
    name: str
    summary: str | None = None
    type: str
    """Categorical kind of a pipeline stage. Known values: :class:`PipelineStageType`."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cost_usd: float | Unset | None = UNSET,
        data: dict[str, Any] | None = None,
        guardrail_id: str | None = None,
        guardrail_scope: str | None = None,
        name: str,
        summary: str | None = None,
        type: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cost_usd", cost_usd)
        _setattr("data", data)
        _setattr("guardrail_id", guardrail_id)
        _setattr("guardrail_scope", guardrail_scope)
        _setattr("name", name)
        _setattr("summary", summary)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cost_usd={self.cost_usd!r}, "
            f"data={self.data!r}, "
            f"guardrail_id={self.guardrail_id!r}, "
            f"guardrail_scope={self.guardrail_scope!r}, "
            f"name={self.name!r}, "
            f"summary={self.summary!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.cost_usd,
            self.data,
            self.guardrail_id,
            self.guardrail_scope,
            self.name,
            self.summary,
            self.type,
            self.extra_fields,
        ) == (
            other.cost_usd,
            other.data,
            other.guardrail_id,
            other.guardrail_scope,
            other.name,
            other.summary,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "PipelineStage",
                self.cost_usd,
                self.data,
                self.guardrail_id,
                self.guardrail_scope,
                self.name,
                self.summary,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
