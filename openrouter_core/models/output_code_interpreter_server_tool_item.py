# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputCodeInterpreterServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:code_interpreter server tool output item."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputCodeInterpreterServerToolItem:
    """An openrouter:code_interpreter server tool output item."""

    code: str | None = None
    exit_code: int | None = attrs.field(default=None, metadata={"wire": "exitCode"})
    id: str | None = None
    language: str | None = None
    status: str
    """Known values: :class:`ToolCallStatus`."""
    stderr: str | None = None
    stdout: str | None = None
    type: str = "openrouter:code_interpreter"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        code: str | None = None,
        exit_code: int | None = None,
        id: str | None = None,
        language: str | None = None,
        status: str,
        stderr: str | None = None,
        stdout: str | None = None,
        type: str = "openrouter:code_interpreter",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("code", code)
        _setattr("exit_code", exit_code)
        _setattr("id", id)
        _setattr("language", language)
        _setattr("status", status)
        _setattr("stderr", stderr)
        _setattr("stdout", stdout)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"code={self.code!r}, "
            f"exit_code={self.exit_code!r}, "
            f"id={self.id!r}, "
            f"language={self.language!r}, "
            f"status={self.status!r}, "
            f"stderr={self.stderr!r}, "
            f"stdout={self.stdout!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.code,
            self.exit_code,
            self.id,
            self.language,
            self.status,
            self.stderr,
            self.stdout,
            self.type,
            self.extra_fields,
        ) == (
            other.code,
            other.exit_code,
            other.id,
            other.language,
            other.status,
            other.stderr,
            other.stdout,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputCodeInterpreterServerToolItem",
                self.code,
                self.exit_code,
                self.id,
                self.language,
                self.status,
                self.stderr,
                self.stdout,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
