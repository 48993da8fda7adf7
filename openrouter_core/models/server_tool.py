# Generated from the OpenRouter OpenAPI spec (components/schemas/ServerTool) by `python -m codegen`; do not edit.
"""The ``ServerTool`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.server_tool_engine import ServerToolEngine
    from openrouter_core.models.server_tool_input_name import ServerToolInputName
    from openrouter_core.models.server_tool_native_support import ServerToolNativeSupport


@attrs.frozen(kw_only=True)
class ServerTool:
    """The ``ServerTool`` object."""

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
    native_support: ServerToolNativeSupport
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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        aliases: list[ServerToolInputName],
        default_engine: str | None,
        docs_url: str,
        engines: list[ServerToolEngine],
        fallback_engine: str | None,
        id: str,
        input_schema: dict[str, Any],
        name: str,
        native_support: ServerToolNativeSupport,
        output_schema: dict[str, Any] | None,
        parameters_schema: dict[str, Any],
        status: str,
        summary: str,
        supported_api_formats: list[str],
        tool_description: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("aliases", aliases)
        _setattr("default_engine", default_engine)
        _setattr("docs_url", docs_url)
        _setattr("engines", engines)
        _setattr("fallback_engine", fallback_engine)
        _setattr("id", id)
        _setattr("input_schema", input_schema)
        _setattr("name", name)
        _setattr("native_support", native_support)
        _setattr("output_schema", output_schema)
        _setattr("parameters_schema", parameters_schema)
        _setattr("status", status)
        _setattr("summary", summary)
        _setattr("supported_api_formats", supported_api_formats)
        _setattr("tool_description", tool_description)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"aliases={self.aliases!r}, "
            f"default_engine={self.default_engine!r}, "
            f"docs_url={self.docs_url!r}, "
            f"engines={self.engines!r}, "
            f"fallback_engine={self.fallback_engine!r}, "
            f"id={self.id!r}, "
            f"input_schema={self.input_schema!r}, "
            f"name={self.name!r}, "
            f"native_support={self.native_support!r}, "
            f"output_schema={self.output_schema!r}, "
            f"parameters_schema={self.parameters_schema!r}, "
            f"status={self.status!r}, "
            f"summary={self.summary!r}, "
            f"supported_api_formats={self.supported_api_formats!r}, "
            f"tool_description={self.tool_description!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.aliases,
            self.default_engine,
            self.docs_url,
            self.engines,
            self.fallback_engine,
            self.id,
            self.input_schema,
            self.name,
            self.native_support,
            self.output_schema,
            self.parameters_schema,
            self.status,
            self.summary,
            self.supported_api_formats,
            self.tool_description,
            self.extra_fields,
        ) == (
            other.aliases,
            other.default_engine,
            other.docs_url,
            other.engines,
            other.fallback_engine,
            other.id,
            other.input_schema,
            other.name,
            other.native_support,
            other.output_schema,
            other.parameters_schema,
            other.status,
            other.summary,
            other.supported_api_formats,
            other.tool_description,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ServerTool",
                self.aliases,
                self.default_engine,
                self.docs_url,
                self.engines,
                self.fallback_engine,
                self.id,
                self.input_schema,
                self.name,
                self.native_support,
                self.output_schema,
                self.parameters_schema,
                self.status,
                self.summary,
                self.supported_api_formats,
                self.tool_description,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
