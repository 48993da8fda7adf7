# Generated from the OpenRouter OpenAPI spec (components/schemas/SearchModelsServerToolConfig) by `python -m codegen`; do not edit.
"""Configuration for the openrouter:experimental__search_models server tool."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class SearchModelsServerToolConfig:
    """Configuration for the openrouter:experimental__search_models server tool."""

    max_results: int | None = None
    """Maximum number of models to return."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
