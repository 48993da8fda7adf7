# Generated from the OpenRouter OpenAPI spec (components/schemas/BatchObjectFile) by `python -m codegen`; do not edit.
"""The ``BatchObjectFile`` object."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._converter import register_union
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
