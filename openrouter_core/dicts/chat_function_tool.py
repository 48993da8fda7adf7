# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.chat_function_tool` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

    from openrouter_core.dicts.advisor_server_tool_openrouter import AdvisorServerToolOpenRouterDict
    from openrouter_core.dicts.bash_server_tool import BashServerToolDict
    from openrouter_core.dicts.chat_content_cache_control import ChatContentCacheControlDict
    from openrouter_core.dicts.chat_search_models_server_tool import ChatSearchModelsServerToolDict
    from openrouter_core.dicts.chat_web_search_shorthand import ChatWebSearchShorthandDict
    from openrouter_core.dicts.datetime_server_tool import DatetimeServerToolDict
    from openrouter_core.dicts.files_server_tool import FilesServerToolDict
    from openrouter_core.dicts.fusion_server_tool_openrouter import FusionServerToolOpenRouterDict
    from openrouter_core.dicts.image_generation_server_tool_openrouter import (
        ImageGenerationServerToolOpenRouterDict,
    )
    from openrouter_core.dicts.openrouter_web_search_server_tool import (
        OpenRouterWebSearchServerToolDict,
    )
    from openrouter_core.dicts.subagent_server_tool_openrouter import (
        SubagentServerToolOpenRouterDict,
    )
    from openrouter_core.dicts.web_fetch_server_tool import WebFetchServerToolDict

__all__ = [
    "ChatFunctionToolDict",
    "ChatFunctionToolFunctionDict",
    "ChatFunctionToolFunctionFunctionDict",
]

ChatFunctionToolDict: TypeAlias = "ChatFunctionToolFunctionDict | AdvisorServerToolOpenRouterDict | BashServerToolDict | DatetimeServerToolDict | FilesServerToolDict | FusionServerToolOpenRouterDict | ImageGenerationServerToolOpenRouterDict | ChatSearchModelsServerToolDict | SubagentServerToolOpenRouterDict | WebFetchServerToolDict | OpenRouterWebSearchServerToolDict | ChatWebSearchShorthandDict"


class ChatFunctionToolFunctionDict(TypedDict, total=False):
    """The dict form of :class:`ChatFunctionToolFunction`."""

    cache_control: ChatContentCacheControlDict | None
    function: Required[ChatFunctionToolFunctionFunctionDict]
    type: Required[Literal["function"]]


class ChatFunctionToolFunctionFunctionDict(TypedDict, total=False):
    """The dict form of :class:`ChatFunctionToolFunctionFunction`."""

    description: str | None
    name: Required[str]
    parameters: dict[str, Any] | None
    strict: bool | None
