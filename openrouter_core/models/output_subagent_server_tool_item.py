# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputSubagentServerToolItem) by `python -m codegen`; do not edit.
"""An openrouter:subagent server tool output item."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class OutputSubagentServerToolItem:
    """An openrouter:subagent server tool output item."""

    call_id: str | None = None
    """EXPERIMENTAL — subject to change without notice."""
    error: str | None = None
    """Error message when the subagent task did not produce an outcome."""
    id: str | None = None
    instance_name: str | None = None
    """Provider-safe function name of the specific subagent instance that produced this item (e.g.
    `openrouter_subagent__1`).
    """
    model: str | None = None
    """Slug of the worker model that executed the task."""
    name: str | None = None
    """Configured name of the subagent that executed the task (the `name` on its tool entry)."""
    outcome: str | None = None
    """The worker model's result (the outcome text returned to the delegating model)."""
    status: str
    """Known values: :class:`FailableToolCallStatus`."""
    task_description: str | None = None
    """The task description the delegating model sent to the worker."""
    task_name: str | None = None
    """The short task identifier the delegating model supplied."""
    type: str = "openrouter:subagent"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        call_id: str | None = None,
        error: str | None = None,
        id: str | None = None,
        instance_name: str | None = None,
        model: str | None = None,
        name: str | None = None,
        outcome: str | None = None,
        status: str,
        task_description: str | None = None,
        task_name: str | None = None,
        type: str = "openrouter:subagent",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("call_id", call_id)
        _setattr("error", error)
        _setattr("id", id)
        _setattr("instance_name", instance_name)
        _setattr("model", model)
        _setattr("name", name)
        _setattr("outcome", outcome)
        _setattr("status", status)
        _setattr("task_description", task_description)
        _setattr("task_name", task_name)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"call_id={self.call_id!r}, "
            f"error={self.error!r}, "
            f"id={self.id!r}, "
            f"instance_name={self.instance_name!r}, "
            f"model={self.model!r}, "
            f"name={self.name!r}, "
            f"outcome={self.outcome!r}, "
            f"status={self.status!r}, "
            f"task_description={self.task_description!r}, "
            f"task_name={self.task_name!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.call_id,
            self.error,
            self.id,
            self.instance_name,
            self.model,
            self.name,
            self.outcome,
            self.status,
            self.task_description,
            self.task_name,
            self.type,
            self.extra_fields,
        ) == (
            other.call_id,
            other.error,
            other.id,
            other.instance_name,
            other.model,
            other.name,
            other.outcome,
            other.status,
            other.task_description,
            other.task_name,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "OutputSubagentServerToolItem",
                self.call_id,
                self.error,
                self.id,
                self.instance_name,
                self.model,
                self.name,
                self.outcome,
                self.status,
                self.task_description,
                self.task_name,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
