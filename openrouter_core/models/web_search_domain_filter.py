# Generated from the OpenRouter OpenAPI spec (components/schemas/WebSearchDomainFilter) by `python -m codegen`; do not edit.
"""The ``WebSearchDomainFilter`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class WebSearchDomainFilter:
    """The ``WebSearchDomainFilter`` object."""

    allowed_domains: list[str] | Unset | None = UNSET
    blocked_domains: list[str] | Unset | None = UNSET
    excluded_domains: list[str] | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
