# Generated from the OpenRouter OpenAPI spec (components/schemas/OpenAIResponsesToolChoice) by `python -m codegen`; do not edit.
"""One of :class:`str`, :class:`OpenAIResponsesToolChoiceFunction`,
:class:`OpenAIResponsesToolChoiceVariant5`, :class:`ToolChoiceAllowed`,
:class:`OpenAIResponsesToolChoiceApplyPatch`, :class:`OpenAIResponsesToolChoiceShell`,
``dict[str, Any]``.
"""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.tool_choice_allowed import ToolChoiceAllowed


@attrs.frozen(kw_only=True)
class OpenAIResponsesToolChoiceApplyPatch:
    """One of the shapes of :class:`OpenAIResponsesToolChoice`."""

    type: str = "apply_patch"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        type: str = "apply_patch",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
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
        return hash(("OpenAIResponsesToolChoiceApplyPatch", self.type, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class OpenAIResponsesToolChoiceFunction:
    """One of the shapes of :class:`OpenAIResponsesToolChoice`."""

    name: str
    type: str = "function"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        name: str,
        type: str = "function",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("name", name)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(name={self.name!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.name, self.type, self.extra_fields) == (
            other.name,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("OpenAIResponsesToolChoiceFunction", self.name, self.type, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class OpenAIResponsesToolChoiceShell:
    """One of the shapes of :class:`OpenAIResponsesToolChoice`."""

    type: str = "shell"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        type: str = "shell",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
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
        return hash(("OpenAIResponsesToolChoiceShell", self.type, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class OpenAIResponsesToolChoiceVariant5:
    """One of the shapes of :class:`OpenAIResponsesToolChoice`."""

    type: str = "web_search_preview_2025_03_11"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        type: str = "web_search_preview_2025_03_11",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
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
        return hash(("OpenAIResponsesToolChoiceVariant5", self.type, self.extra_fields))

    # --- end of attrs methods ---


OpenAIResponsesToolChoice: TypeAlias = (
    str
    | OpenAIResponsesToolChoiceFunction
    | OpenAIResponsesToolChoiceVariant5
    | ToolChoiceAllowed
    | OpenAIResponsesToolChoiceApplyPatch
    | OpenAIResponsesToolChoiceShell
    | dict[str, Any]
)
"""One of :class:`str`, :class:`OpenAIResponsesToolChoiceFunction`,
:class:`OpenAIResponsesToolChoiceVariant5`, :class:`ToolChoiceAllowed`,
:class:`OpenAIResponsesToolChoiceApplyPatch`, :class:`OpenAIResponsesToolChoiceShell`,
``dict[str, Any]``.
"""


_OPENAI_RESPONSES_TOOL_CHOICE_BY_TYPE: dict[Any, Any] = {
    "allowed_tools": ToolChoiceAllowed,
    "apply_patch": OpenAIResponsesToolChoiceApplyPatch,
    "function": OpenAIResponsesToolChoiceFunction,
    "shell": OpenAIResponsesToolChoiceShell,
    "web_search_preview_2025_03_11": OpenAIResponsesToolChoiceVariant5,
}


def _choose_openai_responses_tool_choice(data: Any) -> Any:
    """The member of :data:`OpenAIResponsesToolChoice` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, str):
        return str
    if isinstance(data, dict):
        return _OPENAI_RESPONSES_TOOL_CHOICE_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"OpenAIResponsesToolChoice: expected a string or an object, got {type(data).__name__}"
    )


register_union(OpenAIResponsesToolChoice, _choose_openai_responses_tool_choice)
