# Generated from the OpenRouter OpenAPI spec (components/schemas/LogprobsContent) by `python -m codegen`; do not edit.
"""The ``LogprobsContent`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.content_top_logprob import ContentTopLogprob


@attrs.frozen(kw_only=True)
class LogprobsContent:
    """The ``LogprobsContent`` object."""

    bytes_: list[int] | None = attrs.field(metadata={"wire": "bytes"})
    logprob: float
    token: str
    top_logprobs: list[ContentTopLogprob]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
