# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenResponsesLogProbs) by `python -m codegen`; do not edit.
"""Log probability information for a token."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.open_responses_top_logprobs import OpenResponsesTopLogprobs


@attrs.frozen(kw_only=True)
class OpenResponsesLogProbs:
    """Log probability information for a token."""

    bytes_: list[int] | None = attrs.field(default=None, metadata={"wire": "bytes"})
    logprob: float
    token: str
    top_logprobs: list[OpenResponsesTopLogprobs] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
