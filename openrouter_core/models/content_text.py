# Generated from the OpenRouter OpenAPI spec (components/schemas/ContentText) by `python -m codegen`; do not edit.
"""The ``ContentText`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ContentText:
    """The ``ContentText`` object."""

    text: str
    type: str = "text"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
