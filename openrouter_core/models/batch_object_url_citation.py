# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchObjectURLCitation) by `python -m codegen`; do not edit.
"""The ``BatchObjectURLCitation`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class BatchObjectURLCitation:
    """The ``BatchObjectURLCitation`` object."""

    end_index: int
    start_index: int
    title: str
    url: str
    content: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
