# Generated from the OpenRouter OpenAPI spec (components/schemas/ServerToolDetails) by `python -m codegen`; do not edit.
"""The ``ServerToolDetails`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.native_support import NativeSupport
    from openrouter_core.models.server_tool_engine import ServerToolEngine
    from openrouter_core.models.server_tool_input_name import ServerToolInputName


@attrs.frozen(kw_only=True)
class ServerToolDetails:
    """The ``ServerToolDetails`` object."""

    aliases: list[ServerToolInputName]
    """Every spelling accepted in `tools[].type` for this tool, including the canonical `id`, and
    what the call surfaces as under each.
    """
    default_engine: str | None
    """The engine a request without `parameters.engine` (or with `engine: \\"auto\\"`) runs on;
    `native` applies where the endpoint runs the tool itself, otherwise `fallback_engine`.
    """
    docs_url: str
    engines: list[ServerToolEngine]
    fallback_engine: str | None
    """The engine an unpinned request runs on when `default_engine` is `native` and the endpoint
    does not run the tool itself; null when there is no fallback.
    """
    id: str
    """Canonical `openrouter:*` name; the stable `tools[].type` on every API format in
    `supported_api_formats`.
    """
    input_schema: dict[str, Any]
    """JSON Schema of the arguments the model emits when calling the tool."""
    name: str
    native_support: NativeSupport
    """Endpoints whose provider runs this tool itself during inference."""
    output_schema: dict[str, Any] | None
    """JSON Schema of the result returned to the model; null when undeclared."""
    parameters_schema: dict[str, Any]
    """JSON Schema for the caller-side `tools[].parameters` object."""
    status: str
    """Known values: ``"active"``, ``"deprecated"``."""
    summary: str
    """One sentence for cards and search results; never sent to a model."""
    supported_api_formats: list[str]
    tool_description: str
    """The description sent upstream as the function tool description."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
