# Generated from the OpenRouter OpenAPI spec (components/schemas/StreamLogprob) by `python -m codegen`; do not edit.
"""Log probability information for a token."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.stream_logprob_top_logprob import StreamLogprobTopLogprob


@attrs.frozen(kw_only=True)
class StreamLogprob:
    """Log probability information for a token."""

    bytes_: list[int] | None = attrs.field(default=None, metadata={"wire": "bytes"})
    logprob: float
    token: str
    top_logprobs: list[StreamLogprobTopLogprob] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
