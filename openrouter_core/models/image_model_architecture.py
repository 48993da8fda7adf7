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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        input_modalities: list[str],
        output_modalities: list[str],
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("input_modalities", input_modalities)
        _setattr("output_modalities", output_modalities)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"input_modalities={self.input_modalities!r}, "
            f"output_modalities={self.output_modalities!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.input_modalities, self.output_modalities, self.extra_fields) == (
            other.input_modalities,
            other.output_modalities,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ImageModelArchitecture",
                self.input_modalities,
                self.output_modalities,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
