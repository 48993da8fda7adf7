# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatFileAnnotationFile) by `python -m codegen`; do not edit.
"""A file the request carried, as parsed for the model."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ChatFileAnnotationFileContent:
    """The ``content`` of a :class:`ChatFileAnnotationFile`."""

    type: str | None = None
    text: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        type: str | None = None,
        text: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("type", type)
        _setattr("text", text)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(type={self.type!r}, text={self.text!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.type, self.text, self.extra_fields) == (
            other.type,
            other.text,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ChatFileAnnotationFileContent", self.type, self.text, self.extra_fields))

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class ChatFileAnnotationFile:
    """A file the request carried, as parsed for the model."""

    hash: str | None = None
    name: str | None = None
    content: list[ChatFileAnnotationFileContent] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        hash: str | None = None,
        name: str | None = None,
        content: list[ChatFileAnnotationFileContent] | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("hash", hash)
        _setattr("name", name)
        _setattr("content", content)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"hash={self.hash!r}, "
            f"name={self.name!r}, "
            f"content={self.content!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.hash, self.name, self.content, self.extra_fields) == (
            other.hash,
            other.name,
            other.content,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("ChatFileAnnotationFile", self.hash, self.name, self.content, self.extra_fields)
        )

    # --- end of attrs methods ---
