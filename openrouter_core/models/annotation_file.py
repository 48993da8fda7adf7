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
