# Generated from the OpenRouter OpenAPI spec (components/schemas/ServerToolInputName) by `python -m codegen`; do not edit.
"""The ``ServerToolInputName`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.server_tool_output_name import ServerToolOutputName


@attrs.frozen(kw_only=True)
class ServerToolInputName:
    """The ``ServerToolInputName`` object."""

    api_formats: list[str]
    """API formats that accept this spelling in `tools[].type`."""
    output_names: list[ServerToolOutputName]
    """What the call surfaces as on each accepting API format when requested under this spelling; a
    format is absent when the call is not visible to the caller.
    """
    type: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        api_formats: list[str],
        output_names: list[ServerToolOutputName],
        type: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("api_formats", api_formats)
        _setattr("output_names", output_names)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"api_formats={self.api_formats!r}, "
            f"output_names={self.output_names!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.api_formats, self.output_names, self.type, self.extra_fields) == (
            other.api_formats,
            other.output_names,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ServerToolInputName",
                self.api_formats,
                self.output_names,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
