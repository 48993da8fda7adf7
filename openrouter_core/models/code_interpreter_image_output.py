# Generated from the OpenRouter OpenAPI spec (components/schemas/CodeInterpreterImageOutput) by `python -m codegen`; do not edit.
"""The ``CodeInterpreterImageOutput`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class CodeInterpreterImageOutput:
    """The ``CodeInterpreterImageOutput`` object."""

    type: str = "image"
    url: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
