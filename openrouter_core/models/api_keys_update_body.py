# Generated from the OpenRouter OpenAPI spec (ApiKeysUpdateBody) by `python -m codegen`; do not edit.
"""The ``ApiKeysUpdateBody`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ApiKeysUpdateBody:
    """The ``ApiKeysUpdateBody`` object."""

    disabled: bool | None = None
    """Whether to disable the API key."""
    include_byok_in_limit: bool | None = None
    """Whether to include BYOK usage in the limit."""
    limit: float | Unset | None = UNSET
    """New spending limit for the API key in USD."""
    limit_reset: str | Unset | None = UNSET
    """New limit reset type for the API key (daily, weekly, monthly, or null for no reset). Known
    values: ``"daily"``, ``"weekly"``, ``"monthly"``.
    """
    name: str | None = None
    """New name for the API key."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
