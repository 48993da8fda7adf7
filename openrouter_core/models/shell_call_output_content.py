# Generated from the OpenRouter OpenAPI spec (components/schemas/ShellCallOutputContent) by `python -m codegen`; do not edit.
"""Captured stdout and stderr for one command of a shell call, with its exit or timeout outcome."""

from __future__ import annotations

from typing import Any, TypeAlias

import attrs

from openrouter_core._codec.readers import register_union


@attrs.frozen(kw_only=True)
class ShellCallOutputContentOutcomeExit:
    """One of the shapes of :class:`ShellCallOutputContentOutcome`."""

    exit_code: int
    type: str = "exit"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        exit_code: int,
        type: str = "exit",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("exit_code", exit_code)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(exit_code={self.exit_code!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.exit_code, self.type, self.extra_fields) == (
            other.exit_code,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("ShellCallOutputContentOutcomeExit", self.exit_code, self.type, self.extra_fields)
        )

    # --- end of attrs methods ---


@attrs.frozen(kw_only=True)
class ShellCallOutputContentOutcomeTimeout:
    """One of the shapes of :class:`ShellCallOutputContentOutcome`."""

    type: str = "timeout"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        type: str = "timeout",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.type, self.extra_fields) == (other.type, other.extra_fields)

    def __hash__(self) -> int:
        return hash(("ShellCallOutputContentOutcomeTimeout", self.type, self.extra_fields))

    # --- end of attrs methods ---


ShellCallOutputContentOutcome: TypeAlias = (
    ShellCallOutputContentOutcomeExit | ShellCallOutputContentOutcomeTimeout | dict[str, Any]
)
"""The ``outcome`` of a :class:`ShellCallOutputContent`."""


_SHELL_CALL_OUTPUT_CONTENT_OUTCOME_BY_TYPE: dict[Any, Any] = {
    "exit": ShellCallOutputContentOutcomeExit,
    "timeout": ShellCallOutputContentOutcomeTimeout,
}


def _choose_shell_call_output_content_outcome(data: Any) -> Any:
    """The member of :data:`ShellCallOutputContentOutcome` that ``data`` is, by its ``type``.

    An unknown ``type`` keeps the object as a plain dict.
    """
    if isinstance(data, dict):
        return _SHELL_CALL_OUTPUT_CONTENT_OUTCOME_BY_TYPE.get(data.get("type"), dict)
    if attrs.has(type(data)):  # a model the caller built
        return type(data)
    raise TypeError(f"ShellCallOutputContentOutcome: expected an object, got {type(data).__name__}")


register_union(ShellCallOutputContentOutcome, _choose_shell_call_output_content_outcome)


@attrs.frozen(kw_only=True)
class ShellCallOutputContent:
    """Captured stdout and stderr for one command of a shell call, with its exit or timeout outcome."""

    outcome: ShellCallOutputContentOutcome
    stderr: str
    stdout: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        outcome: ShellCallOutputContentOutcome,
        stderr: str,
        stdout: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("outcome", outcome)
        _setattr("stderr", stderr)
        _setattr("stdout", stdout)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"outcome={self.outcome!r}, "
            f"stderr={self.stderr!r}, "
            f"stdout={self.stdout!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.outcome, self.stderr, self.stdout, self.extra_fields) == (
            other.outcome,
            other.stderr,
            other.stdout,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("ShellCallOutputContent", self.outcome, self.stderr, self.stdout, self.extra_fields)
        )

    # --- end of attrs methods ---
