# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchListItemError) by `python -m codegen`; do not edit.
"""The ``BatchListItemError`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BatchListItemError:
    """The ``BatchListItemError`` object."""

    message: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
