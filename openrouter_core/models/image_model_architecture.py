# Generated from the OpenRouter OpenAPI spec (components/schemas/ImageModelArchitecture) by `python -m codegen`; do not edit.
"""The ``ImageModelArchitecture`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ImageModelArchitecture:
    """The ``ImageModelArchitecture`` object."""

    input_modalities: list[str]
    """Supported input modalities."""
    output_modalities: list[str]
    """Supported output modalities."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
