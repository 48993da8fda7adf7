# Generated from the OpenRouter OpenAPI spec (components/schemas/ServerToolNativeModel) by `python -m codegen`; do not edit.
"""The ``ServerToolNativeModel`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ServerToolNativeModel:
    """The ``ServerToolNativeModel`` object."""

    providers: list[str]
    slug: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
