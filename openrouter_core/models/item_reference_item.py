# Generated from the OpenRouter OpenAPI spec (components/schemas/ItemReferenceItem) by `python -m codegen`; do not edit.
"""A reference to a previous response item by ID."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ItemReferenceItem:
    """A reference to a previous response item by ID."""

    id: str
    type: str = "item_reference"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
