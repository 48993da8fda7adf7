"""``to_dict`` / ``to_json``: a model as the JSON the server would send, ready for ``json.dumps``."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from openrouter_core import UNSET, from_dict, spec_problems, to_dict, to_json
from openrouter_core.errors import SDKValidationError
from openrouter_core.models.api_keys_create_response import ApiKeysCreateResponse
from openrouter_core.models.chat_result import ChatResult

CHAT = {
    "id": "gen-1",
    "created": 1770000000,
    "model": "openai/gpt-4o",
    "choices": [
        {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "Hi"}}
    ],
    "usage": {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4},
    "brand_new_field": {"kept": [1, 2]},
}


def test_absent_fields_are_left_out_and_json_dumps_works() -> None:
    chat = from_dict(CHAT, ChatResult)
    assert chat.system_fingerprint is UNSET  # what json.dumps used to choke on
    data = to_dict(chat)
    assert "system_fingerprint" not in data
    assert "refusal" not in data["choices"][0]["message"]
    assert json.loads(json.dumps(data)) == data
    assert json.loads(to_json(chat)) == data


def test_unknown_keys_are_merged_back_under_their_own_names() -> None:
    data = to_dict(from_dict(CHAT, ChatResult))
    assert data["brand_new_field"] == {"kept": [1, 2]}
    assert from_dict(data, ChatResult).extra_fields == {"brand_new_field": {"kept": [1, 2]}}


def test_wire_names_are_used() -> None:
    # OpenRouterFile's ``shape`` is ``_shape`` on the wire.
    from openrouter_core.models.openrouter_file import OpenRouterFile

    body = {
        "_shape": "openrouter",
        "created_at": "2025-01-01T00:00:00Z",
        "downloadable": False,
        "filename": "a.pdf",
        "id": "or_file_1",
        "mime_type": "application/pdf",
        "size_bytes": 3,
        "type": "file",
    }
    stored = from_dict(body, OpenRouterFile)
    assert to_dict(stored)["_shape"] == "openrouter"
    assert "shape" not in to_dict(stored)


def test_date_times_are_rfc_3339_in_utc_and_read_back_as_the_same_instant() -> None:
    body = {
        "data": {
            "hash": "h",
            "name": "k",
            "label": "k",
            "disabled": False,
            "limit": None,
            "limit_remaining": None,
            "limit_reset": None,
            "include_byok_in_limit": False,
            "usage": 0,
            "usage_daily": 0,
            "usage_weekly": 0,
            "usage_monthly": 0,
            "byok_usage": 0,
            "byok_usage_daily": 0,
            "byok_usage_weekly": 0,
            "byok_usage_monthly": 0,
            "created_at": "2025-08-24T10:30:00+02:00",
            "updated_at": None,
            "expires_at": "2027-12-31T23:59:59.5-01:00",
        },
        "key": "sk-or-v1-x",
    }
    created = from_dict(body, ApiKeysCreateResponse)
    written = to_dict(created)["data"]
    assert written["created_at"] == "2025-08-24T10:30:00+02:00"  # a str field, as received
    assert written["expires_at"] == "2028-01-01T00:59:59.500000Z"
    again = from_dict(json.loads(to_json(created)), ApiKeysCreateResponse)
    assert again == created
    assert again.data.expires_at == dt.datetime(2028, 1, 1, 0, 59, 59, 500000, dt.timezone.utc)


def test_a_body_that_did_not_fit_writes_out_as_received_and_reads_back_the_same() -> None:
    odd = {**CHAT, "created": "yesterday"}  # a value of the wrong type, kept as received
    chat = from_dict(odd, ChatResult)
    assert spec_problems(chat)
    assert to_dict(chat)["created"] == "yesterday"
    assert from_dict(to_dict(chat), ChatResult) == chat


def test_a_naive_datetime_you_set_yourself_is_refused_not_guessed() -> None:
    created = from_dict(
        {"data": {"created_at": "2025-08-24T10:30:00Z"}, "key": "k"}, ApiKeysCreateResponse
    )
    import attrs

    naive = attrs.evolve(created.data, expires_at=dt.datetime(2025, 1, 1))
    with pytest.raises(SDKValidationError):
        to_dict(naive)


def test_to_dict_takes_a_model() -> None:
    with pytest.raises(TypeError, match="to_dict takes a model"):
        to_dict({"a": 1})
    assert json.loads(to_json([from_dict(CHAT, ChatResult)]))[0]["id"] == "gen-1"
