# Generated from the OpenRouter OpenAPI spec (components/schemas/MultimodalMedia) by `python -m codegen`; do not edit.
"""The ``MultimodalMedia`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class MultimodalMedia:
    """The ``MultimodalMedia`` object."""

    data: str
    format: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
