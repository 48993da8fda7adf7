# Generated from the OpenRouter OpenAPI spec (GetCreditsResponse) by `python -m codegen`; do not edit.
"""Total credits purchased and used."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class GetCreditsResponseData:
    """The ``data`` of a :class:`GetCreditsResponse`."""

    total_credits: float
    """Total credits purchased."""
    total_usage: float
    """Total credits used."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class GetCreditsResponse:
    """Total credits purchased and used."""

    data: GetCreditsResponseData
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
