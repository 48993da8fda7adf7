# Generated from the OpenRouter OpenAPI spec (components/schemas/ComputerUseServerTool) by `python -m codegen`; do not edit.
"""Computer use preview tool configuration."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ComputerUseServerTool:
    """Computer use preview tool configuration."""

    display_height: int
    display_width: int
    environment: str
    """Known values: ``"windows"``, ``"mac"``, ``"linux"``, ``"ubuntu"``, ``"browser"``."""
    type: str = "computer_use_preview"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        display_height: int,
        display_width: int,
        environment: str,
        type: str = "computer_use_preview",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("display_height", display_height)
        _setattr("display_width", display_width)
        _setattr("environment", environment)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"display_height={self.display_height!r}, "
            f"display_width={self.display_width!r}, "
            f"environment={self.environment!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.display_height,
            self.display_width,
            self.environment,
            self.type,
            self.extra_fields,
        ) == (
            other.display_height,
            other.display_width,
            other.environment,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ComputerUseServerTool",
                self.display_height,
                self.display_width,
                self.environment,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
