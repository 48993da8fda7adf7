# Generated from the OpenRouter OpenAPI spec (components/schemas/AdditionalToolsItem) by `python -m codegen`; do not edit.
"""Additional tools made available to the model at this point in the input."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.advisor_server_tool_openrouter import AdvisorServerToolOpenRouter
from openrouter_core.models.apply_patch_server_tool import ApplyPatchServerTool
from openrouter_core.models.apply_patch_server_tool_openrouter import ApplyPatchServerToolOpenRouter
from openrouter_core.models.bash_server_tool import BashServerTool
from openrouter_core.models.code_interpreter_server_tool import CodeInterpreterServerTool
from openrouter_core.models.codex_local_shell_tool import CodexLocalShellTool
from openrouter_core.models.computer_use_server_tool import ComputerUseServerTool
from openrouter_core.models.custom_tool import CustomTool
from openrouter_core.models.datetime_server_tool import DatetimeServerTool
from openrouter_core.models.file_search_server_tool import FileSearchServerTool
from openrouter_core.models.files_server_tool import FilesServerTool
from openrouter_core.models.fusion_server_tool_openrouter import FusionServerToolOpenRouter
from openrouter_core.models.image_generation_server_tool import ImageGenerationServerTool
from openrouter_core.models.image_generation_server_tool_openrouter import (
    ImageGenerationServerToolOpenRouter,
)
from openrouter_core.models.legacy_web_search_server_tool import LegacyWebSearchServerTool
from openrouter_core.models.mcp_server_tool import McpServerTool
from openrouter_core.models.namespace_tool import NamespaceTool
from openrouter_core.models.preview20250311_web_search_server_tool import (
    Preview20250311WebSearchServerTool,
)
from openrouter_core.models.preview_web_search_server_tool import PreviewWebSearchServerTool
from openrouter_core.models.search_models_server_tool_openrouter import (
    SearchModelsServerToolOpenRouter,
)
from openrouter_core.models.shell_server_tool import ShellServerTool
from openrouter_core.models.shell_server_tool_openrouter import ShellServerToolOpenRouter
from openrouter_core.models.subagent_server_tool_openrouter import SubagentServerToolOpenRouter
from openrouter_core.models.tool_search_server_tool import ToolSearchServerTool
from openrouter_core.models.web_fetch_server_tool import WebFetchServerTool
from openrouter_core.models.web_search_server_tool import WebSearchServerTool
from openrouter_core.models.web_search_server_tool_openrouter import WebSearchServerToolOpenRouter


@attrs.frozen(kw_only=True)
class AdditionalToolsItemToolsVariant1:
    """Function tool definition."""

    description: str | Unset | None = UNSET
    name: str
    parameters: dict[str, Any] | None
    strict: bool | Unset | None = UNSET
    type: str = "function"
    defer_loading: bool | None = None
    """Withhold this tool from the model until `openrouter:tool_search` finds it."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        description: str | Unset | None = UNSET,
        name: str,
        parameters: dict[str, Any] | None,
        strict: bool | Unset | None = UNSET,
        type: str = "function",
        defer_loading: bool | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("description", description)
        _setattr("name", name)
        _setattr("parameters", parameters)
        _setattr("strict", strict)
        _setattr("type", type)
        _setattr("defer_loading", defer_loading)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"description={self.description!r}, "
            f"name={self.name!r}, "
            f"parameters={self.parameters!r}, "
            f"strict={self.strict!r}, "
            f"type={self.type!r}, "
            f"defer_loading={self.defer_loading!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.description,
            self.name,
            self.parameters,
            self.strict,
            self.type,
            self.defer_loading,
            self.extra_fields,
        ) == (
            other.description,
            other.name,
            other.parameters,
            other.strict,
            other.type,
            other.defer_loading,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AdditionalToolsItemToolsVariant1",
                self.description,
                self.name,
                self.parameters,
                self.strict,
                self.type,
                self.defer_loading,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class AdditionalToolsItemToolsVariant29:
    """One of the shapes of :class:`AdditionalToolsItemTools`."""

    type: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self, *, type: str, extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.type, self.extra_fields) == (other.type, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("AdditionalToolsItemToolsVariant29", self.type, self.extra_fields))

    # --- end of attrs methods ---


