# Generated from the OpenRouter OpenAPI spec (components/schemas/FilePath) by `python -m codegen`; do not edit.
"""The ``FilePath`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class FilePath:
    """The ``FilePath`` object."""

    file_id: str
    index: int
    type: str = "file_path"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
