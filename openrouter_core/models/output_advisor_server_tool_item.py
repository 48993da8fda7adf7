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
