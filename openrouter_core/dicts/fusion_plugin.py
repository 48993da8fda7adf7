# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.fusion_plugin` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "FusionPluginDict",
    "FusionPluginToolsDict",
    "FusionPluginToolsParametersValueDict",
    "FusionPluginToolsParametersValueItemDict",
    "FusionPluginToolsParametersValueVariant5ValueDict",
]


class FusionPluginDict(TypedDict, total=False):
    """The dict form of :class:`FusionPlugin`."""

    analysis_models: list[str] | None
    enabled: bool | None
    id: Required[Literal["fusion"]]
    max_tool_calls: int | None
    model: str | None
    preset: Literal["general-high", "general-budget", "general-fast"] | str | None
    tools: list[FusionPluginToolsDict] | None


class FusionPluginToolsDict(TypedDict, total=False):
    """The dict form of :class:`FusionPluginTools`."""

    parameters: dict[str, FusionPluginToolsParametersValueDict | None] | None
    type: Required[str]


FusionPluginToolsParametersValueDict: TypeAlias = "str | float | bool | list[FusionPluginToolsParametersValueItemDict | None] | dict[str, FusionPluginToolsParametersValueVariant5ValueDict | None]"


FusionPluginToolsParametersValueItemDict: TypeAlias = "str | float | bool"


FusionPluginToolsParametersValueVariant5ValueDict: TypeAlias = "str | float | bool"
