# Generated from the OpenRouter OpenAPI spec (components/schemas/FileCitation) by `python -m codegen`; do not edit.
"""The ``FileCitation`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class FileCitation:
    """The ``FileCitation`` object."""

    file_id: str
    filename: str
    index: int
    type: str = "file_citation"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
