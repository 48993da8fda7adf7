# Generated from the OpenRouter OpenAPI spec (components/schemas/ListEndpointsResponse) by `python -m codegen`; do not edit.
"""List of available endpoints for a model."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.public_endpoint import PublicEndpoint


@attrs.frozen(kw_only=True)
class ListEndpointsResponseArchitecture:
    """The ``architecture`` of a :class:`ListEndpointsResponse`."""

    input_modalities: list[str]
    """Supported input modalities."""
    instruct_type: str | None
    """Instruction format type. Known values: :class:`InstructType`."""
    modality: str | None
    """Primary modality of the model."""
    output_modalities: list[str]
    """Supported output modalities."""
    tokenizer: str | None
    """Tokenizer type used by the model. Known values: :class:`ModelGroup`."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        input_modalities: list[str],
        instruct_type: str | None,
        modality: str | None,
        output_modalities: list[str],
        tokenizer: str | None,
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
                "ListEndpointsResponseArchitecture",
                self.input_modalities,
                self.instruct_type,
                self.modality,
                self.output_modalities,
                self.tokenizer,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class ListEndpointsResponse:
    """List of available endpoints for a model."""

    architecture: ListEndpointsResponseArchitecture
    created: int
    """Unix timestamp of when the model was created."""
    description: str
    """Description of the model."""
    endpoints: list[PublicEndpoint]
    """List of available endpoints for this model."""
    id: str
    """Unique identifier for the model."""
    name: str
    """Display name of the model."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        architecture: ListEndpointsResponseArchitecture,
        created: int,
        description: str,
        endpoints: list[PublicEndpoint],
        id: str,
        name: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("architecture", architecture)
        _setattr("created", created)
        _setattr("description", description)
        _setattr("endpoints", endpoints)
        _setattr("id", id)
        _setattr("name", name)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"architecture={self.architecture!r}, "
            f"created={self.created!r}, "
            f"description={self.description!r}, "
            f"endpoints={self.endpoints!r}, "
            f"id={self.id!r}, "
            f"name={self.name!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.architecture,
            self.created,
            self.description,
            self.endpoints,
            self.id,
            self.name,
            self.extra_fields,
        ) == (
            other.architecture,
            other.created,
            other.description,
            other.endpoints,
            other.id,
            other.name,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ListEndpointsResponse",
                self.architecture,
                self.created,
                self.description,
                self.endpoints,
                self.id,
                self.name,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
