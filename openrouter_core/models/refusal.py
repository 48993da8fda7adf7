# Generated from the OpenRouter OpenAPI spec (components/schemas/Refusal) by `python -m codegen`; do not edit.
"""The ``Refusal`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.refusal_top_logprob import RefusalTopLogprob


@attrs.frozen(kw_only=True)
class Refusal:
    """The ``Refusal`` object."""

    bytes_: list[int] | None = attrs.field(metadata={"wire": "bytes"})
    logprob: float
    token: str
    top_logprobs: list[RefusalTopLogprob]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
