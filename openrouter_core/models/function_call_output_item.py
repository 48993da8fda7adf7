# Generated from the OpenRouter OpenAPI spec (components/schemas/FunctionCallOutputItem) by `python -m codegen`; do not edit.
"""The output from a function call execution."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core._unset import UNSET, Unset
from openrouter_core.models.input_file import InputFile
from openrouter_core.models.input_text import InputText


@attrs.frozen(kw_only=True)
class FunctionCallOutputItemOutputItemVariant2:
    """Image input content item."""

    detail: str
    """Known values: ``"auto"``, ``"high"``, ``"low"``, ``"original"``."""
    image_url: str | Unset | None = UNSET
    type: str = "input_image"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        detail: str,
        image_url: str | Unset | None = UNSET,
        type: str = "input_image",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("detail", detail)
        _setattr("image_url", image_url)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"detail={self.detail!r}, "
            f"image_url={self.image_url!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.detail, self.image_url, self.type, self.extra_fields) == (
            other.detail,
            other.image_url,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "FunctionCallOutputItemOutputItemVariant2",
                self.detail,
                self.image_url,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


FunctionCallOutputItemOutputItem: TypeAlias = (
    InputText | FunctionCallOutputItemOutputItemVariant2 | InputFile | dict[str, Any]
)
"""One of the shapes of :class:`FunctionCallOutputItemOutput`."""


_FUNCTION_CALL_OUTPUT_ITEM_OUTPUT_ITEM_BY_TYPE: dict[Any, Any] = {
    "input_file": InputFile,
    "input_image": FunctionCallOutputItemOutputItemVariant2,
    "input_text": InputText,
}


def _choose_function_call_output_item_output_item(data: Any) -> Any:
    """The member of :data:`FunctionCallOutputItemOutputItem` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _FUNCTION_CALL_OUTPUT_ITEM_OUTPUT_ITEM_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(
        f"FunctionCallOutputItemOutputItem: expected an object, got {type(data).__name__}"
    )


register_union(FunctionCallOutputItemOutputItem, _choose_function_call_output_item_output_item)


FunctionCallOutputItemOutput: TypeAlias = str | list[FunctionCallOutputItemOutputItem]
"""The ``output`` of a :class:`FunctionCallOutputItem`."""


def _choose_function_call_output_item_output(data: Any) -> Any:
    """The member of :data:`FunctionCallOutputItemOutput` that ``data`` is, by its JSON type."""
    if isinstance(data, str):
        return str
    if isinstance(data, list):
        return list[FunctionCallOutputItemOutputItem]
    raise TypeError(
        f"FunctionCallOutputItemOutput: expected a string or an array, got {type(data).__name__}"
    )


register_union(FunctionCallOutputItemOutput, _choose_function_call_output_item_output)


@attrs.frozen(kw_only=True)
class FunctionCallOutputItem:
    """The output from a function call execution."""

    call_id: str
    id: str | Unset | None = UNSET
    output: FunctionCallOutputItemOutput
    status: str | Unset | None = UNSET
    """Known values: :class:`ToolCallStatus`."""
    type: str = "function_call_output"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        call_id: str,
        id: str | Unset | None = UNSET,
        output: FunctionCallOutputItemOutput,
        status: str | Unset | None = UNSET,
        type: str = "function_call_output",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("call_id", call_id)
        _setattr("id", id)
        _setattr("output", output)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"call_id={self.call_id!r}, "
            f"id={self.id!r}, "
            f"output={self.output!r}, "
            f"status={self.status!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.call_id, self.id, self.output, self.status, self.type, self.extra_fields) == (
            other.call_id,
            other.id,
            other.output,
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "FunctionCallOutputItem",
                self.call_id,
                self.id,
                self.output,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
