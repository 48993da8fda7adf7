# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchObjectImageURL) by `python -m codegen`; do not edit.
"""The ``BatchObjectImageURL`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BatchObjectImageURL:
    """The ``BatchObjectImageURL`` object."""

    url: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
