"""Manage API keys: create one, list them, rename it, then delete it.

These calls need a management key (https://openrouter.ai/settings/management-keys). With
OPENROUTER_API_KEY set this calls the live API (and really creates, then deletes, a key);
without it, it answers from the offline stand-in (openrouter_core.testing), which replays
the spec's documented examples, and says so.
"""

from __future__ import annotations

import os

from returns.result import Failure, Success

from openrouter_core import BackoffStrategy, OpenRouterCore, RetryConfig
from openrouter_core.errors import ForbiddenResponseError, UnauthorizedResponseError
from openrouter_core.testing import standin_core
from openrouter_funcs.api_keys_create import (
    ApiKeysCreateBody,
    ApiKeysCreateRequest,
    ApiKeysCreateResponse,
    api_keys_create,
)
from openrouter_funcs.api_keys_delete import api_keys_delete
from openrouter_funcs.api_keys_list import api_keys_list
from openrouter_funcs.api_keys_update import (
    ApiKeysUpdateBody,
    ApiKeysUpdateRequest,
    api_keys_update,
)


def make_core() -> OpenRouterCore:
    if os.environ.get("OPENROUTER_API_KEY"):
        print("Calling the live OpenRouter API (a management key is needed).")
        quick = RetryConfig(backoff=BackoffStrategy(max_elapsed_time=20_000))
        return OpenRouterCore(retry_config=quick, app_title="api_keys example")
    print("OPENROUTER_API_KEY is not set: answering from the offline stand-in.")
    return standin_core(app_title="api_keys example")


def main() -> None:
    with make_core() as core:
        created = api_keys_create(
            core,
            ApiKeysCreateRequest(
                body=ApiKeysCreateBody(name="example key", limit=5.0, limit_reset="monthly")
            ),
        )
        # The Result's repr would show the new secret; print its metadata instead.
        print("create:", created.map(lambda new_key: new_key.data))
        match created:
            case Success(ApiKeysCreateResponse() as new_key):
                key_hash = new_key.data.hash
                print("new key (shown once):", new_key.key[:12] + "...")
            case Failure(UnauthorizedResponseError() | ForbiddenResponseError() as err):
                print("this needs a management key:", err)
                return
            case Failure(err):
                print("create failed:", err)
                return

        listed = api_keys_list(core, {"include_disabled": True})
        print("list:", listed.map(lambda page: [key.name for key in page.data]))

        renamed = api_keys_update(
            core, ApiKeysUpdateRequest(hash=key_hash, body=ApiKeysUpdateBody(name="renamed key"))
        )
        print("update:", renamed.map(lambda updated: updated.data.name))

        deleted = api_keys_delete(core, {"hash": key_hash})
        print("delete:", deleted)


if __name__ == "__main__":
    main()
