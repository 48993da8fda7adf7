# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatTokenLogprob) by `python -m codegen`; do not edit.
"""Token log probability information."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatTokenLogprobTopLogprobs:
    """Top alternative tokens with probabilities."""

    bytes_: list[int] | None = attrs.field(metadata={"wire": "bytes"})
    logprob: float
    token: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ChatTokenLogprob:
    """Token log probability information."""

    bytes_: list[int] | None = attrs.field(metadata={"wire": "bytes"})
    """UTF-8 bytes of the token."""
    logprob: float
    """Log probability of the token."""
    token: str
    """The token."""
    top_logprobs: list[ChatTokenLogprobTopLogprobs]
    """Top alternative tokens with probabilities."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
