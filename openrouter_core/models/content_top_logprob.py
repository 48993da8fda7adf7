# Generated from the OpenRouter OpenAPI spec (components/schemas/ContentTopLogprob) by `python -m codegen`; do not edit.
"""The ``ContentTopLogprob`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ContentTopLogprob:
    """The ``ContentTopLogprob`` object."""

    bytes_: list[int] | None = attrs.field(metadata={"wire": "bytes"})
    logprob: float
    token: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
