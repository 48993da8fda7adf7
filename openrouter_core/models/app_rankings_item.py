# Generated from the OpenRouter OpenAPI spec (components/schemas/AppRankingsItem) by `python -m codegen`; do not edit.
"""The ``AppRankingsItem`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AppRankingsItem:
    """The ``AppRankingsItem`` object."""

    app_id: int
    """Stable numeric identifier of the app on OpenRouter."""
    app_name: str
    """Public display name of the app."""
    rank: int
    """1-based position of the app within this response, per the requested `sort`."""
    total_requests: int
    """Number of requests attributed to the app inside the date window."""
    total_tokens: str
    """Sum of `prompt_tokens + completion_tokens` attributed to the app inside the date window,
    returned as a decimal string so 64-bit values are not truncated.
    """
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
