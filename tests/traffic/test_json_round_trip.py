"""``to_dict``/``to_json`` over every recorded payload: JSON-ready, and read back equal.

The property: for any recorded body (or stream event), and for the same body with any of its
keys left out (fields the server omits, at any depth), the model a call reads writes out as
JSON with no ``UNSET`` in it, and ``from_dict`` of that JSON is a model equal to the first.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from openrouter_core import from_dict, to_dict, to_json
from openrouter_core.models.chat_result import ChatResult
from openrouter_core.models.chat_stream_chunk import ChatStreamChunk
from openrouter_core.models.open_responses_result import OpenResponsesResult
from openrouter_core.models.stream_events import StreamEvents

from .corpus import load_cases

#: The model each recorded success body (or stream event) is read as.
_BODY_MODELS: dict[str, Any] = {"chat_send": ChatResult, "responses_send": OpenResponsesResult}
_EVENT_MODELS: dict[str, Any] = {"chat_send": ChatStreamChunk, "responses_send": StreamEvents}


def _payloads() -> list[tuple[str, Any, Any]]:
    found = []
    for case in load_cases():
        if case.status >= 300:
            continue
        if case.is_stream:
            for index, event in enumerate(case.events()):
                if "error" not in event:
                    found.append((f"{case.name}#{index}", event, _EVENT_MODELS[case.operation]))
        elif case.operation in _BODY_MODELS:
            found.append((case.name, case.json(), _BODY_MODELS[case.operation]))
    return found


PAYLOADS = _payloads()


def _without_some_keys(value: Any, draw: Any) -> Any:
    """``value`` with keys at any depth left out, as ``draw`` decides."""
    if isinstance(value, dict):
        return {key: _without_some_keys(item, draw) for key, item in value.items() if not draw()}
    if isinstance(value, list):
        return [_without_some_keys(item, draw) for item in value]
    return value


def _holds_no_unset(value: Any) -> bool:
    if isinstance(value, dict):
        return all(_holds_no_unset(item) for item in value.values())
    if isinstance(value, list):
        return all(_holds_no_unset(item) for item in value)
    return value.__class__.__module__ != "openrouter_core._unset"


def test_the_corpus_has_payloads_of_every_kind() -> None:
    assert len(PAYLOADS) > 100
    assert {model for _, _, model in PAYLOADS} == {
        ChatResult,
        OpenResponsesResult,
        ChatStreamChunk,
        StreamEvents,
    }


def test_every_recorded_payload_writes_out_and_reads_back_equal() -> None:
    for name, data, model_type in PAYLOADS:
        model = from_dict(data, model_type)
        written = to_dict(model)
        assert _holds_no_unset(written), name
        again = from_dict(json.loads(json.dumps(written)), model_type)
        assert again == model, name
        assert json.loads(to_json(model)) == written, name


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(PAYLOADS),
    st.randoms(use_true_random=False),
    st.floats(min_value=0.0, max_value=0.5),
)
def test_a_payload_missing_any_keys_still_writes_out_and_reads_back_equal(
    payload: tuple[str, Any, Any], rng: Any, share: float
) -> None:
    name, data, model_type = payload
    thinned = _without_some_keys(data, lambda: rng.random() < share)
    model = from_dict(thinned, model_type)
    if not hasattr(model, "extra_fields"):
        return  # a body too thin to be an object of the model at all is kept as received
    text = json.dumps(to_dict(model))
    assert "UNSET" not in text, name
    assert from_dict(json.loads(text), model_type) == model, name
