# Generated from the OpenRouter OpenAPI spec (components/schemas/ModelAliasTarget) by `python -m codegen`; do not edit.
"""Concrete model targeted by this tilde-latest alias, when applicable."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ModelAliasTarget:
    """Concrete model targeted by this tilde-latest alias, when applicable."""

    name: str
    """Human-readable name of the concrete model targeted by this alias."""
    slug: str
    """Routable model ID of the concrete target, matching that model row's id."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
