# Generated from the OpenRouter OpenAPI spec (components/schemas/ResultError) by `python -m codegen`; do not edit.
"""The ``ResultError`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ResultError:
    """The ``ResultError`` object."""

    message: str
    param: str | None
    type: str
    error_type: str | None = None
    """Canonical OpenRouter error type, stable across all API formats."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
