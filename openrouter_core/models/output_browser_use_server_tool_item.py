# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputBrowserUseServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:browser_use server tool output item."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputBrowserUseServerToolItem:
    """An openrouter:browser_use server tool output item."""

    action: str | None = None
    id: str | None = None
    screenshot_b64: str | None = attrs.field(default=None, metadata={"wire": "screenshotB64"})
    status: str
    """Known values: :class:`ToolCallStatus`."""
    type: str = "openrouter:browser_use"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        action: str | None = None,
        id: str | None = None,
        screenshot_b64: str | None = None,
        status: str,
        type: str = "openrouter:browser_use",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("action", action)
        _setattr("id", id)
        _setattr("screenshot_b64", screenshot_b64)
        _setattr("status", status)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"action={self.action!r}, "
            f"id={self.id!r}, "
            f"screenshot_b64={self.screenshot_b64!r}, "
            f"status={self.status!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.action,
            self.id,
            self.screenshot_b64,
            self.status,
            self.type,
            self.extra_fields,
        ) == (
            other.action,
            other.id,
            other.screenshot_b64,
            other.status,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputBrowserUseServerToolItem",
                self.action,
                self.id,
                self.screenshot_b64,
                self.status,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
