# Generated from the OpenRouter OpenAPI spec (components/schemas/InputFile) by `python -m codegen`; do not edit.
"""File input content item."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class InputFile:
    """File input content item."""

    file_data: str | None = None
    file_id: str | Unset | None = UNSET
    file_url: str | None = None
    filename: str | None = None
    type: str = "input_file"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
