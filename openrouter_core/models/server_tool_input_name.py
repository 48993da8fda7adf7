# Generated from the OpenRouter OpenAPI spec (components/schemas/ServerToolInputName) by `python -m codegen`; do not edit.
"""The ``ServerToolInputName`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.server_tool_output_name import ServerToolOutputName


@attrs.frozen(kw_only=True)
class ServerToolInputName:
    """The ``ServerToolInputName`` object."""

    api_formats: list[str]
    """API formats that accept this spelling in `tools[].type`."""
    output_names: list[ServerToolOutputName]
    """What the call surfaces as on each accepting API format when requested under this spelling; a
    format is absent when the call is not visible to the caller.
    """
    type: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
