# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputAdvisorServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:advisor server tool output item."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputAdvisorServerToolItem:
    """An openrouter:advisor server tool output item."""

    advice: str | None = None
    """The advisor model's response (the advice text returned to the executor)."""
    error: str | None = None
    """Error message when the advisor call did not produce advice."""
    id: str | None = None
    instance_name: str | None = None
    """Provider-safe function name of the specific advisor instance that produced this item (e.g.
    `openrouter_advisor__1`).
    """
    model: str | None = None
    """Slug of the advisor model that was consulted."""
    prompt: str | None = None
    """The prompt the executor sent to the advisor."""
    status: str
    """Known values: :class:`FailableToolCallStatus`."""
    type: str = "openrouter:advisor"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        advice: str | None = None,
        error: str | None = None,
        id: str | None = None,
        instance_name: str | None = None,
        model: str | None = None,
        prompt: str | None = None,
        status: str,
        type: str = "openrouter:advisor",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("advice", advice)
        _setattr("error", error)
        _setattr("id", id)
        _setattr("instance_name", instance_name)
        _setattr("model", model)
        _setattr("prompt", prompt)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"advice={self.advice!r}, "
            f"error={self.error!r}, "
            f"id={self.id!r}, "
            f"instance_name={self.instance_name!r}, "
            f"model={self.model!r}, "
            f"prompt={self.prompt!r}, "
            f"status={self.status!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.advice,
            self.error,
            self.id,
            self.instance_name,
            self.model,
            self.prompt,
            self.status,
            self.type,
            self.extra_fields,
        ) == (
            other.advice,
            other.error,
            other.id,
            other.instance_name,
            other.model,
            other.prompt,
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputAdvisorServerToolItem",
                self.advice,
                self.error,
                self.id,
                self.instance_name,
                self.model,
                self.prompt,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
