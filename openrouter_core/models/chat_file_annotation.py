# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatFileAnnotation) by `python -m codegen`; do not edit.
"""A parsed file of the request (send it back to skip parsing the file again)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.chat_file_annotation_file import ChatFileAnnotationFile


@attrs.frozen(kw_only=True)
class ChatFileAnnotation:
    """A parsed file of the request (send it back to skip parsing the file again)."""

    type: str = "file"
    file: ChatFileAnnotationFile
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        type: str = "file",
        file: ChatFileAnnotationFile,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("type", type)
        _setattr("file", file)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(type={self.type!r}, file={self.file!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.type, self.file, self.extra_fields) == (
            other.type,
            other.file,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("ChatFileAnnotation", self.type, self.file, self.extra_fields))

    # --- end of attrs methods ---
