# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenResponsesTopLogprobs) by `python -m codegen`; do not edit.
"""Alternative token with its log probability."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OpenResponsesTopLogprobs:
    """Alternative token with its log probability."""

    bytes_: list[int] | None = attrs.field(default=None, metadata={"wire": "bytes"})
    logprob: float | None = None
    token: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
