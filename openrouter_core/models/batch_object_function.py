# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchObjectFunction) by `python -m codegen`; do not edit.
"""The ``BatchObjectFunction`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BatchObjectFunction:
    """The ``BatchObjectFunction`` object."""

    arguments: str
    name: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
