# Generated from the OpenRouter OpenAPI spec (components/schemas/IncompleteDetails) by `python -m codegen`; do not edit.
"""The ``IncompleteDetails`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class IncompleteDetails:
    """The ``IncompleteDetails`` object."""

    reason: str | None = None
    """Known values: ``"max_output_tokens"``, ``"content_filter"``."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
