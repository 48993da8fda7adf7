# Generated from the OpenRouter OpenAPI spec (components/schemas/FusionPlugin) by `python -m codegen`; do not edit.
"""The ``FusionPlugin`` object."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union

FusionPluginToolsParametersValueItem: TypeAlias = str | float | bool
"""One of the shapes of :class:`FusionPluginToolsParametersValue`."""


def _choose_fusion_plugin_tools_parameters_value_item(data: Any) -> Any:
    """The member of :data:`FusionPluginToolsParametersValueItem` that ``data`` is, by its JSON
    type.
    """
    if isinstance(data, bool):
        return bool
    if isinstance(data, (int, float)):
        return float
    if isinstance(data, str):
        return str
    raise TypeError(
        f"FusionPluginToolsParametersValueItem: expected a boolean, a number or a string, got {type(data).__name__}"
    )


register_union(
    FusionPluginToolsParametersValueItem, _choose_fusion_plugin_tools_parameters_value_item
)


FusionPluginToolsParametersValueVariant5Value: TypeAlias = str | float | bool
"""One of :class:`str`, :class:`float`, :class:`bool`."""


def _choose_fusion_plugin_tools_parameters_value_variant5_value(data: Any) -> Any:
    """The member of :data:`FusionPluginToolsParametersValueVariant5Value` that ``data`` is, by its
    JSON type.
    """
    if isinstance(data, bool):
        return bool
    if isinstance(data, (int, float)):
        return float
    if isinstance(data, str):
        return str
    raise TypeError(
        f"FusionPluginToolsParametersValueVariant5Value: expected a boolean, a number or a string, got {type(data).__name__}"
    )


register_union(
    FusionPluginToolsParametersValueVariant5Value,
    _choose_fusion_plugin_tools_parameters_value_variant5_value,
)


FusionPluginToolsParametersValue: TypeAlias = (
    str
    | float
    | bool
    | list[FusionPluginToolsParametersValueItem | None]
    | dict[str, FusionPluginToolsParametersValueVariant5Value | None]
)
"""One of :class:`str`, :class:`float`, :class:`bool`, ``list[FusionPluginToolsParametersValueItem |
None]``, ``dict[str, FusionPluginToolsParametersValueVariant5Value | None]``.
"""


def _choose_fusion_plugin_tools_parameters_value(data: Any) -> Any:
    """The member of :data:`FusionPluginToolsParametersValue` that ``data`` is, by its JSON type."""
    if isinstance(data, bool):
        return bool
    if isinstance(data, (int, float)):
        return float
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[FusionPluginToolsParametersValueItem | None]
    if isinstance(data, dict):
        return dict[str, FusionPluginToolsParametersValueVariant5Value | None]
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"FusionPluginToolsParametersValue: expected a boolean, a number, a string, an array or an object, got {type(data).__name__}"
    )


register_union(FusionPluginToolsParametersValue, _choose_fusion_plugin_tools_parameters_value)


@attrs.frozen(kw_only=True)
class FusionPluginTools:
    """Server tools available to panelist and analyst inner calls."""

    parameters: dict[str, FusionPluginToolsParametersValue | None] | None = None
    """Optional configuration forwarded as the tool's `parameters` object."""
    type: str
    """Server tool type identifier (e.g. "openrouter:web_search", "openrouter:web_fetch")."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        parameters: dict[str, FusionPluginToolsParametersValue | None] | None = None,
        type: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("parameters", parameters)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(parameters={self.parameters!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.parameters, self.type, self.extra_fields) == (
            other.parameters,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("FusionPluginTools", self.parameters, self.type, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class FusionPlugin:
    """The ``FusionPlugin`` object."""

    analysis_models: list[str] | None = None
    """Slugs of models to run in parallel as the "expert panel" the analyst analyzes."""
    enabled: bool | None = None
    """Set to false to disable the fusion plugin for this request."""
    id: str = "fusion"
    max_tool_calls: int | None = None
    """Maximum number of tool-calling steps each panelist (analysis model) and the analyst model may
    take during their agentic web-research loop.
    """
    model: str | None = None
    """Slug of the model that performs both the analyst step (with web_search + web_fetch) and the
    final synthesis.
    """
    preset: str | None = None
    """A curated OpenRouter fusion preset (slugs follow `<task>-<tier>`, e.g. `general-high`). Known
    values: ``"general-high"``, ``"general-budget"``, ``"general-fast"``.
    """
    tools: list[FusionPluginTools] | None = None
    """Server tools available to panelist and analyst inner calls."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        analysis_models: list[str] | None = None,
        enabled: bool | None = None,
        id: str = "fusion",
        max_tool_calls: int | None = None,
        model: str | None = None,
        preset: str | None = None,
        tools: list[FusionPluginTools] | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("analysis_models", analysis_models)
        _setattr("enabled", enabled)
        _setattr("id", id)
        _setattr("max_tool_calls", max_tool_calls)
        _setattr("model", model)
        _setattr("preset", preset)
        _setattr("tools", tools)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"analysis_models={self.analysis_models!r}, "
            f"enabled={self.enabled!r}, "
            f"id={self.id!r}, "
            f"max_tool_calls={self.max_tool_calls!r}, "
            f"model={self.model!r}, "
            f"preset={self.preset!r}, "
            f"tools={self.tools!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.analysis_models,
            self.enabled,
            self.id,
            self.max_tool_calls,
            self.model,
            self.preset,
            self.tools,
            self.extra_fields,
        ) == (
            other.analysis_models,
            other.enabled,
            other.id,
            other.max_tool_calls,
            other.model,
            other.preset,
            other.tools,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "FusionPlugin",
                self.analysis_models,
                self.enabled,
                self.id,
                self.max_tool_calls,
                self.model,
                self.preset,
                self.tools,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
