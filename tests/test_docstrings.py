"""``help()`` of every function explains it: parameters, errors by status, streaming, example."""

from __future__ import annotations

import importlib
import inspect
import pydoc

import pytest

import openrouter_funcs


def function(name: str):  # type: ignore[no-untyped-def]
    return getattr(
        importlib.import_module(f"openrouter_funcs.{openrouter_funcs._MODULES[name]}"), name
    )


HTTP_FUNCTIONS = [
    name
    for name in openrouter_funcs.__all__
    if hasattr(
        module := importlib.import_module(f"openrouter_funcs.{openrouter_funcs._MODULES[name]}"),
        "OPERATION",
    )
    and not hasattr(module, "PAGINATION")  # a page walker: see test_paginated_functions
]


@pytest.mark.parametrize("name", HTTP_FUNCTIONS)
def test_help_shows_parameters_errors_streaming_and_an_example(name: str) -> None:
    shown = pydoc.render_doc(function(name), renderer=pydoc.plaintext)
    module = inspect.getmodule(function(name))
    operation = module.OPERATION  # type: ignore[union-attr]
    assert "Args:" in shown and "request:" in shown and "options:" in shown
    for row in operation.responses:
        if row.error is not None:
            assert f"{row.status}: ``{row.error.__name__}``" in shown
    for always in ("SDKValidationError", "HTTPClientError", "ResponseValidationError"):
        assert always in shown
    assert ("Streams:" in shown) == (operation.streams and not name.endswith("_stream"))
    # An alias (beta_responses_send) is a copy of its target's code, docstring and all.
    assert f"from openrouter_funcs import {function(name).__code__.co_name}" in shown
    for param in operation.params:
        assert f"``{param.name}``" in shown


def test_streaming_modules_say_they_stream() -> None:
    for name in ("chat_send", "responses_send", "messages_create"):
        doc = importlib.import_module(f"openrouter_funcs.{name}").__doc__ or ""
        assert "non-streaming form" not in doc
        assert "stream=True" in doc


def test_the_request_class_lists_its_fields_for_help() -> None:
    from openrouter_funcs.chat_send import ChatSendRequest

    shown = pydoc.render_doc(ChatSendRequest, renderer=pydoc.plaintext)
    assert "``body`` (ChatRequest)" in shown
    assert "``app_title``" in shown
