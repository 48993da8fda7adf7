# Generated from the OpenRouter OpenAPI spec (components/schemas/ContentPartVideo) by `python -m codegen`; do not edit.
"""The ``ContentPartVideo`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ContentPartVideoVideoUrl:
    """The ``video_url`` of a :class:`ContentPartVideo`."""

    url: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class ContentPartVideo:
    """The ``ContentPartVideo`` object."""

    type: str = "video_url"
    video_url: ContentPartVideoVideoUrl
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