AdditionalToolsItemTools: TypeAlias = (
    AdditionalToolsItemToolsVariant1
    | PreviewWebSearchServerTool
    | Preview20250311WebSearchServerTool
    | LegacyWebSearchServerTool
    | WebSearchServerTool
    | FileSearchServerTool
    | ComputerUseServerTool
    | CodeInterpreterServerTool
    | McpServerTool
    | ImageGenerationServerTool
    | CodexLocalShellTool
    | ShellServerTool
    | ApplyPatchServerTool
    | CustomTool
    | NamespaceTool
    | AdvisorServerToolOpenRouter
    | SubagentServerToolOpenRouter
    | DatetimeServerTool
    | FilesServerTool
    | FusionServerToolOpenRouter
    | ImageGenerationServerToolOpenRouter
    | SearchModelsServerToolOpenRouter
    | WebFetchServerTool
    | WebSearchServerToolOpenRouter
    | ApplyPatchServerToolOpenRouter
    | BashServerTool
    | ShellServerToolOpenRouter
    | ToolSearchServerTool
    | AdditionalToolsItemToolsVariant29
)
"""The ``tools`` of a :class:`AdditionalToolsItem`."""


_ADDITIONAL_TOOLS_ITEM_TOOLS_BY_TYPE: dict[Any, Any] = {
    "apply_patch": ApplyPatchServerTool,
    "code_interpreter": CodeInterpreterServerTool,
    "computer_use_preview": ComputerUseServerTool,
    "custom": CustomTool,
    "file_search": FileSearchServerTool,
    "function": AdditionalToolsItemToolsVariant1,
    "image_generation": ImageGenerationServerTool,
    "local_shell": CodexLocalShellTool,
    "mcp": McpServerTool,
    "namespace": NamespaceTool,
    "openrouter:advisor": AdvisorServerToolOpenRouter,
    "openrouter:apply_patch": ApplyPatchServerToolOpenRouter,
    "openrouter:bash": BashServerTool,
    "openrouter:datetime": DatetimeServerTool,
    "openrouter:experimental__search_models": SearchModelsServerToolOpenRouter,
    "openrouter:files": FilesServerTool,
    "openrouter:fusion": FusionServerToolOpenRouter,
    "openrouter:image_generation": ImageGenerationServerToolOpenRouter,
    "openrouter:shell": ShellServerToolOpenRouter,
    "openrouter:subagent": SubagentServerToolOpenRouter,
    "openrouter:tool_search": ToolSearchServerTool,
    "openrouter:web_fetch": WebFetchServerTool,
    "openrouter:web_search": WebSearchServerToolOpenRouter,
    "shell": ShellServerTool,
    "web_search": LegacyWebSearchServerTool,
    "web_search_2025_08_26": WebSearchServerTool,
    "web_search_preview": PreviewWebSearchServerTool,
    "web_search_preview_2025_03_11": Preview20250311WebSearchServerTool,
}


def _choose_additional_tools_item_tools(data: Any) -> Any:
    """The member of :data:`AdditionalToolsItemTools` that ``data`` is, by its ``type``.

    An unknown ``type`` goes to :class:`AdditionalToolsItemToolsVariant29`.
    """
    if isinstance(data, dict):
        return _ADDITIONAL_TOOLS_ITEM_TOOLS_BY_TYPE.get(
            data.get("type"), AdditionalToolsItemToolsVariant29
        )
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"AdditionalToolsItemTools: expected an object, got {type(data).__name__}")


register_union(AdditionalToolsItemTools, _choose_additional_tools_item_tools)


@attrs.frozen(kw_only=True)
class AdditionalToolsItem:
    """Additional tools made available to the model at this point in the input."""

    id: str | Unset | None = UNSET
    role: str
    """Known values: ``"unknown"``, ``"user"``, ``"assistant"``, ``"system"``, ``"critic"``,
    ``"discriminator"``, ``"developer"``, ``"tool"``.
    """
    tools: list[AdditionalToolsItemTools]
    type: str = "additional_tools"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        id: str | Unset | None = UNSET,
        role: str,
        tools: list[AdditionalToolsItemTools],
        type: str = "additional_tools",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("id", id)
        _setattr("role", role)
        _setattr("tools", tools)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"id={self.id!r}, "
            f"role={self.role!r}, "
            f"tools={self.tools!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.id, self.role, self.tools, self.type, self.extra_fields) == (
            other.id,
            other.role,
            other.tools,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("AdditionalToolsItem", self.id, self.role, self.tools, self.type, self.extra_fields)
        )

    # --- end of attrs methods ---
