# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatFunctionTool) by `python -m codegen`; do not edit.
"""Tool definition for function calling (regular function or OpenRouter built-in server tool)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.advisor_server_tool_openrouter import AdvisorServerToolOpenRouter
from openrouter_core.models.bash_server_tool import BashServerTool
from openrouter_core.models.chat_search_models_server_tool import ChatSearchModelsServerTool
from openrouter_core.models.chat_web_search_shorthand import ChatWebSearchShorthand
from openrouter_core.models.datetime_server_tool import DatetimeServerTool
from openrouter_core.models.files_server_tool import FilesServerTool
from openrouter_core.models.fusion_server_tool_openrouter import FusionServerToolOpenRouter
from openrouter_core.models.image_generation_server_tool_openrouter import (
    ImageGenerationServerToolOpenRouter,
)
from openrouter_core.models.openrouter_web_search_server_tool import OpenRouterWebSearchServerTool
from openrouter_core.models.subagent_server_tool_openrouter import SubagentServerToolOpenRouter
from openrouter_core.models.web_fetch_server_tool import WebFetchServerTool

if TYPE_CHECKING:
    from openrouter_core.models.chat_content_cache_control import ChatContentCacheControl


@attrs.frozen(kw_only=True)
class ChatFunctionToolFunctionFunction:
    """Function definition for tool calling."""

    description: str | None = None
    """Function description for the model."""
    name: str
    """Function name (a-z, A-Z, 0-9, underscores, dashes, max 64 chars)."""
    parameters: dict[str, Any] | None = None
    """Function parameters as JSON Schema object."""
    strict: bool | Unset | None = UNSET
    """Enable strict schema adherence."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        description: str | None = None,
        name: str,
        parameters: dict[str, Any] | None = None,
        strict: bool | Unset | None = UNSET,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("description", description)
        _setattr("name", name)
        _setattr("parameters", parameters)
        _setattr("strict", strict)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"description={self.description!r}, "
            f"name={self.name!r}, "
            f"parameters={self.parameters!r}, "
            f"strict={self.strict!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.description, self.name, self.parameters, self.strict, self.extra_fields) == (
            other.description,
            other.name,
            other.parameters,
            other.strict,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ChatFunctionToolFunctionFunction",
                self.description,
                self.name,
                self.parameters,
                self.strict,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class ChatFunctionToolFunction:
    """One of the shapes of :class:`ChatFunctionTool`."""

    cache_control: ChatContentCacheControl | None = None
    function: ChatFunctionToolFunctionFunction
    """Function definition for tool calling."""
    type: str = "function"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        cache_control: ChatContentCacheControl | None = None,
        function: ChatFunctionToolFunctionFunction,
        type: str = "function",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("cache_control", cache_control)
        _setattr("function", function)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cache_control={self.cache_control!r}, "
            f"function={self.function!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.cache_control, self.function, self.type, self.extra_fields) == (
            other.cache_control,
            other.function,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ChatFunctionToolFunction",
                self.cache_control,
                self.function,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


ChatFunctionTool: TypeAlias = (
    ChatFunctionToolFunction
    | AdvisorServerToolOpenRouter
    | BashServerTool
    | DatetimeServerTool
    | FilesServerTool
    | FusionServerToolOpenRouter
    | ImageGenerationServerToolOpenRouter
    | ChatSearchModelsServerTool
    | SubagentServerToolOpenRouter
    | WebFetchServerTool
    | OpenRouterWebSearchServerTool
    | ChatWebSearchShorthand
    | dict[str, Any]
)
"""Tool definition for function calling (regular function or OpenRouter built-in server tool)."""


_CHAT_FUNCTION_TOOL_BY_TYPE: dict[Any, Any] = {
    "function": ChatFunctionToolFunction,
    "openrouter:advisor": AdvisorServerToolOpenRouter,
    "openrouter:bash": BashServerTool,
    "openrouter:datetime": DatetimeServerTool,
    "openrouter:experimental__search_models": ChatSearchModelsServerTool,
    "openrouter:files": FilesServerTool,
    "openrouter:fusion": FusionServerToolOpenRouter,
    "openrouter:image_generation": ImageGenerationServerToolOpenRouter,
    "openrouter:subagent": SubagentServerToolOpenRouter,
    "openrouter:web_fetch": WebFetchServerTool,
    "openrouter:web_search": OpenRouterWebSearchServerTool,
    "web_search": ChatWebSearchShorthand,
    "web_search_2025_08_26": ChatWebSearchShorthand,
    "web_search_preview": ChatWebSearchShorthand,
    "web_search_preview_2025_03_11": ChatWebSearchShorthand,
}


def _choose_chat_function_tool(data: Any) -> Any:
    """The member of :data:`ChatFunctionTool` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _CHAT_FUNCTION_TOOL_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"ChatFunctionTool: expected an object, got {type(data).__name__}")


register_union(ChatFunctionTool, _choose_chat_function_tool)
