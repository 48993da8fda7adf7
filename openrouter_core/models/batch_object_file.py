# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchObjectFile) by `python -m codegen`; do not edit.
"""The ``BatchObjectFile`` object."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union
from openrouter_core.models.content_image_url import ContentImageURL
from openrouter_core.models.content_text import ContentText
from openrouter_core.models.unknown_annotation_content_union import UnknownAnnotationContentUnion

BatchObjectFileContent: TypeAlias = (
    ContentText | ContentImageURL | UnknownAnnotationContentUnion | dict[str, Any]
)
"""The ``content`` of a :class:`BatchObjectFile`."""


_BATCH_OBJECT_FILE_CONTENT_BY_TYPE: dict[Any, Any] = {
    "UNKNOWN": UnknownAnnotationContentUnion,
    "image_url": ContentImageURL,
    "text": ContentText,
}


def _choose_batch_object_file_content(data: Any) -> Any:
    """The member of :data:`BatchObjectFileContent` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _BATCH_OBJECT_FILE_CONTENT_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"BatchObjectFileContent: expected an object, got {type(data).__name__}")


register_union(BatchObjectFileContent, _choose_batch_object_file_content)


@attrs.frozen(kw_only=True)
class BatchObjectFile:
    """The ``BatchObjectFile`` object."""

    content: list[BatchObjectFileContent]
    hash: str
    name: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: list[BatchObjectFileContent],
        hash: str,
        name: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("hash", hash)
        _setattr("name", name)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"content={self.content!r}, "
            f"hash={self.hash!r}, "
            f"name={self.name!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.content, self.hash, self.name, self.extra_fields) == (
            other.content,
            other.hash,
            other.name,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("BatchObjectFile", self.content, self.hash, self.name, self.extra_fields))

    # --- end of attrs methods ---
