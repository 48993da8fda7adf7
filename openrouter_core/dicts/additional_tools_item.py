# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.additional_tools_item` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.advisor_server_tool_openrouter import AdvisorServerToolOpenRouterDict
    from openrouter_core.dicts.apply_patch_server_tool import ApplyPatchServerToolDict
    from openrouter_core.dicts.apply_patch_server_tool_openrouter import (
        ApplyPatchServerToolOpenRouterDict,
    )
    from openrouter_core.dicts.bash_server_tool import BashServerToolDict
    from openrouter_core.dicts.code_interpreter_server_tool import CodeInterpreterServerToolDict
    from openrouter_core.dicts.codex_local_shell_tool import CodexLocalShellToolDict
    from openrouter_core.dicts.computer_use_server_tool import ComputerUseServerToolDict
    from openrouter_core.dicts.custom_tool import CustomToolDict
    from openrouter_core.dicts.datetime_server_tool import DatetimeServerToolDict
    from openrouter_core.dicts.file_search_server_tool import FileSearchServerToolDict
    from openrouter_core.dicts.files_server_tool import FilesServerToolDict
    from openrouter_core.dicts.fusion_server_tool_openrouter import FusionServerToolOpenRouterDict
    from openrouter_core.dicts.image_generation_server_tool import ImageGenerationServerToolDict
    from openrouter_core.dicts.image_generation_server_tool_openrouter import (
        ImageGenerationServerToolOpenRouterDict,
    )
    from openrouter_core.dicts.legacy_web_search_server_tool import LegacyWebSearchServerToolDict
    from openrouter_core.dicts.mcp_server_tool import McpServerToolDict
    from openrouter_core.dicts.namespace_tool import NamespaceToolDict
    from openrouter_core.dicts.preview20250311_web_search_server_tool import (
        Preview20250311WebSearchServerToolDict,
    )
    from openrouter_core.dicts.preview_web_search_server_tool import PreviewWebSearchServerToolDict
    from openrouter_core.dicts.search_models_server_tool_openrouter import (
        SearchModelsServerToolOpenRouterDict,
    )
    from openrouter_core.dicts.shell_server_tool import ShellServerToolDict
    from openrouter_core.dicts.shell_server_tool_openrouter import ShellServerToolOpenRouterDict
    from openrouter_core.dicts.subagent_server_tool_openrouter import (
        SubagentServerToolOpenRouterDict,
    )
    from openrouter_core.dicts.tool_search_server_tool import ToolSearchServerToolDict
    from openrouter_core.dicts.web_fetch_server_tool import WebFetchServerToolDict
    from openrouter_core.dicts.web_search_server_tool import WebSearchServerToolDict
    from openrouter_core.dicts.web_search_server_tool_openrouter import (
        WebSearchServerToolOpenRouterDict,
    )

__all__ = [
    "AdditionalToolsItemDict",
    "AdditionalToolsItemToolsDict",
    "AdditionalToolsItemToolsVariant1Dict",
    "AdditionalToolsItemToolsVariant29Dict",
]


class AdditionalToolsItemDict(TypedDict, total=False):
    """The dict form of :class:`AdditionalToolsItem`."""

    id: str | None
    role: Required[
        Literal[
            "unknown", "user", "assistant", "system", "critic", "discriminator", "developer", "tool"
        ]
        | str
    ]
    tools: Required[list[AdditionalToolsItemToolsDict]]
    type: Required[Literal["additional_tools"]]


AdditionalToolsItemToolsDict: TypeAlias = "AdditionalToolsItemToolsVariant1Dict | PreviewWebSearchServerToolDict | Preview20250311WebSearchServerToolDict | LegacyWebSearchServerToolDict | WebSearchServerToolDict | FileSearchServerToolDict | ComputerUseServerToolDict | CodeInterpreterServerToolDict | McpServerToolDict | ImageGenerationServerToolDict | CodexLocalShellToolDict | ShellServerToolDict | ApplyPatchServerToolDict | CustomToolDict | NamespaceToolDict | AdvisorServerToolOpenRouterDict | SubagentServerToolOpenRouterDict | DatetimeServerToolDict | FilesServerToolDict | FusionServerToolOpenRouterDict | ImageGenerationServerToolOpenRouterDict | SearchModelsServerToolOpenRouterDict | WebFetchServerToolDict | WebSearchServerToolOpenRouterDict | ApplyPatchServerToolOpenRouterDict | BashServerToolDict | ShellServerToolOpenRouterDict | ToolSearchServerToolDict | AdditionalToolsItemToolsVariant29Dict"


class AdditionalToolsItemToolsVariant1Dict(TypedDict, total=False):
    """The dict form of :class:`AdditionalToolsItemToolsVariant1`."""

    description: str | None
    name: Required[str]
    parameters: Required[dict[str, Any] | None]
    strict: bool | None
    type: Required[Literal["function"]]
    defer_loading: bool | None


class AdditionalToolsItemToolsVariant29Dict(TypedDict, total=False):
    """The dict form of :class:`AdditionalToolsItemToolsVariant29`."""

    type: Required[str]
