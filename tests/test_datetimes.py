"""RFC 3339 date-times: read in every form the API may send, written as the API documents."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from returns.result import Success

from openrouter_core._codec.readers import read as structure
from openrouter_core._codec.writer import write as unstructure
from openrouter_core._encoding import scalar_text
from openrouter_core._generated.testing_examples import example_for
from openrouter_core.errors import SDKValidationError
from openrouter_core.models.api_keys_get_current_key_metadata_response import (
    ApiKeysGetCurrentKeyMetadataResponse,
)
from openrouter_funcs.analytics_query_analytics import analytics_query_analytics
from openrouter_funcs.api_keys_create import (
    ApiKeysCreateBody,
    ApiKeysCreateRequest,
    api_keys_create,
)
from openrouter_funcs.api_keys_get_current_key_metadata import api_keys_get_current_key_metadata

from .conftest import make_core

UTC = dt.timezone.utc
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
PST = dt.timezone(dt.timedelta(hours=-8))


def key_body(expires_at: Any) -> dict[str, Any]:
    body = copy.deepcopy(example_for("getCurrentKey")["body"])
    body["data"]["expires_at"] = expires_at
    return body


def read_expires_at(text: Any) -> Any:
    """``expires_at`` as a real call reads it from a body the server sends."""
    body = key_body(text)
    core = make_core(lambda request: httpx.Response(200, json=body))
    return api_keys_get_current_key_metadata(core)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2027-12-31T23:59:59Z", dt.datetime(2027, 12, 31, 23, 59, 59, tzinfo=UTC)),
        ("2027-12-31T23:59:59.1Z", dt.datetime(2027, 12, 31, 23, 59, 59, 100000, tzinfo=UTC)),
        ("2027-12-31T23:59:59.12345Z", dt.datetime(2027, 12, 31, 23, 59, 59, 123450, tzinfo=UTC)),
        ("2027-12-31T23:59:59.123456Z", dt.datetime(2027, 12, 31, 23, 59, 59, 123456, tzinfo=UTC)),
        # Beyond microseconds the digits are cut, never rounded up into a 60th second.
        ("2027-12-31T23:59:59.999999999Z", dt.datetime(2027, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)),
        ("2027-12-31T23:59:59.123456789Z", dt.datetime(2027, 12, 31, 23, 59, 59, 123456, tzinfo=UTC)),
        ("2027-12-31T23:59:59.1234567890123Z", dt.datetime(2027, 12, 31, 23, 59, 59, 123456, tzinfo=UTC)),
        ("2027-12-31T23:59:59+05:30", dt.datetime(2027, 12, 31, 23, 59, 59, tzinfo=IST)),
        ("2027-12-31T23:59:59.5-08:00", dt.datetime(2027, 12, 31, 23, 59, 59, 500000, tzinfo=PST)),
        ("2027-12-31T23:59:59-00:00", dt.datetime(2027, 12, 31, 23, 59, 59, tzinfo=UTC)),
        ("2027-12-31T23:59:59+00:00", dt.datetime(2027, 12, 31, 23, 59, 59, tzinfo=UTC)),
        ("2027-12-31t23:59:59z", dt.datetime(2027, 12, 31, 23, 59, 59, tzinfo=UTC)),
        ("2027-12-31 23:59:59Z", dt.datetime(2027, 12, 31, 23, 59, 59, tzinfo=UTC)),
        ("2024-02-29T00:00:00Z", dt.datetime(2024, 2, 29, tzinfo=UTC)),
    ],
)  # fmt: skip
def test_rfc3339_date_times_are_read_on_every_python(text: str, expected: dt.datetime) -> None:
    result = read_expires_at(text)
    assert isinstance(result, Success), result
    value = result.unwrap().data.expires_at
    assert value == expected
    assert value.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    "text",
    [
        "2027-12-31",
        "2027-12-31T23:59:59",  # no offset: RFC 3339 requires one
        "2027-12-31T23:59Z",
        "2027-12-31T23:59:59.Z",
        "2027-12-31T23:59:59.123",
        "2027-13-01T00:00:00Z",
        "2027-02-29T00:00:00Z",
        "2027-12-31T24:00:00Z",
        "2027-12-31T23:60:00Z",
        "2027-12-31T23:59:59+24:00",
        "2027-12-31T23:59:59+0530",
        "2027-12-31T23:59:59 Z",
        " 2027-12-31T23:59:59Z",
        "2027-12-31T23:59:59Z\n",
        "\uff12\uff10\uff12\uff17-12-31T23:59:59Z",  # full-width digits
        "27-12-31T23:59:59Z",
        "tomorrow",
        "",
    ],
)
def test_anything_else_is_not_a_date_time(text: str) -> None:
    with pytest.raises((ValueError, TypeError)):
        structure(
            {"data": {**key_body(None)["data"], "expires_at": text}},
            ApiKeysGetCurrentKeyMetadataResponse,
        )


@pytest.mark.parametrize("value", [1830297599, 1.5, True, ["2027-12-31T23:59:59Z"]])
def test_a_date_time_must_be_a_string(value: Any) -> None:
    with pytest.raises((ValueError, TypeError)):
        structure(
            {"data": {**key_body(None)["data"], "expires_at": value}},
            ApiKeysGetCurrentKeyMetadataResponse,
        )


def test_null_stays_none() -> None:
    assert read_expires_at(None).unwrap().data.expires_at is None


def sent_body(request: Any) -> Any:
    """The JSON body ``api_keys_create`` puts on the wire for ``request``."""
    sent: list[httpx.Request] = []

    def handler(outgoing: httpx.Request) -> httpx.Response:
        sent.append(outgoing)
        return httpx.Response(201, json=example_for("createKeys")["body"])

    result = api_keys_create(make_core(handler), request)
    assert isinstance(result, Success), result
    return json.loads(sent[0].content)


@pytest.mark.parametrize(
    ("expires_at", "wire"),
    [
        (dt.datetime(2027, 12, 31, 23, 59, 59, tzinfo=UTC), "2027-12-31T23:59:59Z"),
        (dt.datetime(2027, 12, 31, 23, 59, 59, 120000, tzinfo=UTC), "2027-12-31T23:59:59.120000Z"),
        (dt.datetime(2028, 1, 1, 5, 29, 59, tzinfo=IST), "2027-12-31T23:59:59Z"),
        ("2027-12-31T23:59:59Z", "2027-12-31T23:59:59Z"),
        ("2027-12-31T23:59:59+00:00", "2027-12-31T23:59:59Z"),
        ("2028-01-01T05:29:59.5+05:30", "2027-12-31T23:59:59.500000Z"),
    ],
)
def test_request_date_times_go_out_in_utc_with_z(expires_at: Any, wire: str) -> None:
    assert sent_body({"name": "ci", "expires_at": expires_at})["expires_at"] == wire
    if isinstance(expires_at, dt.datetime):
        request = ApiKeysCreateRequest(body=ApiKeysCreateBody(name="ci", expires_at=expires_at))
        assert sent_body(request)["expires_at"] == wire


def test_a_naive_request_date_time_is_refused_not_guessed() -> None:
    calls: list[httpx.Request] = []
    core = make_core(lambda request: calls.append(request) or httpx.Response(201))
    naive = dt.datetime(2027, 12, 31, 23, 59, 59)
    for request in (
        ApiKeysCreateRequest(body=ApiKeysCreateBody(name="ci", expires_at=naive)),
        {"name": "ci", "expires_at": naive},
    ):
        error = api_keys_create(core, request).failure()
        assert isinstance(error, SDKValidationError)
        assert "2027-12-31T23:59:59" in str(error) and "time zone" in str(error)
    assert calls == []  # nothing was sent


def test_nested_request_date_times_go_out_with_z_too() -> None:
    sent: list[httpx.Request] = []

    def handler(outgoing: httpx.Request) -> httpx.Response:
        sent.append(outgoing)
        return httpx.Response(200, json=example_for("queryAnalytics")["body"])

    request = {
        "metrics": ["request_count"],
        "time_range": {
            "start": dt.datetime(2027, 1, 1, tzinfo=UTC),
            "end": "2027-01-31T00:00:00.000+00:00",
        },
    }
    result = analytics_query_analytics(make_core(handler), request)
    assert isinstance(result, Success), result
    assert json.loads(sent[0].content)["time_range"] == {
        "start": "2027-01-01T00:00:00Z",
        "end": "2027-01-31T00:00:00Z",
    }


def test_a_response_date_time_unstructures_as_the_api_wrote_it() -> None:
    model = read_expires_at("2027-12-31T23:59:59Z").unwrap()
    assert unstructure(model)["data"]["expires_at"] == "2027-12-31T23:59:59Z"


def test_parameters_write_date_times_like_bodies() -> None:
    assert scalar_text(dt.datetime(2027, 12, 31, 23, 59, 59, tzinfo=IST)) == "2027-12-31T18:29:59Z"
    assert scalar_text(dt.date(2027, 12, 31)) == "2027-12-31"
    with pytest.raises(SDKValidationError):
        scalar_text(dt.datetime(2027, 12, 31))


@given(
    st.datetimes(
        min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30), timezones=st.just(UTC)
    )
    | st.datetimes(
        min_value=dt.datetime(1, 1, 2),
        max_value=dt.datetime(9999, 12, 30),
        timezones=st.builds(
            dt.timezone,
            st.timedeltas(
                dt.timedelta(hours=-23, minutes=-59), dt.timedelta(hours=23, minutes=59)
            ).map(lambda delta: dt.timedelta(minutes=delta // dt.timedelta(minutes=1))),
        ),
    )
)
def test_what_we_write_we_read_back_as_the_same_instant(moment: dt.datetime) -> None:
    wire = unstructure(moment)
    assert wire.endswith("Z")
    body = key_body(wire)
    assert structure(body, ApiKeysGetCurrentKeyMetadataResponse).data.expires_at == moment
