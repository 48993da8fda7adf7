# Generated from the OpenRouter OpenAPI spec (components/schemas/ModelArchitecture) by `python -m codegen`; do not edit.
"""Model architecture information."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ModelArchitecture:
    """Model architecture information."""

    input_modalities: list[str]
    """Supported input modalities."""
    instruct_type: str | Unset | None = UNSET
    """Instruction format type. Known values: :class:`InstructType`."""
    modality: str | None
    """Primary modality of the model."""
    output_modalities: list[str]
    """Supported output modalities."""
    tokenizer: str | None = None
    """Tokenizer type used by the model. Known values: :class:`ModelGroup`."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        input_modalities: list[str],
        instruct_type: str | Unset | None = UNSET,
        modality: str | None,
        output_modalities: list[str],
        tokenizer: str | None = None,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("input_modalities", input_modalities)
        _setattr("instruct_type", instruct_type)
        _setattr("modality", modality)
        _setattr("output_modalities", output_modalities)
        _setattr("tokenizer", tokenizer)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"input_modalities={self.input_modalities!r}, "
            f"instruct_type={self.instruct_type!r}, "
            f"modality={self.modality!r}, "
            f"output_modalities={self.output_modalities!r}, "
            f"tokenizer={self.tokenizer!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.input_modalities,
            self.instruct_type,
            self.modality,
            self.output_modalities,
            self.tokenizer,
            self.extra_fields,
        ) == (
            other.input_modalities,
            other.instruct_type,
            other.modality,
            other.output_modalities,
            other.tokenizer,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ModelArchitecture",
                self.input_modalities,
                self.instruct_type,
                self.modality,
                self.output_modalities,
                self.tokenizer,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
