# Generated from the OpenRouter OpenAPI spec (CreditsGetCreditsResponse) by `python -m codegen`; do not edit.
"""Total credits purchased and used."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class CreditsGetCreditsResponseData:
    """The ``data`` of a :class:`CreditsGetCreditsResponse`."""

    total_credits: float
    """Total credits purchased."""
    total_usage: float
    """Total credits used."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class CreditsGetCreditsResponse:
    """Total credits purchased and used."""

    data: CreditsGetCreditsResponseData
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
