# Generated from the OpenRouter OpenAPI spec (components/schemas/AnnotationFile) by `python -m codegen`; do not edit.
"""The ``AnnotationFile`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.batch_object_file import BatchObjectFile


@attrs.frozen(kw_only=True)
class AnnotationFile:
    """The ``AnnotationFile`` object."""

    file: BatchObjectFile
    type: str = "file"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        file: BatchObjectFile,
        type: str = "file",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("file", file)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(file={self.file!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.file, self.type, self.extra_fields) == (
            other.file,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(("AnnotationFile", self.file, self.type, self.extra_fields))

    # --- end of attrs methods ---
