"""Checked by mypy --strict (see .ci/run), never run: any named status is in every union."""

from __future__ import annotations

from returns.result import Failure, Success
from typing_extensions import assert_type

from openrouter_core import OpenRouterCore
from openrouter_core.errors import BadGatewayResponseError, TooManyRequestsResponseError
from openrouter_core.models.too_many_requests_response import TooManyRequestsResponse
from openrouter_funcs.credits_get_credits import CreditsGetCreditsError, credits_get_credits


# credits_get_credits documents only 401, 403 and 500, yet a live server sends 429 and 502
# from it; its error union says so.
def rate_limited(err: TooManyRequestsResponseError) -> CreditsGetCreditsError:
    return err


def bad_gateway(err: BadGatewayResponseError) -> CreditsGetCreditsError:
    return err


core = OpenRouterCore(api_key="k")
match credits_get_credits(core):
    case Success(credits):
        print(credits.data.total_credits)
    case Failure(TooManyRequestsResponseError() as err):
        assert_type(err.data, TooManyRequestsResponse | None)
        if err.data is not None:
            print(err.data.error.message)
    case Failure(err):
        print(err)
