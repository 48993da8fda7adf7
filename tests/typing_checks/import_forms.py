# Generated from openrouter_funcs by `python -m codegen`; do not edit.
"""Every function and module name of ``openrouter_funcs`` in each import form.

mypy --strict checks this file (CI) and tests/test_import_forms.py runs it. The forms:
``from openrouter_funcs import f`` (the function), ``from openrouter_funcs.f import
f, FRequest``, ``import openrouter_funcs.f as m; m.FRequest`` and, after ``import
openrouter_funcs.f``, ``openrouter_funcs.f.FRequest``: that last one runs, but mypy
reads ``openrouter_funcs.f`` as the function (the package's ``.pyi`` says so, and
the first form needs it), hence its ``type: ignore``.
"""

from __future__ import annotations

import typing
from collections.abc import Callable


def check_alpha_decisions_create() -> None:
    import openrouter_funcs.alpha_decisions_create
    import openrouter_funcs.alpha_decisions_create as module
    from openrouter_funcs import alpha_decisions_create as alpha_decisions_create_in_package
    from openrouter_funcs import (
        alpha_decisions_create_async as alpha_decisions_create_async_in_package,
    )
    from openrouter_funcs.alpha_decisions_create import (
        AlphaDecisionsCreateError,
        AlphaDecisionsCreateRequest,
        AlphaDecisionsCreateRequestDict,
        DecisionsRequest,
        DecisionsResponse,
        DecisionsResponseAnswersValue,
        alpha_decisions_create,
        alpha_decisions_create_async,
    )

    alpha_decisions_create_callable: Callable[..., object] = alpha_decisions_create_in_package
    assert alpha_decisions_create_callable is alpha_decisions_create
    typing.get_type_hints(alpha_decisions_create_in_package)
    alpha_decisions_create_async_callable: Callable[..., object] = (
        alpha_decisions_create_async_in_package
    )
    assert alpha_decisions_create_async_callable is alpha_decisions_create_async
    typing.get_type_hints(alpha_decisions_create_async_in_package)
    assert module.AlphaDecisionsCreateError is AlphaDecisionsCreateError
    assert module.AlphaDecisionsCreateRequest is AlphaDecisionsCreateRequest
    assert module.AlphaDecisionsCreateRequestDict is AlphaDecisionsCreateRequestDict
    assert module.DecisionsRequest is DecisionsRequest
    assert module.DecisionsResponse is DecisionsResponse
    assert module.DecisionsResponseAnswersValue is DecisionsResponseAnswersValue
    assert module.alpha_decisions_create is alpha_decisions_create
    assert module.alpha_decisions_create_async is alpha_decisions_create_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.alpha_decisions_create.DecisionsRequest  # type: ignore[attr-defined]
    assert form_4 is DecisionsRequest


def check_analytics_get_analytics_meta() -> None:
    import openrouter_funcs.analytics_get_analytics_meta
    import openrouter_funcs.analytics_get_analytics_meta as module
    from openrouter_funcs import (
        analytics_get_analytics_meta as analytics_get_analytics_meta_in_package,
    )
    from openrouter_funcs import (
        analytics_get_analytics_meta_async as analytics_get_analytics_meta_async_in_package,
    )
    from openrouter_funcs.analytics_get_analytics_meta import (
        AnalyticsGetAnalyticsMetaError,
        AnalyticsGetAnalyticsMetaRequest,
        AnalyticsGetAnalyticsMetaRequestDict,
        AnalyticsGetAnalyticsMetaResponse,
        AnalyticsGetAnalyticsMetaResponseData,
        analytics_get_analytics_meta,
        analytics_get_analytics_meta_async,
    )

    analytics_get_analytics_meta_callable: Callable[..., object] = (
        analytics_get_analytics_meta_in_package
    )
    assert analytics_get_analytics_meta_callable is analytics_get_analytics_meta
    typing.get_type_hints(analytics_get_analytics_meta_in_package)
    analytics_get_analytics_meta_async_callable: Callable[..., object] = (
        analytics_get_analytics_meta_async_in_package
    )
    assert analytics_get_analytics_meta_async_callable is analytics_get_analytics_meta_async
    typing.get_type_hints(analytics_get_analytics_meta_async_in_package)
    assert module.AnalyticsGetAnalyticsMetaError is AnalyticsGetAnalyticsMetaError
    assert module.AnalyticsGetAnalyticsMetaRequest is AnalyticsGetAnalyticsMetaRequest
    assert module.AnalyticsGetAnalyticsMetaRequestDict is AnalyticsGetAnalyticsMetaRequestDict
    assert module.AnalyticsGetAnalyticsMetaResponse is AnalyticsGetAnalyticsMetaResponse
    assert module.AnalyticsGetAnalyticsMetaResponseData is AnalyticsGetAnalyticsMetaResponseData
    assert module.analytics_get_analytics_meta is analytics_get_analytics_meta
    assert module.analytics_get_analytics_meta_async is analytics_get_analytics_meta_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.analytics_get_analytics_meta.analytics_get_analytics_meta  # type: ignore[attr-defined]
    assert form_4 is analytics_get_analytics_meta


def check_analytics_get_user_activity() -> None:
    import openrouter_funcs.analytics_get_user_activity
    import openrouter_funcs.analytics_get_user_activity as module
    from openrouter_funcs import (
        analytics_get_user_activity as analytics_get_user_activity_in_package,
    )
    from openrouter_funcs import (
        analytics_get_user_activity_async as analytics_get_user_activity_async_in_package,
    )
    from openrouter_funcs.analytics_get_user_activity import (
        ActivityResponse,
        AnalyticsGetUserActivityError,
        AnalyticsGetUserActivityRequest,
        AnalyticsGetUserActivityRequestDict,
        analytics_get_user_activity,
        analytics_get_user_activity_async,
    )

    analytics_get_user_activity_callable: Callable[..., object] = (
        analytics_get_user_activity_in_package
    )
    assert analytics_get_user_activity_callable is analytics_get_user_activity
    typing.get_type_hints(analytics_get_user_activity_in_package)
    analytics_get_user_activity_async_callable: Callable[..., object] = (
        analytics_get_user_activity_async_in_package
    )
    assert analytics_get_user_activity_async_callable is analytics_get_user_activity_async
    typing.get_type_hints(analytics_get_user_activity_async_in_package)
    assert module.ActivityResponse is ActivityResponse
    assert module.AnalyticsGetUserActivityError is AnalyticsGetUserActivityError
    assert module.AnalyticsGetUserActivityRequest is AnalyticsGetUserActivityRequest
    assert module.AnalyticsGetUserActivityRequestDict is AnalyticsGetUserActivityRequestDict
    assert module.analytics_get_user_activity is analytics_get_user_activity
    assert module.analytics_get_user_activity_async is analytics_get_user_activity_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.analytics_get_user_activity.ActivityResponse  # type: ignore[attr-defined]
    assert form_4 is ActivityResponse


def check_analytics_query_analytics() -> None:
    import openrouter_funcs.analytics_query_analytics
    import openrouter_funcs.analytics_query_analytics as module
    from openrouter_funcs import analytics_query_analytics as analytics_query_analytics_in_package
    from openrouter_funcs import (
        analytics_query_analytics_async as analytics_query_analytics_async_in_package,
    )
    from openrouter_funcs.analytics_query_analytics import (
        AnalyticsQueryAnalyticsBody,
        AnalyticsQueryAnalyticsError,
        AnalyticsQueryAnalyticsRequest,
        AnalyticsQueryAnalyticsRequestDict,
        AnalyticsQueryAnalyticsResponse,
        AnalyticsQueryAnalyticsResponseData,
        analytics_query_analytics,
        analytics_query_analytics_async,
    )

    analytics_query_analytics_callable: Callable[..., object] = analytics_query_analytics_in_package
    assert analytics_query_analytics_callable is analytics_query_analytics
    typing.get_type_hints(analytics_query_analytics_in_package)
    analytics_query_analytics_async_callable: Callable[..., object] = (
        analytics_query_analytics_async_in_package
    )
    assert analytics_query_analytics_async_callable is analytics_query_analytics_async
    typing.get_type_hints(analytics_query_analytics_async_in_package)
    assert module.AnalyticsQueryAnalyticsBody is AnalyticsQueryAnalyticsBody
    assert module.AnalyticsQueryAnalyticsError is AnalyticsQueryAnalyticsError
    assert module.AnalyticsQueryAnalyticsRequest is AnalyticsQueryAnalyticsRequest
    assert module.AnalyticsQueryAnalyticsRequestDict is AnalyticsQueryAnalyticsRequestDict
    assert module.AnalyticsQueryAnalyticsResponse is AnalyticsQueryAnalyticsResponse
    assert module.AnalyticsQueryAnalyticsResponseData is AnalyticsQueryAnalyticsResponseData
    assert module.analytics_query_analytics is analytics_query_analytics
    assert module.analytics_query_analytics_async is analytics_query_analytics_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.analytics_query_analytics.analytics_query_analytics  # type: ignore[attr-defined]
    assert form_4 is analytics_query_analytics


def check_api_keys_create() -> None:
    import openrouter_funcs.api_keys_create
    import openrouter_funcs.api_keys_create as module
    from openrouter_funcs import api_keys_create as api_keys_create_in_package
    from openrouter_funcs import api_keys_create_async as api_keys_create_async_in_package
    from openrouter_funcs.api_keys_create import (
        ApiKeysCreateBody,
        ApiKeysCreateError,
        ApiKeysCreateRequest,
        ApiKeysCreateRequestDict,
        ApiKeysCreateResponse,
        ApiKeysCreateResponseData,
        api_keys_create,
        api_keys_create_async,
    )

    api_keys_create_callable: Callable[..., object] = api_keys_create_in_package
    assert api_keys_create_callable is api_keys_create
    typing.get_type_hints(api_keys_create_in_package)
    api_keys_create_async_callable: Callable[..., object] = api_keys_create_async_in_package
    assert api_keys_create_async_callable is api_keys_create_async
    typing.get_type_hints(api_keys_create_async_in_package)
    assert module.ApiKeysCreateBody is ApiKeysCreateBody
    assert module.ApiKeysCreateError is ApiKeysCreateError
    assert module.ApiKeysCreateRequest is ApiKeysCreateRequest
    assert module.ApiKeysCreateRequestDict is ApiKeysCreateRequestDict
    assert module.ApiKeysCreateResponse is ApiKeysCreateResponse
    assert module.ApiKeysCreateResponseData is ApiKeysCreateResponseData
    assert module.api_keys_create is api_keys_create
    assert module.api_keys_create_async is api_keys_create_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.api_keys_create.api_keys_create  # type: ignore[attr-defined]
    assert form_4 is api_keys_create


def check_api_keys_delete() -> None:
    import openrouter_funcs.api_keys_delete
    import openrouter_funcs.api_keys_delete as module
    from openrouter_funcs import api_keys_delete as api_keys_delete_in_package
    from openrouter_funcs import api_keys_delete_async as api_keys_delete_async_in_package
    from openrouter_funcs.api_keys_delete import (
        ApiKeysDeleteError,
        ApiKeysDeleteRequest,
        ApiKeysDeleteRequestDict,
        ApiKeysDeleteResponse,
        api_keys_delete,
        api_keys_delete_async,
    )

    api_keys_delete_callable: Callable[..., object] = api_keys_delete_in_package
    assert api_keys_delete_callable is api_keys_delete
    typing.get_type_hints(api_keys_delete_in_package)
    api_keys_delete_async_callable: Callable[..., object] = api_keys_delete_async_in_package
    assert api_keys_delete_async_callable is api_keys_delete_async
    typing.get_type_hints(api_keys_delete_async_in_package)
    assert module.ApiKeysDeleteError is ApiKeysDeleteError
    assert module.ApiKeysDeleteRequest is ApiKeysDeleteRequest
    assert module.ApiKeysDeleteRequestDict is ApiKeysDeleteRequestDict
    assert module.ApiKeysDeleteResponse is ApiKeysDeleteResponse
    assert module.api_keys_delete is api_keys_delete
    assert module.api_keys_delete_async is api_keys_delete_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.api_keys_delete.api_keys_delete  # type: ignore[attr-defined]
    assert form_4 is api_keys_delete


def check_api_keys_get() -> None:
    import openrouter_funcs.api_keys_get
    import openrouter_funcs.api_keys_get as module
    from openrouter_funcs import api_keys_get as api_keys_get_in_package
    from openrouter_funcs import api_keys_get_async as api_keys_get_async_in_package
    from openrouter_funcs.api_keys_get import (
        ApiKeysGetError,
        ApiKeysGetRequest,
        ApiKeysGetRequestDict,
        ApiKeysGetResponse,
        ApiKeysGetResponseData,
        api_keys_get,
        api_keys_get_async,
    )

    api_keys_get_callable: Callable[..., object] = api_keys_get_in_package
    assert api_keys_get_callable is api_keys_get
    typing.get_type_hints(api_keys_get_in_package)
    api_keys_get_async_callable: Callable[..., object] = api_keys_get_async_in_package
    assert api_keys_get_async_callable is api_keys_get_async
    typing.get_type_hints(api_keys_get_async_in_package)
    assert module.ApiKeysGetError is ApiKeysGetError
    assert module.ApiKeysGetRequest is ApiKeysGetRequest
    assert module.ApiKeysGetRequestDict is ApiKeysGetRequestDict
    assert module.ApiKeysGetResponse is ApiKeysGetResponse
    assert module.ApiKeysGetResponseData is ApiKeysGetResponseData
    assert module.api_keys_get is api_keys_get
    assert module.api_keys_get_async is api_keys_get_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.api_keys_get.api_keys_get  # type: ignore[attr-defined]
    assert form_4 is api_keys_get


def check_api_keys_get_current_key_metadata() -> None:
    import openrouter_funcs.api_keys_get_current_key_metadata
    import openrouter_funcs.api_keys_get_current_key_metadata as module
    from openrouter_funcs import (
        api_keys_get_current_key_metadata as api_keys_get_current_key_metadata_in_package,
    )
    from openrouter_funcs import (
        api_keys_get_current_key_metadata_async as api_keys_get_current_key_metadata_async_in_package,
    )
    from openrouter_funcs.api_keys_get_current_key_metadata import (
        ApiKeysGetCurrentKeyMetadataError,
        ApiKeysGetCurrentKeyMetadataRequest,
        ApiKeysGetCurrentKeyMetadataRequestDict,
        ApiKeysGetCurrentKeyMetadataResponse,
        ApiKeysGetCurrentKeyMetadataResponseData,
        api_keys_get_current_key_metadata,
        api_keys_get_current_key_metadata_async,
    )

    api_keys_get_current_key_metadata_callable: Callable[..., object] = (
        api_keys_get_current_key_metadata_in_package
    )
    assert api_keys_get_current_key_metadata_callable is api_keys_get_current_key_metadata
    typing.get_type_hints(api_keys_get_current_key_metadata_in_package)
    api_keys_get_current_key_metadata_async_callable: Callable[..., object] = (
        api_keys_get_current_key_metadata_async_in_package
    )
    assert (
        api_keys_get_current_key_metadata_async_callable is api_keys_get_current_key_metadata_async
    )
    typing.get_type_hints(api_keys_get_current_key_metadata_async_in_package)
    assert module.ApiKeysGetCurrentKeyMetadataError is ApiKeysGetCurrentKeyMetadataError
    assert module.ApiKeysGetCurrentKeyMetadataRequest is ApiKeysGetCurrentKeyMetadataRequest
    assert module.ApiKeysGetCurrentKeyMetadataRequestDict is ApiKeysGetCurrentKeyMetadataRequestDict
    assert module.ApiKeysGetCurrentKeyMetadataResponse is ApiKeysGetCurrentKeyMetadataResponse
    assert (
        module.ApiKeysGetCurrentKeyMetadataResponseData is ApiKeysGetCurrentKeyMetadataResponseData
    )
    assert module.api_keys_get_current_key_metadata is api_keys_get_current_key_metadata
    assert module.api_keys_get_current_key_metadata_async is api_keys_get_current_key_metadata_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.api_keys_get_current_key_metadata.ApiKeysGetCurrentKeyMetadataError  # type: ignore[attr-defined]
    assert form_4 is ApiKeysGetCurrentKeyMetadataError


def check_api_keys_list() -> None:
    import openrouter_funcs.api_keys_list
    import openrouter_funcs.api_keys_list as module
    from openrouter_funcs import api_keys_list as api_keys_list_in_package
    from openrouter_funcs import api_keys_list_async as api_keys_list_async_in_package
    from openrouter_funcs.api_keys_list import (
        ApiKeysListError,
        ApiKeysListRequest,
        ApiKeysListRequestDict,
        ApiKeysListResponse,
        ApiKeysListResponseData,
        api_keys_list,
        api_keys_list_async,
    )

    api_keys_list_callable: Callable[..., object] = api_keys_list_in_package
    assert api_keys_list_callable is api_keys_list
    typing.get_type_hints(api_keys_list_in_package)
    api_keys_list_async_callable: Callable[..., object] = api_keys_list_async_in_package
    assert api_keys_list_async_callable is api_keys_list_async
    typing.get_type_hints(api_keys_list_async_in_package)
    assert module.ApiKeysListError is ApiKeysListError
    assert module.ApiKeysListRequest is ApiKeysListRequest
    assert module.ApiKeysListRequestDict is ApiKeysListRequestDict
    assert module.ApiKeysListResponse is ApiKeysListResponse
    assert module.ApiKeysListResponseData is ApiKeysListResponseData
    assert module.api_keys_list is api_keys_list
    assert module.api_keys_list_async is api_keys_list_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.api_keys_list.api_keys_list  # type: ignore[attr-defined]
    assert form_4 is api_keys_list


def check_api_keys_update() -> None:
    import openrouter_funcs.api_keys_update
    import openrouter_funcs.api_keys_update as module
    from openrouter_funcs import api_keys_update as api_keys_update_in_package
    from openrouter_funcs import api_keys_update_async as api_keys_update_async_in_package
    from openrouter_funcs.api_keys_update import (
        ApiKeysUpdateBody,
        ApiKeysUpdateError,
        ApiKeysUpdateRequest,
        ApiKeysUpdateRequestDict,
        ApiKeysUpdateResponse,
        ApiKeysUpdateResponseData,
        api_keys_update,
        api_keys_update_async,
    )

    api_keys_update_callable: Callable[..., object] = api_keys_update_in_package
    assert api_keys_update_callable is api_keys_update
    typing.get_type_hints(api_keys_update_in_package)
    api_keys_update_async_callable: Callable[..., object] = api_keys_update_async_in_package
    assert api_keys_update_async_callable is api_keys_update_async
    typing.get_type_hints(api_keys_update_async_in_package)
    assert module.ApiKeysUpdateBody is ApiKeysUpdateBody
    assert module.ApiKeysUpdateError is ApiKeysUpdateError
    assert module.ApiKeysUpdateRequest is ApiKeysUpdateRequest
    assert module.ApiKeysUpdateRequestDict is ApiKeysUpdateRequestDict
    assert module.ApiKeysUpdateResponse is ApiKeysUpdateResponse
    assert module.ApiKeysUpdateResponseData is ApiKeysUpdateResponseData
    assert module.api_keys_update is api_keys_update
    assert module.api_keys_update_async is api_keys_update_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.api_keys_update.api_keys_update  # type: ignore[attr-defined]
    assert form_4 is api_keys_update


def check_batch_create_batches() -> None:
    import openrouter_funcs.batch_create_batches
    import openrouter_funcs.batch_create_batches as module
    from openrouter_funcs import batch_create_batches as batch_create_batches_in_package
    from openrouter_funcs import batch_create_batches_async as batch_create_batches_async_in_package
    from openrouter_funcs.batch_create_batches import (
        BatchCreateBatchesError,
        BatchCreateBatchesRequest,
        BatchCreateBatchesRequestDict,
        BatchObject,
        BatchSubmitBody,
        batch_create_batches,
        batch_create_batches_async,
    )

    batch_create_batches_callable: Callable[..., object] = batch_create_batches_in_package
    assert batch_create_batches_callable is batch_create_batches
    typing.get_type_hints(batch_create_batches_in_package)
    batch_create_batches_async_callable: Callable[..., object] = (
        batch_create_batches_async_in_package
    )
    assert batch_create_batches_async_callable is batch_create_batches_async
    typing.get_type_hints(batch_create_batches_async_in_package)
    assert module.BatchCreateBatchesError is BatchCreateBatchesError
    assert module.BatchCreateBatchesRequest is BatchCreateBatchesRequest
    assert module.BatchCreateBatchesRequestDict is BatchCreateBatchesRequestDict
    assert module.BatchObject is BatchObject
    assert module.BatchSubmitBody is BatchSubmitBody
    assert module.batch_create_batches is batch_create_batches
    assert module.batch_create_batches_async is batch_create_batches_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.batch_create_batches.BatchObject  # type: ignore[attr-defined]
    assert form_4 is BatchObject


def check_batch_delete() -> None:
    import openrouter_funcs.batch_delete
    import openrouter_funcs.batch_delete as module
    from openrouter_funcs import batch_delete as batch_delete_in_package
    from openrouter_funcs import batch_delete_async as batch_delete_async_in_package
    from openrouter_funcs.batch_delete import (
        BatchDeletedObject,
        BatchDeleteError,
        BatchDeleteRequest,
        BatchDeleteRequestDict,
        batch_delete,
        batch_delete_async,
    )

    batch_delete_callable: Callable[..., object] = batch_delete_in_package
    assert batch_delete_callable is batch_delete
    typing.get_type_hints(batch_delete_in_package)
    batch_delete_async_callable: Callable[..., object] = batch_delete_async_in_package
    assert batch_delete_async_callable is batch_delete_async
    typing.get_type_hints(batch_delete_async_in_package)
    assert module.BatchDeleteError is BatchDeleteError
    assert module.BatchDeleteRequest is BatchDeleteRequest
    assert module.BatchDeleteRequestDict is BatchDeleteRequestDict
    assert module.BatchDeletedObject is BatchDeletedObject
    assert module.batch_delete is batch_delete
    assert module.batch_delete_async is batch_delete_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.batch_delete.batch_delete  # type: ignore[attr-defined]
    assert form_4 is batch_delete


def check_batch_get_batches() -> None:
    import openrouter_funcs.batch_get_batches
    import openrouter_funcs.batch_get_batches as module
    from openrouter_funcs import batch_get_batches as batch_get_batches_in_package
    from openrouter_funcs import batch_get_batches_async as batch_get_batches_async_in_package
    from openrouter_funcs.batch_get_batches import (
        BatchGetBatchesError,
        BatchGetBatchesRequest,
        BatchGetBatchesRequestDict,
        BatchObject,
        batch_get_batches,
        batch_get_batches_async,
    )

    batch_get_batches_callable: Callable[..., object] = batch_get_batches_in_package
    assert batch_get_batches_callable is batch_get_batches
    typing.get_type_hints(batch_get_batches_in_package)
    batch_get_batches_async_callable: Callable[..., object] = batch_get_batches_async_in_package
    assert batch_get_batches_async_callable is batch_get_batches_async
    typing.get_type_hints(batch_get_batches_async_in_package)
    assert module.BatchGetBatchesError is BatchGetBatchesError
    assert module.BatchGetBatchesRequest is BatchGetBatchesRequest
    assert module.BatchGetBatchesRequestDict is BatchGetBatchesRequestDict
    assert module.BatchObject is BatchObject
    assert module.batch_get_batches is batch_get_batches
    assert module.batch_get_batches_async is batch_get_batches_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.batch_get_batches.BatchObject  # type: ignore[attr-defined]
    assert form_4 is BatchObject


def check_batch_list() -> None:
    import openrouter_funcs.batch_list
    import openrouter_funcs.batch_list as module
    from openrouter_funcs import batch_list as batch_list_in_package
    from openrouter_funcs import batch_list_async as batch_list_async_in_package
    from openrouter_funcs.batch_list import (
        BatchListError,
        BatchListRequest,
        BatchListRequestDict,
        BatchListResponse,
        batch_list,
        batch_list_async,
    )

    batch_list_callable: Callable[..., object] = batch_list_in_package
    assert batch_list_callable is batch_list
    typing.get_type_hints(batch_list_in_package)
    batch_list_async_callable: Callable[..., object] = batch_list_async_in_package
    assert batch_list_async_callable is batch_list_async
    typing.get_type_hints(batch_list_async_in_package)
    assert module.BatchListError is BatchListError
    assert module.BatchListRequest is BatchListRequest
    assert module.BatchListRequestDict is BatchListRequestDict
    assert module.BatchListResponse is BatchListResponse
    assert module.batch_list is batch_list
    assert module.batch_list_async is batch_list_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.batch_list.batch_list  # type: ignore[attr-defined]
    assert form_4 is batch_list


def check_batch_list_pages() -> None:
    import openrouter_funcs.batch_list_pages
    import openrouter_funcs.batch_list_pages as module
    from openrouter_funcs import batch_list_pages as batch_list_pages_in_package
    from openrouter_funcs import batch_list_pages_async as batch_list_pages_async_in_package
    from openrouter_funcs.batch_list_pages import (
        PAGINATION,
        batch_list_pages,
        batch_list_pages_async,
    )

    batch_list_pages_callable: Callable[..., object] = batch_list_pages_in_package
    assert batch_list_pages_callable is batch_list_pages
    typing.get_type_hints(batch_list_pages_in_package)
    batch_list_pages_async_callable: Callable[..., object] = batch_list_pages_async_in_package
    assert batch_list_pages_async_callable is batch_list_pages_async
    typing.get_type_hints(batch_list_pages_async_in_package)
    assert module.PAGINATION is PAGINATION
    assert module.batch_list_pages is batch_list_pages
    assert module.batch_list_pages_async is batch_list_pages_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.batch_list_pages.PAGINATION  # type: ignore[attr-defined]
    assert form_4 is PAGINATION


def check_batches() -> None:
    import openrouter_funcs.batches
    import openrouter_funcs.batches as module
    from openrouter_funcs import batch_results as batch_results_in_package
    from openrouter_funcs import batch_results_async as batch_results_async_in_package
    from openrouter_funcs import submit_batch as submit_batch_in_package
    from openrouter_funcs import submit_batch_async as submit_batch_async_in_package
    from openrouter_funcs import wait_batch as wait_batch_in_package
    from openrouter_funcs import wait_batch_async as wait_batch_async_in_package
    from openrouter_funcs.batches import (
        BATCH_ENDED_STATUSES,
        batch_results,
        batch_results_async,
        submit_batch,
        submit_batch_async,
        wait_batch,
        wait_batch_async,
    )

    batch_results_callable: Callable[..., object] = batch_results_in_package
    assert batch_results_callable is batch_results
    typing.get_type_hints(batch_results_in_package)
    batch_results_async_callable: Callable[..., object] = batch_results_async_in_package
    assert batch_results_async_callable is batch_results_async
    typing.get_type_hints(batch_results_async_in_package)
    submit_batch_callable: Callable[..., object] = submit_batch_in_package
    assert submit_batch_callable is submit_batch
    typing.get_type_hints(submit_batch_in_package)
    submit_batch_async_callable: Callable[..., object] = submit_batch_async_in_package
    assert submit_batch_async_callable is submit_batch_async
    typing.get_type_hints(submit_batch_async_in_package)
    wait_batch_callable: Callable[..., object] = wait_batch_in_package
    assert wait_batch_callable is wait_batch
    typing.get_type_hints(wait_batch_in_package)
    wait_batch_async_callable: Callable[..., object] = wait_batch_async_in_package
    assert wait_batch_async_callable is wait_batch_async
    typing.get_type_hints(wait_batch_async_in_package)
    assert module.BATCH_ENDED_STATUSES is BATCH_ENDED_STATUSES
    assert module.batch_results is batch_results
    assert module.batch_results_async is batch_results_async
    assert module.submit_batch is submit_batch
    assert module.submit_batch_async is submit_batch_async
    assert module.wait_batch is wait_batch
    assert module.wait_batch_async is wait_batch_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.batches.wait_batch
    assert form_4 is wait_batch


def check_benchmarks_get_benchmarks() -> None:
    import openrouter_funcs.benchmarks_get_benchmarks
    import openrouter_funcs.benchmarks_get_benchmarks as module
    from openrouter_funcs import benchmarks_get_benchmarks as benchmarks_get_benchmarks_in_package
    from openrouter_funcs import (
        benchmarks_get_benchmarks_async as benchmarks_get_benchmarks_async_in_package,
    )
    from openrouter_funcs.benchmarks_get_benchmarks import (
        BenchmarksGetBenchmarksError,
        BenchmarksGetBenchmarksRequest,
        BenchmarksGetBenchmarksRequestDict,
        UnifiedBenchmarksResponse,
        UnifiedBenchmarksResponseData,
        benchmarks_get_benchmarks,
        benchmarks_get_benchmarks_async,
    )

    benchmarks_get_benchmarks_callable: Callable[..., object] = benchmarks_get_benchmarks_in_package
    assert benchmarks_get_benchmarks_callable is benchmarks_get_benchmarks
    typing.get_type_hints(benchmarks_get_benchmarks_in_package)
    benchmarks_get_benchmarks_async_callable: Callable[..., object] = (
        benchmarks_get_benchmarks_async_in_package
    )
    assert benchmarks_get_benchmarks_async_callable is benchmarks_get_benchmarks_async
    typing.get_type_hints(benchmarks_get_benchmarks_async_in_package)
    assert module.BenchmarksGetBenchmarksError is BenchmarksGetBenchmarksError
    assert module.BenchmarksGetBenchmarksRequest is BenchmarksGetBenchmarksRequest
    assert module.BenchmarksGetBenchmarksRequestDict is BenchmarksGetBenchmarksRequestDict
    assert module.UnifiedBenchmarksResponse is UnifiedBenchmarksResponse
    assert module.UnifiedBenchmarksResponseData is UnifiedBenchmarksResponseData
    assert module.benchmarks_get_benchmarks is benchmarks_get_benchmarks
    assert module.benchmarks_get_benchmarks_async is benchmarks_get_benchmarks_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.benchmarks_get_benchmarks.UnifiedBenchmarksResponse  # type: ignore[attr-defined]
    assert form_4 is UnifiedBenchmarksResponse


def check_beta_responses_send() -> None:
    import openrouter_funcs.beta_responses_send
    import openrouter_funcs.beta_responses_send as module
    from openrouter_funcs import beta_responses_send as beta_responses_send_in_package
    from openrouter_funcs import beta_responses_send_async as beta_responses_send_async_in_package
    from openrouter_funcs.beta_responses_send import (
        OpenResponsesResult,
        ResponsesRequest,
        ResponsesSendError,
        ResponsesSendRequest,
        ResponsesSendRequestDict,
        ResponsesSendStreamingRequestDict,
        beta_responses_send,
        beta_responses_send_async,
    )

    beta_responses_send_callable: Callable[..., object] = beta_responses_send_in_package
    assert beta_responses_send_callable is beta_responses_send
    typing.get_type_hints(beta_responses_send_in_package)
    beta_responses_send_async_callable: Callable[..., object] = beta_responses_send_async_in_package
    assert beta_responses_send_async_callable is beta_responses_send_async
    typing.get_type_hints(beta_responses_send_async_in_package)
    assert module.OpenResponsesResult is OpenResponsesResult
    assert module.ResponsesRequest is ResponsesRequest
    assert module.ResponsesSendError is ResponsesSendError
    assert module.ResponsesSendRequest is ResponsesSendRequest
    assert module.ResponsesSendRequestDict is ResponsesSendRequestDict
    assert module.ResponsesSendStreamingRequestDict is ResponsesSendStreamingRequestDict
    assert module.beta_responses_send is beta_responses_send
    assert module.beta_responses_send_async is beta_responses_send_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.beta_responses_send.ResponsesRequest  # type: ignore[attr-defined]
    assert form_4 is ResponsesRequest


def check_byok_create() -> None:
    import openrouter_funcs.byok_create
    import openrouter_funcs.byok_create as module
    from openrouter_funcs import byok_create as byok_create_in_package
    from openrouter_funcs import byok_create_async as byok_create_async_in_package
    from openrouter_funcs.byok_create import (
        ByokCreateError,
        ByokCreateRequest,
        ByokCreateRequestDict,
        CreateBYOKKeyRequest,
        CreateBYOKKeyResponse,
        byok_create,
        byok_create_async,
    )

    byok_create_callable: Callable[..., object] = byok_create_in_package
    assert byok_create_callable is byok_create
    typing.get_type_hints(byok_create_in_package)
    byok_create_async_callable: Callable[..., object] = byok_create_async_in_package
    assert byok_create_async_callable is byok_create_async
    typing.get_type_hints(byok_create_async_in_package)
    assert module.ByokCreateError is ByokCreateError
    assert module.ByokCreateRequest is ByokCreateRequest
    assert module.ByokCreateRequestDict is ByokCreateRequestDict
    assert module.CreateBYOKKeyRequest is CreateBYOKKeyRequest
    assert module.CreateBYOKKeyResponse is CreateBYOKKeyResponse
    assert module.byok_create is byok_create
    assert module.byok_create_async is byok_create_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.byok_create.byok_create  # type: ignore[attr-defined]
    assert form_4 is byok_create


def check_byok_delete() -> None:
    import openrouter_funcs.byok_delete
    import openrouter_funcs.byok_delete as module
    from openrouter_funcs import byok_delete as byok_delete_in_package
    from openrouter_funcs import byok_delete_async as byok_delete_async_in_package
    from openrouter_funcs.byok_delete import (
        ByokDeleteError,
        ByokDeleteRequest,
        ByokDeleteRequestDict,
        DeleteBYOKKeyResponse,
        byok_delete,
        byok_delete_async,
    )

    byok_delete_callable: Callable[..., object] = byok_delete_in_package
    assert byok_delete_callable is byok_delete
    typing.get_type_hints(byok_delete_in_package)
    byok_delete_async_callable: Callable[..., object] = byok_delete_async_in_package
    assert byok_delete_async_callable is byok_delete_async
    typing.get_type_hints(byok_delete_async_in_package)
    assert module.ByokDeleteError is ByokDeleteError
    assert module.ByokDeleteRequest is ByokDeleteRequest
    assert module.ByokDeleteRequestDict is ByokDeleteRequestDict
    assert module.DeleteBYOKKeyResponse is DeleteBYOKKeyResponse
    assert module.byok_delete is byok_delete
    assert module.byok_delete_async is byok_delete_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.byok_delete.byok_delete  # type: ignore[attr-defined]
    assert form_4 is byok_delete


def check_byok_get() -> None:
    import openrouter_funcs.byok_get
    import openrouter_funcs.byok_get as module
    from openrouter_funcs import byok_get as byok_get_in_package
    from openrouter_funcs import byok_get_async as byok_get_async_in_package
    from openrouter_funcs.byok_get import (
        ByokGetError,
        ByokGetRequest,
        ByokGetRequestDict,
        GetBYOKKeyResponse,
        byok_get,
        byok_get_async,
    )

    byok_get_callable: Callable[..., object] = byok_get_in_package
    assert byok_get_callable is byok_get
    typing.get_type_hints(byok_get_in_package)
    byok_get_async_callable: Callable[..., object] = byok_get_async_in_package
    assert byok_get_async_callable is byok_get_async
    typing.get_type_hints(byok_get_async_in_package)
    assert module.ByokGetError is ByokGetError
    assert module.ByokGetRequest is ByokGetRequest
    assert module.ByokGetRequestDict is ByokGetRequestDict
    assert module.GetBYOKKeyResponse is GetBYOKKeyResponse
    assert module.byok_get is byok_get
    assert module.byok_get_async is byok_get_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.byok_get.byok_get  # type: ignore[attr-defined]
    assert form_4 is byok_get


def check_byok_list() -> None:
    import openrouter_funcs.byok_list
    import openrouter_funcs.byok_list as module
    from openrouter_funcs import byok_list as byok_list_in_package
    from openrouter_funcs import byok_list_async as byok_list_async_in_package
    from openrouter_funcs.byok_list import (
        ByokListError,
        ByokListRequest,
        ByokListRequestDict,
        ListBYOKKeysResponse,
        byok_list,
        byok_list_async,
    )

    byok_list_callable: Callable[..., object] = byok_list_in_package
    assert byok_list_callable is byok_list
    typing.get_type_hints(byok_list_in_package)
    byok_list_async_callable: Callable[..., object] = byok_list_async_in_package
    assert byok_list_async_callable is byok_list_async
    typing.get_type_hints(byok_list_async_in_package)
    assert module.ByokListError is ByokListError
    assert module.ByokListRequest is ByokListRequest
    assert module.ByokListRequestDict is ByokListRequestDict
    assert module.ListBYOKKeysResponse is ListBYOKKeysResponse
    assert module.byok_list is byok_list
    assert module.byok_list_async is byok_list_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.byok_list.byok_list  # type: ignore[attr-defined]
    assert form_4 is byok_list


def check_byok_list_pages() -> None:
    import openrouter_funcs.byok_list_pages
    import openrouter_funcs.byok_list_pages as module
    from openrouter_funcs import byok_list_pages as byok_list_pages_in_package
    from openrouter_funcs import byok_list_pages_async as byok_list_pages_async_in_package
    from openrouter_funcs.byok_list_pages import PAGINATION, byok_list_pages, byok_list_pages_async

    byok_list_pages_callable: Callable[..., object] = byok_list_pages_in_package
    assert byok_list_pages_callable is byok_list_pages
    typing.get_type_hints(byok_list_pages_in_package)
    byok_list_pages_async_callable: Callable[..., object] = byok_list_pages_async_in_package
    assert byok_list_pages_async_callable is byok_list_pages_async
    typing.get_type_hints(byok_list_pages_async_in_package)
    assert module.PAGINATION is PAGINATION
    assert module.byok_list_pages is byok_list_pages
    assert module.byok_list_pages_async is byok_list_pages_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.byok_list_pages.PAGINATION  # type: ignore[attr-defined]
    assert form_4 is PAGINATION


def check_byok_update() -> None:
    import openrouter_funcs.byok_update
    import openrouter_funcs.byok_update as module
    from openrouter_funcs import byok_update as byok_update_in_package
    from openrouter_funcs import byok_update_async as byok_update_async_in_package
    from openrouter_funcs.byok_update import (
        ByokUpdateError,
        ByokUpdateRequest,
        ByokUpdateRequestDict,
        UpdateBYOKKeyRequest,
        UpdateBYOKKeyResponse,
        byok_update,
        byok_update_async,
    )

    byok_update_callable: Callable[..., object] = byok_update_in_package
    assert byok_update_callable is byok_update
    typing.get_type_hints(byok_update_in_package)
    byok_update_async_callable: Callable[..., object] = byok_update_async_in_package
    assert byok_update_async_callable is byok_update_async
    typing.get_type_hints(byok_update_async_in_package)
    assert module.ByokUpdateError is ByokUpdateError
    assert module.ByokUpdateRequest is ByokUpdateRequest
    assert module.ByokUpdateRequestDict is ByokUpdateRequestDict
    assert module.UpdateBYOKKeyRequest is UpdateBYOKKeyRequest
    assert module.UpdateBYOKKeyResponse is UpdateBYOKKeyResponse
    assert module.byok_update is byok_update
    assert module.byok_update_async is byok_update_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.byok_update.byok_update  # type: ignore[attr-defined]
    assert form_4 is byok_update


def check_call_model() -> None:
    import openrouter_funcs.call_model
    import openrouter_funcs.call_model as module
    from openrouter_funcs import call_model as call_model_in_package
    from openrouter_funcs import call_model_async as call_model_async_in_package
    from openrouter_funcs import resume_run as resume_run_in_package
    from openrouter_funcs import resume_run_async as resume_run_async_in_package
    from openrouter_funcs.call_model import (
        CallModelError,
        Decision,
        call_model,
        call_model_async,
        resume_run,
        resume_run_async,
    )

    call_model_callable: Callable[..., object] = call_model_in_package
    assert call_model_callable is call_model
    typing.get_type_hints(call_model_in_package)
    call_model_async_callable: Callable[..., object] = call_model_async_in_package
    assert call_model_async_callable is call_model_async
    typing.get_type_hints(call_model_async_in_package)
    resume_run_callable: Callable[..., object] = resume_run_in_package
    assert resume_run_callable is resume_run
    typing.get_type_hints(resume_run_in_package)
    resume_run_async_callable: Callable[..., object] = resume_run_async_in_package
    assert resume_run_async_callable is resume_run_async
    typing.get_type_hints(resume_run_async_in_package)
    assert module.CallModelError is CallModelError
    assert module.Decision is Decision
    assert module.call_model is call_model
    assert module.call_model_async is call_model_async
    assert module.resume_run is resume_run
    assert module.resume_run_async is resume_run_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.call_model.Decision  # type: ignore[attr-defined]
    assert form_4 is Decision


def check_call_model_stream() -> None:
    import openrouter_funcs.call_model_stream
    import openrouter_funcs.call_model_stream as module
    from openrouter_funcs import call_model_stream as call_model_stream_in_package
    from openrouter_funcs import call_model_stream_async as call_model_stream_async_in_package
    from openrouter_funcs import text_deltas as text_deltas_in_package
    from openrouter_funcs.call_model_stream import (
        AsyncModelStream,
        ModelStream,
        ModelStreamEvent,
        ReasoningDelta,
        RunFinished,
        StepFinished,
        TextDelta,
        ToolCall,
        ToolCallDelta,
        ToolResult,
        call_model_stream,
        call_model_stream_async,
        text_deltas,
    )

    call_model_stream_callable: Callable[..., object] = call_model_stream_in_package
    assert call_model_stream_callable is call_model_stream
    typing.get_type_hints(call_model_stream_in_package)
    call_model_stream_async_callable: Callable[..., object] = call_model_stream_async_in_package
    assert call_model_stream_async_callable is call_model_stream_async
    typing.get_type_hints(call_model_stream_async_in_package)
    text_deltas_callable: Callable[..., object] = text_deltas_in_package
    assert text_deltas_callable is text_deltas
    typing.get_type_hints(text_deltas_in_package)
    assert module.AsyncModelStream is AsyncModelStream
    assert module.ModelStream is ModelStream
    assert module.ModelStreamEvent is ModelStreamEvent
    assert module.ReasoningDelta is ReasoningDelta
    assert module.RunFinished is RunFinished
    assert module.StepFinished is StepFinished
    assert module.TextDelta is TextDelta
    assert module.ToolCall is ToolCall
    assert module.ToolCallDelta is ToolCallDelta
    assert module.ToolResult is ToolResult
    assert module.call_model_stream is call_model_stream
    assert module.call_model_stream_async is call_model_stream_async
    assert module.text_deltas is text_deltas
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.call_model_stream.ToolCall  # type: ignore[attr-defined]
    assert form_4 is ToolCall


def check_chat_send() -> None:
    import openrouter_funcs.chat_send
    import openrouter_funcs.chat_send as module
    from openrouter_funcs import chat_send as chat_send_in_package
    from openrouter_funcs import chat_send_async as chat_send_async_in_package
    from openrouter_funcs.chat_send import (
        ChatRequest,
        ChatResult,
        ChatSendError,
        ChatSendRequest,
        ChatSendRequestDict,
        ChatSendStreamingRequestDict,
        chat_send,
        chat_send_async,
    )

    chat_send_callable: Callable[..., object] = chat_send_in_package
    assert chat_send_callable is chat_send
    typing.get_type_hints(chat_send_in_package)
    chat_send_async_callable: Callable[..., object] = chat_send_async_in_package
    assert chat_send_async_callable is chat_send_async
    typing.get_type_hints(chat_send_async_in_package)
    assert module.ChatRequest is ChatRequest
    assert module.ChatResult is ChatResult
    assert module.ChatSendError is ChatSendError
    assert module.ChatSendRequest is ChatSendRequest
    assert module.ChatSendRequestDict is ChatSendRequestDict
    assert module.ChatSendStreamingRequestDict is ChatSendStreamingRequestDict
    assert module.chat_send is chat_send
    assert module.chat_send_async is chat_send_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.chat_send.chat_send  # type: ignore[attr-defined]
    assert form_4 is chat_send


def check_classifications_get_task_classifications() -> None:
    import openrouter_funcs.classifications_get_task_classifications
    import openrouter_funcs.classifications_get_task_classifications as module
    from openrouter_funcs import (
        classifications_get_task_classifications as classifications_get_task_classifications_in_package,
    )
    from openrouter_funcs import (
        classifications_get_task_classifications_async as classifications_get_task_classifications_async_in_package,
    )
    from openrouter_funcs.classifications_get_task_classifications import (
        ClassificationsGetTaskClassificationsError,
        ClassificationsGetTaskClassificationsRequest,
        ClassificationsGetTaskClassificationsRequestDict,
        TaskClassificationResponse,
        TaskClassificationResponseData,
        classifications_get_task_classifications,
        classifications_get_task_classifications_async,
    )

    classifications_get_task_classifications_callable: Callable[..., object] = (
        classifications_get_task_classifications_in_package
    )
    assert (
        classifications_get_task_classifications_callable
        is classifications_get_task_classifications
    )
    typing.get_type_hints(classifications_get_task_classifications_in_package)
    classifications_get_task_classifications_async_callable: Callable[..., object] = (
        classifications_get_task_classifications_async_in_package
    )
    assert (
        classifications_get_task_classifications_async_callable
        is classifications_get_task_classifications_async
    )
    typing.get_type_hints(classifications_get_task_classifications_async_in_package)
    assert (
        module.ClassificationsGetTaskClassificationsError
        is ClassificationsGetTaskClassificationsError
    )
    assert (
        module.ClassificationsGetTaskClassificationsRequest
        is ClassificationsGetTaskClassificationsRequest
    )
    assert (
        module.ClassificationsGetTaskClassificationsRequestDict
        is ClassificationsGetTaskClassificationsRequestDict
    )
    assert module.TaskClassificationResponse is TaskClassificationResponse
    assert module.TaskClassificationResponseData is TaskClassificationResponseData
    assert (
        module.classifications_get_task_classifications is classifications_get_task_classifications
    )
    assert (
        module.classifications_get_task_classifications_async
        is classifications_get_task_classifications_async
    )
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.classifications_get_task_classifications.TaskClassificationResponse  # type: ignore[attr-defined]
    assert form_4 is TaskClassificationResponse


def check_containers_download_container_file_content() -> None:
    import openrouter_funcs.containers_download_container_file_content
    import openrouter_funcs.containers_download_container_file_content as module
    from openrouter_funcs import (
        containers_download_container_file_content as containers_download_container_file_content_in_package,
    )
    from openrouter_funcs import (
        containers_download_container_file_content_async as containers_download_container_file_content_async_in_package,
    )
    from openrouter_funcs import (
        containers_download_container_file_content_stream as containers_download_container_file_content_stream_in_package,
    )
    from openrouter_funcs import (
        containers_download_container_file_content_stream_async as containers_download_container_file_content_stream_async_in_package,
    )
    from openrouter_funcs.containers_download_container_file_content import (
        AsyncByteStream,
        ByteStream,
        ContainersDownloadContainerFileContentError,
        ContainersDownloadContainerFileContentRequest,
        ContainersDownloadContainerFileContentRequestDict,
        containers_download_container_file_content,
        containers_download_container_file_content_async,
        containers_download_container_file_content_stream,
        containers_download_container_file_content_stream_async,
    )

    containers_download_container_file_content_callable: Callable[..., object] = (
        containers_download_container_file_content_in_package
    )
    assert (
        containers_download_container_file_content_callable
        is containers_download_container_file_content
    )
    typing.get_type_hints(containers_download_container_file_content_in_package)
    containers_download_container_file_content_async_callable: Callable[..., object] = (
        containers_download_container_file_content_async_in_package
    )
    assert (
        containers_download_container_file_content_async_callable
        is containers_download_container_file_content_async
    )
    typing.get_type_hints(containers_download_container_file_content_async_in_package)
    containers_download_container_file_content_stream_callable: Callable[..., object] = (
        containers_download_container_file_content_stream_in_package
    )
    assert (
        containers_download_container_file_content_stream_callable
        is containers_download_container_file_content_stream
    )
    typing.get_type_hints(containers_download_container_file_content_stream_in_package)
    containers_download_container_file_content_stream_async_callable: Callable[..., object] = (
        containers_download_container_file_content_stream_async_in_package
    )
    assert (
        containers_download_container_file_content_stream_async_callable
        is containers_download_container_file_content_stream_async
    )
    typing.get_type_hints(containers_download_container_file_content_stream_async_in_package)
    assert module.AsyncByteStream is AsyncByteStream
    assert module.ByteStream is ByteStream
    assert (
        module.ContainersDownloadContainerFileContentError
        is ContainersDownloadContainerFileContentError
    )
    assert (
        module.ContainersDownloadContainerFileContentRequest
        is ContainersDownloadContainerFileContentRequest
    )
    assert (
        module.ContainersDownloadContainerFileContentRequestDict
        is ContainersDownloadContainerFileContentRequestDict
    )
    assert (
        module.containers_download_container_file_content
        is containers_download_container_file_content
    )
    assert (
        module.containers_download_container_file_content_async
        is containers_download_container_file_content_async
    )
    assert (
        module.containers_download_container_file_content_stream
        is containers_download_container_file_content_stream
    )
    assert (
        module.containers_download_container_file_content_stream_async
        is containers_download_container_file_content_stream_async
    )
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.containers_download_container_file_content.ByteStream  # type: ignore[attr-defined]
    assert form_4 is ByteStream


def check_containers_get_container_file() -> None:
    import openrouter_funcs.containers_get_container_file
    import openrouter_funcs.containers_get_container_file as module
    from openrouter_funcs import (
        containers_get_container_file as containers_get_container_file_in_package,
    )
    from openrouter_funcs import (
        containers_get_container_file_async as containers_get_container_file_async_in_package,
    )
    from openrouter_funcs.containers_get_container_file import (
        ContainerFile,
        ContainersGetContainerFileError,
        ContainersGetContainerFileRequest,
        ContainersGetContainerFileRequestDict,
        containers_get_container_file,
        containers_get_container_file_async,
    )

    containers_get_container_file_callable: Callable[..., object] = (
        containers_get_container_file_in_package
    )
    assert containers_get_container_file_callable is containers_get_container_file
    typing.get_type_hints(containers_get_container_file_in_package)
    containers_get_container_file_async_callable: Callable[..., object] = (
        containers_get_container_file_async_in_package
    )
    assert containers_get_container_file_async_callable is containers_get_container_file_async
    typing.get_type_hints(containers_get_container_file_async_in_package)
    assert module.ContainerFile is ContainerFile
    assert module.ContainersGetContainerFileError is ContainersGetContainerFileError
    assert module.ContainersGetContainerFileRequest is ContainersGetContainerFileRequest
    assert module.ContainersGetContainerFileRequestDict is ContainersGetContainerFileRequestDict
    assert module.containers_get_container_file is containers_get_container_file
    assert module.containers_get_container_file_async is containers_get_container_file_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.containers_get_container_file.ContainerFile  # type: ignore[attr-defined]
    assert form_4 is ContainerFile


def check_containers_list_container_files() -> None:
    import openrouter_funcs.containers_list_container_files
    import openrouter_funcs.containers_list_container_files as module
    from openrouter_funcs import (
        containers_list_container_files as containers_list_container_files_in_package,
    )
    from openrouter_funcs import (
        containers_list_container_files_async as containers_list_container_files_async_in_package,
    )
    from openrouter_funcs.containers_list_container_files import (
        ContainerFileListResponse,
        ContainersListContainerFilesError,
        ContainersListContainerFilesRequest,
        ContainersListContainerFilesRequestDict,
        containers_list_container_files,
        containers_list_container_files_async,
    )

    containers_list_container_files_callable: Callable[..., object] = (
        containers_list_container_files_in_package
    )
    assert containers_list_container_files_callable is containers_list_container_files
    typing.get_type_hints(containers_list_container_files_in_package)
    containers_list_container_files_async_callable: Callable[..., object] = (
        containers_list_container_files_async_in_package
    )
    assert containers_list_container_files_async_callable is containers_list_container_files_async
    typing.get_type_hints(containers_list_container_files_async_in_package)
    assert module.ContainerFileListResponse is ContainerFileListResponse
    assert module.ContainersListContainerFilesError is ContainersListContainerFilesError
    assert module.ContainersListContainerFilesRequest is ContainersListContainerFilesRequest
    assert module.ContainersListContainerFilesRequestDict is ContainersListContainerFilesRequestDict
    assert module.containers_list_container_files is containers_list_container_files
    assert module.containers_list_container_files_async is containers_list_container_files_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.containers_list_container_files.ContainerFileListResponse  # type: ignore[attr-defined]
    assert form_4 is ContainerFileListResponse


def check_containers_promote_container_file() -> None:
    import openrouter_funcs.containers_promote_container_file
    import openrouter_funcs.containers_promote_container_file as module
    from openrouter_funcs import (
        containers_promote_container_file as containers_promote_container_file_in_package,
    )
    from openrouter_funcs import (
        containers_promote_container_file_async as containers_promote_container_file_async_in_package,
    )
    from openrouter_funcs.containers_promote_container_file import (
        ContainersPromoteContainerFileError,
        ContainersPromoteContainerFileRequest,
        ContainersPromoteContainerFileRequestDict,
        ContainersPromoteContainerFileResponse,
        containers_promote_container_file,
        containers_promote_container_file_async,
    )

    containers_promote_container_file_callable: Callable[..., object] = (
        containers_promote_container_file_in_package
    )
    assert containers_promote_container_file_callable is containers_promote_container_file
    typing.get_type_hints(containers_promote_container_file_in_package)
    containers_promote_container_file_async_callable: Callable[..., object] = (
        containers_promote_container_file_async_in_package
    )
    assert (
        containers_promote_container_file_async_callable is containers_promote_container_file_async
    )
    typing.get_type_hints(containers_promote_container_file_async_in_package)
    assert module.ContainersPromoteContainerFileError is ContainersPromoteContainerFileError
    assert module.ContainersPromoteContainerFileRequest is ContainersPromoteContainerFileRequest
    assert (
        module.ContainersPromoteContainerFileRequestDict
        is ContainersPromoteContainerFileRequestDict
    )
    assert module.ContainersPromoteContainerFileResponse is ContainersPromoteContainerFileResponse
    assert module.containers_promote_container_file is containers_promote_container_file
    assert module.containers_promote_container_file_async is containers_promote_container_file_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.containers_promote_container_file.containers_promote_container_file  # type: ignore[attr-defined]
    assert form_4 is containers_promote_container_file


def check_credits_create_coinbase_charge() -> None:
    import openrouter_funcs.credits_create_coinbase_charge
    import openrouter_funcs.credits_create_coinbase_charge as module
    from openrouter_funcs import (
        credits_create_coinbase_charge as credits_create_coinbase_charge_in_package,
    )
    from openrouter_funcs import (
        credits_create_coinbase_charge_async as credits_create_coinbase_charge_async_in_package,
    )
    from openrouter_funcs.credits_create_coinbase_charge import (
        CreditsCreateCoinbaseChargeError,
        CreditsCreateCoinbaseChargeRequest,
        CreditsCreateCoinbaseChargeRequestDict,
        credits_create_coinbase_charge,
        credits_create_coinbase_charge_async,
    )

    credits_create_coinbase_charge_callable: Callable[..., object] = (
        credits_create_coinbase_charge_in_package
    )
    assert credits_create_coinbase_charge_callable is credits_create_coinbase_charge
    typing.get_type_hints(credits_create_coinbase_charge_in_package)
    credits_create_coinbase_charge_async_callable: Callable[..., object] = (
        credits_create_coinbase_charge_async_in_package
    )
    assert credits_create_coinbase_charge_async_callable is credits_create_coinbase_charge_async
    typing.get_type_hints(credits_create_coinbase_charge_async_in_package)
    assert module.CreditsCreateCoinbaseChargeError is CreditsCreateCoinbaseChargeError
    assert module.CreditsCreateCoinbaseChargeRequest is CreditsCreateCoinbaseChargeRequest
    assert module.CreditsCreateCoinbaseChargeRequestDict is CreditsCreateCoinbaseChargeRequestDict
    assert module.credits_create_coinbase_charge is credits_create_coinbase_charge
    assert module.credits_create_coinbase_charge_async is credits_create_coinbase_charge_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.credits_create_coinbase_charge.credits_create_coinbase_charge  # type: ignore[attr-defined]
    assert form_4 is credits_create_coinbase_charge


def check_credits_get_credits() -> None:
    import openrouter_funcs.credits_get_credits
    import openrouter_funcs.credits_get_credits as module
    from openrouter_funcs import credits_get_credits as credits_get_credits_in_package
    from openrouter_funcs import credits_get_credits_async as credits_get_credits_async_in_package
    from openrouter_funcs.credits_get_credits import (
        CreditsGetCreditsError,
        CreditsGetCreditsRequest,
        CreditsGetCreditsRequestDict,
        CreditsGetCreditsResponse,
        CreditsGetCreditsResponseData,
        credits_get_credits,
        credits_get_credits_async,
    )

    credits_get_credits_callable: Callable[..., object] = credits_get_credits_in_package
    assert credits_get_credits_callable is credits_get_credits
    typing.get_type_hints(credits_get_credits_in_package)
    credits_get_credits_async_callable: Callable[..., object] = credits_get_credits_async_in_package
    assert credits_get_credits_async_callable is credits_get_credits_async
    typing.get_type_hints(credits_get_credits_async_in_package)
    assert module.CreditsGetCreditsError is CreditsGetCreditsError
    assert module.CreditsGetCreditsRequest is CreditsGetCreditsRequest
    assert module.CreditsGetCreditsRequestDict is CreditsGetCreditsRequestDict
    assert module.CreditsGetCreditsResponse is CreditsGetCreditsResponse
    assert module.CreditsGetCreditsResponseData is CreditsGetCreditsResponseData
    assert module.credits_get_credits is credits_get_credits
    assert module.credits_get_credits_async is credits_get_credits_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.credits_get_credits.credits_get_credits  # type: ignore[attr-defined]
    assert form_4 is credits_get_credits


def check_datasets_get_app_rankings() -> None:
    import openrouter_funcs.datasets_get_app_rankings
    import openrouter_funcs.datasets_get_app_rankings as module
    from openrouter_funcs import datasets_get_app_rankings as datasets_get_app_rankings_in_package
    from openrouter_funcs import (
        datasets_get_app_rankings_async as datasets_get_app_rankings_async_in_package,
    )
    from openrouter_funcs.datasets_get_app_rankings import (
        AppRankingsResponse,
        DatasetsGetAppRankingsError,
        DatasetsGetAppRankingsRequest,
        DatasetsGetAppRankingsRequestDict,
        datasets_get_app_rankings,
        datasets_get_app_rankings_async,
    )

    datasets_get_app_rankings_callable: Callable[..., object] = datasets_get_app_rankings_in_package
    assert datasets_get_app_rankings_callable is datasets_get_app_rankings
    typing.get_type_hints(datasets_get_app_rankings_in_package)
    datasets_get_app_rankings_async_callable: Callable[..., object] = (
        datasets_get_app_rankings_async_in_package
    )
    assert datasets_get_app_rankings_async_callable is datasets_get_app_rankings_async
    typing.get_type_hints(datasets_get_app_rankings_async_in_package)
    assert module.AppRankingsResponse is AppRankingsResponse
    assert module.DatasetsGetAppRankingsError is DatasetsGetAppRankingsError
    assert module.DatasetsGetAppRankingsRequest is DatasetsGetAppRankingsRequest
    assert module.DatasetsGetAppRankingsRequestDict is DatasetsGetAppRankingsRequestDict
    assert module.datasets_get_app_rankings is datasets_get_app_rankings
    assert module.datasets_get_app_rankings_async is datasets_get_app_rankings_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.datasets_get_app_rankings.AppRankingsResponse  # type: ignore[attr-defined]
    assert form_4 is AppRankingsResponse


def check_datasets_get_app_rankings_pages() -> None:
    import openrouter_funcs.datasets_get_app_rankings_pages
    import openrouter_funcs.datasets_get_app_rankings_pages as module
    from openrouter_funcs import (
        datasets_get_app_rankings_pages as datasets_get_app_rankings_pages_in_package,
    )
    from openrouter_funcs import (
        datasets_get_app_rankings_pages_async as datasets_get_app_rankings_pages_async_in_package,
    )
    from openrouter_funcs.datasets_get_app_rankings_pages import (
        PAGINATION,
        datasets_get_app_rankings_pages,
        datasets_get_app_rankings_pages_async,
    )

    datasets_get_app_rankings_pages_callable: Callable[..., object] = (
        datasets_get_app_rankings_pages_in_package
    )
    assert datasets_get_app_rankings_pages_callable is datasets_get_app_rankings_pages
    typing.get_type_hints(datasets_get_app_rankings_pages_in_package)
    datasets_get_app_rankings_pages_async_callable: Callable[..., object] = (
        datasets_get_app_rankings_pages_async_in_package
    )
    assert datasets_get_app_rankings_pages_async_callable is datasets_get_app_rankings_pages_async
    typing.get_type_hints(datasets_get_app_rankings_pages_async_in_package)
    assert module.PAGINATION is PAGINATION
    assert module.datasets_get_app_rankings_pages is datasets_get_app_rankings_pages
    assert module.datasets_get_app_rankings_pages_async is datasets_get_app_rankings_pages_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.datasets_get_app_rankings_pages.PAGINATION  # type: ignore[attr-defined]
    assert form_4 is PAGINATION


def check_datasets_get_rankings_daily() -> None:
    import openrouter_funcs.datasets_get_rankings_daily
    import openrouter_funcs.datasets_get_rankings_daily as module
    from openrouter_funcs import (
        datasets_get_rankings_daily as datasets_get_rankings_daily_in_package,
    )
    from openrouter_funcs import (
        datasets_get_rankings_daily_async as datasets_get_rankings_daily_async_in_package,
    )
    from openrouter_funcs.datasets_get_rankings_daily import (
        DatasetsGetRankingsDailyError,
        DatasetsGetRankingsDailyRequest,
        DatasetsGetRankingsDailyRequestDict,
        RankingsDailyResponse,
        datasets_get_rankings_daily,
        datasets_get_rankings_daily_async,
    )

    datasets_get_rankings_daily_callable: Callable[..., object] = (
        datasets_get_rankings_daily_in_package
    )
    assert datasets_get_rankings_daily_callable is datasets_get_rankings_daily
    typing.get_type_hints(datasets_get_rankings_daily_in_package)
    datasets_get_rankings_daily_async_callable: Callable[..., object] = (
        datasets_get_rankings_daily_async_in_package
    )
    assert datasets_get_rankings_daily_async_callable is datasets_get_rankings_daily_async
    typing.get_type_hints(datasets_get_rankings_daily_async_in_package)
    assert module.DatasetsGetRankingsDailyError is DatasetsGetRankingsDailyError
    assert module.DatasetsGetRankingsDailyRequest is DatasetsGetRankingsDailyRequest
    assert module.DatasetsGetRankingsDailyRequestDict is DatasetsGetRankingsDailyRequestDict
    assert module.RankingsDailyResponse is RankingsDailyResponse
    assert module.datasets_get_rankings_daily is datasets_get_rankings_daily
    assert module.datasets_get_rankings_daily_async is datasets_get_rankings_daily_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.datasets_get_rankings_daily.RankingsDailyResponse  # type: ignore[attr-defined]
    assert form_4 is RankingsDailyResponse


def check_datasets_get_session_cost() -> None:
    import openrouter_funcs.datasets_get_session_cost
    import openrouter_funcs.datasets_get_session_cost as module
    from openrouter_funcs import datasets_get_session_cost as datasets_get_session_cost_in_package
    from openrouter_funcs import (
        datasets_get_session_cost_async as datasets_get_session_cost_async_in_package,
    )
    from openrouter_funcs.datasets_get_session_cost import (
        DatasetsGetSessionCostError,
        DatasetsGetSessionCostRequest,
        DatasetsGetSessionCostRequestDict,
        SessionCostResponse,
        datasets_get_session_cost,
        datasets_get_session_cost_async,
    )

    datasets_get_session_cost_callable: Callable[..., object] = datasets_get_session_cost_in_package
    assert datasets_get_session_cost_callable is datasets_get_session_cost
    typing.get_type_hints(datasets_get_session_cost_in_package)
    datasets_get_session_cost_async_callable: Callable[..., object] = (
        datasets_get_session_cost_async_in_package
    )
    assert datasets_get_session_cost_async_callable is datasets_get_session_cost_async
    typing.get_type_hints(datasets_get_session_cost_async_in_package)
    assert module.DatasetsGetSessionCostError is DatasetsGetSessionCostError
    assert module.DatasetsGetSessionCostRequest is DatasetsGetSessionCostRequest
    assert module.DatasetsGetSessionCostRequestDict is DatasetsGetSessionCostRequestDict
    assert module.SessionCostResponse is SessionCostResponse
    assert module.datasets_get_session_cost is datasets_get_session_cost
    assert module.datasets_get_session_cost_async is datasets_get_session_cost_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.datasets_get_session_cost.SessionCostResponse  # type: ignore[attr-defined]
    assert form_4 is SessionCostResponse


def check_datasets_get_session_cost_pages() -> None:
    import openrouter_funcs.datasets_get_session_cost_pages
    import openrouter_funcs.datasets_get_session_cost_pages as module
    from openrouter_funcs import (
        datasets_get_session_cost_pages as datasets_get_session_cost_pages_in_package,
    )
    from openrouter_funcs import (
        datasets_get_session_cost_pages_async as datasets_get_session_cost_pages_async_in_package,
    )
    from openrouter_funcs.datasets_get_session_cost_pages import (
        PAGINATION,
        datasets_get_session_cost_pages,
        datasets_get_session_cost_pages_async,
    )

    datasets_get_session_cost_pages_callable: Callable[..., object] = (
        datasets_get_session_cost_pages_in_package
    )
    assert datasets_get_session_cost_pages_callable is datasets_get_session_cost_pages
    typing.get_type_hints(datasets_get_session_cost_pages_in_package)
    datasets_get_session_cost_pages_async_callable: Callable[..., object] = (
        datasets_get_session_cost_pages_async_in_package
    )
    assert datasets_get_session_cost_pages_async_callable is datasets_get_session_cost_pages_async
    typing.get_type_hints(datasets_get_session_cost_pages_async_in_package)
    assert module.PAGINATION is PAGINATION
    assert module.datasets_get_session_cost_pages is datasets_get_session_cost_pages
    assert module.datasets_get_session_cost_pages_async is datasets_get_session_cost_pages_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.datasets_get_session_cost_pages.PAGINATION  # type: ignore[attr-defined]
    assert form_4 is PAGINATION


def check_embeddings_generate() -> None:
    import openrouter_funcs.embeddings_generate
    import openrouter_funcs.embeddings_generate as module
    from openrouter_funcs import embeddings_generate as embeddings_generate_in_package
    from openrouter_funcs import embeddings_generate_async as embeddings_generate_async_in_package
    from openrouter_funcs.embeddings_generate import (
        EmbeddingsGenerateBody,
        EmbeddingsGenerateError,
        EmbeddingsGenerateRequest,
        EmbeddingsGenerateRequestDict,
        EmbeddingsGenerateResponse,
        EmbeddingsGenerateResponseData,
        EmbeddingsGenerateResponseUsage,
        EmbeddingsGenerateStreamingRequestDict,
        embeddings_generate,
        embeddings_generate_async,
    )

    embeddings_generate_callable: Callable[..., object] = embeddings_generate_in_package
    assert embeddings_generate_callable is embeddings_generate
    typing.get_type_hints(embeddings_generate_in_package)
    embeddings_generate_async_callable: Callable[..., object] = embeddings_generate_async_in_package
    assert embeddings_generate_async_callable is embeddings_generate_async
    typing.get_type_hints(embeddings_generate_async_in_package)
    assert module.EmbeddingsGenerateBody is EmbeddingsGenerateBody
    assert module.EmbeddingsGenerateError is EmbeddingsGenerateError
    assert module.EmbeddingsGenerateRequest is EmbeddingsGenerateRequest
    assert module.EmbeddingsGenerateRequestDict is EmbeddingsGenerateRequestDict
    assert module.EmbeddingsGenerateResponse is EmbeddingsGenerateResponse
    assert module.EmbeddingsGenerateResponseData is EmbeddingsGenerateResponseData
    assert module.EmbeddingsGenerateResponseUsage is EmbeddingsGenerateResponseUsage
    assert module.EmbeddingsGenerateStreamingRequestDict is EmbeddingsGenerateStreamingRequestDict
    assert module.embeddings_generate is embeddings_generate
    assert module.embeddings_generate_async is embeddings_generate_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.embeddings_generate.embeddings_generate  # type: ignore[attr-defined]
    assert form_4 is embeddings_generate


def check_embeddings_list_models() -> None:
    import openrouter_funcs.embeddings_list_models
    import openrouter_funcs.embeddings_list_models as module
    from openrouter_funcs import embeddings_list_models as embeddings_list_models_in_package
    from openrouter_funcs import (
        embeddings_list_models_async as embeddings_list_models_async_in_package,
    )
    from openrouter_funcs.embeddings_list_models import (
        EmbeddingsListModelsError,
        EmbeddingsListModelsRequest,
        EmbeddingsListModelsRequestDict,
        ModelsListResponse,
        ModelsListResponseLinks,
        embeddings_list_models,
        embeddings_list_models_async,
    )

    embeddings_list_models_callable: Callable[..., object] = embeddings_list_models_in_package
    assert embeddings_list_models_callable is embeddings_list_models
    typing.get_type_hints(embeddings_list_models_in_package)
    embeddings_list_models_async_callable: Callable[..., object] = (
        embeddings_list_models_async_in_package
    )
    assert embeddings_list_models_async_callable is embeddings_list_models_async
    typing.get_type_hints(embeddings_list_models_async_in_package)
    assert module.EmbeddingsListModelsError is EmbeddingsListModelsError
    assert module.EmbeddingsListModelsRequest is EmbeddingsListModelsRequest
    assert module.EmbeddingsListModelsRequestDict is EmbeddingsListModelsRequestDict
    assert module.ModelsListResponse is ModelsListResponse
    assert module.ModelsListResponseLinks is ModelsListResponseLinks
    assert module.embeddings_list_models is embeddings_list_models
    assert module.embeddings_list_models_async is embeddings_list_models_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.embeddings_list_models.ModelsListResponse  # type: ignore[attr-defined]
    assert form_4 is ModelsListResponse


def check_embeddings_list_models_pages() -> None:
    import openrouter_funcs.embeddings_list_models_pages
    import openrouter_funcs.embeddings_list_models_pages as module
    from openrouter_funcs import (
        embeddings_list_models_pages as embeddings_list_models_pages_in_package,
    )
    from openrouter_funcs import (
        embeddings_list_models_pages_async as embeddings_list_models_pages_async_in_package,
    )
    from openrouter_funcs.embeddings_list_models_pages import (
        PAGINATION,
        embeddings_list_models_pages,
        embeddings_list_models_pages_async,
    )

    embeddings_list_models_pages_callable: Callable[..., object] = (
        embeddings_list_models_pages_in_package
    )
    assert embeddings_list_models_pages_callable is embeddings_list_models_pages
    typing.get_type_hints(embeddings_list_models_pages_in_package)
    embeddings_list_models_pages_async_callable: Callable[..., object] = (
        embeddings_list_models_pages_async_in_package
    )
    assert embeddings_list_models_pages_async_callable is embeddings_list_models_pages_async
    typing.get_type_hints(embeddings_list_models_pages_async_in_package)
    assert module.PAGINATION is PAGINATION
    assert module.embeddings_list_models_pages is embeddings_list_models_pages
    assert module.embeddings_list_models_pages_async is embeddings_list_models_pages_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.embeddings_list_models_pages.PAGINATION  # type: ignore[attr-defined]
    assert form_4 is PAGINATION


def check_endpoints_list() -> None:
    import openrouter_funcs.endpoints_list
    import openrouter_funcs.endpoints_list as module
    from openrouter_funcs import endpoints_list as endpoints_list_in_package
    from openrouter_funcs import endpoints_list_async as endpoints_list_async_in_package
    from openrouter_funcs.endpoints_list import (
        EndpointsListError,
        EndpointsListRequest,
        EndpointsListRequestDict,
        EndpointsListResponse,
        endpoints_list,
        endpoints_list_async,
    )

    endpoints_list_callable: Callable[..., object] = endpoints_list_in_package
    assert endpoints_list_callable is endpoints_list
    typing.get_type_hints(endpoints_list_in_package)
    endpoints_list_async_callable: Callable[..., object] = endpoints_list_async_in_package
    assert endpoints_list_async_callable is endpoints_list_async
    typing.get_type_hints(endpoints_list_async_in_package)
    assert module.EndpointsListError is EndpointsListError
    assert module.EndpointsListRequest is EndpointsListRequest
    assert module.EndpointsListRequestDict is EndpointsListRequestDict
    assert module.EndpointsListResponse is EndpointsListResponse
    assert module.endpoints_list is endpoints_list
    assert module.endpoints_list_async is endpoints_list_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.endpoints_list.endpoints_list  # type: ignore[attr-defined]
    assert form_4 is endpoints_list


def check_endpoints_list_zdr_endpoints() -> None:
    import openrouter_funcs.endpoints_list_zdr_endpoints
    import openrouter_funcs.endpoints_list_zdr_endpoints as module
    from openrouter_funcs import (
        endpoints_list_zdr_endpoints as endpoints_list_zdr_endpoints_in_package,
    )
    from openrouter_funcs import (
        endpoints_list_zdr_endpoints_async as endpoints_list_zdr_endpoints_async_in_package,
    )
    from openrouter_funcs.endpoints_list_zdr_endpoints import (
        EndpointsListZdrEndpointsError,
        EndpointsListZdrEndpointsRequest,
        EndpointsListZdrEndpointsRequestDict,
        EndpointsListZdrEndpointsResponse,
        endpoints_list_zdr_endpoints,
        endpoints_list_zdr_endpoints_async,
    )

    endpoints_list_zdr_endpoints_callable: Callable[..., object] = (
        endpoints_list_zdr_endpoints_in_package
    )
    assert endpoints_list_zdr_endpoints_callable is endpoints_list_zdr_endpoints
    typing.get_type_hints(endpoints_list_zdr_endpoints_in_package)
    endpoints_list_zdr_endpoints_async_callable: Callable[..., object] = (
        endpoints_list_zdr_endpoints_async_in_package
    )
    assert endpoints_list_zdr_endpoints_async_callable is endpoints_list_zdr_endpoints_async
    typing.get_type_hints(endpoints_list_zdr_endpoints_async_in_package)
    assert module.EndpointsListZdrEndpointsError is EndpointsListZdrEndpointsError
    assert module.EndpointsListZdrEndpointsRequest is EndpointsListZdrEndpointsRequest
    assert module.EndpointsListZdrEndpointsRequestDict is EndpointsListZdrEndpointsRequestDict
    assert module.EndpointsListZdrEndpointsResponse is EndpointsListZdrEndpointsResponse
    assert module.endpoints_list_zdr_endpoints is endpoints_list_zdr_endpoints
    assert module.endpoints_list_zdr_endpoints_async is endpoints_list_zdr_endpoints_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.endpoints_list_zdr_endpoints.endpoints_list_zdr_endpoints  # type: ignore[attr-defined]
    assert form_4 is endpoints_list_zdr_endpoints


def check_external_users_create() -> None:
    import openrouter_funcs.external_users_create
    import openrouter_funcs.external_users_create as module
    from openrouter_funcs import external_users_create as external_users_create_in_package
    from openrouter_funcs import (
        external_users_create_async as external_users_create_async_in_package,
    )
    from openrouter_funcs.external_users_create import (
        CreateExternalUserRequest,
        ExternalUserResponse,
        ExternalUsersCreateError,
        ExternalUsersCreateRequest,
        ExternalUsersCreateRequestDict,
        external_users_create,
        external_users_create_async,
    )

    external_users_create_callable: Callable[..., object] = external_users_create_in_package
    assert external_users_create_callable is external_users_create
    typing.get_type_hints(external_users_create_in_package)
    external_users_create_async_callable: Callable[..., object] = (
        external_users_create_async_in_package
    )
    assert external_users_create_async_callable is external_users_create_async
    typing.get_type_hints(external_users_create_async_in_package)
    assert module.CreateExternalUserRequest is CreateExternalUserRequest
    assert module.ExternalUserResponse is ExternalUserResponse
    assert module.ExternalUsersCreateError is ExternalUsersCreateError
    assert module.ExternalUsersCreateRequest is ExternalUsersCreateRequest
    assert module.ExternalUsersCreateRequestDict is ExternalUsersCreateRequestDict
    assert module.external_users_create is external_users_create
    assert module.external_users_create_async is external_users_create_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.external_users_create.ExternalUserResponse  # type: ignore[attr-defined]
    assert form_4 is ExternalUserResponse


def check_external_users_delete() -> None:
    import openrouter_funcs.external_users_delete
    import openrouter_funcs.external_users_delete as module
    from openrouter_funcs import external_users_delete as external_users_delete_in_package
    from openrouter_funcs import (
        external_users_delete_async as external_users_delete_async_in_package,
    )
    from openrouter_funcs.external_users_delete import (
        ExternalUsersDeleteError,
        ExternalUsersDeleteRequest,
        ExternalUsersDeleteRequestDict,
        external_users_delete,
        external_users_delete_async,
    )

    external_users_delete_callable: Callable[..., object] = external_users_delete_in_package
    assert external_users_delete_callable is external_users_delete
    typing.get_type_hints(external_users_delete_in_package)
    external_users_delete_async_callable: Callable[..., object] = (
        external_users_delete_async_in_package
    )
    assert external_users_delete_async_callable is external_users_delete_async
    typing.get_type_hints(external_users_delete_async_in_package)
    assert module.ExternalUsersDeleteError is ExternalUsersDeleteError
    assert module.ExternalUsersDeleteRequest is ExternalUsersDeleteRequest
    assert module.ExternalUsersDeleteRequestDict is ExternalUsersDeleteRequestDict
    assert module.external_users_delete is external_users_delete
    assert module.external_users_delete_async is external_users_delete_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.external_users_delete.external_users_delete  # type: ignore[attr-defined]
    assert form_4 is external_users_delete


def check_external_users_get() -> None:
    import openrouter_funcs.external_users_get
    import openrouter_funcs.external_users_get as module
    from openrouter_funcs import external_users_get as external_users_get_in_package
    from openrouter_funcs import external_users_get_async as external_users_get_async_in_package
    from openrouter_funcs.external_users_get import (
        ExternalUserResponse,
        ExternalUsersGetError,
        ExternalUsersGetRequest,
        ExternalUsersGetRequestDict,
        external_users_get,
        external_users_get_async,
    )

    external_users_get_callable: Callable[..., object] = external_users_get_in_package
    assert external_users_get_callable is external_users_get
    typing.get_type_hints(external_users_get_in_package)
    external_users_get_async_callable: Callable[..., object] = external_users_get_async_in_package
    assert external_users_get_async_callable is external_users_get_async
    typing.get_type_hints(external_users_get_async_in_package)
    assert module.ExternalUserResponse is ExternalUserResponse
    assert module.ExternalUsersGetError is ExternalUsersGetError
    assert module.ExternalUsersGetRequest is ExternalUsersGetRequest
    assert module.ExternalUsersGetRequestDict is ExternalUsersGetRequestDict
    assert module.external_users_get is external_users_get
    assert module.external_users_get_async is external_users_get_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.external_users_get.external_users_get  # type: ignore[attr-defined]
    assert form_4 is external_users_get


def check_external_users_list() -> None:
    import openrouter_funcs.external_users_list
    import openrouter_funcs.external_users_list as module
    from openrouter_funcs import external_users_list as external_users_list_in_package
    from openrouter_funcs import external_users_list_async as external_users_list_async_in_package
    from openrouter_funcs.external_users_list import (
        ExternalUsersListError,
        ExternalUsersListRequest,
        ExternalUsersListRequestDict,
        ListExternalUsersResponse,
        external_users_list,
        external_users_list_async,
    )

    external_users_list_callable: Callable[..., object] = external_users_list_in_package
    assert external_users_list_callable is external_users_list
    typing.get_type_hints(external_users_list_in_package)
    external_users_list_async_callable: Callable[..., object] = external_users_list_async_in_package
    assert external_users_list_async_callable is external_users_list_async
    typing.get_type_hints(external_users_list_async_in_package)
    assert module.ExternalUsersListError is ExternalUsersListError
    assert module.ExternalUsersListRequest is ExternalUsersListRequest
    assert module.ExternalUsersListRequestDict is ExternalUsersListRequestDict
    assert module.ListExternalUsersResponse is ListExternalUsersResponse
    assert module.external_users_list is external_users_list
    assert module.external_users_list_async is external_users_list_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.external_users_list.external_users_list  # type: ignore[attr-defined]
    assert form_4 is external_users_list


def check_external_users_list_pages() -> None:
    import openrouter_funcs.external_users_list_pages
    import openrouter_funcs.external_users_list_pages as module
    from openrouter_funcs import external_users_list_pages as external_users_list_pages_in_package
    from openrouter_funcs import (
        external_users_list_pages_async as external_users_list_pages_async_in_package,
    )
    from openrouter_funcs.external_users_list_pages import (
        PAGINATION,
        external_users_list_pages,
        external_users_list_pages_async,
    )

    external_users_list_pages_callable: Callable[..., object] = external_users_list_pages_in_package
    assert external_users_list_pages_callable is external_users_list_pages
    typing.get_type_hints(external_users_list_pages_in_package)
    external_users_list_pages_async_callable: Callable[..., object] = (
        external_users_list_pages_async_in_package
    )
    assert external_users_list_pages_async_callable is external_users_list_pages_async
    typing.get_type_hints(external_users_list_pages_async_in_package)
    assert module.PAGINATION is PAGINATION
    assert module.external_users_list_pages is external_users_list_pages
    assert module.external_users_list_pages_async is external_users_list_pages_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.external_users_list_pages.PAGINATION  # type: ignore[attr-defined]
    assert form_4 is PAGINATION


def check_external_users_update() -> None:
    import openrouter_funcs.external_users_update
    import openrouter_funcs.external_users_update as module
    from openrouter_funcs import external_users_update as external_users_update_in_package
    from openrouter_funcs import (
        external_users_update_async as external_users_update_async_in_package,
    )
    from openrouter_funcs.external_users_update import (
        ExternalUserResponse,
        ExternalUsersUpdateError,
        ExternalUsersUpdateRequest,
        ExternalUsersUpdateRequestDict,
        UpdateExternalUserRequest,
        external_users_update,
        external_users_update_async,
    )

    external_users_update_callable: Callable[..., object] = external_users_update_in_package
    assert external_users_update_callable is external_users_update
    typing.get_type_hints(external_users_update_in_package)
    external_users_update_async_callable: Callable[..., object] = (
        external_users_update_async_in_package
    )
    assert external_users_update_async_callable is external_users_update_async
    typing.get_type_hints(external_users_update_async_in_package)
    assert module.ExternalUserResponse is ExternalUserResponse
    assert module.ExternalUsersUpdateError is ExternalUsersUpdateError
    assert module.ExternalUsersUpdateRequest is ExternalUsersUpdateRequest
    assert module.ExternalUsersUpdateRequestDict is ExternalUsersUpdateRequestDict
    assert module.UpdateExternalUserRequest is UpdateExternalUserRequest
    assert module.external_users_update is external_users_update
    assert module.external_users_update_async is external_users_update_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.external_users_update.ExternalUserResponse  # type: ignore[attr-defined]
    assert form_4 is ExternalUserResponse


def check_files_delete() -> None:
    import openrouter_funcs.files_delete
    import openrouter_funcs.files_delete as module
    from openrouter_funcs import files_delete as files_delete_in_package
    from openrouter_funcs import files_delete_async as files_delete_async_in_package
    from openrouter_funcs.files_delete import (
        FileDeleteResponse,
        FilesDeleteError,
        FilesDeleteRequest,
        FilesDeleteRequestDict,
        files_delete,
        files_delete_async,
    )

    files_delete_callable: Callable[..., object] = files_delete_in_package
    assert files_delete_callable is files_delete
    typing.get_type_hints(files_delete_in_package)
    files_delete_async_callable: Callable[..., object] = files_delete_async_in_package
    assert files_delete_async_callable is files_delete_async
    typing.get_type_hints(files_delete_async_in_package)
    assert module.FileDeleteResponse is FileDeleteResponse
    assert module.FilesDeleteError is FilesDeleteError
    assert module.FilesDeleteRequest is FilesDeleteRequest
    assert module.FilesDeleteRequestDict is FilesDeleteRequestDict
    assert module.files_delete is files_delete
    assert module.files_delete_async is files_delete_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.files_delete.files_delete  # type: ignore[attr-defined]
    assert form_4 is files_delete


def check_files_download() -> None:
    import openrouter_funcs.files_download
    import openrouter_funcs.files_download as module
    from openrouter_funcs import files_download as files_download_in_package
    from openrouter_funcs import files_download_async as files_download_async_in_package
    from openrouter_funcs import files_download_stream as files_download_stream_in_package
    from openrouter_funcs import (
        files_download_stream_async as files_download_stream_async_in_package,
    )
    from openrouter_funcs.files_download import (
        AsyncByteStream,
        ByteStream,
        FilesDownloadError,
        FilesDownloadRequest,
        FilesDownloadRequestDict,
        files_download,
        files_download_async,
        files_download_stream,
        files_download_stream_async,
    )

    files_download_callable: Callable[..., object] = files_download_in_package
    assert files_download_callable is files_download
    typing.get_type_hints(files_download_in_package)
    files_download_async_callable: Callable[..., object] = files_download_async_in_package
    assert files_download_async_callable is files_download_async
    typing.get_type_hints(files_download_async_in_package)
    files_download_stream_callable: Callable[..., object] = files_download_stream_in_package
    assert files_download_stream_callable is files_download_stream
    typing.get_type_hints(files_download_stream_in_package)
    files_download_stream_async_callable: Callable[..., object] = (
        files_download_stream_async_in_package
    )
    assert files_download_stream_async_callable is files_download_stream_async
    typing.get_type_hints(files_download_stream_async_in_package)
    assert module.AsyncByteStream is AsyncByteStream
    assert module.ByteStream is ByteStream
    assert module.FilesDownloadError is FilesDownloadError
    assert module.FilesDownloadRequest is FilesDownloadRequest
    assert module.FilesDownloadRequestDict is FilesDownloadRequestDict
    assert module.files_download is files_download
    assert module.files_download_async is files_download_async
    assert module.files_download_stream is files_download_stream
    assert module.files_download_stream_async is files_download_stream_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.files_download.ByteStream  # type: ignore[attr-defined]
    assert form_4 is ByteStream


def check_files_list() -> None:
    import openrouter_funcs.files_list
    import openrouter_funcs.files_list as module
    from openrouter_funcs import files_list as files_list_in_package
    from openrouter_funcs import files_list_async as files_list_async_in_package
    from openrouter_funcs.files_list import (
        FileListResponse,
        FilesListError,
        FilesListRequest,
        FilesListRequestDict,
        files_list,
        files_list_async,
    )

    files_list_callable: Callable[..., object] = files_list_in_package
    assert files_list_callable is files_list
    typing.get_type_hints(files_list_in_package)
    files_list_async_callable: Callable[..., object] = files_list_async_in_package
    assert files_list_async_callable is files_list_async
    typing.get_type_hints(files_list_async_in_package)
    assert module.FileListResponse is FileListResponse
    assert module.FilesListError is FilesListError
    assert module.FilesListRequest is FilesListRequest
    assert module.FilesListRequestDict is FilesListRequestDict
    assert module.files_list is files_list
    assert module.files_list_async is files_list_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.files_list.files_list  # type: ignore[attr-defined]
    assert form_4 is files_list


def check_files_list_pages() -> None:
    import openrouter_funcs.files_list_pages
    import openrouter_funcs.files_list_pages as module
    from openrouter_funcs import files_list_pages as files_list_pages_in_package
    from openrouter_funcs import files_list_pages_async as files_list_pages_async_in_package
    from openrouter_funcs.files_list_pages import (
        PAGINATION,
        FilesListItem,
        files_list_pages,
        files_list_pages_async,
    )

    files_list_pages_callable: Callable[..., object] = files_list_pages_in_package
    assert files_list_pages_callable is files_list_pages
    typing.get_type_hints(files_list_pages_in_package)
    files_list_pages_async_callable: Callable[..., object] = files_list_pages_async_in_package
    assert files_list_pages_async_callable is files_list_pages_async
    typing.get_type_hints(files_list_pages_async_in_package)
    assert module.FilesListItem is FilesListItem
    assert module.PAGINATION is PAGINATION
    assert module.files_list_pages is files_list_pages
    assert module.files_list_pages_async is files_list_pages_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.files_list_pages.PAGINATION  # type: ignore[attr-defined]
    assert form_4 is PAGINATION


def check_files_retrieve() -> None:
    import openrouter_funcs.files_retrieve
    import openrouter_funcs.files_retrieve as module
    from openrouter_funcs import files_retrieve as files_retrieve_in_package
    from openrouter_funcs import files_retrieve_async as files_retrieve_async_in_package
    from openrouter_funcs.files_retrieve import (
        FileResponse,
        FilesRetrieveError,
        FilesRetrieveRequest,
        FilesRetrieveRequestDict,
        files_retrieve,
        files_retrieve_async,
    )

    files_retrieve_callable: Callable[..., object] = files_retrieve_in_package
    assert files_retrieve_callable is files_retrieve
    typing.get_type_hints(files_retrieve_in_package)
    files_retrieve_async_callable: Callable[..., object] = files_retrieve_async_in_package
    assert files_retrieve_async_callable is files_retrieve_async
    typing.get_type_hints(files_retrieve_async_in_package)
    assert module.FileResponse is FileResponse
    assert module.FilesRetrieveError is FilesRetrieveError
    assert module.FilesRetrieveRequest is FilesRetrieveRequest
    assert module.FilesRetrieveRequestDict is FilesRetrieveRequestDict
    assert module.files_retrieve is files_retrieve
    assert module.files_retrieve_async is files_retrieve_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.files_retrieve.FileResponse  # type: ignore[attr-defined]
    assert form_4 is FileResponse


def check_files_upload() -> None:
    import openrouter_funcs.files_upload
    import openrouter_funcs.files_upload as module
    from openrouter_funcs import files_upload as files_upload_in_package
    from openrouter_funcs import files_upload_async as files_upload_async_in_package
    from openrouter_funcs.files_upload import (
        FileResponse,
        FilesUploadError,
        FilesUploadRequest,
        FilesUploadRequestDict,
        files_upload,
        files_upload_async,
    )

    files_upload_callable: Callable[..., object] = files_upload_in_package
    assert files_upload_callable is files_upload
    typing.get_type_hints(files_upload_in_package)
    files_upload_async_callable: Callable[..., object] = files_upload_async_in_package
    assert files_upload_async_callable is files_upload_async
    typing.get_type_hints(files_upload_async_in_package)
    assert module.FileResponse is FileResponse
    assert module.FilesUploadError is FilesUploadError
    assert module.FilesUploadRequest is FilesUploadRequest
    assert module.FilesUploadRequestDict is FilesUploadRequestDict
    assert module.files_upload is files_upload
    assert module.files_upload_async is files_upload_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.files_upload.FileResponse  # type: ignore[attr-defined]
    assert form_4 is FileResponse


def check_generations_get_generation() -> None:
    import openrouter_funcs.generations_get_generation
    import openrouter_funcs.generations_get_generation as module
    from openrouter_funcs import generations_get_generation as generations_get_generation_in_package
    from openrouter_funcs import (
        generations_get_generation_async as generations_get_generation_async_in_package,
    )
    from openrouter_funcs.generations_get_generation import (
        GenerationResponse,
        GenerationResponseData,
        GenerationsGetGenerationError,
        GenerationsGetGenerationRequest,
        GenerationsGetGenerationRequestDict,
        generations_get_generation,
        generations_get_generation_async,
    )

    generations_get_generation_callable: Callable[..., object] = (
        generations_get_generation_in_package
    )
    assert generations_get_generation_callable is generations_get_generation
    typing.get_type_hints(generations_get_generation_in_package)
    generations_get_generation_async_callable: Callable[..., object] = (
        generations_get_generation_async_in_package
    )
    assert generations_get_generation_async_callable is generations_get_generation_async
    typing.get_type_hints(generations_get_generation_async_in_package)
    assert module.GenerationResponse is GenerationResponse
    assert module.GenerationResponseData is GenerationResponseData
    assert module.GenerationsGetGenerationError is GenerationsGetGenerationError
    assert module.GenerationsGetGenerationRequest is GenerationsGetGenerationRequest
    assert module.GenerationsGetGenerationRequestDict is GenerationsGetGenerationRequestDict
    assert module.generations_get_generation is generations_get_generation
    assert module.generations_get_generation_async is generations_get_generation_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.generations_get_generation.GenerationResponse  # type: ignore[attr-defined]
    assert form_4 is GenerationResponse


def check_generations_list_generation_content() -> None:
    import openrouter_funcs.generations_list_generation_content
    import openrouter_funcs.generations_list_generation_content as module
    from openrouter_funcs import (
        generations_list_generation_content as generations_list_generation_content_in_package,
    )
    from openrouter_funcs import (
        generations_list_generation_content_async as generations_list_generation_content_async_in_package,
    )
    from openrouter_funcs.generations_list_generation_content import (
        GenerationContentResponse,
        GenerationsListGenerationContentError,
        GenerationsListGenerationContentRequest,
        GenerationsListGenerationContentRequestDict,
        generations_list_generation_content,
        generations_list_generation_content_async,
    )

    generations_list_generation_content_callable: Callable[..., object] = (
        generations_list_generation_content_in_package
    )
    assert generations_list_generation_content_callable is generations_list_generation_content
    typing.get_type_hints(generations_list_generation_content_in_package)
    generations_list_generation_content_async_callable: Callable[..., object] = (
        generations_list_generation_content_async_in_package
    )
    assert (
        generations_list_generation_content_async_callable
        is generations_list_generation_content_async
    )
    typing.get_type_hints(generations_list_generation_content_async_in_package)
    assert module.GenerationContentResponse is GenerationContentResponse
    assert module.GenerationsListGenerationContentError is GenerationsListGenerationContentError
    assert module.GenerationsListGenerationContentRequest is GenerationsListGenerationContentRequest
    assert (
        module.GenerationsListGenerationContentRequestDict
        is GenerationsListGenerationContentRequestDict
    )
    assert module.generations_list_generation_content is generations_list_generation_content
    assert (
        module.generations_list_generation_content_async
        is generations_list_generation_content_async
    )
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.generations_list_generation_content.GenerationContentResponse  # type: ignore[attr-defined]
    assert form_4 is GenerationContentResponse


def check_generations_submit_feedback() -> None:
    import openrouter_funcs.generations_submit_feedback
    import openrouter_funcs.generations_submit_feedback as module
    from openrouter_funcs import (
        generations_submit_feedback as generations_submit_feedback_in_package,
    )
    from openrouter_funcs import (
        generations_submit_feedback_async as generations_submit_feedback_async_in_package,
    )
    from openrouter_funcs.generations_submit_feedback import (
        GenerationsSubmitFeedbackError,
        GenerationsSubmitFeedbackRequest,
        GenerationsSubmitFeedbackRequestDict,
        SubmitGenerationFeedbackRequest,
        SubmitGenerationFeedbackResponse,
        SubmitGenerationFeedbackResponseData,
        generations_submit_feedback,
        generations_submit_feedback_async,
    )

    generations_submit_feedback_callable: Callable[..., object] = (
        generations_submit_feedback_in_package
    )
    assert generations_submit_feedback_callable is generations_submit_feedback
    typing.get_type_hints(generations_submit_feedback_in_package)
    generations_submit_feedback_async_callable: Callable[..., object] = (
        generations_submit_feedback_async_in_package
    )
    assert generations_submit_feedback_async_callable is generations_submit_feedback_async
    typing.get_type_hints(generations_submit_feedback_async_in_package)
    assert module.GenerationsSubmitFeedbackError is GenerationsSubmitFeedbackError
    assert module.GenerationsSubmitFeedbackRequest is GenerationsSubmitFeedbackRequest
    assert module.GenerationsSubmitFeedbackRequestDict is GenerationsSubmitFeedbackRequestDict
    assert module.SubmitGenerationFeedbackRequest is SubmitGenerationFeedbackRequest
    assert module.SubmitGenerationFeedbackResponse is SubmitGenerationFeedbackResponse
    assert module.SubmitGenerationFeedbackResponseData is SubmitGenerationFeedbackResponseData
    assert module.generations_submit_feedback is generations_submit_feedback
    assert module.generations_submit_feedback_async is generations_submit_feedback_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.generations_submit_feedback.generations_submit_feedback  # type: ignore[attr-defined]
    assert form_4 is generations_submit_feedback


def check_guardrails_bulk_assign_keys() -> None:
    import openrouter_funcs.guardrails_bulk_assign_keys
    import openrouter_funcs.guardrails_bulk_assign_keys as module
    from openrouter_funcs import (
        guardrails_bulk_assign_keys as guardrails_bulk_assign_keys_in_package,
    )
    from openrouter_funcs import (
        guardrails_bulk_assign_keys_async as guardrails_bulk_assign_keys_async_in_package,
    )
    from openrouter_funcs.guardrails_bulk_assign_keys import (
        BulkAssignKeysRequest,
        BulkAssignKeysResponse,
        GuardrailsBulkAssignKeysError,
        GuardrailsBulkAssignKeysRequest,
        GuardrailsBulkAssignKeysRequestDict,
        guardrails_bulk_assign_keys,
        guardrails_bulk_assign_keys_async,
    )

    guardrails_bulk_assign_keys_callable: Callable[..., object] = (
        guardrails_bulk_assign_keys_in_package
    )
    assert guardrails_bulk_assign_keys_callable is guardrails_bulk_assign_keys
    typing.get_type_hints(guardrails_bulk_assign_keys_in_package)
    guardrails_bulk_assign_keys_async_callable: Callable[..., object] = (
        guardrails_bulk_assign_keys_async_in_package
    )
    assert guardrails_bulk_assign_keys_async_callable is guardrails_bulk_assign_keys_async
    typing.get_type_hints(guardrails_bulk_assign_keys_async_in_package)
    assert module.BulkAssignKeysRequest is BulkAssignKeysRequest
    assert module.BulkAssignKeysResponse is BulkAssignKeysResponse
    assert module.GuardrailsBulkAssignKeysError is GuardrailsBulkAssignKeysError
    assert module.GuardrailsBulkAssignKeysRequest is GuardrailsBulkAssignKeysRequest
    assert module.GuardrailsBulkAssignKeysRequestDict is GuardrailsBulkAssignKeysRequestDict
    assert module.guardrails_bulk_assign_keys is guardrails_bulk_assign_keys
    assert module.guardrails_bulk_assign_keys_async is guardrails_bulk_assign_keys_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.guardrails_bulk_assign_keys.BulkAssignKeysRequest  # type: ignore[attr-defined]
    assert form_4 is BulkAssignKeysRequest


def check_guardrails_bulk_assign_members() -> None:
    import openrouter_funcs.guardrails_bulk_assign_members
    import openrouter_funcs.guardrails_bulk_assign_members as module
    from openrouter_funcs import (
        guardrails_bulk_assign_members as guardrails_bulk_assign_members_in_package,
    )
    from openrouter_funcs import (
        guardrails_bulk_assign_members_async as guardrails_bulk_assign_members_async_in_package,
    )
    from openrouter_funcs.guardrails_bulk_assign_members import (
        BulkAssignMembersRequest,
        BulkAssignMembersResponse,
        GuardrailsBulkAssignMembersError,
        GuardrailsBulkAssignMembersRequest,
        GuardrailsBulkAssignMembersRequestDict,
        guardrails_bulk_assign_members,
        guardrails_bulk_assign_members_async,
    )

    guardrails_bulk_assign_members_callable: Callable[..., object] = (
        guardrails_bulk_assign_members_in_package
    )
    assert guardrails_bulk_assign_members_callable is guardrails_bulk_assign_members
    typing.get_type_hints(guardrails_bulk_assign_members_in_package)
    guardrails_bulk_assign_members_async_callable: Callable[..., object] = (
        guardrails_bulk_assign_members_async_in_package
    )
    assert guardrails_bulk_assign_members_async_callable is guardrails_bulk_assign_members_async
    typing.get_type_hints(guardrails_bulk_assign_members_async_in_package)
    assert module.BulkAssignMembersRequest is BulkAssignMembersRequest
    assert module.BulkAssignMembersResponse is BulkAssignMembersResponse
    assert module.GuardrailsBulkAssignMembersError is GuardrailsBulkAssignMembersError
    assert module.GuardrailsBulkAssignMembersRequest is GuardrailsBulkAssignMembersRequest
    assert module.GuardrailsBulkAssignMembersRequestDict is GuardrailsBulkAssignMembersRequestDict
    assert module.guardrails_bulk_assign_members is guardrails_bulk_assign_members
    assert module.guardrails_bulk_assign_members_async is guardrails_bulk_assign_members_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.guardrails_bulk_assign_members.BulkAssignMembersRequest  # type: ignore[attr-defined]
    assert form_4 is BulkAssignMembersRequest


def check_guardrails_bulk_unassign_keys() -> None:
    import openrouter_funcs.guardrails_bulk_unassign_keys
    import openrouter_funcs.guardrails_bulk_unassign_keys as module
    from openrouter_funcs import (
        guardrails_bulk_unassign_keys as guardrails_bulk_unassign_keys_in_package,
    )
    from openrouter_funcs import (
        guardrails_bulk_unassign_keys_async as guardrails_bulk_unassign_keys_async_in_package,
    )
    from openrouter_funcs.guardrails_bulk_unassign_keys import (
        BulkUnassignKeysRequest,
        BulkUnassignKeysResponse,
        GuardrailsBulkUnassignKeysError,
        GuardrailsBulkUnassignKeysRequest,
        GuardrailsBulkUnassignKeysRequestDict,
        guardrails_bulk_unassign_keys,
        guardrails_bulk_unassign_keys_async,
    )

    guardrails_bulk_unassign_keys_callable: Callable[..., object] = (
        guardrails_bulk_unassign_keys_in_package
    )
    assert guardrails_bulk_unassign_keys_callable is guardrails_bulk_unassign_keys
    typing.get_type_hints(guardrails_bulk_unassign_keys_in_package)
    guardrails_bulk_unassign_keys_async_callable: Callable[..., object] = (
        guardrails_bulk_unassign_keys_async_in_package
    )
    assert guardrails_bulk_unassign_keys_async_callable is guardrails_bulk_unassign_keys_async
    typing.get_type_hints(guardrails_bulk_unassign_keys_async_in_package)
    assert module.BulkUnassignKeysRequest is BulkUnassignKeysRequest
    assert module.BulkUnassignKeysResponse is BulkUnassignKeysResponse
    assert module.GuardrailsBulkUnassignKeysError is GuardrailsBulkUnassignKeysError
    assert module.GuardrailsBulkUnassignKeysRequest is GuardrailsBulkUnassignKeysRequest
    assert module.GuardrailsBulkUnassignKeysRequestDict is GuardrailsBulkUnassignKeysRequestDict
    assert module.guardrails_bulk_unassign_keys is guardrails_bulk_unassign_keys
    assert module.guardrails_bulk_unassign_keys_async is guardrails_bulk_unassign_keys_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.guardrails_bulk_unassign_keys.BulkUnassignKeysRequest  # type: ignore[attr-defined]
    assert form_4 is BulkUnassignKeysRequest


def check_guardrails_bulk_unassign_members() -> None:
    import openrouter_funcs.guardrails_bulk_unassign_members
    import openrouter_funcs.guardrails_bulk_unassign_members as module
    from openrouter_funcs import (
        guardrails_bulk_unassign_members as guardrails_bulk_unassign_members_in_package,
    )
    from openrouter_funcs import (
        guardrails_bulk_unassign_members_async as guardrails_bulk_unassign_members_async_in_package,
    )
    from openrouter_funcs.guardrails_bulk_unassign_members import (
        BulkUnassignMembersRequest,
        BulkUnassignMembersResponse,
        GuardrailsBulkUnassignMembersError,
        GuardrailsBulkUnassignMembersRequest,
        GuardrailsBulkUnassignMembersRequestDict,
        guardrails_bulk_unassign_members,
        guardrails_bulk_unassign_members_async,
    )

    guardrails_bulk_unassign_members_callable: Callable[..., object] = (
        guardrails_bulk_unassign_members_in_package
    )
    assert guardrails_bulk_unassign_members_callable is guardrails_bulk_unassign_members
    typing.get_type_hints(guardrails_bulk_unassign_members_in_package)
    guardrails_bulk_unassign_members_async_callable: Callable[..., object] = (
        guardrails_bulk_unassign_members_async_in_package
    )
    assert guardrails_bulk_unassign_members_async_callable is guardrails_bulk_unassign_members_async
    typing.get_type_hints(guardrails_bulk_unassign_members_async_in_package)
    assert module.BulkUnassignMembersRequest is BulkUnassignMembersRequest
    assert module.BulkUnassignMembersResponse is BulkUnassignMembersResponse
    assert module.GuardrailsBulkUnassignMembersError is GuardrailsBulkUnassignMembersError
    assert module.GuardrailsBulkUnassignMembersRequest is GuardrailsBulkUnassignMembersRequest
    assert (
        module.GuardrailsBulkUnassignMembersRequestDict is GuardrailsBulkUnassignMembersRequestDict
    )
    assert module.guardrails_bulk_unassign_members is guardrails_bulk_unassign_members
    assert module.guardrails_bulk_unassign_members_async is guardrails_bulk_unassign_members_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.guardrails_bulk_unassign_members.BulkUnassignMembersRequest  # type: ignore[attr-defined]
    assert form_4 is BulkUnassignMembersRequest


def check_guardrails_create() -> None:
    import openrouter_funcs.guardrails_create
    import openrouter_funcs.guardrails_create as module
    from openrouter_funcs import guardrails_create as guardrails_create_in_package
    from openrouter_funcs import guardrails_create_async as guardrails_create_async_in_package
    from openrouter_funcs.guardrails_create import (
        CreateGuardrailRequest,
        CreateGuardrailResponse,
        GuardrailsCreateError,
        GuardrailsCreateRequest,
        GuardrailsCreateRequestDict,
        guardrails_create,
        guardrails_create_async,
    )

    guardrails_create_callable: Callable[..., object] = guardrails_create_in_package
    assert guardrails_create_callable is guardrails_create
    typing.get_type_hints(guardrails_create_in_package)
    guardrails_create_async_callable: Callable[..., object] = guardrails_create_async_in_package
    assert guardrails_create_async_callable is guardrails_create_async
    typing.get_type_hints(guardrails_create_async_in_package)
    assert module.CreateGuardrailRequest is CreateGuardrailRequest
    assert module.CreateGuardrailResponse is CreateGuardrailResponse
    assert module.GuardrailsCreateError is GuardrailsCreateError
    assert module.GuardrailsCreateRequest is GuardrailsCreateRequest
    assert module.GuardrailsCreateRequestDict is GuardrailsCreateRequestDict
    assert module.guardrails_create is guardrails_create
    assert module.guardrails_create_async is guardrails_create_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.guardrails_create.guardrails_create  # type: ignore[attr-defined]
    assert form_4 is guardrails_create


def check_guardrails_delete() -> None:
    import openrouter_funcs.guardrails_delete
    import openrouter_funcs.guardrails_delete as module
    from openrouter_funcs import guardrails_delete as guardrails_delete_in_package
    from openrouter_funcs import guardrails_delete_async as guardrails_delete_async_in_package
    from openrouter_funcs.guardrails_delete import (
        DeleteGuardrailResponse,
        GuardrailsDeleteError,
        GuardrailsDeleteRequest,
        GuardrailsDeleteRequestDict,
        guardrails_delete,
        guardrails_delete_async,
    )

    guardrails_delete_callable: Callable[..., object] = guardrails_delete_in_package
    assert guardrails_delete_callable is guardrails_delete
    typing.get_type_hints(guardrails_delete_in_package)
    guardrails_delete_async_callable: Callable[..., object] = guardrails_delete_async_in_package
    assert guardrails_delete_async_callable is guardrails_delete_async
    typing.get_type_hints(guardrails_delete_async_in_package)
    assert module.DeleteGuardrailResponse is DeleteGuardrailResponse
    assert module.GuardrailsDeleteError is GuardrailsDeleteError
    assert module.GuardrailsDeleteRequest is GuardrailsDeleteRequest
    assert module.GuardrailsDeleteRequestDict is GuardrailsDeleteRequestDict
    assert module.guardrails_delete is guardrails_delete
    assert module.guardrails_delete_async is guardrails_delete_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.guardrails_delete.guardrails_delete  # type: ignore[attr-defined]
    assert form_4 is guardrails_delete


def check_guardrails_get() -> None:
    import openrouter_funcs.guardrails_get
    import openrouter_funcs.guardrails_get as module
    from openrouter_funcs import guardrails_get as guardrails_get_in_package
    from openrouter_funcs import guardrails_get_async as guardrails_get_async_in_package
    from openrouter_funcs.guardrails_get import (
        GetGuardrailResponse,
        GuardrailsGetError,
        GuardrailsGetRequest,
        GuardrailsGetRequestDict,
        guardrails_get,
        guardrails_get_async,
    )

    guardrails_get_callable: Callable[..., object] = guardrails_get_in_package
    assert guardrails_get_callable is guardrails_get
    typing.get_type_hints(guardrails_get_in_package)
    guardrails_get_async_callable: Callable[..., object] = guardrails_get_async_in_package
    assert guardrails_get_async_callable is guardrails_get_async
    typing.get_type_hints(guardrails_get_async_in_package)
    assert module.GetGuardrailResponse is GetGuardrailResponse
    assert module.GuardrailsGetError is GuardrailsGetError
    assert module.GuardrailsGetRequest is GuardrailsGetRequest
    assert module.GuardrailsGetRequestDict is GuardrailsGetRequestDict
    assert module.guardrails_get is guardrails_get
    assert module.guardrails_get_async is guardrails_get_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.guardrails_get.guardrails_get  # type: ignore[attr-defined]
    assert form_4 is guardrails_get


def check_guardrails_list() -> None:
    import openrouter_funcs.guardrails_list
    import openrouter_funcs.guardrails_list as module
    from openrouter_funcs import guardrails_list as guardrails_list_in_package
    from openrouter_funcs import guardrails_list_async as guardrails_list_async_in_package
    from openrouter_funcs.guardrails_list import (
        GuardrailsListError,
        GuardrailsListRequest,
        GuardrailsListRequestDict,
        ListGuardrailsResponse,
        guardrails_list,
        guardrails_list_async,
    )

    guardrails_list_callable: Callable[..., object] = guardrails_list_in_package
    assert guardrails_list_callable is guardrails_list
    typing.get_type_hints(guardrails_list_in_package)
    guardrails_list_async_callable: Callable[..., object] = guardrails_list_async_in_package
    assert guardrails_list_async_callable is guardrails_list_async
    typing.get_type_hints(guardrails_list_async_in_package)
    assert module.GuardrailsListError is GuardrailsListError
    assert module.GuardrailsListRequest is GuardrailsListRequest
    assert module.GuardrailsListRequestDict is GuardrailsListRequestDict
    assert module.ListGuardrailsResponse is ListGuardrailsResponse
    assert module.guardrails_list is guardrails_list
    assert module.guardrails_list_async is guardrails_list_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.guardrails_list.guardrails_list  # type: ignore[attr-defined]
    assert form_4 is guardrails_list


def check_guardrails_list_guardrail_key_assignments() -> None:
    import openrouter_funcs.guardrails_list_guardrail_key_assignments
    import openrouter_funcs.guardrails_list_guardrail_key_assignments as module
    from openrouter_funcs import (
        guardrails_list_guardrail_key_assignments as guardrails_list_guardrail_key_assignments_in_package,
    )
    from openrouter_funcs import (
        guardrails_list_guardrail_key_assignments_async as guardrails_list_guardrail_key_assignments_async_in_package,
    )
    from openrouter_funcs.guardrails_list_guardrail_key_assignments import (
        GuardrailsListGuardrailKeyAssignmentsError,
        GuardrailsListGuardrailKeyAssignmentsRequest,
        GuardrailsListGuardrailKeyAssignmentsRequestDict,
        ListKeyAssignmentsResponse,
        guardrails_list_guardrail_key_assignments,
        guardrails_list_guardrail_key_assignments_async,
    )

    guardrails_list_guardrail_key_assignments_callable: Callable[..., object] = (
        guardrails_list_guardrail_key_assignments_in_package
    )
    assert (
        guardrails_list_guardrail_key_assignments_callable
        is guardrails_list_guardrail_key_assignments
    )
    typing.get_type_hints(guardrails_list_guardrail_key_assignments_in_package)
    guardrails_list_guardrail_key_assignments_async_callable: Callable[..., object] = (
        guardrails_list_guardrail_key_assignments_async_in_package
    )
    assert (
        guardrails_list_guardrail_key_assignments_async_callable
        is guardrails_list_guardrail_key_assignments_async
    )
    typing.get_type_hints(guardrails_list_guardrail_key_assignments_async_in_package)
    assert (
        module.GuardrailsListGuardrailKeyAssignmentsError
        is GuardrailsListGuardrailKeyAssignmentsError
    )
    assert (
        module.GuardrailsListGuardrailKeyAssignmentsRequest
        is GuardrailsListGuardrailKeyAssignmentsRequest
    )
    assert (
        module.GuardrailsListGuardrailKeyAssignmentsRequestDict
        is GuardrailsListGuardrailKeyAssignmentsRequestDict
    )
    assert module.ListKeyAssignmentsResponse is ListKeyAssignmentsResponse
    assert (
        module.guardrails_list_guardrail_key_assignments
        is guardrails_list_guardrail_key_assignments
    )
    assert (
        module.guardrails_list_guardrail_key_assignments_async
        is guardrails_list_guardrail_key_assignments_async
    )
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.guardrails_list_guardrail_key_assignments.ListKeyAssignmentsResponse  # type: ignore[attr-defined]
    assert form_4 is ListKeyAssignmentsResponse


def check_guardrails_list_guardrail_key_assignments_pages() -> None:
    import openrouter_funcs.guardrails_list_guardrail_key_assignments_pages
    import openrouter_funcs.guardrails_list_guardrail_key_assignments_pages as module
    from openrouter_funcs import (
        guardrails_list_guardrail_key_assignments_pages as guardrails_list_guardrail_key_assignments_pages_in_package,
    )
    from openrouter_funcs import (
        guardrails_list_guardrail_key_assignments_pages_async as guardrails_list_guardrail_key_assignments_pages_async_in_package,
    )
    from openrouter_funcs.guardrails_list_guardrail_key_assignments_pages import (
        PAGINATION,
        guardrails_list_guardrail_key_assignments_pages,
        guardrails_list_guardrail_key_assignments_pages_async,
    )

    guardrails_list_guardrail_key_assignments_pages_callable: Callable[..., object] = (
        guardrails_list_guardrail_key_assignments_pages_in_package
    )
    assert (
        guardrails_list_guardrail_key_assignments_pages_callable
        is guardrails_list_guardrail_key_assignments_pages
    )
    typing.get_type_hints(guardrails_list_guardrail_key_assignments_pages_in_package)
    guardrails_list_guardrail_key_assignments_pages_async_callable: Callable[..., object] = (
        guardrails_list_guardrail_key_assignments_pages_async_in_package
    )
    assert (
        guardrails_list_guardrail_key_assignments_pages_async_callable
        is guardrails_list_guardrail_key_assignments_pages_async
    )
    typing.get_type_hints(guardrails_list_guardrail_key_assignments_pages_async_in_package)
    assert module.PAGINATION is PAGINATION
    assert (
        module.guardrails_list_guardrail_key_assignments_pages
        is guardrails_list_guardrail_key_assignments_pages
    )
    assert (
        module.guardrails_list_guardrail_key_assignments_pages_async
        is guardrails_list_guardrail_key_assignments_pages_async
    )
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.guardrails_list_guardrail_key_assignments_pages.PAGINATION  # type: ignore[attr-defined]
    assert form_4 is PAGINATION


def check_guardrails_list_guardrail_member_assignments() -> None:
    import openrouter_funcs.guardrails_list_guardrail_member_assignments
    import openrouter_funcs.guardrails_list_guardrail_member_assignments as module
    from openrouter_funcs import (
        guardrails_list_guardrail_member_assignments as guardrails_list_guardrail_member_assignments_in_package,
    )
    from openrouter_funcs import (
        guardrails_list_guardrail_member_assignments_async as guardrails_list_guardrail_member_assignments_async_in_package,
    )
    from openrouter_funcs.guardrails_list_guardrail_member_assignments import (
        GuardrailsListGuardrailMemberAssignmentsError,
        GuardrailsListGuardrailMemberAssignmentsRequest,
        GuardrailsListGuardrailMemberAssignmentsRequestDict,
        ListMemberAssignmentsResponse,
        guardrails_list_guardrail_member_assignments,
        guardrails_list_guardrail_member_assignments_async,
    )

    guardrails_list_guardrail_member_assignments_callable: Callable[..., object] = (
        guardrails_list_guardrail_member_assignments_in_package
    )
    assert (
        guardrails_list_guardrail_member_assignments_callable
        is guardrails_list_guardrail_member_assignments
    )
    typing.get_type_hints(guardrails_list_guardrail_member_assignments_in_package)
    guardrails_list_guardrail_member_assignments_async_callable: Callable[..., object] = (
        guardrails_list_guardrail_member_assignments_async_in_package
    )
    assert (
        guardrails_list_guardrail_member_assignments_async_callable
        is guardrails_list_guardrail_member_assignments_async
    )
    typing.get_type_hints(guardrails_list_guardrail_member_assignments_async_in_package)
    assert (
        module.GuardrailsListGuardrailMemberAssignmentsError
        is GuardrailsListGuardrailMemberAssignmentsError
    )
    assert (
        module.GuardrailsListGuardrailMemberAssignmentsRequest
        is GuardrailsListGuardrailMemberAssignmentsRequest
    )
    assert (
        module.GuardrailsListGuardrailMemberAssignmentsRequestDict
        is GuardrailsListGuardrailMemberAssignmentsRequestDict
    )
    assert module.ListMemberAssignmentsResponse is ListMemberAssignmentsResponse
    assert (
        module.guardrails_list_guardrail_member_assignments
        is guardrails_list_guardrail_member_assignments
    )
    assert (
        module.guardrails_list_guardrail_member_assignments_async
        is guardrails_list_guardrail_member_assignments_async
    )
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.guardrails_list_guardrail_member_assignments.ListMemberAssignmentsResponse  # type: ignore[attr-defined]
    assert form_4 is ListMemberAssignmentsResponse


def check_guardrails_list_guardrail_member_assignments_pages() -> None:
    import openrouter_funcs.guardrails_list_guardrail_member_assignments_pages
    import openrouter_funcs.guardrails_list_guardrail_member_assignments_pages as module
    from openrouter_funcs import (
        guardrails_list_guardrail_member_assignments_pages as guardrails_list_guardrail_member_assignments_pages_in_package,
    )
    from openrouter_funcs import (
        guardrails_list_guardrail_member_assignments_pages_async as guardrails_list_guardrail_member_assignments_pages_async_in_package,
    )
    from openrouter_funcs.guardrails_list_guardrail_member_assignments_pages import (
        PAGINATION,
        guardrails_list_guardrail_member_assignments_pages,
        guardrails_list_guardrail_member_assignments_pages_async,
    )

    guardrails_list_guardrail_member_assignments_pages_callable: Callable[..., object] = (
        guardrails_list_guardrail_member_assignments_pages_in_package
    )
    assert (
        guardrails_list_guardrail_member_assignments_pages_callable
        is guardrails_list_guardrail_member_assignments_pages
    )
    typing.get_type_hints(guardrails_list_guardrail_member_assignments_pages_in_package)
    guardrails_list_guardrail_member_assignments_pages_async_callable: Callable[..., object] = (
        guardrails_list_guardrail_member_assignments_pages_async_in_package
    )
    assert (
        guardrails_list_guardrail_member_assignments_pages_async_callable
        is guardrails_list_guardrail_member_assignments_pages_async
    )
    typing.get_type_hints(guardrails_list_guardrail_member_assignments_pages_async_in_package)
    assert module.PAGINATION is PAGINATION
    assert (
        module.guardrails_list_guardrail_member_assignments_pages
        is guardrails_list_guardrail_member_assignments_pages
    )
    assert (
        module.guardrails_list_guardrail_member_assignments_pages_async
        is guardrails_list_guardrail_member_assignments_pages_async
    )
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.guardrails_list_guardrail_member_assignments_pages.PAGINATION  # type: ignore[attr-defined]
    assert form_4 is PAGINATION


def check_guardrails_list_key_assignments() -> None:
    import openrouter_funcs.guardrails_list_key_assignments
    import openrouter_funcs.guardrails_list_key_assignments as module
    from openrouter_funcs import (
        guardrails_list_key_assignments as guardrails_list_key_assignments_in_package,
    )
    from openrouter_funcs import (
        guardrails_list_key_assignments_async as guardrails_list_key_assignments_async_in_package,
    )
    from openrouter_funcs.guardrails_list_key_assignments import (
        GuardrailsListKeyAssignmentsError,
        GuardrailsListKeyAssignmentsRequest,
        GuardrailsListKeyAssignmentsRequestDict,
        ListKeyAssignmentsResponse,
        guardrails_list_key_assignments,
        guardrails_list_key_assignments_async,
    )

    guardrails_list_key_assignments_callable: Callable[..., object] = (
        guardrails_list_key_assignments_in_package
    )
    assert guardrails_list_key_assignments_callable is guardrails_list_key_assignments
    typing.get_type_hints(guardrails_list_key_assignments_in_package)
    guardrails_list_key_assignments_async_callable: Callable[..., object] = (
        guardrails_list_key_assignments_async_in_package
    )
    assert guardrails_list_key_assignments_async_callable is guardrails_list_key_assignments_async
    typing.get_type_hints(guardrails_list_key_assignments_async_in_package)
    assert module.GuardrailsListKeyAssignmentsError is GuardrailsListKeyAssignmentsError
    assert module.GuardrailsListKeyAssignmentsRequest is GuardrailsListKeyAssignmentsRequest
    assert module.GuardrailsListKeyAssignmentsRequestDict is GuardrailsListKeyAssignmentsRequestDict
    assert module.ListKeyAssignmentsResponse is ListKeyAssignmentsResponse
    assert module.guardrails_list_key_assignments is guardrails_list_key_assignments
    assert module.guardrails_list_key_assignments_async is guardrails_list_key_assignments_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.guardrails_list_key_assignments.ListKeyAssignmentsResponse  # type: ignore[attr-defined]
    assert form_4 is ListKeyAssignmentsResponse


def check_guardrails_list_key_assignments_pages() -> None:
    import openrouter_funcs.guardrails_list_key_assignments_pages
    import openrouter_funcs.guardrails_list_key_assignments_pages as module
    from openrouter_funcs import (
        guardrails_list_key_assignments_pages as guardrails_list_key_assignments_pages_in_package,
    )
    from openrouter_funcs import (
        guardrails_list_key_assignments_pages_async as guardrails_list_key_assignments_pages_async_in_package,
    )
    from openrouter_funcs.guardrails_list_key_assignments_pages import (
        PAGINATION,
        guardrails_list_key_assignments_pages,
        guardrails_list_key_assignments_pages_async,
    )

    guardrails_list_key_assignments_pages_callable: Callable[..., object] = (
        guardrails_list_key_assignments_pages_in_package
    )
    assert guardrails_list_key_assignments_pages_callable is guardrails_list_key_assignments_pages
    typing.get_type_hints(guardrails_list_key_assignments_pages_in_package)
    guardrails_list_key_assignments_pages_async_callable: Callable[..., object] = (
        guardrails_list_key_assignments_pages_async_in_package
    )
    assert (
        guardrails_list_key_assignments_pages_async_callable
        is guardrails_list_key_assignments_pages_async
    )
    typing.get_type_hints(guardrails_list_key_assignments_pages_async_in_package)
    assert module.PAGINATION is PAGINATION
    assert module.guardrails_list_key_assignments_pages is guardrails_list_key_assignments_pages
    assert (
        module.guardrails_list_key_assignments_pages_async
        is guardrails_list_key_assignments_pages_async
    )
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.guardrails_list_key_assignments_pages.PAGINATION  # type: ignore[attr-defined]
    assert form_4 is PAGINATION


def check_guardrails_list_member_assignments() -> None:
    import openrouter_funcs.guardrails_list_member_assignments
    import openrouter_funcs.guardrails_list_member_assignments as module
    from openrouter_funcs import (
        guardrails_list_member_assignments as guardrails_list_member_assignments_in_package,
    )
    from openrouter_funcs import (
        guardrails_list_member_assignments_async as guardrails_list_member_assignments_async_in_package,
    )
    from openrouter_funcs.guardrails_list_member_assignments import (
        GuardrailsListMemberAssignmentsError,
        GuardrailsListMemberAssignmentsRequest,
        GuardrailsListMemberAssignmentsRequestDict,
        ListMemberAssignmentsResponse,
        guardrails_list_member_assignments,
        guardrails_list_member_assignments_async,
    )

    guardrails_list_member_assignments_callable: Callable[..., object] = (
        guardrails_list_member_assignments_in_package
    )
    assert guardrails_list_member_assignments_callable is guardrails_list_member_assignments
    typing.get_type_hints(guardrails_list_member_assignments_in_package)
    guardrails_list_member_assignments_async_callable: Callable[..., object] = (
        guardrails_list_member_assignments_async_in_package
    )
    assert (
        guardrails_list_member_assignments_async_callable
        is guardrails_list_member_assignments_async
    )
    typing.get_type_hints(guardrails_list_member_assignments_async_in_package)
    assert module.GuardrailsListMemberAssignmentsError is GuardrailsListMemberAssignmentsError
    assert module.GuardrailsListMemberAssignmentsRequest is GuardrailsListMemberAssignmentsRequest
    assert (
        module.GuardrailsListMemberAssignmentsRequestDict
        is GuardrailsListMemberAssignmentsRequestDict
    )
    assert module.ListMemberAssignmentsResponse is ListMemberAssignmentsResponse
    assert module.guardrails_list_member_assignments is guardrails_list_member_assignments
    assert (
        module.guardrails_list_member_assignments_async is guardrails_list_member_assignments_async
    )
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.guardrails_list_member_assignments.ListMemberAssignmentsResponse  # type: ignore[attr-defined]
    assert form_4 is ListMemberAssignmentsResponse


def check_guardrails_list_member_assignments_pages() -> None:
    import openrouter_funcs.guardrails_list_member_assignments_pages
    import openrouter_funcs.guardrails_list_member_assignments_pages as module
    from openrouter_funcs import (
        guardrails_list_member_assignments_pages as guardrails_list_member_assignments_pages_in_package,
    )
    from openrouter_funcs import (
        guardrails_list_member_assignments_pages_async as guardrails_list_member_assignments_pages_async_in_package,
    )
    from openrouter_funcs.guardrails_list_member_assignments_pages import (
        PAGINATION,
        guardrails_list_member_assignments_pages,
        guardrails_list_member_assignments_pages_async,
    )

    guardrails_list_member_assignments_pages_callable: Callable[..., object] = (
        guardrails_list_member_assignments_pages_in_package
    )
    assert (
        guardrails_list_member_assignments_pages_callable
        is guardrails_list_member_assignments_pages
    )
    typing.get_type_hints(guardrails_list_member_assignments_pages_in_package)
    guardrails_list_member_assignments_pages_async_callable: Callable[..., object] = (
        guardrails_list_member_assignments_pages_async_in_package
    )
    assert (
        guardrails_list_member_assignments_pages_async_callable
        is guardrails_list_member_assignments_pages_async
    )
    typing.get_type_hints(guardrails_list_member_assignments_pages_async_in_package)
    assert module.PAGINATION is PAGINATION
    assert (
        module.guardrails_list_member_assignments_pages is guardrails_list_member_assignments_pages
    )
    assert (
        module.guardrails_list_member_assignments_pages_async
        is guardrails_list_member_assignments_pages_async
    )
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.guardrails_list_member_assignments_pages.PAGINATION  # type: ignore[attr-defined]
    assert form_4 is PAGINATION


def check_guardrails_list_pages() -> None:
    import openrouter_funcs.guardrails_list_pages
    import openrouter_funcs.guardrails_list_pages as module
    from openrouter_funcs import guardrails_list_pages as guardrails_list_pages_in_package
    from openrouter_funcs import (
        guardrails_list_pages_async as guardrails_list_pages_async_in_package,
    )
    from openrouter_funcs.guardrails_list_pages import (
        PAGINATION,
        guardrails_list_pages,
        guardrails_list_pages_async,
    )

    guardrails_list_pages_callable: Callable[..., object] = guardrails_list_pages_in_package
    assert guardrails_list_pages_callable is guardrails_list_pages
    typing.get_type_hints(guardrails_list_pages_in_package)
    guardrails_list_pages_async_callable: Callable[..., object] = (
        guardrails_list_pages_async_in_package
    )
    assert guardrails_list_pages_async_callable is guardrails_list_pages_async
    typing.get_type_hints(guardrails_list_pages_async_in_package)
    assert module.PAGINATION is PAGINATION
    assert module.guardrails_list_pages is guardrails_list_pages
    assert module.guardrails_list_pages_async is guardrails_list_pages_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.guardrails_list_pages.PAGINATION  # type: ignore[attr-defined]
    assert form_4 is PAGINATION


def check_guardrails_update() -> None:
    import openrouter_funcs.guardrails_update
    import openrouter_funcs.guardrails_update as module
    from openrouter_funcs import guardrails_update as guardrails_update_in_package
    from openrouter_funcs import guardrails_update_async as guardrails_update_async_in_package
    from openrouter_funcs.guardrails_update import (
        GuardrailsUpdateError,
        GuardrailsUpdateRequest,
        GuardrailsUpdateRequestDict,
        UpdateGuardrailRequest,
        UpdateGuardrailResponse,
        guardrails_update,
        guardrails_update_async,
    )

    guardrails_update_callable: Callable[..., object] = guardrails_update_in_package
    assert guardrails_update_callable is guardrails_update
    typing.get_type_hints(guardrails_update_in_package)
    guardrails_update_async_callable: Callable[..., object] = guardrails_update_async_in_package
    assert guardrails_update_async_callable is guardrails_update_async
    typing.get_type_hints(guardrails_update_async_in_package)
    assert module.GuardrailsUpdateError is GuardrailsUpdateError
    assert module.GuardrailsUpdateRequest is GuardrailsUpdateRequest
    assert module.GuardrailsUpdateRequestDict is GuardrailsUpdateRequestDict
    assert module.UpdateGuardrailRequest is UpdateGuardrailRequest
    assert module.UpdateGuardrailResponse is UpdateGuardrailResponse
    assert module.guardrails_update is guardrails_update
    assert module.guardrails_update_async is guardrails_update_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.guardrails_update.guardrails_update  # type: ignore[attr-defined]
    assert form_4 is guardrails_update


def check_images_generate() -> None:
    import openrouter_funcs.images_generate
    import openrouter_funcs.images_generate as module
    from openrouter_funcs import images_generate as images_generate_in_package
    from openrouter_funcs import images_generate_async as images_generate_async_in_package
    from openrouter_funcs.images_generate import (
        ImageGenerationRequest,
        ImageGenerationResponse,
        ImageGenerationResponseData,
        ImagesGenerateError,
        ImagesGenerateRequest,
        ImagesGenerateRequestDict,
        ImagesGenerateStreamingRequestDict,
        images_generate,
        images_generate_async,
    )

    images_generate_callable: Callable[..., object] = images_generate_in_package
    assert images_generate_callable is images_generate
    typing.get_type_hints(images_generate_in_package)
    images_generate_async_callable: Callable[..., object] = images_generate_async_in_package
    assert images_generate_async_callable is images_generate_async
    typing.get_type_hints(images_generate_async_in_package)
    assert module.ImageGenerationRequest is ImageGenerationRequest
    assert module.ImageGenerationResponse is ImageGenerationResponse
    assert module.ImageGenerationResponseData is ImageGenerationResponseData
    assert module.ImagesGenerateError is ImagesGenerateError
    assert module.ImagesGenerateRequest is ImagesGenerateRequest
    assert module.ImagesGenerateRequestDict is ImagesGenerateRequestDict
    assert module.ImagesGenerateStreamingRequestDict is ImagesGenerateStreamingRequestDict
    assert module.images_generate is images_generate
    assert module.images_generate_async is images_generate_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.images_generate.images_generate  # type: ignore[attr-defined]
    assert form_4 is images_generate


def check_images_list_model_endpoints() -> None:
    import openrouter_funcs.images_list_model_endpoints
    import openrouter_funcs.images_list_model_endpoints as module
    from openrouter_funcs import (
        images_list_model_endpoints as images_list_model_endpoints_in_package,
    )
    from openrouter_funcs import (
        images_list_model_endpoints_async as images_list_model_endpoints_async_in_package,
    )
    from openrouter_funcs.images_list_model_endpoints import (
        ImageModelEndpointsResponse,
        ImagesListModelEndpointsError,
        ImagesListModelEndpointsRequest,
        ImagesListModelEndpointsRequestDict,
        images_list_model_endpoints,
        images_list_model_endpoints_async,
    )

    images_list_model_endpoints_callable: Callable[..., object] = (
        images_list_model_endpoints_in_package
    )
    assert images_list_model_endpoints_callable is images_list_model_endpoints
    typing.get_type_hints(images_list_model_endpoints_in_package)
    images_list_model_endpoints_async_callable: Callable[..., object] = (
        images_list_model_endpoints_async_in_package
    )
    assert images_list_model_endpoints_async_callable is images_list_model_endpoints_async
    typing.get_type_hints(images_list_model_endpoints_async_in_package)
    assert module.ImageModelEndpointsResponse is ImageModelEndpointsResponse
    assert module.ImagesListModelEndpointsError is ImagesListModelEndpointsError
    assert module.ImagesListModelEndpointsRequest is ImagesListModelEndpointsRequest
    assert module.ImagesListModelEndpointsRequestDict is ImagesListModelEndpointsRequestDict
    assert module.images_list_model_endpoints is images_list_model_endpoints
    assert module.images_list_model_endpoints_async is images_list_model_endpoints_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.images_list_model_endpoints.ImageModelEndpointsResponse  # type: ignore[attr-defined]
    assert form_4 is ImageModelEndpointsResponse


def check_images_list_models() -> None:
    import openrouter_funcs.images_list_models
    import openrouter_funcs.images_list_models as module
    from openrouter_funcs import images_list_models as images_list_models_in_package
    from openrouter_funcs import images_list_models_async as images_list_models_async_in_package
    from openrouter_funcs.images_list_models import (
        ImageModelsListResponse,
        ImagesListModelsError,
        ImagesListModelsRequest,
        ImagesListModelsRequestDict,
        images_list_models,
        images_list_models_async,
    )

    images_list_models_callable: Callable[..., object] = images_list_models_in_package
    assert images_list_models_callable is images_list_models
    typing.get_type_hints(images_list_models_in_package)
    images_list_models_async_callable: Callable[..., object] = images_list_models_async_in_package
    assert images_list_models_async_callable is images_list_models_async
    typing.get_type_hints(images_list_models_async_in_package)
    assert module.ImageModelsListResponse is ImageModelsListResponse
    assert module.ImagesListModelsError is ImagesListModelsError
    assert module.ImagesListModelsRequest is ImagesListModelsRequest
    assert module.ImagesListModelsRequestDict is ImagesListModelsRequestDict
    assert module.images_list_models is images_list_models
    assert module.images_list_models_async is images_list_models_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.images_list_models.images_list_models  # type: ignore[attr-defined]
    assert form_4 is images_list_models


def check_json_schema() -> None:
    import openrouter_funcs.json_schema
    import openrouter_funcs.json_schema as module
    from openrouter_funcs import json_schema_for as json_schema_for_in_package
    from openrouter_funcs.json_schema import json_schema_for

    json_schema_for_callable: Callable[..., object] = json_schema_for_in_package
    assert json_schema_for_callable is json_schema_for
    typing.get_type_hints(json_schema_for_in_package)
    assert module.json_schema_for is json_schema_for
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.json_schema.json_schema_for
    assert form_4 is json_schema_for


def check_messages_create() -> None:
    import openrouter_funcs.messages_create
    import openrouter_funcs.messages_create as module
    from openrouter_funcs import messages_create as messages_create_in_package
    from openrouter_funcs import messages_create_async as messages_create_async_in_package
    from openrouter_funcs.messages_create import (
        MessagesCreateError,
        MessagesCreateRequest,
        MessagesCreateRequestDict,
        MessagesCreateStreamingRequestDict,
        MessagesRequest,
        MessagesResult,
        messages_create,
        messages_create_async,
    )

    messages_create_callable: Callable[..., object] = messages_create_in_package
    assert messages_create_callable is messages_create
    typing.get_type_hints(messages_create_in_package)
    messages_create_async_callable: Callable[..., object] = messages_create_async_in_package
    assert messages_create_async_callable is messages_create_async
    typing.get_type_hints(messages_create_async_in_package)
    assert module.MessagesCreateError is MessagesCreateError
    assert module.MessagesCreateRequest is MessagesCreateRequest
    assert module.MessagesCreateRequestDict is MessagesCreateRequestDict
    assert module.MessagesCreateStreamingRequestDict is MessagesCreateStreamingRequestDict
    assert module.MessagesRequest is MessagesRequest
    assert module.MessagesResult is MessagesResult
    assert module.messages_create is messages_create
    assert module.messages_create_async is messages_create_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.messages_create.MessagesResult  # type: ignore[attr-defined]
    assert form_4 is MessagesResult


def check_model_run() -> None:
    import openrouter_funcs.model_run
    import openrouter_funcs.model_run as module
    from openrouter_funcs.model_run import (
        ModelRun,
        PendingToolCall,
        RunUsage,
        Step,
        ToolCall,
        ToolResult,
    )

    assert module.ModelRun is ModelRun
    assert module.PendingToolCall is PendingToolCall
    assert module.RunUsage is RunUsage
    assert module.Step is Step
    assert module.ToolCall is ToolCall
    assert module.ToolResult is ToolResult
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.model_run.Step
    assert form_4 is Step


def check_models_count() -> None:
    import openrouter_funcs.models_count
    import openrouter_funcs.models_count as module
    from openrouter_funcs import models_count as models_count_in_package
    from openrouter_funcs import models_count_async as models_count_async_in_package
    from openrouter_funcs.models_count import (
        ModelsCountError,
        ModelsCountRequest,
        ModelsCountRequestDict,
        ModelsCountResponse,
        ModelsCountResponseData,
        models_count,
        models_count_async,
    )

    models_count_callable: Callable[..., object] = models_count_in_package
    assert models_count_callable is models_count
    typing.get_type_hints(models_count_in_package)
    models_count_async_callable: Callable[..., object] = models_count_async_in_package
    assert models_count_async_callable is models_count_async
    typing.get_type_hints(models_count_async_in_package)
    assert module.ModelsCountError is ModelsCountError
    assert module.ModelsCountRequest is ModelsCountRequest
    assert module.ModelsCountRequestDict is ModelsCountRequestDict
    assert module.ModelsCountResponse is ModelsCountResponse
    assert module.ModelsCountResponseData is ModelsCountResponseData
    assert module.models_count is models_count
    assert module.models_count_async is models_count_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.models_count.models_count  # type: ignore[attr-defined]
    assert form_4 is models_count


def check_models_get() -> None:
    import openrouter_funcs.models_get
    import openrouter_funcs.models_get as module
    from openrouter_funcs import models_get as models_get_in_package
    from openrouter_funcs import models_get_async as models_get_async_in_package
    from openrouter_funcs.models_get import (
        ModelResponse,
        ModelsGetError,
        ModelsGetRequest,
        ModelsGetRequestDict,
        models_get,
        models_get_async,
    )

    models_get_callable: Callable[..., object] = models_get_in_package
    assert models_get_callable is models_get
    typing.get_type_hints(models_get_in_package)
    models_get_async_callable: Callable[..., object] = models_get_async_in_package
    assert models_get_async_callable is models_get_async
    typing.get_type_hints(models_get_async_in_package)
    assert module.ModelResponse is ModelResponse
    assert module.ModelsGetError is ModelsGetError
    assert module.ModelsGetRequest is ModelsGetRequest
    assert module.ModelsGetRequestDict is ModelsGetRequestDict
    assert module.models_get is models_get
    assert module.models_get_async is models_get_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.models_get.models_get  # type: ignore[attr-defined]
    assert form_4 is models_get


def check_models_list() -> None:
    import openrouter_funcs.models_list
    import openrouter_funcs.models_list as module
    from openrouter_funcs import models_list as models_list_in_package
    from openrouter_funcs import models_list_async as models_list_async_in_package
    from openrouter_funcs.models_list import (
        ModelsListError,
        ModelsListRequest,
        ModelsListRequestDict,
        ModelsListResponse,
        ModelsListResponseLinks,
        models_list,
        models_list_async,
    )

    models_list_callable: Callable[..., object] = models_list_in_package
    assert models_list_callable is models_list
    typing.get_type_hints(models_list_in_package)
    models_list_async_callable: Callable[..., object] = models_list_async_in_package
    assert models_list_async_callable is models_list_async
    typing.get_type_hints(models_list_async_in_package)
    assert module.ModelsListError is ModelsListError
    assert module.ModelsListRequest is ModelsListRequest
    assert module.ModelsListRequestDict is ModelsListRequestDict
    assert module.ModelsListResponse is ModelsListResponse
    assert module.ModelsListResponseLinks is ModelsListResponseLinks
    assert module.models_list is models_list
    assert module.models_list_async is models_list_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.models_list.models_list  # type: ignore[attr-defined]
    assert form_4 is models_list


def check_models_list_for_user() -> None:
    import openrouter_funcs.models_list_for_user
    import openrouter_funcs.models_list_for_user as module
    from openrouter_funcs import models_list_for_user as models_list_for_user_in_package
    from openrouter_funcs import models_list_for_user_async as models_list_for_user_async_in_package
    from openrouter_funcs.models_list_for_user import (
        ModelsListForUserError,
        ModelsListForUserRequest,
        ModelsListForUserRequestDict,
        ModelsListResponse,
        ModelsListResponseLinks,
        models_list_for_user,
        models_list_for_user_async,
    )

    models_list_for_user_callable: Callable[..., object] = models_list_for_user_in_package
    assert models_list_for_user_callable is models_list_for_user
    typing.get_type_hints(models_list_for_user_in_package)
    models_list_for_user_async_callable: Callable[..., object] = (
        models_list_for_user_async_in_package
    )
    assert models_list_for_user_async_callable is models_list_for_user_async
    typing.get_type_hints(models_list_for_user_async_in_package)
    assert module.ModelsListForUserError is ModelsListForUserError
    assert module.ModelsListForUserRequest is ModelsListForUserRequest
    assert module.ModelsListForUserRequestDict is ModelsListForUserRequestDict
    assert module.ModelsListResponse is ModelsListResponse
    assert module.ModelsListResponseLinks is ModelsListResponseLinks
    assert module.models_list_for_user is models_list_for_user
    assert module.models_list_for_user_async is models_list_for_user_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.models_list_for_user.ModelsListResponse  # type: ignore[attr-defined]
    assert form_4 is ModelsListResponse


def check_models_list_for_user_pages() -> None:
    import openrouter_funcs.models_list_for_user_pages
    import openrouter_funcs.models_list_for_user_pages as module
    from openrouter_funcs import models_list_for_user_pages as models_list_for_user_pages_in_package
    from openrouter_funcs import (
        models_list_for_user_pages_async as models_list_for_user_pages_async_in_package,
    )
    from openrouter_funcs.models_list_for_user_pages import (
        PAGINATION,
        models_list_for_user_pages,
        models_list_for_user_pages_async,
    )

    models_list_for_user_pages_callable: Callable[..., object] = (
        models_list_for_user_pages_in_package
    )
    assert models_list_for_user_pages_callable is models_list_for_user_pages
    typing.get_type_hints(models_list_for_user_pages_in_package)
    models_list_for_user_pages_async_callable: Callable[..., object] = (
        models_list_for_user_pages_async_in_package
    )
    assert models_list_for_user_pages_async_callable is models_list_for_user_pages_async
    typing.get_type_hints(models_list_for_user_pages_async_in_package)
    assert module.PAGINATION is PAGINATION
    assert module.models_list_for_user_pages is models_list_for_user_pages
    assert module.models_list_for_user_pages_async is models_list_for_user_pages_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.models_list_for_user_pages.PAGINATION  # type: ignore[attr-defined]
    assert form_4 is PAGINATION


def check_models_list_pages() -> None:
    import openrouter_funcs.models_list_pages
    import openrouter_funcs.models_list_pages as module
    from openrouter_funcs import models_list_pages as models_list_pages_in_package
    from openrouter_funcs import models_list_pages_async as models_list_pages_async_in_package
    from openrouter_funcs.models_list_pages import (
        PAGINATION,
        models_list_pages,
        models_list_pages_async,
    )

    models_list_pages_callable: Callable[..., object] = models_list_pages_in_package
    assert models_list_pages_callable is models_list_pages
    typing.get_type_hints(models_list_pages_in_package)
    models_list_pages_async_callable: Callable[..., object] = models_list_pages_async_in_package
    assert models_list_pages_async_callable is models_list_pages_async
    typing.get_type_hints(models_list_pages_async_in_package)
    assert module.PAGINATION is PAGINATION
    assert module.models_list_pages is models_list_pages
    assert module.models_list_pages_async is models_list_pages_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.models_list_pages.PAGINATION  # type: ignore[attr-defined]
    assert form_4 is PAGINATION


def check_oauth_create_auth_code() -> None:
    import openrouter_funcs.oauth_create_auth_code
    import openrouter_funcs.oauth_create_auth_code as module
    from openrouter_funcs import oauth_create_auth_code as oauth_create_auth_code_in_package
    from openrouter_funcs import (
        oauth_create_auth_code_async as oauth_create_auth_code_async_in_package,
    )
    from openrouter_funcs.oauth_create_auth_code import (
        OauthCreateAuthCodeBody,
        OauthCreateAuthCodeError,
        OauthCreateAuthCodeRequest,
        OauthCreateAuthCodeRequestDict,
        OauthCreateAuthCodeResponse,
        OauthCreateAuthCodeResponseData,
        oauth_create_auth_code,
        oauth_create_auth_code_async,
    )

    oauth_create_auth_code_callable: Callable[..., object] = oauth_create_auth_code_in_package
    assert oauth_create_auth_code_callable is oauth_create_auth_code
    typing.get_type_hints(oauth_create_auth_code_in_package)
    oauth_create_auth_code_async_callable: Callable[..., object] = (
        oauth_create_auth_code_async_in_package
    )
    assert oauth_create_auth_code_async_callable is oauth_create_auth_code_async
    typing.get_type_hints(oauth_create_auth_code_async_in_package)
    assert module.OauthCreateAuthCodeBody is OauthCreateAuthCodeBody
    assert module.OauthCreateAuthCodeError is OauthCreateAuthCodeError
    assert module.OauthCreateAuthCodeRequest is OauthCreateAuthCodeRequest
    assert module.OauthCreateAuthCodeRequestDict is OauthCreateAuthCodeRequestDict
    assert module.OauthCreateAuthCodeResponse is OauthCreateAuthCodeResponse
    assert module.OauthCreateAuthCodeResponseData is OauthCreateAuthCodeResponseData
    assert module.oauth_create_auth_code is oauth_create_auth_code
    assert module.oauth_create_auth_code_async is oauth_create_auth_code_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.oauth_create_auth_code.oauth_create_auth_code  # type: ignore[attr-defined]
    assert form_4 is oauth_create_auth_code


def check_oauth_create_authorization_url() -> None:
    import openrouter_funcs.oauth_create_authorization_url
    import openrouter_funcs.oauth_create_authorization_url as module
    from openrouter_funcs import (
        oauth_create_authorization_url as oauth_create_authorization_url_in_package,
    )
    from openrouter_funcs.oauth_create_authorization_url import (
        CreateAuthorizationUrlRequest,
        oauth_create_authorization_url,
    )

    oauth_create_authorization_url_callable: Callable[..., object] = (
        oauth_create_authorization_url_in_package
    )
    assert oauth_create_authorization_url_callable is oauth_create_authorization_url
    typing.get_type_hints(oauth_create_authorization_url_in_package)
    assert module.CreateAuthorizationUrlRequest is CreateAuthorizationUrlRequest
    assert module.oauth_create_authorization_url is oauth_create_authorization_url
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.oauth_create_authorization_url.CreateAuthorizationUrlRequest  # type: ignore[attr-defined]
    assert form_4 is CreateAuthorizationUrlRequest


def check_oauth_create_oauth_token() -> None:
    import openrouter_funcs.oauth_create_oauth_token
    import openrouter_funcs.oauth_create_oauth_token as module
    from openrouter_funcs import oauth_create_oauth_token as oauth_create_oauth_token_in_package
    from openrouter_funcs import (
        oauth_create_oauth_token_async as oauth_create_oauth_token_async_in_package,
    )
    from openrouter_funcs.oauth_create_oauth_token import (
        OauthCreateOauthTokenError,
        OauthCreateOauthTokenRequest,
        TokenExchangeResponse,
        oauth_create_oauth_token,
        oauth_create_oauth_token_async,
    )

    oauth_create_oauth_token_callable: Callable[..., object] = oauth_create_oauth_token_in_package
    assert oauth_create_oauth_token_callable is oauth_create_oauth_token
    typing.get_type_hints(oauth_create_oauth_token_in_package)
    oauth_create_oauth_token_async_callable: Callable[..., object] = (
        oauth_create_oauth_token_async_in_package
    )
    assert oauth_create_oauth_token_async_callable is oauth_create_oauth_token_async
    typing.get_type_hints(oauth_create_oauth_token_async_in_package)
    assert module.OauthCreateOauthTokenError is OauthCreateOauthTokenError
    assert module.OauthCreateOauthTokenRequest is OauthCreateOauthTokenRequest
    assert module.TokenExchangeResponse is TokenExchangeResponse
    assert module.oauth_create_oauth_token is oauth_create_oauth_token
    assert module.oauth_create_oauth_token_async is oauth_create_oauth_token_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.oauth_create_oauth_token.TokenExchangeResponse  # type: ignore[attr-defined]
    assert form_4 is TokenExchangeResponse


def check_oauth_create_sha256_code_challenge() -> None:
    import openrouter_funcs.oauth_create_sha256_code_challenge
    import openrouter_funcs.oauth_create_sha256_code_challenge as module
    from openrouter_funcs import (
        oauth_create_sha256_code_challenge as oauth_create_sha256_code_challenge_in_package,
    )
    from openrouter_funcs.oauth_create_sha256_code_challenge import (
        CreateSHA256CodeChallengeRequest,
        CreateSHA256CodeChallengeResponse,
        oauth_create_sha256_code_challenge,
    )

    oauth_create_sha256_code_challenge_callable: Callable[..., object] = (
        oauth_create_sha256_code_challenge_in_package
    )
    assert oauth_create_sha256_code_challenge_callable is oauth_create_sha256_code_challenge
    typing.get_type_hints(oauth_create_sha256_code_challenge_in_package)
    assert module.CreateSHA256CodeChallengeRequest is CreateSHA256CodeChallengeRequest
    assert module.CreateSHA256CodeChallengeResponse is CreateSHA256CodeChallengeResponse
    assert module.oauth_create_sha256_code_challenge is oauth_create_sha256_code_challenge
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.oauth_create_sha256_code_challenge.CreateSHA256CodeChallengeRequest  # type: ignore[attr-defined]
    assert form_4 is CreateSHA256CodeChallengeRequest


def check_oauth_exchange_auth_code_for_api_key() -> None:
    import openrouter_funcs.oauth_exchange_auth_code_for_api_key
    import openrouter_funcs.oauth_exchange_auth_code_for_api_key as module
    from openrouter_funcs import (
        oauth_exchange_auth_code_for_api_key as oauth_exchange_auth_code_for_api_key_in_package,
    )
    from openrouter_funcs import (
        oauth_exchange_auth_code_for_api_key_async as oauth_exchange_auth_code_for_api_key_async_in_package,
    )
    from openrouter_funcs.oauth_exchange_auth_code_for_api_key import (
        OauthExchangeAuthCodeForApiKeyBody,
        OauthExchangeAuthCodeForApiKeyError,
        OauthExchangeAuthCodeForApiKeyRequest,
        OauthExchangeAuthCodeForApiKeyRequestDict,
        OauthExchangeAuthCodeForApiKeyResponse,
        oauth_exchange_auth_code_for_api_key,
        oauth_exchange_auth_code_for_api_key_async,
    )

    oauth_exchange_auth_code_for_api_key_callable: Callable[..., object] = (
        oauth_exchange_auth_code_for_api_key_in_package
    )
    assert oauth_exchange_auth_code_for_api_key_callable is oauth_exchange_auth_code_for_api_key
    typing.get_type_hints(oauth_exchange_auth_code_for_api_key_in_package)
    oauth_exchange_auth_code_for_api_key_async_callable: Callable[..., object] = (
        oauth_exchange_auth_code_for_api_key_async_in_package
    )
    assert (
        oauth_exchange_auth_code_for_api_key_async_callable
        is oauth_exchange_auth_code_for_api_key_async
    )
    typing.get_type_hints(oauth_exchange_auth_code_for_api_key_async_in_package)
    assert module.OauthExchangeAuthCodeForApiKeyBody is OauthExchangeAuthCodeForApiKeyBody
    assert module.OauthExchangeAuthCodeForApiKeyError is OauthExchangeAuthCodeForApiKeyError
    assert module.OauthExchangeAuthCodeForApiKeyRequest is OauthExchangeAuthCodeForApiKeyRequest
    assert (
        module.OauthExchangeAuthCodeForApiKeyRequestDict
        is OauthExchangeAuthCodeForApiKeyRequestDict
    )
    assert module.OauthExchangeAuthCodeForApiKeyResponse is OauthExchangeAuthCodeForApiKeyResponse
    assert module.oauth_exchange_auth_code_for_api_key is oauth_exchange_auth_code_for_api_key
    assert (
        module.oauth_exchange_auth_code_for_api_key_async
        is oauth_exchange_auth_code_for_api_key_async
    )
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.oauth_exchange_auth_code_for_api_key.OauthExchangeAuthCodeForApiKeyBody  # type: ignore[attr-defined]
    assert form_4 is OauthExchangeAuthCodeForApiKeyBody


def check_oauth_list_oauth_jwks() -> None:
    import openrouter_funcs.oauth_list_oauth_jwks
    import openrouter_funcs.oauth_list_oauth_jwks as module
    from openrouter_funcs import oauth_list_oauth_jwks as oauth_list_oauth_jwks_in_package
    from openrouter_funcs import (
        oauth_list_oauth_jwks_async as oauth_list_oauth_jwks_async_in_package,
    )
    from openrouter_funcs.oauth_list_oauth_jwks import (
        OAuthJwks,
        OauthListOauthJwksError,
        OauthListOauthJwksRequest,
        OauthListOauthJwksRequestDict,
        oauth_list_oauth_jwks,
        oauth_list_oauth_jwks_async,
    )

    oauth_list_oauth_jwks_callable: Callable[..., object] = oauth_list_oauth_jwks_in_package
    assert oauth_list_oauth_jwks_callable is oauth_list_oauth_jwks
    typing.get_type_hints(oauth_list_oauth_jwks_in_package)
    oauth_list_oauth_jwks_async_callable: Callable[..., object] = (
        oauth_list_oauth_jwks_async_in_package
    )
    assert oauth_list_oauth_jwks_async_callable is oauth_list_oauth_jwks_async
    typing.get_type_hints(oauth_list_oauth_jwks_async_in_package)
    assert module.OAuthJwks is OAuthJwks
    assert module.OauthListOauthJwksError is OauthListOauthJwksError
    assert module.OauthListOauthJwksRequest is OauthListOauthJwksRequest
    assert module.OauthListOauthJwksRequestDict is OauthListOauthJwksRequestDict
    assert module.oauth_list_oauth_jwks is oauth_list_oauth_jwks
    assert module.oauth_list_oauth_jwks_async is oauth_list_oauth_jwks_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.oauth_list_oauth_jwks.OAuthJwks  # type: ignore[attr-defined]
    assert form_4 is OAuthJwks


def check_observability_create() -> None:
    import openrouter_funcs.observability_create
    import openrouter_funcs.observability_create as module
    from openrouter_funcs import observability_create as observability_create_in_package
    from openrouter_funcs import observability_create_async as observability_create_async_in_package
    from openrouter_funcs.observability_create import (
        CreateObservabilityDestinationRequest,
        CreateObservabilityDestinationResponse,
        ObservabilityCreateError,
        ObservabilityCreateRequest,
        ObservabilityCreateRequestDict,
        observability_create,
        observability_create_async,
    )

    observability_create_callable: Callable[..., object] = observability_create_in_package
    assert observability_create_callable is observability_create
    typing.get_type_hints(observability_create_in_package)
    observability_create_async_callable: Callable[..., object] = (
        observability_create_async_in_package
    )
    assert observability_create_async_callable is observability_create_async
    typing.get_type_hints(observability_create_async_in_package)
    assert module.CreateObservabilityDestinationRequest is CreateObservabilityDestinationRequest
    assert module.CreateObservabilityDestinationResponse is CreateObservabilityDestinationResponse
    assert module.ObservabilityCreateError is ObservabilityCreateError
    assert module.ObservabilityCreateRequest is ObservabilityCreateRequest
    assert module.ObservabilityCreateRequestDict is ObservabilityCreateRequestDict
    assert module.observability_create is observability_create
    assert module.observability_create_async is observability_create_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.observability_create.observability_create  # type: ignore[attr-defined]
    assert form_4 is observability_create


def check_observability_delete() -> None:
    import openrouter_funcs.observability_delete
    import openrouter_funcs.observability_delete as module
    from openrouter_funcs import observability_delete as observability_delete_in_package
    from openrouter_funcs import observability_delete_async as observability_delete_async_in_package
    from openrouter_funcs.observability_delete import (
        DeleteObservabilityDestinationResponse,
        ObservabilityDeleteError,
        ObservabilityDeleteRequest,
        ObservabilityDeleteRequestDict,
        observability_delete,
        observability_delete_async,
    )

    observability_delete_callable: Callable[..., object] = observability_delete_in_package
    assert observability_delete_callable is observability_delete
    typing.get_type_hints(observability_delete_in_package)
    observability_delete_async_callable: Callable[..., object] = (
        observability_delete_async_in_package
    )
    assert observability_delete_async_callable is observability_delete_async
    typing.get_type_hints(observability_delete_async_in_package)
    assert module.DeleteObservabilityDestinationResponse is DeleteObservabilityDestinationResponse
    assert module.ObservabilityDeleteError is ObservabilityDeleteError
    assert module.ObservabilityDeleteRequest is ObservabilityDeleteRequest
    assert module.ObservabilityDeleteRequestDict is ObservabilityDeleteRequestDict
    assert module.observability_delete is observability_delete
    assert module.observability_delete_async is observability_delete_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.observability_delete.observability_delete  # type: ignore[attr-defined]
    assert form_4 is observability_delete


def check_observability_get() -> None:
    import openrouter_funcs.observability_get
    import openrouter_funcs.observability_get as module
    from openrouter_funcs import observability_get as observability_get_in_package
    from openrouter_funcs import observability_get_async as observability_get_async_in_package
    from openrouter_funcs.observability_get import (
        GetObservabilityDestinationResponse,
        ObservabilityGetError,
        ObservabilityGetRequest,
        ObservabilityGetRequestDict,
        observability_get,
        observability_get_async,
    )

    observability_get_callable: Callable[..., object] = observability_get_in_package
    assert observability_get_callable is observability_get
    typing.get_type_hints(observability_get_in_package)
    observability_get_async_callable: Callable[..., object] = observability_get_async_in_package
    assert observability_get_async_callable is observability_get_async
    typing.get_type_hints(observability_get_async_in_package)
    assert module.GetObservabilityDestinationResponse is GetObservabilityDestinationResponse
    assert module.ObservabilityGetError is ObservabilityGetError
    assert module.ObservabilityGetRequest is ObservabilityGetRequest
    assert module.ObservabilityGetRequestDict is ObservabilityGetRequestDict
    assert module.observability_get is observability_get
    assert module.observability_get_async is observability_get_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.observability_get.observability_get  # type: ignore[attr-defined]
    assert form_4 is observability_get


def check_observability_list() -> None:
    import openrouter_funcs.observability_list
    import openrouter_funcs.observability_list as module
    from openrouter_funcs import observability_list as observability_list_in_package
    from openrouter_funcs import observability_list_async as observability_list_async_in_package
    from openrouter_funcs.observability_list import (
        ListObservabilityDestinationsResponse,
        ObservabilityListError,
        ObservabilityListRequest,
        ObservabilityListRequestDict,
        observability_list,
        observability_list_async,
    )

    observability_list_callable: Callable[..., object] = observability_list_in_package
    assert observability_list_callable is observability_list
    typing.get_type_hints(observability_list_in_package)
    observability_list_async_callable: Callable[..., object] = observability_list_async_in_package
    assert observability_list_async_callable is observability_list_async
    typing.get_type_hints(observability_list_async_in_package)
    assert module.ListObservabilityDestinationsResponse is ListObservabilityDestinationsResponse
    assert module.ObservabilityListError is ObservabilityListError
    assert module.ObservabilityListRequest is ObservabilityListRequest
    assert module.ObservabilityListRequestDict is ObservabilityListRequestDict
    assert module.observability_list is observability_list
    assert module.observability_list_async is observability_list_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.observability_list.observability_list  # type: ignore[attr-defined]
    assert form_4 is observability_list


def check_observability_list_pages() -> None:
    import openrouter_funcs.observability_list_pages
    import openrouter_funcs.observability_list_pages as module
    from openrouter_funcs import observability_list_pages as observability_list_pages_in_package
    from openrouter_funcs import (
        observability_list_pages_async as observability_list_pages_async_in_package,
    )
    from openrouter_funcs.observability_list_pages import (
        PAGINATION,
        observability_list_pages,
        observability_list_pages_async,
    )

    observability_list_pages_callable: Callable[..., object] = observability_list_pages_in_package
    assert observability_list_pages_callable is observability_list_pages
    typing.get_type_hints(observability_list_pages_in_package)
    observability_list_pages_async_callable: Callable[..., object] = (
        observability_list_pages_async_in_package
    )
    assert observability_list_pages_async_callable is observability_list_pages_async
    typing.get_type_hints(observability_list_pages_async_in_package)
    assert module.PAGINATION is PAGINATION
    assert module.observability_list_pages is observability_list_pages
    assert module.observability_list_pages_async is observability_list_pages_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.observability_list_pages.PAGINATION  # type: ignore[attr-defined]
    assert form_4 is PAGINATION


def check_observability_update() -> None:
    import openrouter_funcs.observability_update
    import openrouter_funcs.observability_update as module
    from openrouter_funcs import observability_update as observability_update_in_package
    from openrouter_funcs import observability_update_async as observability_update_async_in_package
    from openrouter_funcs.observability_update import (
        ObservabilityUpdateError,
        ObservabilityUpdateRequest,
        ObservabilityUpdateRequestDict,
        UpdateObservabilityDestinationRequest,
        UpdateObservabilityDestinationResponse,
        observability_update,
        observability_update_async,
    )

    observability_update_callable: Callable[..., object] = observability_update_in_package
    assert observability_update_callable is observability_update
    typing.get_type_hints(observability_update_in_package)
    observability_update_async_callable: Callable[..., object] = (
        observability_update_async_in_package
    )
    assert observability_update_async_callable is observability_update_async
    typing.get_type_hints(observability_update_async_in_package)
    assert module.ObservabilityUpdateError is ObservabilityUpdateError
    assert module.ObservabilityUpdateRequest is ObservabilityUpdateRequest
    assert module.ObservabilityUpdateRequestDict is ObservabilityUpdateRequestDict
    assert module.UpdateObservabilityDestinationRequest is UpdateObservabilityDestinationRequest
    assert module.UpdateObservabilityDestinationResponse is UpdateObservabilityDestinationResponse
    assert module.observability_update is observability_update
    assert module.observability_update_async is observability_update_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.observability_update.observability_update  # type: ignore[attr-defined]
    assert form_4 is observability_update


def check_organization_get_settings() -> None:
    import openrouter_funcs.organization_get_settings
    import openrouter_funcs.organization_get_settings as module
    from openrouter_funcs import organization_get_settings as organization_get_settings_in_package
    from openrouter_funcs import (
        organization_get_settings_async as organization_get_settings_async_in_package,
    )
    from openrouter_funcs.organization_get_settings import (
        GetOrganizationSettingsResponse,
        OrganizationGetSettingsError,
        OrganizationGetSettingsRequest,
        OrganizationGetSettingsRequestDict,
        organization_get_settings,
        organization_get_settings_async,
    )

    organization_get_settings_callable: Callable[..., object] = organization_get_settings_in_package
    assert organization_get_settings_callable is organization_get_settings
    typing.get_type_hints(organization_get_settings_in_package)
    organization_get_settings_async_callable: Callable[..., object] = (
        organization_get_settings_async_in_package
    )
    assert organization_get_settings_async_callable is organization_get_settings_async
    typing.get_type_hints(organization_get_settings_async_in_package)
    assert module.GetOrganizationSettingsResponse is GetOrganizationSettingsResponse
    assert module.OrganizationGetSettingsError is OrganizationGetSettingsError
    assert module.OrganizationGetSettingsRequest is OrganizationGetSettingsRequest
    assert module.OrganizationGetSettingsRequestDict is OrganizationGetSettingsRequestDict
    assert module.organization_get_settings is organization_get_settings
    assert module.organization_get_settings_async is organization_get_settings_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.organization_get_settings.organization_get_settings  # type: ignore[attr-defined]
    assert form_4 is organization_get_settings


def check_organization_list_members() -> None:
    import openrouter_funcs.organization_list_members
    import openrouter_funcs.organization_list_members as module
    from openrouter_funcs import organization_list_members as organization_list_members_in_package
    from openrouter_funcs import (
        organization_list_members_async as organization_list_members_async_in_package,
    )
    from openrouter_funcs.organization_list_members import (
        OrganizationListMembersError,
        OrganizationListMembersRequest,
        OrganizationListMembersRequestDict,
        OrganizationListMembersResponse,
        OrganizationListMembersResponseData,
        organization_list_members,
        organization_list_members_async,
    )

    organization_list_members_callable: Callable[..., object] = organization_list_members_in_package
    assert organization_list_members_callable is organization_list_members
    typing.get_type_hints(organization_list_members_in_package)
    organization_list_members_async_callable: Callable[..., object] = (
        organization_list_members_async_in_package
    )
    assert organization_list_members_async_callable is organization_list_members_async
    typing.get_type_hints(organization_list_members_async_in_package)
    assert module.OrganizationListMembersError is OrganizationListMembersError
    assert module.OrganizationListMembersRequest is OrganizationListMembersRequest
    assert module.OrganizationListMembersRequestDict is OrganizationListMembersRequestDict
    assert module.OrganizationListMembersResponse is OrganizationListMembersResponse
    assert module.OrganizationListMembersResponseData is OrganizationListMembersResponseData
    assert module.organization_list_members is organization_list_members
    assert module.organization_list_members_async is organization_list_members_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.organization_list_members.organization_list_members  # type: ignore[attr-defined]
    assert form_4 is organization_list_members


def check_organization_list_members_pages() -> None:
    import openrouter_funcs.organization_list_members_pages
    import openrouter_funcs.organization_list_members_pages as module
    from openrouter_funcs import (
        organization_list_members_pages as organization_list_members_pages_in_package,
    )
    from openrouter_funcs import (
        organization_list_members_pages_async as organization_list_members_pages_async_in_package,
    )
    from openrouter_funcs.organization_list_members_pages import (
        PAGINATION,
        organization_list_members_pages,
        organization_list_members_pages_async,
    )

    organization_list_members_pages_callable: Callable[..., object] = (
        organization_list_members_pages_in_package
    )
    assert organization_list_members_pages_callable is organization_list_members_pages
    typing.get_type_hints(organization_list_members_pages_in_package)
    organization_list_members_pages_async_callable: Callable[..., object] = (
        organization_list_members_pages_async_in_package
    )
    assert organization_list_members_pages_async_callable is organization_list_members_pages_async
    typing.get_type_hints(organization_list_members_pages_async_in_package)
    assert module.PAGINATION is PAGINATION
    assert module.organization_list_members_pages is organization_list_members_pages
    assert module.organization_list_members_pages_async is organization_list_members_pages_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.organization_list_members_pages.PAGINATION  # type: ignore[attr-defined]
    assert form_4 is PAGINATION


def check_organization_update_settings() -> None:
    import openrouter_funcs.organization_update_settings
    import openrouter_funcs.organization_update_settings as module
    from openrouter_funcs import (
        organization_update_settings as organization_update_settings_in_package,
    )
    from openrouter_funcs import (
        organization_update_settings_async as organization_update_settings_async_in_package,
    )
    from openrouter_funcs.organization_update_settings import (
        OrganizationUpdateSettingsError,
        OrganizationUpdateSettingsRequest,
        OrganizationUpdateSettingsRequestDict,
        UpdateOrganizationSettingsRequest,
        UpdateOrganizationSettingsResponse,
        organization_update_settings,
        organization_update_settings_async,
    )

    organization_update_settings_callable: Callable[..., object] = (
        organization_update_settings_in_package
    )
    assert organization_update_settings_callable is organization_update_settings
    typing.get_type_hints(organization_update_settings_in_package)
    organization_update_settings_async_callable: Callable[..., object] = (
        organization_update_settings_async_in_package
    )
    assert organization_update_settings_async_callable is organization_update_settings_async
    typing.get_type_hints(organization_update_settings_async_in_package)
    assert module.OrganizationUpdateSettingsError is OrganizationUpdateSettingsError
    assert module.OrganizationUpdateSettingsRequest is OrganizationUpdateSettingsRequest
    assert module.OrganizationUpdateSettingsRequestDict is OrganizationUpdateSettingsRequestDict
    assert module.UpdateOrganizationSettingsRequest is UpdateOrganizationSettingsRequest
    assert module.UpdateOrganizationSettingsResponse is UpdateOrganizationSettingsResponse
    assert module.organization_update_settings is organization_update_settings
    assert module.organization_update_settings_async is organization_update_settings_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.organization_update_settings.organization_update_settings  # type: ignore[attr-defined]
    assert form_4 is organization_update_settings


def check_presets_create_presets_chat_completions() -> None:
    import openrouter_funcs.presets_create_presets_chat_completions
    import openrouter_funcs.presets_create_presets_chat_completions as module
    from openrouter_funcs import (
        presets_create_presets_chat_completions as presets_create_presets_chat_completions_in_package,
    )
    from openrouter_funcs import (
        presets_create_presets_chat_completions_async as presets_create_presets_chat_completions_async_in_package,
    )
    from openrouter_funcs.presets_create_presets_chat_completions import (
        ChatRequest,
        CreatePresetFromInferenceResponse,
        PresetsCreatePresetsChatCompletionsError,
        PresetsCreatePresetsChatCompletionsRequest,
        PresetsCreatePresetsChatCompletionsRequestDict,
        presets_create_presets_chat_completions,
        presets_create_presets_chat_completions_async,
    )

    presets_create_presets_chat_completions_callable: Callable[..., object] = (
        presets_create_presets_chat_completions_in_package
    )
    assert (
        presets_create_presets_chat_completions_callable is presets_create_presets_chat_completions
    )
    typing.get_type_hints(presets_create_presets_chat_completions_in_package)
    presets_create_presets_chat_completions_async_callable: Callable[..., object] = (
        presets_create_presets_chat_completions_async_in_package
    )
    assert (
        presets_create_presets_chat_completions_async_callable
        is presets_create_presets_chat_completions_async
    )
    typing.get_type_hints(presets_create_presets_chat_completions_async_in_package)
    assert module.ChatRequest is ChatRequest
    assert module.CreatePresetFromInferenceResponse is CreatePresetFromInferenceResponse
    assert (
        module.PresetsCreatePresetsChatCompletionsError is PresetsCreatePresetsChatCompletionsError
    )
    assert (
        module.PresetsCreatePresetsChatCompletionsRequest
        is PresetsCreatePresetsChatCompletionsRequest
    )
    assert (
        module.PresetsCreatePresetsChatCompletionsRequestDict
        is PresetsCreatePresetsChatCompletionsRequestDict
    )
    assert module.presets_create_presets_chat_completions is presets_create_presets_chat_completions
    assert (
        module.presets_create_presets_chat_completions_async
        is presets_create_presets_chat_completions_async
    )
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.presets_create_presets_chat_completions.ChatRequest  # type: ignore[attr-defined]
    assert form_4 is ChatRequest


def check_presets_create_presets_messages() -> None:
    import openrouter_funcs.presets_create_presets_messages
    import openrouter_funcs.presets_create_presets_messages as module
    from openrouter_funcs import (
        presets_create_presets_messages as presets_create_presets_messages_in_package,
    )
    from openrouter_funcs import (
        presets_create_presets_messages_async as presets_create_presets_messages_async_in_package,
    )
    from openrouter_funcs.presets_create_presets_messages import (
        CreatePresetFromInferenceResponse,
        MessagesRequest,
        PresetsCreatePresetsMessagesError,
        PresetsCreatePresetsMessagesRequest,
        PresetsCreatePresetsMessagesRequestDict,
        presets_create_presets_messages,
        presets_create_presets_messages_async,
    )

    presets_create_presets_messages_callable: Callable[..., object] = (
        presets_create_presets_messages_in_package
    )
    assert presets_create_presets_messages_callable is presets_create_presets_messages
    typing.get_type_hints(presets_create_presets_messages_in_package)
    presets_create_presets_messages_async_callable: Callable[..., object] = (
        presets_create_presets_messages_async_in_package
    )
    assert presets_create_presets_messages_async_callable is presets_create_presets_messages_async
    typing.get_type_hints(presets_create_presets_messages_async_in_package)
    assert module.CreatePresetFromInferenceResponse is CreatePresetFromInferenceResponse
    assert module.MessagesRequest is MessagesRequest
    assert module.PresetsCreatePresetsMessagesError is PresetsCreatePresetsMessagesError
    assert module.PresetsCreatePresetsMessagesRequest is PresetsCreatePresetsMessagesRequest
    assert module.PresetsCreatePresetsMessagesRequestDict is PresetsCreatePresetsMessagesRequestDict
    assert module.presets_create_presets_messages is presets_create_presets_messages
    assert module.presets_create_presets_messages_async is presets_create_presets_messages_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.presets_create_presets_messages.MessagesRequest  # type: ignore[attr-defined]
    assert form_4 is MessagesRequest


def check_presets_create_presets_responses() -> None:
    import openrouter_funcs.presets_create_presets_responses
    import openrouter_funcs.presets_create_presets_responses as module
    from openrouter_funcs import (
        presets_create_presets_responses as presets_create_presets_responses_in_package,
    )
    from openrouter_funcs import (
        presets_create_presets_responses_async as presets_create_presets_responses_async_in_package,
    )
    from openrouter_funcs.presets_create_presets_responses import (
        CreatePresetFromInferenceResponse,
        PresetsCreatePresetsResponsesError,
        PresetsCreatePresetsResponsesRequest,
        PresetsCreatePresetsResponsesRequestDict,
        ResponsesRequest,
        presets_create_presets_responses,
        presets_create_presets_responses_async,
    )

    presets_create_presets_responses_callable: Callable[..., object] = (
        presets_create_presets_responses_in_package
    )
    assert presets_create_presets_responses_callable is presets_create_presets_responses
    typing.get_type_hints(presets_create_presets_responses_in_package)
    presets_create_presets_responses_async_callable: Callable[..., object] = (
        presets_create_presets_responses_async_in_package
    )
    assert presets_create_presets_responses_async_callable is presets_create_presets_responses_async
    typing.get_type_hints(presets_create_presets_responses_async_in_package)
    assert module.CreatePresetFromInferenceResponse is CreatePresetFromInferenceResponse
    assert module.PresetsCreatePresetsResponsesError is PresetsCreatePresetsResponsesError
    assert module.PresetsCreatePresetsResponsesRequest is PresetsCreatePresetsResponsesRequest
    assert (
        module.PresetsCreatePresetsResponsesRequestDict is PresetsCreatePresetsResponsesRequestDict
    )
    assert module.ResponsesRequest is ResponsesRequest
    assert module.presets_create_presets_responses is presets_create_presets_responses
    assert module.presets_create_presets_responses_async is presets_create_presets_responses_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.presets_create_presets_responses.ResponsesRequest  # type: ignore[attr-defined]
    assert form_4 is ResponsesRequest


def check_presets_get() -> None:
    import openrouter_funcs.presets_get
    import openrouter_funcs.presets_get as module
    from openrouter_funcs import presets_get as presets_get_in_package
    from openrouter_funcs import presets_get_async as presets_get_async_in_package
    from openrouter_funcs.presets_get import (
        GetPresetResponse,
        PresetsGetError,
        PresetsGetRequest,
        PresetsGetRequestDict,
        presets_get,
        presets_get_async,
    )

    presets_get_callable: Callable[..., object] = presets_get_in_package
    assert presets_get_callable is presets_get
    typing.get_type_hints(presets_get_in_package)
    presets_get_async_callable: Callable[..., object] = presets_get_async_in_package
    assert presets_get_async_callable is presets_get_async
    typing.get_type_hints(presets_get_async_in_package)
    assert module.GetPresetResponse is GetPresetResponse
    assert module.PresetsGetError is PresetsGetError
    assert module.PresetsGetRequest is PresetsGetRequest
    assert module.PresetsGetRequestDict is PresetsGetRequestDict
    assert module.presets_get is presets_get
    assert module.presets_get_async is presets_get_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.presets_get.presets_get  # type: ignore[attr-defined]
    assert form_4 is presets_get


def check_presets_get_version() -> None:
    import openrouter_funcs.presets_get_version
    import openrouter_funcs.presets_get_version as module
    from openrouter_funcs import presets_get_version as presets_get_version_in_package
    from openrouter_funcs import presets_get_version_async as presets_get_version_async_in_package
    from openrouter_funcs.presets_get_version import (
        GetPresetVersionResponse,
        PresetsGetVersionError,
        PresetsGetVersionRequest,
        PresetsGetVersionRequestDict,
        presets_get_version,
        presets_get_version_async,
    )

    presets_get_version_callable: Callable[..., object] = presets_get_version_in_package
    assert presets_get_version_callable is presets_get_version
    typing.get_type_hints(presets_get_version_in_package)
    presets_get_version_async_callable: Callable[..., object] = presets_get_version_async_in_package
    assert presets_get_version_async_callable is presets_get_version_async
    typing.get_type_hints(presets_get_version_async_in_package)
    assert module.GetPresetVersionResponse is GetPresetVersionResponse
    assert module.PresetsGetVersionError is PresetsGetVersionError
    assert module.PresetsGetVersionRequest is PresetsGetVersionRequest
    assert module.PresetsGetVersionRequestDict is PresetsGetVersionRequestDict
    assert module.presets_get_version is presets_get_version
    assert module.presets_get_version_async is presets_get_version_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.presets_get_version.presets_get_version  # type: ignore[attr-defined]
    assert form_4 is presets_get_version


def check_presets_list() -> None:
    import openrouter_funcs.presets_list
    import openrouter_funcs.presets_list as module
    from openrouter_funcs import presets_list as presets_list_in_package
    from openrouter_funcs import presets_list_async as presets_list_async_in_package
    from openrouter_funcs.presets_list import (
        ListPresetsResponse,
        PresetsListError,
        PresetsListRequest,
        PresetsListRequestDict,
        presets_list,
        presets_list_async,
    )

    presets_list_callable: Callable[..., object] = presets_list_in_package
    assert presets_list_callable is presets_list
    typing.get_type_hints(presets_list_in_package)
    presets_list_async_callable: Callable[..., object] = presets_list_async_in_package
    assert presets_list_async_callable is presets_list_async
    typing.get_type_hints(presets_list_async_in_package)
    assert module.ListPresetsResponse is ListPresetsResponse
    assert module.PresetsListError is PresetsListError
    assert module.PresetsListRequest is PresetsListRequest
    assert module.PresetsListRequestDict is PresetsListRequestDict
    assert module.presets_list is presets_list
    assert module.presets_list_async is presets_list_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.presets_list.presets_list  # type: ignore[attr-defined]
    assert form_4 is presets_list


def check_presets_list_pages() -> None:
    import openrouter_funcs.presets_list_pages
    import openrouter_funcs.presets_list_pages as module
    from openrouter_funcs import presets_list_pages as presets_list_pages_in_package
    from openrouter_funcs import presets_list_pages_async as presets_list_pages_async_in_package
    from openrouter_funcs.presets_list_pages import (
        PAGINATION,
        presets_list_pages,
        presets_list_pages_async,
    )

    presets_list_pages_callable: Callable[..., object] = presets_list_pages_in_package
    assert presets_list_pages_callable is presets_list_pages
    typing.get_type_hints(presets_list_pages_in_package)
    presets_list_pages_async_callable: Callable[..., object] = presets_list_pages_async_in_package
    assert presets_list_pages_async_callable is presets_list_pages_async
    typing.get_type_hints(presets_list_pages_async_in_package)
    assert module.PAGINATION is PAGINATION
    assert module.presets_list_pages is presets_list_pages
    assert module.presets_list_pages_async is presets_list_pages_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.presets_list_pages.PAGINATION  # type: ignore[attr-defined]
    assert form_4 is PAGINATION


def check_presets_list_versions() -> None:
    import openrouter_funcs.presets_list_versions
    import openrouter_funcs.presets_list_versions as module
    from openrouter_funcs import presets_list_versions as presets_list_versions_in_package
    from openrouter_funcs import (
        presets_list_versions_async as presets_list_versions_async_in_package,
    )
    from openrouter_funcs.presets_list_versions import (
        ListPresetVersionsResponse,
        PresetsListVersionsError,
        PresetsListVersionsRequest,
        PresetsListVersionsRequestDict,
        presets_list_versions,
        presets_list_versions_async,
    )

    presets_list_versions_callable: Callable[..., object] = presets_list_versions_in_package
    assert presets_list_versions_callable is presets_list_versions
    typing.get_type_hints(presets_list_versions_in_package)
    presets_list_versions_async_callable: Callable[..., object] = (
        presets_list_versions_async_in_package
    )
    assert presets_list_versions_async_callable is presets_list_versions_async
    typing.get_type_hints(presets_list_versions_async_in_package)
    assert module.ListPresetVersionsResponse is ListPresetVersionsResponse
    assert module.PresetsListVersionsError is PresetsListVersionsError
    assert module.PresetsListVersionsRequest is PresetsListVersionsRequest
    assert module.PresetsListVersionsRequestDict is PresetsListVersionsRequestDict
    assert module.presets_list_versions is presets_list_versions
    assert module.presets_list_versions_async is presets_list_versions_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.presets_list_versions.presets_list_versions  # type: ignore[attr-defined]
    assert form_4 is presets_list_versions


def check_presets_list_versions_pages() -> None:
    import openrouter_funcs.presets_list_versions_pages
    import openrouter_funcs.presets_list_versions_pages as module
    from openrouter_funcs import (
        presets_list_versions_pages as presets_list_versions_pages_in_package,
    )
    from openrouter_funcs import (
        presets_list_versions_pages_async as presets_list_versions_pages_async_in_package,
    )
    from openrouter_funcs.presets_list_versions_pages import (
        PAGINATION,
        PresetsListVersionsItem,
        presets_list_versions_pages,
        presets_list_versions_pages_async,
    )

    presets_list_versions_pages_callable: Callable[..., object] = (
        presets_list_versions_pages_in_package
    )
    assert presets_list_versions_pages_callable is presets_list_versions_pages
    typing.get_type_hints(presets_list_versions_pages_in_package)
    presets_list_versions_pages_async_callable: Callable[..., object] = (
        presets_list_versions_pages_async_in_package
    )
    assert presets_list_versions_pages_async_callable is presets_list_versions_pages_async
    typing.get_type_hints(presets_list_versions_pages_async_in_package)
    assert module.PAGINATION is PAGINATION
    assert module.PresetsListVersionsItem is PresetsListVersionsItem
    assert module.presets_list_versions_pages is presets_list_versions_pages
    assert module.presets_list_versions_pages_async is presets_list_versions_pages_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.presets_list_versions_pages.PAGINATION  # type: ignore[attr-defined]
    assert form_4 is PAGINATION


def check_private_endpoints_activate() -> None:
    import openrouter_funcs.private_endpoints_activate
    import openrouter_funcs.private_endpoints_activate as module
    from openrouter_funcs import private_endpoints_activate as private_endpoints_activate_in_package
    from openrouter_funcs import (
        private_endpoints_activate_async as private_endpoints_activate_async_in_package,
    )
    from openrouter_funcs.private_endpoints_activate import (
        ManagedPrivateEndpointResponse,
        PrivateEndpointsActivateError,
        PrivateEndpointsActivateRequest,
        PrivateEndpointsActivateRequestDict,
        private_endpoints_activate,
        private_endpoints_activate_async,
    )

    private_endpoints_activate_callable: Callable[..., object] = (
        private_endpoints_activate_in_package
    )
    assert private_endpoints_activate_callable is private_endpoints_activate
    typing.get_type_hints(private_endpoints_activate_in_package)
    private_endpoints_activate_async_callable: Callable[..., object] = (
        private_endpoints_activate_async_in_package
    )
    assert private_endpoints_activate_async_callable is private_endpoints_activate_async
    typing.get_type_hints(private_endpoints_activate_async_in_package)
    assert module.ManagedPrivateEndpointResponse is ManagedPrivateEndpointResponse
    assert module.PrivateEndpointsActivateError is PrivateEndpointsActivateError
    assert module.PrivateEndpointsActivateRequest is PrivateEndpointsActivateRequest
    assert module.PrivateEndpointsActivateRequestDict is PrivateEndpointsActivateRequestDict
    assert module.private_endpoints_activate is private_endpoints_activate
    assert module.private_endpoints_activate_async is private_endpoints_activate_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.private_endpoints_activate.private_endpoints_activate  # type: ignore[attr-defined]
    assert form_4 is private_endpoints_activate


def check_private_endpoints_create() -> None:
    import openrouter_funcs.private_endpoints_create
    import openrouter_funcs.private_endpoints_create as module
    from openrouter_funcs import private_endpoints_create as private_endpoints_create_in_package
    from openrouter_funcs import (
        private_endpoints_create_async as private_endpoints_create_async_in_package,
    )
    from openrouter_funcs.private_endpoints_create import (
        CreatePrivateEndpointRequest,
        ManagedPrivateEndpointResponse,
        PrivateEndpointsCreateError,
        PrivateEndpointsCreateRequest,
        PrivateEndpointsCreateRequestDict,
        private_endpoints_create,
        private_endpoints_create_async,
    )

    private_endpoints_create_callable: Callable[..., object] = private_endpoints_create_in_package
    assert private_endpoints_create_callable is private_endpoints_create
    typing.get_type_hints(private_endpoints_create_in_package)
    private_endpoints_create_async_callable: Callable[..., object] = (
        private_endpoints_create_async_in_package
    )
    assert private_endpoints_create_async_callable is private_endpoints_create_async
    typing.get_type_hints(private_endpoints_create_async_in_package)
    assert module.CreatePrivateEndpointRequest is CreatePrivateEndpointRequest
    assert module.ManagedPrivateEndpointResponse is ManagedPrivateEndpointResponse
    assert module.PrivateEndpointsCreateError is PrivateEndpointsCreateError
    assert module.PrivateEndpointsCreateRequest is PrivateEndpointsCreateRequest
    assert module.PrivateEndpointsCreateRequestDict is PrivateEndpointsCreateRequestDict
    assert module.private_endpoints_create is private_endpoints_create
    assert module.private_endpoints_create_async is private_endpoints_create_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.private_endpoints_create.private_endpoints_create  # type: ignore[attr-defined]
    assert form_4 is private_endpoints_create


def check_private_endpoints_delete() -> None:
    import openrouter_funcs.private_endpoints_delete
    import openrouter_funcs.private_endpoints_delete as module
    from openrouter_funcs import private_endpoints_delete as private_endpoints_delete_in_package
    from openrouter_funcs import (
        private_endpoints_delete_async as private_endpoints_delete_async_in_package,
    )
    from openrouter_funcs.private_endpoints_delete import (
        DeletePrivateEndpointResponse,
        PrivateEndpointsDeleteError,
        PrivateEndpointsDeleteRequest,
        PrivateEndpointsDeleteRequestDict,
        private_endpoints_delete,
        private_endpoints_delete_async,
    )

    private_endpoints_delete_callable: Callable[..., object] = private_endpoints_delete_in_package
    assert private_endpoints_delete_callable is private_endpoints_delete
    typing.get_type_hints(private_endpoints_delete_in_package)
    private_endpoints_delete_async_callable: Callable[..., object] = (
        private_endpoints_delete_async_in_package
    )
    assert private_endpoints_delete_async_callable is private_endpoints_delete_async
    typing.get_type_hints(private_endpoints_delete_async_in_package)
    assert module.DeletePrivateEndpointResponse is DeletePrivateEndpointResponse
    assert module.PrivateEndpointsDeleteError is PrivateEndpointsDeleteError
    assert module.PrivateEndpointsDeleteRequest is PrivateEndpointsDeleteRequest
    assert module.PrivateEndpointsDeleteRequestDict is PrivateEndpointsDeleteRequestDict
    assert module.private_endpoints_delete is private_endpoints_delete
    assert module.private_endpoints_delete_async is private_endpoints_delete_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.private_endpoints_delete.private_endpoints_delete  # type: ignore[attr-defined]
    assert form_4 is private_endpoints_delete


def check_private_endpoints_disable() -> None:
    import openrouter_funcs.private_endpoints_disable
    import openrouter_funcs.private_endpoints_disable as module
    from openrouter_funcs import private_endpoints_disable as private_endpoints_disable_in_package
    from openrouter_funcs import (
        private_endpoints_disable_async as private_endpoints_disable_async_in_package,
    )
    from openrouter_funcs.private_endpoints_disable import (
        ManagedPrivateEndpointResponse,
        PrivateEndpointsDisableError,
        PrivateEndpointsDisableRequest,
        PrivateEndpointsDisableRequestDict,
        private_endpoints_disable,
        private_endpoints_disable_async,
    )

    private_endpoints_disable_callable: Callable[..., object] = private_endpoints_disable_in_package
    assert private_endpoints_disable_callable is private_endpoints_disable
    typing.get_type_hints(private_endpoints_disable_in_package)
    private_endpoints_disable_async_callable: Callable[..., object] = (
        private_endpoints_disable_async_in_package
    )
    assert private_endpoints_disable_async_callable is private_endpoints_disable_async
    typing.get_type_hints(private_endpoints_disable_async_in_package)
    assert module.ManagedPrivateEndpointResponse is ManagedPrivateEndpointResponse
    assert module.PrivateEndpointsDisableError is PrivateEndpointsDisableError
    assert module.PrivateEndpointsDisableRequest is PrivateEndpointsDisableRequest
    assert module.PrivateEndpointsDisableRequestDict is PrivateEndpointsDisableRequestDict
    assert module.private_endpoints_disable is private_endpoints_disable
    assert module.private_endpoints_disable_async is private_endpoints_disable_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.private_endpoints_disable.private_endpoints_disable  # type: ignore[attr-defined]
    assert form_4 is private_endpoints_disable


def check_private_endpoints_enable() -> None:
    import openrouter_funcs.private_endpoints_enable
    import openrouter_funcs.private_endpoints_enable as module
    from openrouter_funcs import private_endpoints_enable as private_endpoints_enable_in_package
    from openrouter_funcs import (
        private_endpoints_enable_async as private_endpoints_enable_async_in_package,
    )
    from openrouter_funcs.private_endpoints_enable import (
        ManagedPrivateEndpointResponse,
        PrivateEndpointsEnableError,
        PrivateEndpointsEnableRequest,
        PrivateEndpointsEnableRequestDict,
        private_endpoints_enable,
        private_endpoints_enable_async,
    )

    private_endpoints_enable_callable: Callable[..., object] = private_endpoints_enable_in_package
    assert private_endpoints_enable_callable is private_endpoints_enable
    typing.get_type_hints(private_endpoints_enable_in_package)
    private_endpoints_enable_async_callable: Callable[..., object] = (
        private_endpoints_enable_async_in_package
    )
    assert private_endpoints_enable_async_callable is private_endpoints_enable_async
    typing.get_type_hints(private_endpoints_enable_async_in_package)
    assert module.ManagedPrivateEndpointResponse is ManagedPrivateEndpointResponse
    assert module.PrivateEndpointsEnableError is PrivateEndpointsEnableError
    assert module.PrivateEndpointsEnableRequest is PrivateEndpointsEnableRequest
    assert module.PrivateEndpointsEnableRequestDict is PrivateEndpointsEnableRequestDict
    assert module.private_endpoints_enable is private_endpoints_enable
    assert module.private_endpoints_enable_async is private_endpoints_enable_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.private_endpoints_enable.private_endpoints_enable  # type: ignore[attr-defined]
    assert form_4 is private_endpoints_enable


def check_private_endpoints_get() -> None:
    import openrouter_funcs.private_endpoints_get
    import openrouter_funcs.private_endpoints_get as module
    from openrouter_funcs import private_endpoints_get as private_endpoints_get_in_package
    from openrouter_funcs import (
        private_endpoints_get_async as private_endpoints_get_async_in_package,
    )
    from openrouter_funcs.private_endpoints_get import (
        PrivateEndpointResponse,
        PrivateEndpointsGetError,
        PrivateEndpointsGetRequest,
        PrivateEndpointsGetRequestDict,
        private_endpoints_get,
        private_endpoints_get_async,
    )

    private_endpoints_get_callable: Callable[..., object] = private_endpoints_get_in_package
    assert private_endpoints_get_callable is private_endpoints_get
    typing.get_type_hints(private_endpoints_get_in_package)
    private_endpoints_get_async_callable: Callable[..., object] = (
        private_endpoints_get_async_in_package
    )
    assert private_endpoints_get_async_callable is private_endpoints_get_async
    typing.get_type_hints(private_endpoints_get_async_in_package)
    assert module.PrivateEndpointResponse is PrivateEndpointResponse
    assert module.PrivateEndpointsGetError is PrivateEndpointsGetError
    assert module.PrivateEndpointsGetRequest is PrivateEndpointsGetRequest
    assert module.PrivateEndpointsGetRequestDict is PrivateEndpointsGetRequestDict
    assert module.private_endpoints_get is private_endpoints_get
    assert module.private_endpoints_get_async is private_endpoints_get_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.private_endpoints_get.private_endpoints_get  # type: ignore[attr-defined]
    assert form_4 is private_endpoints_get


def check_private_endpoints_list() -> None:
    import openrouter_funcs.private_endpoints_list
    import openrouter_funcs.private_endpoints_list as module
    from openrouter_funcs import private_endpoints_list as private_endpoints_list_in_package
    from openrouter_funcs import (
        private_endpoints_list_async as private_endpoints_list_async_in_package,
    )
    from openrouter_funcs.private_endpoints_list import (
        ListPrivateEndpointsResponse,
        PrivateEndpointsListError,
        PrivateEndpointsListRequest,
        PrivateEndpointsListRequestDict,
        private_endpoints_list,
        private_endpoints_list_async,
    )

    private_endpoints_list_callable: Callable[..., object] = private_endpoints_list_in_package
    assert private_endpoints_list_callable is private_endpoints_list
    typing.get_type_hints(private_endpoints_list_in_package)
    private_endpoints_list_async_callable: Callable[..., object] = (
        private_endpoints_list_async_in_package
    )
    assert private_endpoints_list_async_callable is private_endpoints_list_async
    typing.get_type_hints(private_endpoints_list_async_in_package)
    assert module.ListPrivateEndpointsResponse is ListPrivateEndpointsResponse
    assert module.PrivateEndpointsListError is PrivateEndpointsListError
    assert module.PrivateEndpointsListRequest is PrivateEndpointsListRequest
    assert module.PrivateEndpointsListRequestDict is PrivateEndpointsListRequestDict
    assert module.private_endpoints_list is private_endpoints_list
    assert module.private_endpoints_list_async is private_endpoints_list_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.private_endpoints_list.private_endpoints_list  # type: ignore[attr-defined]
    assert form_4 is private_endpoints_list


def check_private_endpoints_update() -> None:
    import openrouter_funcs.private_endpoints_update
    import openrouter_funcs.private_endpoints_update as module
    from openrouter_funcs import private_endpoints_update as private_endpoints_update_in_package
    from openrouter_funcs import (
        private_endpoints_update_async as private_endpoints_update_async_in_package,
    )
    from openrouter_funcs.private_endpoints_update import (
        PrivateEndpointResponse,
        PrivateEndpointsUpdateError,
        PrivateEndpointsUpdateRequest,
        PrivateEndpointsUpdateRequestDict,
        UpdatePrivateEndpointRequest,
        private_endpoints_update,
        private_endpoints_update_async,
    )

    private_endpoints_update_callable: Callable[..., object] = private_endpoints_update_in_package
    assert private_endpoints_update_callable is private_endpoints_update
    typing.get_type_hints(private_endpoints_update_in_package)
    private_endpoints_update_async_callable: Callable[..., object] = (
        private_endpoints_update_async_in_package
    )
    assert private_endpoints_update_async_callable is private_endpoints_update_async
    typing.get_type_hints(private_endpoints_update_async_in_package)
    assert module.PrivateEndpointResponse is PrivateEndpointResponse
    assert module.PrivateEndpointsUpdateError is PrivateEndpointsUpdateError
    assert module.PrivateEndpointsUpdateRequest is PrivateEndpointsUpdateRequest
    assert module.PrivateEndpointsUpdateRequestDict is PrivateEndpointsUpdateRequestDict
    assert module.UpdatePrivateEndpointRequest is UpdatePrivateEndpointRequest
    assert module.private_endpoints_update is private_endpoints_update
    assert module.private_endpoints_update_async is private_endpoints_update_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.private_endpoints_update.PrivateEndpointResponse  # type: ignore[attr-defined]
    assert form_4 is PrivateEndpointResponse


def check_private_endpoints_update_pricing() -> None:
    import openrouter_funcs.private_endpoints_update_pricing
    import openrouter_funcs.private_endpoints_update_pricing as module
    from openrouter_funcs import (
        private_endpoints_update_pricing as private_endpoints_update_pricing_in_package,
    )
    from openrouter_funcs import (
        private_endpoints_update_pricing_async as private_endpoints_update_pricing_async_in_package,
    )
    from openrouter_funcs.private_endpoints_update_pricing import (
        PrivateEndpointResponse,
        PrivateEndpointsUpdatePricingError,
        PrivateEndpointsUpdatePricingRequest,
        PrivateEndpointsUpdatePricingRequestDict,
        UpdatePrivateEndpointPricingRequest,
        private_endpoints_update_pricing,
        private_endpoints_update_pricing_async,
    )

    private_endpoints_update_pricing_callable: Callable[..., object] = (
        private_endpoints_update_pricing_in_package
    )
    assert private_endpoints_update_pricing_callable is private_endpoints_update_pricing
    typing.get_type_hints(private_endpoints_update_pricing_in_package)
    private_endpoints_update_pricing_async_callable: Callable[..., object] = (
        private_endpoints_update_pricing_async_in_package
    )
    assert private_endpoints_update_pricing_async_callable is private_endpoints_update_pricing_async
    typing.get_type_hints(private_endpoints_update_pricing_async_in_package)
    assert module.PrivateEndpointResponse is PrivateEndpointResponse
    assert module.PrivateEndpointsUpdatePricingError is PrivateEndpointsUpdatePricingError
    assert module.PrivateEndpointsUpdatePricingRequest is PrivateEndpointsUpdatePricingRequest
    assert (
        module.PrivateEndpointsUpdatePricingRequestDict is PrivateEndpointsUpdatePricingRequestDict
    )
    assert module.UpdatePrivateEndpointPricingRequest is UpdatePrivateEndpointPricingRequest
    assert module.private_endpoints_update_pricing is private_endpoints_update_pricing
    assert module.private_endpoints_update_pricing_async is private_endpoints_update_pricing_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.private_endpoints_update_pricing.PrivateEndpointResponse  # type: ignore[attr-defined]
    assert form_4 is PrivateEndpointResponse


def check_private_endpoints_validate() -> None:
    import openrouter_funcs.private_endpoints_validate
    import openrouter_funcs.private_endpoints_validate as module
    from openrouter_funcs import private_endpoints_validate as private_endpoints_validate_in_package
    from openrouter_funcs import (
        private_endpoints_validate_async as private_endpoints_validate_async_in_package,
    )
    from openrouter_funcs.private_endpoints_validate import (
        PrivateEndpointsValidateError,
        PrivateEndpointsValidateRequest,
        PrivateEndpointsValidateRequestDict,
        PrivateEndpointValidationResponse,
        ValidatePrivateEndpointRequest,
        private_endpoints_validate,
        private_endpoints_validate_async,
    )

    private_endpoints_validate_callable: Callable[..., object] = (
        private_endpoints_validate_in_package
    )
    assert private_endpoints_validate_callable is private_endpoints_validate
    typing.get_type_hints(private_endpoints_validate_in_package)
    private_endpoints_validate_async_callable: Callable[..., object] = (
        private_endpoints_validate_async_in_package
    )
    assert private_endpoints_validate_async_callable is private_endpoints_validate_async
    typing.get_type_hints(private_endpoints_validate_async_in_package)
    assert module.PrivateEndpointValidationResponse is PrivateEndpointValidationResponse
    assert module.PrivateEndpointsValidateError is PrivateEndpointsValidateError
    assert module.PrivateEndpointsValidateRequest is PrivateEndpointsValidateRequest
    assert module.PrivateEndpointsValidateRequestDict is PrivateEndpointsValidateRequestDict
    assert module.ValidatePrivateEndpointRequest is ValidatePrivateEndpointRequest
    assert module.private_endpoints_validate is private_endpoints_validate
    assert module.private_endpoints_validate_async is private_endpoints_validate_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.private_endpoints_validate.private_endpoints_validate  # type: ignore[attr-defined]
    assert form_4 is private_endpoints_validate


def check_providers_list() -> None:
    import openrouter_funcs.providers_list
    import openrouter_funcs.providers_list as module
    from openrouter_funcs import providers_list as providers_list_in_package
    from openrouter_funcs import providers_list_async as providers_list_async_in_package
    from openrouter_funcs.providers_list import (
        ProvidersListError,
        ProvidersListRequest,
        ProvidersListRequestDict,
        ProvidersListResponse,
        ProvidersListResponseData,
        providers_list,
        providers_list_async,
    )

    providers_list_callable: Callable[..., object] = providers_list_in_package
    assert providers_list_callable is providers_list
    typing.get_type_hints(providers_list_in_package)
    providers_list_async_callable: Callable[..., object] = providers_list_async_in_package
    assert providers_list_async_callable is providers_list_async
    typing.get_type_hints(providers_list_async_in_package)
    assert module.ProvidersListError is ProvidersListError
    assert module.ProvidersListRequest is ProvidersListRequest
    assert module.ProvidersListRequestDict is ProvidersListRequestDict
    assert module.ProvidersListResponse is ProvidersListResponse
    assert module.ProvidersListResponseData is ProvidersListResponseData
    assert module.providers_list is providers_list
    assert module.providers_list_async is providers_list_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.providers_list.providers_list  # type: ignore[attr-defined]
    assert form_4 is providers_list


def check_rerank_rerank() -> None:
    import openrouter_funcs.rerank_rerank
    import openrouter_funcs.rerank_rerank as module
    from openrouter_funcs import rerank_rerank as rerank_rerank_in_package
    from openrouter_funcs import rerank_rerank_async as rerank_rerank_async_in_package
    from openrouter_funcs.rerank_rerank import (
        RerankRerankBody,
        RerankRerankError,
        RerankRerankRequest,
        RerankRerankRequestDict,
        RerankRerankResponse,
        RerankRerankResponseResults,
        RerankRerankResponseUsage,
        RerankRerankStreamingRequestDict,
        rerank_rerank,
        rerank_rerank_async,
    )

    rerank_rerank_callable: Callable[..., object] = rerank_rerank_in_package
    assert rerank_rerank_callable is rerank_rerank
    typing.get_type_hints(rerank_rerank_in_package)
    rerank_rerank_async_callable: Callable[..., object] = rerank_rerank_async_in_package
    assert rerank_rerank_async_callable is rerank_rerank_async
    typing.get_type_hints(rerank_rerank_async_in_package)
    assert module.RerankRerankBody is RerankRerankBody
    assert module.RerankRerankError is RerankRerankError
    assert module.RerankRerankRequest is RerankRerankRequest
    assert module.RerankRerankRequestDict is RerankRerankRequestDict
    assert module.RerankRerankResponse is RerankRerankResponse
    assert module.RerankRerankResponseResults is RerankRerankResponseResults
    assert module.RerankRerankResponseUsage is RerankRerankResponseUsage
    assert module.RerankRerankStreamingRequestDict is RerankRerankStreamingRequestDict
    assert module.rerank_rerank is rerank_rerank
    assert module.rerank_rerank_async is rerank_rerank_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.rerank_rerank.rerank_rerank  # type: ignore[attr-defined]
    assert form_4 is rerank_rerank


def check_responses_send() -> None:
    import openrouter_funcs.responses_send
    import openrouter_funcs.responses_send as module
    from openrouter_funcs import responses_send as responses_send_in_package
    from openrouter_funcs import responses_send_async as responses_send_async_in_package
    from openrouter_funcs.responses_send import (
        OpenResponsesResult,
        ResponsesRequest,
        ResponsesSendError,
        ResponsesSendRequest,
        ResponsesSendRequestDict,
        ResponsesSendStreamingRequestDict,
        responses_send,
        responses_send_async,
    )

    responses_send_callable: Callable[..., object] = responses_send_in_package
    assert responses_send_callable is responses_send
    typing.get_type_hints(responses_send_in_package)
    responses_send_async_callable: Callable[..., object] = responses_send_async_in_package
    assert responses_send_async_callable is responses_send_async
    typing.get_type_hints(responses_send_async_in_package)
    assert module.OpenResponsesResult is OpenResponsesResult
    assert module.ResponsesRequest is ResponsesRequest
    assert module.ResponsesSendError is ResponsesSendError
    assert module.ResponsesSendRequest is ResponsesSendRequest
    assert module.ResponsesSendRequestDict is ResponsesSendRequestDict
    assert module.ResponsesSendStreamingRequestDict is ResponsesSendStreamingRequestDict
    assert module.responses_send is responses_send
    assert module.responses_send_async is responses_send_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.responses_send.responses_send  # type: ignore[attr-defined]
    assert form_4 is responses_send


def check_run_many() -> None:
    import openrouter_funcs.run_many
    import openrouter_funcs.run_many as module
    from openrouter_funcs import request_id as request_id_in_package
    from openrouter_funcs import run_many as run_many_in_package
    from openrouter_funcs import run_many_async as run_many_async_in_package
    from openrouter_funcs.run_many import Job, Progress, request_id, run_many, run_many_async

    request_id_callable: Callable[..., object] = request_id_in_package
    assert request_id_callable is request_id
    typing.get_type_hints(request_id_in_package)
    run_many_callable: Callable[..., object] = run_many_in_package
    assert run_many_callable is run_many
    typing.get_type_hints(run_many_in_package)
    run_many_async_callable: Callable[..., object] = run_many_async_in_package
    assert run_many_async_callable is run_many_async
    typing.get_type_hints(run_many_async_in_package)
    assert module.Job is Job
    assert module.Progress is Progress
    assert module.request_id is request_id
    assert module.run_many is run_many
    assert module.run_many_async is run_many_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.run_many.Job  # type: ignore[attr-defined]
    assert form_4 is Job


def check_run_many_dask() -> None:
    import openrouter_funcs.run_many_dask
    import openrouter_funcs.run_many_dask as module
    from openrouter_funcs import merged_results as merged_results_in_package
    from openrouter_funcs import run_many_dask as run_many_dask_in_package
    from openrouter_funcs.run_many_dask import CoreSettings, merged_results, run_many_dask

    merged_results_callable: Callable[..., object] = merged_results_in_package
    assert merged_results_callable is merged_results
    typing.get_type_hints(merged_results_in_package)
    run_many_dask_callable: Callable[..., object] = run_many_dask_in_package
    assert run_many_dask_callable is run_many_dask
    typing.get_type_hints(run_many_dask_in_package)
    assert module.CoreSettings is CoreSettings
    assert module.merged_results is merged_results
    assert module.run_many_dask is run_many_dask
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.run_many_dask.CoreSettings  # type: ignore[attr-defined]
    assert form_4 is CoreSettings


def check_scim_create() -> None:
    import openrouter_funcs.scim_create
    import openrouter_funcs.scim_create as module
    from openrouter_funcs import scim_create as scim_create_in_package
    from openrouter_funcs import scim_create_async as scim_create_async_in_package
    from openrouter_funcs.scim_create import (
        CreateScimGroupMappingRequest,
        CreateScimGroupMappingResponse,
        ScimCreateError,
        ScimCreateRequest,
        ScimCreateRequestDict,
        scim_create,
        scim_create_async,
    )

    scim_create_callable: Callable[..., object] = scim_create_in_package
    assert scim_create_callable is scim_create
    typing.get_type_hints(scim_create_in_package)
    scim_create_async_callable: Callable[..., object] = scim_create_async_in_package
    assert scim_create_async_callable is scim_create_async
    typing.get_type_hints(scim_create_async_in_package)
    assert module.CreateScimGroupMappingRequest is CreateScimGroupMappingRequest
    assert module.CreateScimGroupMappingResponse is CreateScimGroupMappingResponse
    assert module.ScimCreateError is ScimCreateError
    assert module.ScimCreateRequest is ScimCreateRequest
    assert module.ScimCreateRequestDict is ScimCreateRequestDict
    assert module.scim_create is scim_create
    assert module.scim_create_async is scim_create_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.scim_create.scim_create  # type: ignore[attr-defined]
    assert form_4 is scim_create


def check_scim_create_sync_job() -> None:
    import openrouter_funcs.scim_create_sync_job
    import openrouter_funcs.scim_create_sync_job as module
    from openrouter_funcs import scim_create_sync_job as scim_create_sync_job_in_package
    from openrouter_funcs import scim_create_sync_job_async as scim_create_sync_job_async_in_package
    from openrouter_funcs.scim_create_sync_job import (
        CreateScimSyncJobResponse,
        ScimCreateSyncJobError,
        ScimCreateSyncJobRequest,
        ScimCreateSyncJobRequestDict,
        scim_create_sync_job,
        scim_create_sync_job_async,
    )

    scim_create_sync_job_callable: Callable[..., object] = scim_create_sync_job_in_package
    assert scim_create_sync_job_callable is scim_create_sync_job
    typing.get_type_hints(scim_create_sync_job_in_package)
    scim_create_sync_job_async_callable: Callable[..., object] = (
        scim_create_sync_job_async_in_package
    )
    assert scim_create_sync_job_async_callable is scim_create_sync_job_async
    typing.get_type_hints(scim_create_sync_job_async_in_package)
    assert module.CreateScimSyncJobResponse is CreateScimSyncJobResponse
    assert module.ScimCreateSyncJobError is ScimCreateSyncJobError
    assert module.ScimCreateSyncJobRequest is ScimCreateSyncJobRequest
    assert module.ScimCreateSyncJobRequestDict is ScimCreateSyncJobRequestDict
    assert module.scim_create_sync_job is scim_create_sync_job
    assert module.scim_create_sync_job_async is scim_create_sync_job_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.scim_create_sync_job.scim_create_sync_job  # type: ignore[attr-defined]
    assert form_4 is scim_create_sync_job


def check_scim_delete() -> None:
    import openrouter_funcs.scim_delete
    import openrouter_funcs.scim_delete as module
    from openrouter_funcs import scim_delete as scim_delete_in_package
    from openrouter_funcs import scim_delete_async as scim_delete_async_in_package
    from openrouter_funcs.scim_delete import (
        DeleteScimGroupMappingResponse,
        ScimDeleteError,
        ScimDeleteRequest,
        ScimDeleteRequestDict,
        scim_delete,
        scim_delete_async,
    )

    scim_delete_callable: Callable[..., object] = scim_delete_in_package
    assert scim_delete_callable is scim_delete
    typing.get_type_hints(scim_delete_in_package)
    scim_delete_async_callable: Callable[..., object] = scim_delete_async_in_package
    assert scim_delete_async_callable is scim_delete_async
    typing.get_type_hints(scim_delete_async_in_package)
    assert module.DeleteScimGroupMappingResponse is DeleteScimGroupMappingResponse
    assert module.ScimDeleteError is ScimDeleteError
    assert module.ScimDeleteRequest is ScimDeleteRequest
    assert module.ScimDeleteRequestDict is ScimDeleteRequestDict
    assert module.scim_delete is scim_delete
    assert module.scim_delete_async is scim_delete_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.scim_delete.scim_delete  # type: ignore[attr-defined]
    assert form_4 is scim_delete


def check_scim_get_sync_job() -> None:
    import openrouter_funcs.scim_get_sync_job
    import openrouter_funcs.scim_get_sync_job as module
    from openrouter_funcs import scim_get_sync_job as scim_get_sync_job_in_package
    from openrouter_funcs import scim_get_sync_job_async as scim_get_sync_job_async_in_package
    from openrouter_funcs.scim_get_sync_job import (
        GetScimSyncJobResponse,
        ScimGetSyncJobError,
        ScimGetSyncJobRequest,
        ScimGetSyncJobRequestDict,
        scim_get_sync_job,
        scim_get_sync_job_async,
    )

    scim_get_sync_job_callable: Callable[..., object] = scim_get_sync_job_in_package
    assert scim_get_sync_job_callable is scim_get_sync_job
    typing.get_type_hints(scim_get_sync_job_in_package)
    scim_get_sync_job_async_callable: Callable[..., object] = scim_get_sync_job_async_in_package
    assert scim_get_sync_job_async_callable is scim_get_sync_job_async
    typing.get_type_hints(scim_get_sync_job_async_in_package)
    assert module.GetScimSyncJobResponse is GetScimSyncJobResponse
    assert module.ScimGetSyncJobError is ScimGetSyncJobError
    assert module.ScimGetSyncJobRequest is ScimGetSyncJobRequest
    assert module.ScimGetSyncJobRequestDict is ScimGetSyncJobRequestDict
    assert module.scim_get_sync_job is scim_get_sync_job
    assert module.scim_get_sync_job_async is scim_get_sync_job_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.scim_get_sync_job.scim_get_sync_job  # type: ignore[attr-defined]
    assert form_4 is scim_get_sync_job


def check_scim_list_groups() -> None:
    import openrouter_funcs.scim_list_groups
    import openrouter_funcs.scim_list_groups as module
    from openrouter_funcs import scim_list_groups as scim_list_groups_in_package
    from openrouter_funcs import scim_list_groups_async as scim_list_groups_async_in_package
    from openrouter_funcs.scim_list_groups import (
        ListScimGroupsResponse,
        ScimListGroupsError,
        ScimListGroupsRequest,
        ScimListGroupsRequestDict,
        scim_list_groups,
        scim_list_groups_async,
    )

    scim_list_groups_callable: Callable[..., object] = scim_list_groups_in_package
    assert scim_list_groups_callable is scim_list_groups
    typing.get_type_hints(scim_list_groups_in_package)
    scim_list_groups_async_callable: Callable[..., object] = scim_list_groups_async_in_package
    assert scim_list_groups_async_callable is scim_list_groups_async
    typing.get_type_hints(scim_list_groups_async_in_package)
    assert module.ListScimGroupsResponse is ListScimGroupsResponse
    assert module.ScimListGroupsError is ScimListGroupsError
    assert module.ScimListGroupsRequest is ScimListGroupsRequest
    assert module.ScimListGroupsRequestDict is ScimListGroupsRequestDict
    assert module.scim_list_groups is scim_list_groups
    assert module.scim_list_groups_async is scim_list_groups_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.scim_list_groups.scim_list_groups  # type: ignore[attr-defined]
    assert form_4 is scim_list_groups


def check_scim_list_groups_pages() -> None:
    import openrouter_funcs.scim_list_groups_pages
    import openrouter_funcs.scim_list_groups_pages as module
    from openrouter_funcs import scim_list_groups_pages as scim_list_groups_pages_in_package
    from openrouter_funcs import (
        scim_list_groups_pages_async as scim_list_groups_pages_async_in_package,
    )
    from openrouter_funcs.scim_list_groups_pages import (
        PAGINATION,
        scim_list_groups_pages,
        scim_list_groups_pages_async,
    )

    scim_list_groups_pages_callable: Callable[..., object] = scim_list_groups_pages_in_package
    assert scim_list_groups_pages_callable is scim_list_groups_pages
    typing.get_type_hints(scim_list_groups_pages_in_package)
    scim_list_groups_pages_async_callable: Callable[..., object] = (
        scim_list_groups_pages_async_in_package
    )
    assert scim_list_groups_pages_async_callable is scim_list_groups_pages_async
    typing.get_type_hints(scim_list_groups_pages_async_in_package)
    assert module.PAGINATION is PAGINATION
    assert module.scim_list_groups_pages is scim_list_groups_pages
    assert module.scim_list_groups_pages_async is scim_list_groups_pages_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.scim_list_groups_pages.PAGINATION  # type: ignore[attr-defined]
    assert form_4 is PAGINATION


def check_scim_list_mappings() -> None:
    import openrouter_funcs.scim_list_mappings
    import openrouter_funcs.scim_list_mappings as module
    from openrouter_funcs import scim_list_mappings as scim_list_mappings_in_package
    from openrouter_funcs import scim_list_mappings_async as scim_list_mappings_async_in_package
    from openrouter_funcs.scim_list_mappings import (
        ListScimGroupMappingsResponse,
        ScimListMappingsError,
        ScimListMappingsRequest,
        ScimListMappingsRequestDict,
        scim_list_mappings,
        scim_list_mappings_async,
    )

    scim_list_mappings_callable: Callable[..., object] = scim_list_mappings_in_package
    assert scim_list_mappings_callable is scim_list_mappings
    typing.get_type_hints(scim_list_mappings_in_package)
    scim_list_mappings_async_callable: Callable[..., object] = scim_list_mappings_async_in_package
    assert scim_list_mappings_async_callable is scim_list_mappings_async
    typing.get_type_hints(scim_list_mappings_async_in_package)
    assert module.ListScimGroupMappingsResponse is ListScimGroupMappingsResponse
    assert module.ScimListMappingsError is ScimListMappingsError
    assert module.ScimListMappingsRequest is ScimListMappingsRequest
    assert module.ScimListMappingsRequestDict is ScimListMappingsRequestDict
    assert module.scim_list_mappings is scim_list_mappings
    assert module.scim_list_mappings_async is scim_list_mappings_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.scim_list_mappings.scim_list_mappings  # type: ignore[attr-defined]
    assert form_4 is scim_list_mappings


def check_scim_list_mappings_pages() -> None:
    import openrouter_funcs.scim_list_mappings_pages
    import openrouter_funcs.scim_list_mappings_pages as module
    from openrouter_funcs import scim_list_mappings_pages as scim_list_mappings_pages_in_package
    from openrouter_funcs import (
        scim_list_mappings_pages_async as scim_list_mappings_pages_async_in_package,
    )
    from openrouter_funcs.scim_list_mappings_pages import (
        PAGINATION,
        scim_list_mappings_pages,
        scim_list_mappings_pages_async,
    )

    scim_list_mappings_pages_callable: Callable[..., object] = scim_list_mappings_pages_in_package
    assert scim_list_mappings_pages_callable is scim_list_mappings_pages
    typing.get_type_hints(scim_list_mappings_pages_in_package)
    scim_list_mappings_pages_async_callable: Callable[..., object] = (
        scim_list_mappings_pages_async_in_package
    )
    assert scim_list_mappings_pages_async_callable is scim_list_mappings_pages_async
    typing.get_type_hints(scim_list_mappings_pages_async_in_package)
    assert module.PAGINATION is PAGINATION
    assert module.scim_list_mappings_pages is scim_list_mappings_pages
    assert module.scim_list_mappings_pages_async is scim_list_mappings_pages_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.scim_list_mappings_pages.PAGINATION  # type: ignore[attr-defined]
    assert form_4 is PAGINATION


def check_scim_read() -> None:
    import openrouter_funcs.scim_read
    import openrouter_funcs.scim_read as module
    from openrouter_funcs import scim_read as scim_read_in_package
    from openrouter_funcs import scim_read_async as scim_read_async_in_package
    from openrouter_funcs.scim_read import (
        GetScimGroupMappingResponse,
        ScimReadError,
        ScimReadRequest,
        ScimReadRequestDict,
        scim_read,
        scim_read_async,
    )

    scim_read_callable: Callable[..., object] = scim_read_in_package
    assert scim_read_callable is scim_read
    typing.get_type_hints(scim_read_in_package)
    scim_read_async_callable: Callable[..., object] = scim_read_async_in_package
    assert scim_read_async_callable is scim_read_async
    typing.get_type_hints(scim_read_async_in_package)
    assert module.GetScimGroupMappingResponse is GetScimGroupMappingResponse
    assert module.ScimReadError is ScimReadError
    assert module.ScimReadRequest is ScimReadRequest
    assert module.ScimReadRequestDict is ScimReadRequestDict
    assert module.scim_read is scim_read
    assert module.scim_read_async is scim_read_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.scim_read.scim_read  # type: ignore[attr-defined]
    assert form_4 is scim_read


def check_scim_update() -> None:
    import openrouter_funcs.scim_update
    import openrouter_funcs.scim_update as module
    from openrouter_funcs import scim_update as scim_update_in_package
    from openrouter_funcs import scim_update_async as scim_update_async_in_package
    from openrouter_funcs.scim_update import (
        ScimUpdateError,
        ScimUpdateRequest,
        ScimUpdateRequestDict,
        UpdateScimGroupMappingRequest,
        UpdateScimGroupMappingResponse,
        scim_update,
        scim_update_async,
    )

    scim_update_callable: Callable[..., object] = scim_update_in_package
    assert scim_update_callable is scim_update
    typing.get_type_hints(scim_update_in_package)
    scim_update_async_callable: Callable[..., object] = scim_update_async_in_package
    assert scim_update_async_callable is scim_update_async
    typing.get_type_hints(scim_update_async_in_package)
    assert module.ScimUpdateError is ScimUpdateError
    assert module.ScimUpdateRequest is ScimUpdateRequest
    assert module.ScimUpdateRequestDict is ScimUpdateRequestDict
    assert module.UpdateScimGroupMappingRequest is UpdateScimGroupMappingRequest
    assert module.UpdateScimGroupMappingResponse is UpdateScimGroupMappingResponse
    assert module.scim_update is scim_update
    assert module.scim_update_async is scim_update_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.scim_update.scim_update  # type: ignore[attr-defined]
    assert form_4 is scim_update


def check_stop_conditions() -> None:
    import openrouter_funcs.stop_conditions
    import openrouter_funcs.stop_conditions as module
    from openrouter_funcs import has_tool_call as has_tool_call_in_package
    from openrouter_funcs import max_cost as max_cost_in_package
    from openrouter_funcs import max_tokens as max_tokens_in_package
    from openrouter_funcs import step_count_is as step_count_is_in_package
    from openrouter_funcs.stop_conditions import (
        DEFAULT_STOP,
        StopCondition,
        StopWhen,
        has_tool_call,
        max_cost,
        max_tokens,
        step_count_is,
    )

    has_tool_call_callable: Callable[..., object] = has_tool_call_in_package
    assert has_tool_call_callable is has_tool_call
    typing.get_type_hints(has_tool_call_in_package)
    max_cost_callable: Callable[..., object] = max_cost_in_package
    assert max_cost_callable is max_cost
    typing.get_type_hints(max_cost_in_package)
    max_tokens_callable: Callable[..., object] = max_tokens_in_package
    assert max_tokens_callable is max_tokens
    typing.get_type_hints(max_tokens_in_package)
    step_count_is_callable: Callable[..., object] = step_count_is_in_package
    assert step_count_is_callable is step_count_is
    typing.get_type_hints(step_count_is_in_package)
    assert module.DEFAULT_STOP is DEFAULT_STOP
    assert module.StopCondition is StopCondition
    assert module.StopWhen is StopWhen
    assert module.has_tool_call is has_tool_call
    assert module.max_cost is max_cost
    assert module.max_tokens is max_tokens
    assert module.step_count_is is step_count_is
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.stop_conditions.StopWhen
    assert form_4 is StopWhen


def check_structured_output() -> None:
    import openrouter_funcs.structured_output
    import openrouter_funcs.structured_output as module
    from openrouter_funcs import chat_parse as chat_parse_in_package
    from openrouter_funcs import chat_parse_async as chat_parse_async_in_package
    from openrouter_funcs import output_of as output_of_in_package
    from openrouter_funcs import parse_output as parse_output_in_package
    from openrouter_funcs import response_format_for as response_format_for_in_package
    from openrouter_funcs.structured_output import (
        ChatParseError,
        Parsed,
        chat_parse,
        chat_parse_async,
        output_of,
        parse_output,
        response_format_for,
    )

    chat_parse_callable: Callable[..., object] = chat_parse_in_package
    assert chat_parse_callable is chat_parse
    typing.get_type_hints(chat_parse_in_package)
    chat_parse_async_callable: Callable[..., object] = chat_parse_async_in_package
    assert chat_parse_async_callable is chat_parse_async
    typing.get_type_hints(chat_parse_async_in_package)
    output_of_callable: Callable[..., object] = output_of_in_package
    assert output_of_callable is output_of
    typing.get_type_hints(output_of_in_package)
    parse_output_callable: Callable[..., object] = parse_output_in_package
    assert parse_output_callable is parse_output
    typing.get_type_hints(parse_output_in_package)
    response_format_for_callable: Callable[..., object] = response_format_for_in_package
    assert response_format_for_callable is response_format_for
    typing.get_type_hints(response_format_for_in_package)
    assert module.ChatParseError is ChatParseError
    assert module.Parsed is Parsed
    assert module.chat_parse is chat_parse
    assert module.chat_parse_async is chat_parse_async
    assert module.output_of is output_of
    assert module.parse_output is parse_output
    assert module.response_format_for is response_format_for
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.structured_output.Parsed
    assert form_4 is Parsed


def check_stt_create_transcription() -> None:
    import openrouter_funcs.stt_create_transcription
    import openrouter_funcs.stt_create_transcription as module
    from openrouter_funcs import stt_create_transcription as stt_create_transcription_in_package
    from openrouter_funcs import (
        stt_create_transcription_async as stt_create_transcription_async_in_package,
    )
    from openrouter_funcs.stt_create_transcription import (
        SttCreateTranscriptionError,
        SttCreateTranscriptionRequest,
        SttCreateTranscriptionUploadRequest,
        STTRequest,
        STTResponse,
        stt_create_transcription,
        stt_create_transcription_async,
    )

    stt_create_transcription_callable: Callable[..., object] = stt_create_transcription_in_package
    assert stt_create_transcription_callable is stt_create_transcription
    typing.get_type_hints(stt_create_transcription_in_package)
    stt_create_transcription_async_callable: Callable[..., object] = (
        stt_create_transcription_async_in_package
    )
    assert stt_create_transcription_async_callable is stt_create_transcription_async
    typing.get_type_hints(stt_create_transcription_async_in_package)
    assert module.STTRequest is STTRequest
    assert module.STTResponse is STTResponse
    assert module.SttCreateTranscriptionError is SttCreateTranscriptionError
    assert module.SttCreateTranscriptionRequest is SttCreateTranscriptionRequest
    assert module.SttCreateTranscriptionUploadRequest is SttCreateTranscriptionUploadRequest
    assert module.stt_create_transcription is stt_create_transcription
    assert module.stt_create_transcription_async is stt_create_transcription_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.stt_create_transcription.STTRequest  # type: ignore[attr-defined]
    assert form_4 is STTRequest


def check_stt_create_transcription_multipart() -> None:
    import openrouter_funcs.stt_create_transcription_multipart
    import openrouter_funcs.stt_create_transcription_multipart as module
    from openrouter_funcs import (
        stt_create_transcription_multipart as stt_create_transcription_multipart_in_package,
    )
    from openrouter_funcs import (
        stt_create_transcription_multipart_async as stt_create_transcription_multipart_async_in_package,
    )
    from openrouter_funcs.stt_create_transcription_multipart import (
        SttCreateTranscriptionMultipartError,
        SttCreateTranscriptionMultipartRequest,
        SttCreateTranscriptionMultipartRequestDict,
        STTResponse,
        stt_create_transcription_multipart,
        stt_create_transcription_multipart_async,
    )

    stt_create_transcription_multipart_callable: Callable[..., object] = (
        stt_create_transcription_multipart_in_package
    )
    assert stt_create_transcription_multipart_callable is stt_create_transcription_multipart
    typing.get_type_hints(stt_create_transcription_multipart_in_package)
    stt_create_transcription_multipart_async_callable: Callable[..., object] = (
        stt_create_transcription_multipart_async_in_package
    )
    assert (
        stt_create_transcription_multipart_async_callable
        is stt_create_transcription_multipart_async
    )
    typing.get_type_hints(stt_create_transcription_multipart_async_in_package)
    assert module.STTResponse is STTResponse
    assert module.SttCreateTranscriptionMultipartError is SttCreateTranscriptionMultipartError
    assert module.SttCreateTranscriptionMultipartRequest is SttCreateTranscriptionMultipartRequest
    assert (
        module.SttCreateTranscriptionMultipartRequestDict
        is SttCreateTranscriptionMultipartRequestDict
    )
    assert module.stt_create_transcription_multipart is stt_create_transcription_multipart
    assert (
        module.stt_create_transcription_multipart_async is stt_create_transcription_multipart_async
    )
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.stt_create_transcription_multipart.STTResponse  # type: ignore[attr-defined]
    assert form_4 is STTResponse


def check_system_one_create() -> None:
    import openrouter_funcs.system_one_create
    import openrouter_funcs.system_one_create as module
    from openrouter_funcs import system_one_create as system_one_create_in_package
    from openrouter_funcs import system_one_create_async as system_one_create_async_in_package
    from openrouter_funcs.system_one_create import (
        DecisionsRequest,
        DecisionsResponse,
        DecisionsResponseAnswersValue,
        SystemOneCreateError,
        SystemOneCreateRequest,
        SystemOneCreateRequestDict,
        system_one_create,
        system_one_create_async,
    )

    system_one_create_callable: Callable[..., object] = system_one_create_in_package
    assert system_one_create_callable is system_one_create
    typing.get_type_hints(system_one_create_in_package)
    system_one_create_async_callable: Callable[..., object] = system_one_create_async_in_package
    assert system_one_create_async_callable is system_one_create_async
    typing.get_type_hints(system_one_create_async_in_package)
    assert module.DecisionsRequest is DecisionsRequest
    assert module.DecisionsResponse is DecisionsResponse
    assert module.DecisionsResponseAnswersValue is DecisionsResponseAnswersValue
    assert module.SystemOneCreateError is SystemOneCreateError
    assert module.SystemOneCreateRequest is SystemOneCreateRequest
    assert module.SystemOneCreateRequestDict is SystemOneCreateRequestDict
    assert module.system_one_create is system_one_create
    assert module.system_one_create_async is system_one_create_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.system_one_create.DecisionsRequest  # type: ignore[attr-defined]
    assert form_4 is DecisionsRequest


def check_tools() -> None:
    import openrouter_funcs.tools
    import openrouter_funcs.tools as module
    from openrouter_funcs import tool as tool_in_package
    from openrouter_funcs import tool_error_text as tool_error_text_in_package
    from openrouter_funcs.tools import ApprovalRule, Tool, ToolContext, tool, tool_error_text

    tool_callable: Callable[..., object] = tool_in_package
    assert tool_callable is tool
    typing.get_type_hints(tool_in_package)
    tool_error_text_callable: Callable[..., object] = tool_error_text_in_package
    assert tool_error_text_callable is tool_error_text
    typing.get_type_hints(tool_error_text_in_package)
    assert module.ApprovalRule is ApprovalRule
    assert module.Tool is Tool
    assert module.ToolContext is ToolContext
    assert module.tool is tool
    assert module.tool_error_text is tool_error_text
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.tools.Tool
    assert form_4 is Tool


def check_tools_get_tool() -> None:
    import openrouter_funcs.tools_get_tool
    import openrouter_funcs.tools_get_tool as module
    from openrouter_funcs import tools_get_tool as tools_get_tool_in_package
    from openrouter_funcs import tools_get_tool_async as tools_get_tool_async_in_package
    from openrouter_funcs.tools_get_tool import (
        GetToolResponse,
        ToolsGetToolError,
        ToolsGetToolRequest,
        ToolsGetToolRequestDict,
        tools_get_tool,
        tools_get_tool_async,
    )

    tools_get_tool_callable: Callable[..., object] = tools_get_tool_in_package
    assert tools_get_tool_callable is tools_get_tool
    typing.get_type_hints(tools_get_tool_in_package)
    tools_get_tool_async_callable: Callable[..., object] = tools_get_tool_async_in_package
    assert tools_get_tool_async_callable is tools_get_tool_async
    typing.get_type_hints(tools_get_tool_async_in_package)
    assert module.GetToolResponse is GetToolResponse
    assert module.ToolsGetToolError is ToolsGetToolError
    assert module.ToolsGetToolRequest is ToolsGetToolRequest
    assert module.ToolsGetToolRequestDict is ToolsGetToolRequestDict
    assert module.tools_get_tool is tools_get_tool
    assert module.tools_get_tool_async is tools_get_tool_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.tools_get_tool.tools_get_tool  # type: ignore[attr-defined]
    assert form_4 is tools_get_tool


def check_tools_list_tools() -> None:
    import openrouter_funcs.tools_list_tools
    import openrouter_funcs.tools_list_tools as module
    from openrouter_funcs import tools_list_tools as tools_list_tools_in_package
    from openrouter_funcs import tools_list_tools_async as tools_list_tools_async_in_package
    from openrouter_funcs.tools_list_tools import (
        ListToolsResponse,
        ToolsListToolsError,
        ToolsListToolsRequest,
        ToolsListToolsRequestDict,
        tools_list_tools,
        tools_list_tools_async,
    )

    tools_list_tools_callable: Callable[..., object] = tools_list_tools_in_package
    assert tools_list_tools_callable is tools_list_tools
    typing.get_type_hints(tools_list_tools_in_package)
    tools_list_tools_async_callable: Callable[..., object] = tools_list_tools_async_in_package
    assert tools_list_tools_async_callable is tools_list_tools_async
    typing.get_type_hints(tools_list_tools_async_in_package)
    assert module.ListToolsResponse is ListToolsResponse
    assert module.ToolsListToolsError is ToolsListToolsError
    assert module.ToolsListToolsRequest is ToolsListToolsRequest
    assert module.ToolsListToolsRequestDict is ToolsListToolsRequestDict
    assert module.tools_list_tools is tools_list_tools
    assert module.tools_list_tools_async is tools_list_tools_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.tools_list_tools.tools_list_tools  # type: ignore[attr-defined]
    assert form_4 is tools_list_tools


def check_tts_create_speech() -> None:
    import openrouter_funcs.tts_create_speech
    import openrouter_funcs.tts_create_speech as module
    from openrouter_funcs import tts_create_speech as tts_create_speech_in_package
    from openrouter_funcs import tts_create_speech_async as tts_create_speech_async_in_package
    from openrouter_funcs import tts_create_speech_stream as tts_create_speech_stream_in_package
    from openrouter_funcs import (
        tts_create_speech_stream_async as tts_create_speech_stream_async_in_package,
    )
    from openrouter_funcs.tts_create_speech import (
        AsyncByteStream,
        ByteStream,
        SpeechRequest,
        TtsCreateSpeechError,
        TtsCreateSpeechRequest,
        TtsCreateSpeechRequestDict,
        tts_create_speech,
        tts_create_speech_async,
        tts_create_speech_stream,
        tts_create_speech_stream_async,
    )

    tts_create_speech_callable: Callable[..., object] = tts_create_speech_in_package
    assert tts_create_speech_callable is tts_create_speech
    typing.get_type_hints(tts_create_speech_in_package)
    tts_create_speech_async_callable: Callable[..., object] = tts_create_speech_async_in_package
    assert tts_create_speech_async_callable is tts_create_speech_async
    typing.get_type_hints(tts_create_speech_async_in_package)
    tts_create_speech_stream_callable: Callable[..., object] = tts_create_speech_stream_in_package
    assert tts_create_speech_stream_callable is tts_create_speech_stream
    typing.get_type_hints(tts_create_speech_stream_in_package)
    tts_create_speech_stream_async_callable: Callable[..., object] = (
        tts_create_speech_stream_async_in_package
    )
    assert tts_create_speech_stream_async_callable is tts_create_speech_stream_async
    typing.get_type_hints(tts_create_speech_stream_async_in_package)
    assert module.AsyncByteStream is AsyncByteStream
    assert module.ByteStream is ByteStream
    assert module.SpeechRequest is SpeechRequest
    assert module.TtsCreateSpeechError is TtsCreateSpeechError
    assert module.TtsCreateSpeechRequest is TtsCreateSpeechRequest
    assert module.TtsCreateSpeechRequestDict is TtsCreateSpeechRequestDict
    assert module.tts_create_speech is tts_create_speech
    assert module.tts_create_speech_async is tts_create_speech_async
    assert module.tts_create_speech_stream is tts_create_speech_stream
    assert module.tts_create_speech_stream_async is tts_create_speech_stream_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.tts_create_speech.ByteStream  # type: ignore[attr-defined]
    assert form_4 is ByteStream


def check_vault_copy_vault_secrets_to_intern() -> None:
    import openrouter_funcs.vault_copy_vault_secrets_to_intern
    import openrouter_funcs.vault_copy_vault_secrets_to_intern as module
    from openrouter_funcs import (
        vault_copy_vault_secrets_to_intern as vault_copy_vault_secrets_to_intern_in_package,
    )
    from openrouter_funcs import (
        vault_copy_vault_secrets_to_intern_async as vault_copy_vault_secrets_to_intern_async_in_package,
    )
    from openrouter_funcs.vault_copy_vault_secrets_to_intern import (
        VaultCopyVaultSecretsToInternError,
        VaultCopyVaultSecretsToInternRequest,
        VaultCopyVaultSecretsToInternRequestDict,
        VaultSecretCopyRequest,
        VaultSecretCopyResponse,
        vault_copy_vault_secrets_to_intern,
        vault_copy_vault_secrets_to_intern_async,
    )

    vault_copy_vault_secrets_to_intern_callable: Callable[..., object] = (
        vault_copy_vault_secrets_to_intern_in_package
    )
    assert vault_copy_vault_secrets_to_intern_callable is vault_copy_vault_secrets_to_intern
    typing.get_type_hints(vault_copy_vault_secrets_to_intern_in_package)
    vault_copy_vault_secrets_to_intern_async_callable: Callable[..., object] = (
        vault_copy_vault_secrets_to_intern_async_in_package
    )
    assert (
        vault_copy_vault_secrets_to_intern_async_callable
        is vault_copy_vault_secrets_to_intern_async
    )
    typing.get_type_hints(vault_copy_vault_secrets_to_intern_async_in_package)
    assert module.VaultCopyVaultSecretsToInternError is VaultCopyVaultSecretsToInternError
    assert module.VaultCopyVaultSecretsToInternRequest is VaultCopyVaultSecretsToInternRequest
    assert (
        module.VaultCopyVaultSecretsToInternRequestDict is VaultCopyVaultSecretsToInternRequestDict
    )
    assert module.VaultSecretCopyRequest is VaultSecretCopyRequest
    assert module.VaultSecretCopyResponse is VaultSecretCopyResponse
    assert module.vault_copy_vault_secrets_to_intern is vault_copy_vault_secrets_to_intern
    assert (
        module.vault_copy_vault_secrets_to_intern_async is vault_copy_vault_secrets_to_intern_async
    )
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.vault_copy_vault_secrets_to_intern.VaultSecretCopyRequest  # type: ignore[attr-defined]
    assert form_4 is VaultSecretCopyRequest


def check_vault_delete_intern_vault_secret() -> None:
    import openrouter_funcs.vault_delete_intern_vault_secret
    import openrouter_funcs.vault_delete_intern_vault_secret as module
    from openrouter_funcs import (
        vault_delete_intern_vault_secret as vault_delete_intern_vault_secret_in_package,
    )
    from openrouter_funcs import (
        vault_delete_intern_vault_secret_async as vault_delete_intern_vault_secret_async_in_package,
    )
    from openrouter_funcs.vault_delete_intern_vault_secret import (
        VaultDeleteInternVaultSecretError,
        VaultDeleteInternVaultSecretRequest,
        VaultDeleteInternVaultSecretRequestDict,
        vault_delete_intern_vault_secret,
        vault_delete_intern_vault_secret_async,
    )

    vault_delete_intern_vault_secret_callable: Callable[..., object] = (
        vault_delete_intern_vault_secret_in_package
    )
    assert vault_delete_intern_vault_secret_callable is vault_delete_intern_vault_secret
    typing.get_type_hints(vault_delete_intern_vault_secret_in_package)
    vault_delete_intern_vault_secret_async_callable: Callable[..., object] = (
        vault_delete_intern_vault_secret_async_in_package
    )
    assert vault_delete_intern_vault_secret_async_callable is vault_delete_intern_vault_secret_async
    typing.get_type_hints(vault_delete_intern_vault_secret_async_in_package)
    assert module.VaultDeleteInternVaultSecretError is VaultDeleteInternVaultSecretError
    assert module.VaultDeleteInternVaultSecretRequest is VaultDeleteInternVaultSecretRequest
    assert module.VaultDeleteInternVaultSecretRequestDict is VaultDeleteInternVaultSecretRequestDict
    assert module.vault_delete_intern_vault_secret is vault_delete_intern_vault_secret
    assert module.vault_delete_intern_vault_secret_async is vault_delete_intern_vault_secret_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.vault_delete_intern_vault_secret.vault_delete_intern_vault_secret  # type: ignore[attr-defined]
    assert form_4 is vault_delete_intern_vault_secret


def check_vault_delete_vault_secret() -> None:
    import openrouter_funcs.vault_delete_vault_secret
    import openrouter_funcs.vault_delete_vault_secret as module
    from openrouter_funcs import vault_delete_vault_secret as vault_delete_vault_secret_in_package
    from openrouter_funcs import (
        vault_delete_vault_secret_async as vault_delete_vault_secret_async_in_package,
    )
    from openrouter_funcs.vault_delete_vault_secret import (
        VaultDeleteVaultSecretError,
        VaultDeleteVaultSecretRequest,
        VaultDeleteVaultSecretRequestDict,
        vault_delete_vault_secret,
        vault_delete_vault_secret_async,
    )

    vault_delete_vault_secret_callable: Callable[..., object] = vault_delete_vault_secret_in_package
    assert vault_delete_vault_secret_callable is vault_delete_vault_secret
    typing.get_type_hints(vault_delete_vault_secret_in_package)
    vault_delete_vault_secret_async_callable: Callable[..., object] = (
        vault_delete_vault_secret_async_in_package
    )
    assert vault_delete_vault_secret_async_callable is vault_delete_vault_secret_async
    typing.get_type_hints(vault_delete_vault_secret_async_in_package)
    assert module.VaultDeleteVaultSecretError is VaultDeleteVaultSecretError
    assert module.VaultDeleteVaultSecretRequest is VaultDeleteVaultSecretRequest
    assert module.VaultDeleteVaultSecretRequestDict is VaultDeleteVaultSecretRequestDict
    assert module.vault_delete_vault_secret is vault_delete_vault_secret
    assert module.vault_delete_vault_secret_async is vault_delete_vault_secret_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.vault_delete_vault_secret.vault_delete_vault_secret  # type: ignore[attr-defined]
    assert form_4 is vault_delete_vault_secret


def check_vault_list_intern_connections() -> None:
    import openrouter_funcs.vault_list_intern_connections
    import openrouter_funcs.vault_list_intern_connections as module
    from openrouter_funcs import (
        vault_list_intern_connections as vault_list_intern_connections_in_package,
    )
    from openrouter_funcs import (
        vault_list_intern_connections_async as vault_list_intern_connections_async_in_package,
    )
    from openrouter_funcs.vault_list_intern_connections import (
        ListInternConnectionsResponse,
        VaultListInternConnectionsError,
        VaultListInternConnectionsRequest,
        VaultListInternConnectionsRequestDict,
        vault_list_intern_connections,
        vault_list_intern_connections_async,
    )

    vault_list_intern_connections_callable: Callable[..., object] = (
        vault_list_intern_connections_in_package
    )
    assert vault_list_intern_connections_callable is vault_list_intern_connections
    typing.get_type_hints(vault_list_intern_connections_in_package)
    vault_list_intern_connections_async_callable: Callable[..., object] = (
        vault_list_intern_connections_async_in_package
    )
    assert vault_list_intern_connections_async_callable is vault_list_intern_connections_async
    typing.get_type_hints(vault_list_intern_connections_async_in_package)
    assert module.ListInternConnectionsResponse is ListInternConnectionsResponse
    assert module.VaultListInternConnectionsError is VaultListInternConnectionsError
    assert module.VaultListInternConnectionsRequest is VaultListInternConnectionsRequest
    assert module.VaultListInternConnectionsRequestDict is VaultListInternConnectionsRequestDict
    assert module.vault_list_intern_connections is vault_list_intern_connections
    assert module.vault_list_intern_connections_async is vault_list_intern_connections_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.vault_list_intern_connections.ListInternConnectionsResponse  # type: ignore[attr-defined]
    assert form_4 is ListInternConnectionsResponse


def check_vault_list_intern_effective_vault_secrets() -> None:
    import openrouter_funcs.vault_list_intern_effective_vault_secrets
    import openrouter_funcs.vault_list_intern_effective_vault_secrets as module
    from openrouter_funcs import (
        vault_list_intern_effective_vault_secrets as vault_list_intern_effective_vault_secrets_in_package,
    )
    from openrouter_funcs import (
        vault_list_intern_effective_vault_secrets_async as vault_list_intern_effective_vault_secrets_async_in_package,
    )
    from openrouter_funcs.vault_list_intern_effective_vault_secrets import (
        VaultEffectiveSecretListResponse,
        VaultListInternEffectiveVaultSecretsError,
        VaultListInternEffectiveVaultSecretsRequest,
        VaultListInternEffectiveVaultSecretsRequestDict,
        vault_list_intern_effective_vault_secrets,
        vault_list_intern_effective_vault_secrets_async,
    )

    vault_list_intern_effective_vault_secrets_callable: Callable[..., object] = (
        vault_list_intern_effective_vault_secrets_in_package
    )
    assert (
        vault_list_intern_effective_vault_secrets_callable
        is vault_list_intern_effective_vault_secrets
    )
    typing.get_type_hints(vault_list_intern_effective_vault_secrets_in_package)
    vault_list_intern_effective_vault_secrets_async_callable: Callable[..., object] = (
        vault_list_intern_effective_vault_secrets_async_in_package
    )
    assert (
        vault_list_intern_effective_vault_secrets_async_callable
        is vault_list_intern_effective_vault_secrets_async
    )
    typing.get_type_hints(vault_list_intern_effective_vault_secrets_async_in_package)
    assert module.VaultEffectiveSecretListResponse is VaultEffectiveSecretListResponse
    assert (
        module.VaultListInternEffectiveVaultSecretsError
        is VaultListInternEffectiveVaultSecretsError
    )
    assert (
        module.VaultListInternEffectiveVaultSecretsRequest
        is VaultListInternEffectiveVaultSecretsRequest
    )
    assert (
        module.VaultListInternEffectiveVaultSecretsRequestDict
        is VaultListInternEffectiveVaultSecretsRequestDict
    )
    assert (
        module.vault_list_intern_effective_vault_secrets
        is vault_list_intern_effective_vault_secrets
    )
    assert (
        module.vault_list_intern_effective_vault_secrets_async
        is vault_list_intern_effective_vault_secrets_async
    )
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.vault_list_intern_effective_vault_secrets.VaultEffectiveSecretListResponse  # type: ignore[attr-defined]
    assert form_4 is VaultEffectiveSecretListResponse


def check_vault_list_intern_vault_secrets() -> None:
    import openrouter_funcs.vault_list_intern_vault_secrets
    import openrouter_funcs.vault_list_intern_vault_secrets as module
    from openrouter_funcs import (
        vault_list_intern_vault_secrets as vault_list_intern_vault_secrets_in_package,
    )
    from openrouter_funcs import (
        vault_list_intern_vault_secrets_async as vault_list_intern_vault_secrets_async_in_package,
    )
    from openrouter_funcs.vault_list_intern_vault_secrets import (
        VaultListInternVaultSecretsError,
        VaultListInternVaultSecretsRequest,
        VaultListInternVaultSecretsRequestDict,
        VaultSecretListResponse,
        vault_list_intern_vault_secrets,
        vault_list_intern_vault_secrets_async,
    )

    vault_list_intern_vault_secrets_callable: Callable[..., object] = (
        vault_list_intern_vault_secrets_in_package
    )
    assert vault_list_intern_vault_secrets_callable is vault_list_intern_vault_secrets
    typing.get_type_hints(vault_list_intern_vault_secrets_in_package)
    vault_list_intern_vault_secrets_async_callable: Callable[..., object] = (
        vault_list_intern_vault_secrets_async_in_package
    )
    assert vault_list_intern_vault_secrets_async_callable is vault_list_intern_vault_secrets_async
    typing.get_type_hints(vault_list_intern_vault_secrets_async_in_package)
    assert module.VaultListInternVaultSecretsError is VaultListInternVaultSecretsError
    assert module.VaultListInternVaultSecretsRequest is VaultListInternVaultSecretsRequest
    assert module.VaultListInternVaultSecretsRequestDict is VaultListInternVaultSecretsRequestDict
    assert module.VaultSecretListResponse is VaultSecretListResponse
    assert module.vault_list_intern_vault_secrets is vault_list_intern_vault_secrets
    assert module.vault_list_intern_vault_secrets_async is vault_list_intern_vault_secrets_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.vault_list_intern_vault_secrets.VaultSecretListResponse  # type: ignore[attr-defined]
    assert form_4 is VaultSecretListResponse


def check_vault_list_vault_secrets() -> None:
    import openrouter_funcs.vault_list_vault_secrets
    import openrouter_funcs.vault_list_vault_secrets as module
    from openrouter_funcs import vault_list_vault_secrets as vault_list_vault_secrets_in_package
    from openrouter_funcs import (
        vault_list_vault_secrets_async as vault_list_vault_secrets_async_in_package,
    )
    from openrouter_funcs.vault_list_vault_secrets import (
        VaultListVaultSecretsError,
        VaultListVaultSecretsRequest,
        VaultListVaultSecretsRequestDict,
        VaultSecretListResponse,
        vault_list_vault_secrets,
        vault_list_vault_secrets_async,
    )

    vault_list_vault_secrets_callable: Callable[..., object] = vault_list_vault_secrets_in_package
    assert vault_list_vault_secrets_callable is vault_list_vault_secrets
    typing.get_type_hints(vault_list_vault_secrets_in_package)
    vault_list_vault_secrets_async_callable: Callable[..., object] = (
        vault_list_vault_secrets_async_in_package
    )
    assert vault_list_vault_secrets_async_callable is vault_list_vault_secrets_async
    typing.get_type_hints(vault_list_vault_secrets_async_in_package)
    assert module.VaultListVaultSecretsError is VaultListVaultSecretsError
    assert module.VaultListVaultSecretsRequest is VaultListVaultSecretsRequest
    assert module.VaultListVaultSecretsRequestDict is VaultListVaultSecretsRequestDict
    assert module.VaultSecretListResponse is VaultSecretListResponse
    assert module.vault_list_vault_secrets is vault_list_vault_secrets
    assert module.vault_list_vault_secrets_async is vault_list_vault_secrets_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.vault_list_vault_secrets.VaultSecretListResponse  # type: ignore[attr-defined]
    assert form_4 is VaultSecretListResponse


def check_vault_store_intern_vault_secret() -> None:
    import openrouter_funcs.vault_store_intern_vault_secret
    import openrouter_funcs.vault_store_intern_vault_secret as module
    from openrouter_funcs import (
        vault_store_intern_vault_secret as vault_store_intern_vault_secret_in_package,
    )
    from openrouter_funcs import (
        vault_store_intern_vault_secret_async as vault_store_intern_vault_secret_async_in_package,
    )
    from openrouter_funcs.vault_store_intern_vault_secret import (
        VaultSecretResponse,
        VaultSecretWriteRequest,
        VaultStoreInternVaultSecretError,
        VaultStoreInternVaultSecretRequest,
        VaultStoreInternVaultSecretRequestDict,
        vault_store_intern_vault_secret,
        vault_store_intern_vault_secret_async,
    )

    vault_store_intern_vault_secret_callable: Callable[..., object] = (
        vault_store_intern_vault_secret_in_package
    )
    assert vault_store_intern_vault_secret_callable is vault_store_intern_vault_secret
    typing.get_type_hints(vault_store_intern_vault_secret_in_package)
    vault_store_intern_vault_secret_async_callable: Callable[..., object] = (
        vault_store_intern_vault_secret_async_in_package
    )
    assert vault_store_intern_vault_secret_async_callable is vault_store_intern_vault_secret_async
    typing.get_type_hints(vault_store_intern_vault_secret_async_in_package)
    assert module.VaultSecretResponse is VaultSecretResponse
    assert module.VaultSecretWriteRequest is VaultSecretWriteRequest
    assert module.VaultStoreInternVaultSecretError is VaultStoreInternVaultSecretError
    assert module.VaultStoreInternVaultSecretRequest is VaultStoreInternVaultSecretRequest
    assert module.VaultStoreInternVaultSecretRequestDict is VaultStoreInternVaultSecretRequestDict
    assert module.vault_store_intern_vault_secret is vault_store_intern_vault_secret
    assert module.vault_store_intern_vault_secret_async is vault_store_intern_vault_secret_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.vault_store_intern_vault_secret.VaultSecretResponse  # type: ignore[attr-defined]
    assert form_4 is VaultSecretResponse


def check_vault_store_vault_secret() -> None:
    import openrouter_funcs.vault_store_vault_secret
    import openrouter_funcs.vault_store_vault_secret as module
    from openrouter_funcs import vault_store_vault_secret as vault_store_vault_secret_in_package
    from openrouter_funcs import (
        vault_store_vault_secret_async as vault_store_vault_secret_async_in_package,
    )
    from openrouter_funcs.vault_store_vault_secret import (
        VaultSecretResponse,
        VaultSecretWriteRequest,
        VaultStoreVaultSecretError,
        VaultStoreVaultSecretRequest,
        VaultStoreVaultSecretRequestDict,
        vault_store_vault_secret,
        vault_store_vault_secret_async,
    )

    vault_store_vault_secret_callable: Callable[..., object] = vault_store_vault_secret_in_package
    assert vault_store_vault_secret_callable is vault_store_vault_secret
    typing.get_type_hints(vault_store_vault_secret_in_package)
    vault_store_vault_secret_async_callable: Callable[..., object] = (
        vault_store_vault_secret_async_in_package
    )
    assert vault_store_vault_secret_async_callable is vault_store_vault_secret_async
    typing.get_type_hints(vault_store_vault_secret_async_in_package)
    assert module.VaultSecretResponse is VaultSecretResponse
    assert module.VaultSecretWriteRequest is VaultSecretWriteRequest
    assert module.VaultStoreVaultSecretError is VaultStoreVaultSecretError
    assert module.VaultStoreVaultSecretRequest is VaultStoreVaultSecretRequest
    assert module.VaultStoreVaultSecretRequestDict is VaultStoreVaultSecretRequestDict
    assert module.vault_store_vault_secret is vault_store_vault_secret
    assert module.vault_store_vault_secret_async is vault_store_vault_secret_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.vault_store_vault_secret.VaultSecretResponse  # type: ignore[attr-defined]
    assert form_4 is VaultSecretResponse


def check_video_generation_generate() -> None:
    import openrouter_funcs.video_generation_generate
    import openrouter_funcs.video_generation_generate as module
    from openrouter_funcs import video_generation_generate as video_generation_generate_in_package
    from openrouter_funcs import (
        video_generation_generate_async as video_generation_generate_async_in_package,
    )
    from openrouter_funcs.video_generation_generate import (
        VideoGenerationGenerateError,
        VideoGenerationGenerateRequest,
        VideoGenerationGenerateRequestDict,
        VideoGenerationRequest,
        VideoGenerationResponse,
        video_generation_generate,
        video_generation_generate_async,
    )

    video_generation_generate_callable: Callable[..., object] = video_generation_generate_in_package
    assert video_generation_generate_callable is video_generation_generate
    typing.get_type_hints(video_generation_generate_in_package)
    video_generation_generate_async_callable: Callable[..., object] = (
        video_generation_generate_async_in_package
    )
    assert video_generation_generate_async_callable is video_generation_generate_async
    typing.get_type_hints(video_generation_generate_async_in_package)
    assert module.VideoGenerationGenerateError is VideoGenerationGenerateError
    assert module.VideoGenerationGenerateRequest is VideoGenerationGenerateRequest
    assert module.VideoGenerationGenerateRequestDict is VideoGenerationGenerateRequestDict
    assert module.VideoGenerationRequest is VideoGenerationRequest
    assert module.VideoGenerationResponse is VideoGenerationResponse
    assert module.video_generation_generate is video_generation_generate
    assert module.video_generation_generate_async is video_generation_generate_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.video_generation_generate.VideoGenerationRequest  # type: ignore[attr-defined]
    assert form_4 is VideoGenerationRequest


def check_video_generation_get_generation() -> None:
    import openrouter_funcs.video_generation_get_generation
    import openrouter_funcs.video_generation_get_generation as module
    from openrouter_funcs import (
        video_generation_get_generation as video_generation_get_generation_in_package,
    )
    from openrouter_funcs import (
        video_generation_get_generation_async as video_generation_get_generation_async_in_package,
    )
    from openrouter_funcs.video_generation_get_generation import (
        VideoGenerationGetGenerationError,
        VideoGenerationGetGenerationRequest,
        VideoGenerationGetGenerationRequestDict,
        VideoGenerationResponse,
        video_generation_get_generation,
        video_generation_get_generation_async,
    )

    video_generation_get_generation_callable: Callable[..., object] = (
        video_generation_get_generation_in_package
    )
    assert video_generation_get_generation_callable is video_generation_get_generation
    typing.get_type_hints(video_generation_get_generation_in_package)
    video_generation_get_generation_async_callable: Callable[..., object] = (
        video_generation_get_generation_async_in_package
    )
    assert video_generation_get_generation_async_callable is video_generation_get_generation_async
    typing.get_type_hints(video_generation_get_generation_async_in_package)
    assert module.VideoGenerationGetGenerationError is VideoGenerationGetGenerationError
    assert module.VideoGenerationGetGenerationRequest is VideoGenerationGetGenerationRequest
    assert module.VideoGenerationGetGenerationRequestDict is VideoGenerationGetGenerationRequestDict
    assert module.VideoGenerationResponse is VideoGenerationResponse
    assert module.video_generation_get_generation is video_generation_get_generation
    assert module.video_generation_get_generation_async is video_generation_get_generation_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.video_generation_get_generation.VideoGenerationResponse  # type: ignore[attr-defined]
    assert form_4 is VideoGenerationResponse


def check_video_generation_get_video_content() -> None:
    import openrouter_funcs.video_generation_get_video_content
    import openrouter_funcs.video_generation_get_video_content as module
    from openrouter_funcs import (
        video_generation_get_video_content as video_generation_get_video_content_in_package,
    )
    from openrouter_funcs import (
        video_generation_get_video_content_async as video_generation_get_video_content_async_in_package,
    )
    from openrouter_funcs import (
        video_generation_get_video_content_stream as video_generation_get_video_content_stream_in_package,
    )
    from openrouter_funcs import (
        video_generation_get_video_content_stream_async as video_generation_get_video_content_stream_async_in_package,
    )
    from openrouter_funcs.video_generation_get_video_content import (
        AsyncByteStream,
        ByteStream,
        VideoGenerationGetVideoContentError,
        VideoGenerationGetVideoContentRequest,
        VideoGenerationGetVideoContentRequestDict,
        video_generation_get_video_content,
        video_generation_get_video_content_async,
        video_generation_get_video_content_stream,
        video_generation_get_video_content_stream_async,
    )

    video_generation_get_video_content_callable: Callable[..., object] = (
        video_generation_get_video_content_in_package
    )
    assert video_generation_get_video_content_callable is video_generation_get_video_content
    typing.get_type_hints(video_generation_get_video_content_in_package)
    video_generation_get_video_content_async_callable: Callable[..., object] = (
        video_generation_get_video_content_async_in_package
    )
    assert (
        video_generation_get_video_content_async_callable
        is video_generation_get_video_content_async
    )
    typing.get_type_hints(video_generation_get_video_content_async_in_package)
    video_generation_get_video_content_stream_callable: Callable[..., object] = (
        video_generation_get_video_content_stream_in_package
    )
    assert (
        video_generation_get_video_content_stream_callable
        is video_generation_get_video_content_stream
    )
    typing.get_type_hints(video_generation_get_video_content_stream_in_package)
    video_generation_get_video_content_stream_async_callable: Callable[..., object] = (
        video_generation_get_video_content_stream_async_in_package
    )
    assert (
        video_generation_get_video_content_stream_async_callable
        is video_generation_get_video_content_stream_async
    )
    typing.get_type_hints(video_generation_get_video_content_stream_async_in_package)
    assert module.AsyncByteStream is AsyncByteStream
    assert module.ByteStream is ByteStream
    assert module.VideoGenerationGetVideoContentError is VideoGenerationGetVideoContentError
    assert module.VideoGenerationGetVideoContentRequest is VideoGenerationGetVideoContentRequest
    assert (
        module.VideoGenerationGetVideoContentRequestDict
        is VideoGenerationGetVideoContentRequestDict
    )
    assert module.video_generation_get_video_content is video_generation_get_video_content
    assert (
        module.video_generation_get_video_content_async is video_generation_get_video_content_async
    )
    assert (
        module.video_generation_get_video_content_stream
        is video_generation_get_video_content_stream
    )
    assert (
        module.video_generation_get_video_content_stream_async
        is video_generation_get_video_content_stream_async
    )
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.video_generation_get_video_content.ByteStream  # type: ignore[attr-defined]
    assert form_4 is ByteStream


def check_video_generation_list_videos_models() -> None:
    import openrouter_funcs.video_generation_list_videos_models
    import openrouter_funcs.video_generation_list_videos_models as module
    from openrouter_funcs import (
        video_generation_list_videos_models as video_generation_list_videos_models_in_package,
    )
    from openrouter_funcs import (
        video_generation_list_videos_models_async as video_generation_list_videos_models_async_in_package,
    )
    from openrouter_funcs.video_generation_list_videos_models import (
        VideoGenerationListVideosModelsError,
        VideoGenerationListVideosModelsRequest,
        VideoGenerationListVideosModelsRequestDict,
        VideoModelsListResponse,
        video_generation_list_videos_models,
        video_generation_list_videos_models_async,
    )

    video_generation_list_videos_models_callable: Callable[..., object] = (
        video_generation_list_videos_models_in_package
    )
    assert video_generation_list_videos_models_callable is video_generation_list_videos_models
    typing.get_type_hints(video_generation_list_videos_models_in_package)
    video_generation_list_videos_models_async_callable: Callable[..., object] = (
        video_generation_list_videos_models_async_in_package
    )
    assert (
        video_generation_list_videos_models_async_callable
        is video_generation_list_videos_models_async
    )
    typing.get_type_hints(video_generation_list_videos_models_async_in_package)
    assert module.VideoGenerationListVideosModelsError is VideoGenerationListVideosModelsError
    assert module.VideoGenerationListVideosModelsRequest is VideoGenerationListVideosModelsRequest
    assert (
        module.VideoGenerationListVideosModelsRequestDict
        is VideoGenerationListVideosModelsRequestDict
    )
    assert module.VideoModelsListResponse is VideoModelsListResponse
    assert module.video_generation_list_videos_models is video_generation_list_videos_models
    assert (
        module.video_generation_list_videos_models_async
        is video_generation_list_videos_models_async
    )
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.video_generation_list_videos_models.VideoModelsListResponse  # type: ignore[attr-defined]
    assert form_4 is VideoModelsListResponse


def check_workspaces_bulk_add_members() -> None:
    import openrouter_funcs.workspaces_bulk_add_members
    import openrouter_funcs.workspaces_bulk_add_members as module
    from openrouter_funcs import (
        workspaces_bulk_add_members as workspaces_bulk_add_members_in_package,
    )
    from openrouter_funcs import (
        workspaces_bulk_add_members_async as workspaces_bulk_add_members_async_in_package,
    )
    from openrouter_funcs.workspaces_bulk_add_members import (
        BulkAddWorkspaceMembersRequest,
        BulkAddWorkspaceMembersResponse,
        WorkspacesBulkAddMembersError,
        WorkspacesBulkAddMembersRequest,
        WorkspacesBulkAddMembersRequestDict,
        workspaces_bulk_add_members,
        workspaces_bulk_add_members_async,
    )

    workspaces_bulk_add_members_callable: Callable[..., object] = (
        workspaces_bulk_add_members_in_package
    )
    assert workspaces_bulk_add_members_callable is workspaces_bulk_add_members
    typing.get_type_hints(workspaces_bulk_add_members_in_package)
    workspaces_bulk_add_members_async_callable: Callable[..., object] = (
        workspaces_bulk_add_members_async_in_package
    )
    assert workspaces_bulk_add_members_async_callable is workspaces_bulk_add_members_async
    typing.get_type_hints(workspaces_bulk_add_members_async_in_package)
    assert module.BulkAddWorkspaceMembersRequest is BulkAddWorkspaceMembersRequest
    assert module.BulkAddWorkspaceMembersResponse is BulkAddWorkspaceMembersResponse
    assert module.WorkspacesBulkAddMembersError is WorkspacesBulkAddMembersError
    assert module.WorkspacesBulkAddMembersRequest is WorkspacesBulkAddMembersRequest
    assert module.WorkspacesBulkAddMembersRequestDict is WorkspacesBulkAddMembersRequestDict
    assert module.workspaces_bulk_add_members is workspaces_bulk_add_members
    assert module.workspaces_bulk_add_members_async is workspaces_bulk_add_members_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.workspaces_bulk_add_members.workspaces_bulk_add_members  # type: ignore[attr-defined]
    assert form_4 is workspaces_bulk_add_members


def check_workspaces_bulk_remove_members() -> None:
    import openrouter_funcs.workspaces_bulk_remove_members
    import openrouter_funcs.workspaces_bulk_remove_members as module
    from openrouter_funcs import (
        workspaces_bulk_remove_members as workspaces_bulk_remove_members_in_package,
    )
    from openrouter_funcs import (
        workspaces_bulk_remove_members_async as workspaces_bulk_remove_members_async_in_package,
    )
    from openrouter_funcs.workspaces_bulk_remove_members import (
        BulkRemoveWorkspaceMembersRequest,
        BulkRemoveWorkspaceMembersResponse,
        WorkspacesBulkRemoveMembersError,
        WorkspacesBulkRemoveMembersRequest,
        WorkspacesBulkRemoveMembersRequestDict,
        workspaces_bulk_remove_members,
        workspaces_bulk_remove_members_async,
    )

    workspaces_bulk_remove_members_callable: Callable[..., object] = (
        workspaces_bulk_remove_members_in_package
    )
    assert workspaces_bulk_remove_members_callable is workspaces_bulk_remove_members
    typing.get_type_hints(workspaces_bulk_remove_members_in_package)
    workspaces_bulk_remove_members_async_callable: Callable[..., object] = (
        workspaces_bulk_remove_members_async_in_package
    )
    assert workspaces_bulk_remove_members_async_callable is workspaces_bulk_remove_members_async
    typing.get_type_hints(workspaces_bulk_remove_members_async_in_package)
    assert module.BulkRemoveWorkspaceMembersRequest is BulkRemoveWorkspaceMembersRequest
    assert module.BulkRemoveWorkspaceMembersResponse is BulkRemoveWorkspaceMembersResponse
    assert module.WorkspacesBulkRemoveMembersError is WorkspacesBulkRemoveMembersError
    assert module.WorkspacesBulkRemoveMembersRequest is WorkspacesBulkRemoveMembersRequest
    assert module.WorkspacesBulkRemoveMembersRequestDict is WorkspacesBulkRemoveMembersRequestDict
    assert module.workspaces_bulk_remove_members is workspaces_bulk_remove_members
    assert module.workspaces_bulk_remove_members_async is workspaces_bulk_remove_members_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.workspaces_bulk_remove_members.workspaces_bulk_remove_members  # type: ignore[attr-defined]
    assert form_4 is workspaces_bulk_remove_members


def check_workspaces_create() -> None:
    import openrouter_funcs.workspaces_create
    import openrouter_funcs.workspaces_create as module
    from openrouter_funcs import workspaces_create as workspaces_create_in_package
    from openrouter_funcs import workspaces_create_async as workspaces_create_async_in_package
    from openrouter_funcs.workspaces_create import (
        CreateWorkspaceRequest,
        CreateWorkspaceResponse,
        WorkspacesCreateError,
        WorkspacesCreateRequest,
        WorkspacesCreateRequestDict,
        workspaces_create,
        workspaces_create_async,
    )

    workspaces_create_callable: Callable[..., object] = workspaces_create_in_package
    assert workspaces_create_callable is workspaces_create
    typing.get_type_hints(workspaces_create_in_package)
    workspaces_create_async_callable: Callable[..., object] = workspaces_create_async_in_package
    assert workspaces_create_async_callable is workspaces_create_async
    typing.get_type_hints(workspaces_create_async_in_package)
    assert module.CreateWorkspaceRequest is CreateWorkspaceRequest
    assert module.CreateWorkspaceResponse is CreateWorkspaceResponse
    assert module.WorkspacesCreateError is WorkspacesCreateError
    assert module.WorkspacesCreateRequest is WorkspacesCreateRequest
    assert module.WorkspacesCreateRequestDict is WorkspacesCreateRequestDict
    assert module.workspaces_create is workspaces_create
    assert module.workspaces_create_async is workspaces_create_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.workspaces_create.workspaces_create  # type: ignore[attr-defined]
    assert form_4 is workspaces_create


def check_workspaces_delete() -> None:
    import openrouter_funcs.workspaces_delete
    import openrouter_funcs.workspaces_delete as module
    from openrouter_funcs import workspaces_delete as workspaces_delete_in_package
    from openrouter_funcs import workspaces_delete_async as workspaces_delete_async_in_package
    from openrouter_funcs.workspaces_delete import (
        DeleteWorkspaceResponse,
        WorkspacesDeleteError,
        WorkspacesDeleteRequest,
        WorkspacesDeleteRequestDict,
        workspaces_delete,
        workspaces_delete_async,
    )

    workspaces_delete_callable: Callable[..., object] = workspaces_delete_in_package
    assert workspaces_delete_callable is workspaces_delete
    typing.get_type_hints(workspaces_delete_in_package)
    workspaces_delete_async_callable: Callable[..., object] = workspaces_delete_async_in_package
    assert workspaces_delete_async_callable is workspaces_delete_async
    typing.get_type_hints(workspaces_delete_async_in_package)
    assert module.DeleteWorkspaceResponse is DeleteWorkspaceResponse
    assert module.WorkspacesDeleteError is WorkspacesDeleteError
    assert module.WorkspacesDeleteRequest is WorkspacesDeleteRequest
    assert module.WorkspacesDeleteRequestDict is WorkspacesDeleteRequestDict
    assert module.workspaces_delete is workspaces_delete
    assert module.workspaces_delete_async is workspaces_delete_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.workspaces_delete.workspaces_delete  # type: ignore[attr-defined]
    assert form_4 is workspaces_delete


def check_workspaces_delete_budget() -> None:
    import openrouter_funcs.workspaces_delete_budget
    import openrouter_funcs.workspaces_delete_budget as module
    from openrouter_funcs import workspaces_delete_budget as workspaces_delete_budget_in_package
    from openrouter_funcs import (
        workspaces_delete_budget_async as workspaces_delete_budget_async_in_package,
    )
    from openrouter_funcs.workspaces_delete_budget import (
        DeleteWorkspaceBudgetResponse,
        WorkspacesDeleteBudgetError,
        WorkspacesDeleteBudgetRequest,
        WorkspacesDeleteBudgetRequestDict,
        workspaces_delete_budget,
        workspaces_delete_budget_async,
    )

    workspaces_delete_budget_callable: Callable[..., object] = workspaces_delete_budget_in_package
    assert workspaces_delete_budget_callable is workspaces_delete_budget
    typing.get_type_hints(workspaces_delete_budget_in_package)
    workspaces_delete_budget_async_callable: Callable[..., object] = (
        workspaces_delete_budget_async_in_package
    )
    assert workspaces_delete_budget_async_callable is workspaces_delete_budget_async
    typing.get_type_hints(workspaces_delete_budget_async_in_package)
    assert module.DeleteWorkspaceBudgetResponse is DeleteWorkspaceBudgetResponse
    assert module.WorkspacesDeleteBudgetError is WorkspacesDeleteBudgetError
    assert module.WorkspacesDeleteBudgetRequest is WorkspacesDeleteBudgetRequest
    assert module.WorkspacesDeleteBudgetRequestDict is WorkspacesDeleteBudgetRequestDict
    assert module.workspaces_delete_budget is workspaces_delete_budget
    assert module.workspaces_delete_budget_async is workspaces_delete_budget_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.workspaces_delete_budget.workspaces_delete_budget  # type: ignore[attr-defined]
    assert form_4 is workspaces_delete_budget


def check_workspaces_get() -> None:
    import openrouter_funcs.workspaces_get
    import openrouter_funcs.workspaces_get as module
    from openrouter_funcs import workspaces_get as workspaces_get_in_package
    from openrouter_funcs import workspaces_get_async as workspaces_get_async_in_package
    from openrouter_funcs.workspaces_get import (
        GetWorkspaceResponse,
        WorkspacesGetError,
        WorkspacesGetRequest,
        WorkspacesGetRequestDict,
        workspaces_get,
        workspaces_get_async,
    )

    workspaces_get_callable: Callable[..., object] = workspaces_get_in_package
    assert workspaces_get_callable is workspaces_get
    typing.get_type_hints(workspaces_get_in_package)
    workspaces_get_async_callable: Callable[..., object] = workspaces_get_async_in_package
    assert workspaces_get_async_callable is workspaces_get_async
    typing.get_type_hints(workspaces_get_async_in_package)
    assert module.GetWorkspaceResponse is GetWorkspaceResponse
    assert module.WorkspacesGetError is WorkspacesGetError
    assert module.WorkspacesGetRequest is WorkspacesGetRequest
    assert module.WorkspacesGetRequestDict is WorkspacesGetRequestDict
    assert module.workspaces_get is workspaces_get
    assert module.workspaces_get_async is workspaces_get_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.workspaces_get.workspaces_get  # type: ignore[attr-defined]
    assert form_4 is workspaces_get


def check_workspaces_get_budget() -> None:
    import openrouter_funcs.workspaces_get_budget
    import openrouter_funcs.workspaces_get_budget as module
    from openrouter_funcs import workspaces_get_budget as workspaces_get_budget_in_package
    from openrouter_funcs import (
        workspaces_get_budget_async as workspaces_get_budget_async_in_package,
    )
    from openrouter_funcs.workspaces_get_budget import (
        GetWorkspaceBudgetResponse,
        WorkspacesGetBudgetError,
        WorkspacesGetBudgetRequest,
        WorkspacesGetBudgetRequestDict,
        workspaces_get_budget,
        workspaces_get_budget_async,
    )

    workspaces_get_budget_callable: Callable[..., object] = workspaces_get_budget_in_package
    assert workspaces_get_budget_callable is workspaces_get_budget
    typing.get_type_hints(workspaces_get_budget_in_package)
    workspaces_get_budget_async_callable: Callable[..., object] = (
        workspaces_get_budget_async_in_package
    )
    assert workspaces_get_budget_async_callable is workspaces_get_budget_async
    typing.get_type_hints(workspaces_get_budget_async_in_package)
    assert module.GetWorkspaceBudgetResponse is GetWorkspaceBudgetResponse
    assert module.WorkspacesGetBudgetError is WorkspacesGetBudgetError
    assert module.WorkspacesGetBudgetRequest is WorkspacesGetBudgetRequest
    assert module.WorkspacesGetBudgetRequestDict is WorkspacesGetBudgetRequestDict
    assert module.workspaces_get_budget is workspaces_get_budget
    assert module.workspaces_get_budget_async is workspaces_get_budget_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.workspaces_get_budget.workspaces_get_budget  # type: ignore[attr-defined]
    assert form_4 is workspaces_get_budget


def check_workspaces_list() -> None:
    import openrouter_funcs.workspaces_list
    import openrouter_funcs.workspaces_list as module
    from openrouter_funcs import workspaces_list as workspaces_list_in_package
    from openrouter_funcs import workspaces_list_async as workspaces_list_async_in_package
    from openrouter_funcs.workspaces_list import (
        ListWorkspacesResponse,
        WorkspacesListError,
        WorkspacesListRequest,
        WorkspacesListRequestDict,
        workspaces_list,
        workspaces_list_async,
    )

    workspaces_list_callable: Callable[..., object] = workspaces_list_in_package
    assert workspaces_list_callable is workspaces_list
    typing.get_type_hints(workspaces_list_in_package)
    workspaces_list_async_callable: Callable[..., object] = workspaces_list_async_in_package
    assert workspaces_list_async_callable is workspaces_list_async
    typing.get_type_hints(workspaces_list_async_in_package)
    assert module.ListWorkspacesResponse is ListWorkspacesResponse
    assert module.WorkspacesListError is WorkspacesListError
    assert module.WorkspacesListRequest is WorkspacesListRequest
    assert module.WorkspacesListRequestDict is WorkspacesListRequestDict
    assert module.workspaces_list is workspaces_list
    assert module.workspaces_list_async is workspaces_list_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.workspaces_list.workspaces_list  # type: ignore[attr-defined]
    assert form_4 is workspaces_list


def check_workspaces_list_budgets() -> None:
    import openrouter_funcs.workspaces_list_budgets
    import openrouter_funcs.workspaces_list_budgets as module
    from openrouter_funcs import workspaces_list_budgets as workspaces_list_budgets_in_package
    from openrouter_funcs import (
        workspaces_list_budgets_async as workspaces_list_budgets_async_in_package,
    )
    from openrouter_funcs.workspaces_list_budgets import (
        ListWorkspaceBudgetsResponse,
        WorkspacesListBudgetsError,
        WorkspacesListBudgetsRequest,
        WorkspacesListBudgetsRequestDict,
        workspaces_list_budgets,
        workspaces_list_budgets_async,
    )

    workspaces_list_budgets_callable: Callable[..., object] = workspaces_list_budgets_in_package
    assert workspaces_list_budgets_callable is workspaces_list_budgets
    typing.get_type_hints(workspaces_list_budgets_in_package)
    workspaces_list_budgets_async_callable: Callable[..., object] = (
        workspaces_list_budgets_async_in_package
    )
    assert workspaces_list_budgets_async_callable is workspaces_list_budgets_async
    typing.get_type_hints(workspaces_list_budgets_async_in_package)
    assert module.ListWorkspaceBudgetsResponse is ListWorkspaceBudgetsResponse
    assert module.WorkspacesListBudgetsError is WorkspacesListBudgetsError
    assert module.WorkspacesListBudgetsRequest is WorkspacesListBudgetsRequest
    assert module.WorkspacesListBudgetsRequestDict is WorkspacesListBudgetsRequestDict
    assert module.workspaces_list_budgets is workspaces_list_budgets
    assert module.workspaces_list_budgets_async is workspaces_list_budgets_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.workspaces_list_budgets.workspaces_list_budgets  # type: ignore[attr-defined]
    assert form_4 is workspaces_list_budgets


def check_workspaces_list_members() -> None:
    import openrouter_funcs.workspaces_list_members
    import openrouter_funcs.workspaces_list_members as module
    from openrouter_funcs import workspaces_list_members as workspaces_list_members_in_package
    from openrouter_funcs import (
        workspaces_list_members_async as workspaces_list_members_async_in_package,
    )
    from openrouter_funcs.workspaces_list_members import (
        ListWorkspaceMembersResponse,
        WorkspacesListMembersError,
        WorkspacesListMembersRequest,
        WorkspacesListMembersRequestDict,
        workspaces_list_members,
        workspaces_list_members_async,
    )

    workspaces_list_members_callable: Callable[..., object] = workspaces_list_members_in_package
    assert workspaces_list_members_callable is workspaces_list_members
    typing.get_type_hints(workspaces_list_members_in_package)
    workspaces_list_members_async_callable: Callable[..., object] = (
        workspaces_list_members_async_in_package
    )
    assert workspaces_list_members_async_callable is workspaces_list_members_async
    typing.get_type_hints(workspaces_list_members_async_in_package)
    assert module.ListWorkspaceMembersResponse is ListWorkspaceMembersResponse
    assert module.WorkspacesListMembersError is WorkspacesListMembersError
    assert module.WorkspacesListMembersRequest is WorkspacesListMembersRequest
    assert module.WorkspacesListMembersRequestDict is WorkspacesListMembersRequestDict
    assert module.workspaces_list_members is workspaces_list_members
    assert module.workspaces_list_members_async is workspaces_list_members_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.workspaces_list_members.workspaces_list_members  # type: ignore[attr-defined]
    assert form_4 is workspaces_list_members


def check_workspaces_list_members_pages() -> None:
    import openrouter_funcs.workspaces_list_members_pages
    import openrouter_funcs.workspaces_list_members_pages as module
    from openrouter_funcs import (
        workspaces_list_members_pages as workspaces_list_members_pages_in_package,
    )
    from openrouter_funcs import (
        workspaces_list_members_pages_async as workspaces_list_members_pages_async_in_package,
    )
    from openrouter_funcs.workspaces_list_members_pages import (
        PAGINATION,
        workspaces_list_members_pages,
        workspaces_list_members_pages_async,
    )

    workspaces_list_members_pages_callable: Callable[..., object] = (
        workspaces_list_members_pages_in_package
    )
    assert workspaces_list_members_pages_callable is workspaces_list_members_pages
    typing.get_type_hints(workspaces_list_members_pages_in_package)
    workspaces_list_members_pages_async_callable: Callable[..., object] = (
        workspaces_list_members_pages_async_in_package
    )
    assert workspaces_list_members_pages_async_callable is workspaces_list_members_pages_async
    typing.get_type_hints(workspaces_list_members_pages_async_in_package)
    assert module.PAGINATION is PAGINATION
    assert module.workspaces_list_members_pages is workspaces_list_members_pages
    assert module.workspaces_list_members_pages_async is workspaces_list_members_pages_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.workspaces_list_members_pages.PAGINATION  # type: ignore[attr-defined]
    assert form_4 is PAGINATION


def check_workspaces_list_pages() -> None:
    import openrouter_funcs.workspaces_list_pages
    import openrouter_funcs.workspaces_list_pages as module
    from openrouter_funcs import workspaces_list_pages as workspaces_list_pages_in_package
    from openrouter_funcs import (
        workspaces_list_pages_async as workspaces_list_pages_async_in_package,
    )
    from openrouter_funcs.workspaces_list_pages import (
        PAGINATION,
        workspaces_list_pages,
        workspaces_list_pages_async,
    )

    workspaces_list_pages_callable: Callable[..., object] = workspaces_list_pages_in_package
    assert workspaces_list_pages_callable is workspaces_list_pages
    typing.get_type_hints(workspaces_list_pages_in_package)
    workspaces_list_pages_async_callable: Callable[..., object] = (
        workspaces_list_pages_async_in_package
    )
    assert workspaces_list_pages_async_callable is workspaces_list_pages_async
    typing.get_type_hints(workspaces_list_pages_async_in_package)
    assert module.PAGINATION is PAGINATION
    assert module.workspaces_list_pages is workspaces_list_pages
    assert module.workspaces_list_pages_async is workspaces_list_pages_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.workspaces_list_pages.PAGINATION  # type: ignore[attr-defined]
    assert form_4 is PAGINATION


def check_workspaces_set_budget() -> None:
    import openrouter_funcs.workspaces_set_budget
    import openrouter_funcs.workspaces_set_budget as module
    from openrouter_funcs import workspaces_set_budget as workspaces_set_budget_in_package
    from openrouter_funcs import (
        workspaces_set_budget_async as workspaces_set_budget_async_in_package,
    )
    from openrouter_funcs.workspaces_set_budget import (
        UpsertWorkspaceBudgetRequest,
        UpsertWorkspaceBudgetResponse,
        WorkspacesSetBudgetError,
        WorkspacesSetBudgetRequest,
        WorkspacesSetBudgetRequestDict,
        workspaces_set_budget,
        workspaces_set_budget_async,
    )

    workspaces_set_budget_callable: Callable[..., object] = workspaces_set_budget_in_package
    assert workspaces_set_budget_callable is workspaces_set_budget
    typing.get_type_hints(workspaces_set_budget_in_package)
    workspaces_set_budget_async_callable: Callable[..., object] = (
        workspaces_set_budget_async_in_package
    )
    assert workspaces_set_budget_async_callable is workspaces_set_budget_async
    typing.get_type_hints(workspaces_set_budget_async_in_package)
    assert module.UpsertWorkspaceBudgetRequest is UpsertWorkspaceBudgetRequest
    assert module.UpsertWorkspaceBudgetResponse is UpsertWorkspaceBudgetResponse
    assert module.WorkspacesSetBudgetError is WorkspacesSetBudgetError
    assert module.WorkspacesSetBudgetRequest is WorkspacesSetBudgetRequest
    assert module.WorkspacesSetBudgetRequestDict is WorkspacesSetBudgetRequestDict
    assert module.workspaces_set_budget is workspaces_set_budget
    assert module.workspaces_set_budget_async is workspaces_set_budget_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.workspaces_set_budget.workspaces_set_budget  # type: ignore[attr-defined]
    assert form_4 is workspaces_set_budget


def check_workspaces_update() -> None:
    import openrouter_funcs.workspaces_update
    import openrouter_funcs.workspaces_update as module
    from openrouter_funcs import workspaces_update as workspaces_update_in_package
    from openrouter_funcs import workspaces_update_async as workspaces_update_async_in_package
    from openrouter_funcs.workspaces_update import (
        UpdateWorkspaceRequest,
        UpdateWorkspaceResponse,
        WorkspacesUpdateError,
        WorkspacesUpdateRequest,
        WorkspacesUpdateRequestDict,
        workspaces_update,
        workspaces_update_async,
    )

    workspaces_update_callable: Callable[..., object] = workspaces_update_in_package
    assert workspaces_update_callable is workspaces_update
    typing.get_type_hints(workspaces_update_in_package)
    workspaces_update_async_callable: Callable[..., object] = workspaces_update_async_in_package
    assert workspaces_update_async_callable is workspaces_update_async
    typing.get_type_hints(workspaces_update_async_in_package)
    assert module.UpdateWorkspaceRequest is UpdateWorkspaceRequest
    assert module.UpdateWorkspaceResponse is UpdateWorkspaceResponse
    assert module.WorkspacesUpdateError is WorkspacesUpdateError
    assert module.WorkspacesUpdateRequest is WorkspacesUpdateRequest
    assert module.WorkspacesUpdateRequestDict is WorkspacesUpdateRequestDict
    assert module.workspaces_update is workspaces_update
    assert module.workspaces_update_async is workspaces_update_async
    pkg = openrouter_funcs  # short enough to keep the line and its ignore whole
    form_4 = pkg.workspaces_update.workspaces_update  # type: ignore[attr-defined]
    assert form_4 is workspaces_update


CHECKS = [
    check_alpha_decisions_create,
    check_analytics_get_analytics_meta,
    check_analytics_get_user_activity,
    check_analytics_query_analytics,
    check_api_keys_create,
    check_api_keys_delete,
    check_api_keys_get,
    check_api_keys_get_current_key_metadata,
    check_api_keys_list,
    check_api_keys_update,
    check_batch_create_batches,
    check_batch_delete,
    check_batch_get_batches,
    check_batch_list,
    check_batch_list_pages,
    check_batches,
    check_benchmarks_get_benchmarks,
    check_beta_responses_send,
    check_byok_create,
    check_byok_delete,
    check_byok_get,
    check_byok_list,
    check_byok_list_pages,
    check_byok_update,
    check_call_model,
    check_call_model_stream,
    check_chat_send,
    check_classifications_get_task_classifications,
    check_containers_download_container_file_content,
    check_containers_get_container_file,
    check_containers_list_container_files,
    check_containers_promote_container_file,
    check_credits_create_coinbase_charge,
    check_credits_get_credits,
    check_datasets_get_app_rankings,
    check_datasets_get_app_rankings_pages,
    check_datasets_get_rankings_daily,
    check_datasets_get_session_cost,
    check_datasets_get_session_cost_pages,
    check_embeddings_generate,
    check_embeddings_list_models,
    check_embeddings_list_models_pages,
    check_endpoints_list,
    check_endpoints_list_zdr_endpoints,
    check_external_users_create,
    check_external_users_delete,
    check_external_users_get,
    check_external_users_list,
    check_external_users_list_pages,
    check_external_users_update,
    check_files_delete,
    check_files_download,
    check_files_list,
    check_files_list_pages,
    check_files_retrieve,
    check_files_upload,
    check_generations_get_generation,
    check_generations_list_generation_content,
    check_generations_submit_feedback,
    check_guardrails_bulk_assign_keys,
    check_guardrails_bulk_assign_members,
    check_guardrails_bulk_unassign_keys,
    check_guardrails_bulk_unassign_members,
    check_guardrails_create,
    check_guardrails_delete,
    check_guardrails_get,
    check_guardrails_list,
    check_guardrails_list_guardrail_key_assignments,
    check_guardrails_list_guardrail_key_assignments_pages,
    check_guardrails_list_guardrail_member_assignments,
    check_guardrails_list_guardrail_member_assignments_pages,
    check_guardrails_list_key_assignments,
    check_guardrails_list_key_assignments_pages,
    check_guardrails_list_member_assignments,
    check_guardrails_list_member_assignments_pages,
    check_guardrails_list_pages,
    check_guardrails_update,
    check_images_generate,
    check_images_list_model_endpoints,
    check_images_list_models,
    check_json_schema,
    check_messages_create,
    check_model_run,
    check_models_count,
    check_models_get,
    check_models_list,
    check_models_list_for_user,
    check_models_list_for_user_pages,
    check_models_list_pages,
    check_oauth_create_auth_code,
    check_oauth_create_authorization_url,
    check_oauth_create_oauth_token,
    check_oauth_create_sha256_code_challenge,
    check_oauth_exchange_auth_code_for_api_key,
    check_oauth_list_oauth_jwks,
    check_observability_create,
    check_observability_delete,
    check_observability_get,
    check_observability_list,
    check_observability_list_pages,
    check_observability_update,
    check_organization_get_settings,
    check_organization_list_members,
    check_organization_list_members_pages,
    check_organization_update_settings,
    check_presets_create_presets_chat_completions,
    check_presets_create_presets_messages,
    check_presets_create_presets_responses,
    check_presets_get,
    check_presets_get_version,
    check_presets_list,
    check_presets_list_pages,
    check_presets_list_versions,
    check_presets_list_versions_pages,
    check_private_endpoints_activate,
    check_private_endpoints_create,
    check_private_endpoints_delete,
    check_private_endpoints_disable,
    check_private_endpoints_enable,
    check_private_endpoints_get,
    check_private_endpoints_list,
    check_private_endpoints_update,
    check_private_endpoints_update_pricing,
    check_private_endpoints_validate,
    check_providers_list,
    check_rerank_rerank,
    check_responses_send,
    check_run_many,
    check_run_many_dask,
    check_scim_create,
    check_scim_create_sync_job,
    check_scim_delete,
    check_scim_get_sync_job,
    check_scim_list_groups,
    check_scim_list_groups_pages,
    check_scim_list_mappings,
    check_scim_list_mappings_pages,
    check_scim_read,
    check_scim_update,
    check_stop_conditions,
    check_structured_output,
    check_stt_create_transcription,
    check_stt_create_transcription_multipart,
    check_system_one_create,
    check_tools,
    check_tools_get_tool,
    check_tools_list_tools,
    check_tts_create_speech,
    check_vault_copy_vault_secrets_to_intern,
    check_vault_delete_intern_vault_secret,
    check_vault_delete_vault_secret,
    check_vault_list_intern_connections,
    check_vault_list_intern_effective_vault_secrets,
    check_vault_list_intern_vault_secrets,
    check_vault_list_vault_secrets,
    check_vault_store_intern_vault_secret,
    check_vault_store_vault_secret,
    check_video_generation_generate,
    check_video_generation_get_generation,
    check_video_generation_get_video_content,
    check_video_generation_list_videos_models,
    check_workspaces_bulk_add_members,
    check_workspaces_bulk_remove_members,
    check_workspaces_create,
    check_workspaces_delete,
    check_workspaces_delete_budget,
    check_workspaces_get,
    check_workspaces_get_budget,
    check_workspaces_list,
    check_workspaces_list_budgets,
    check_workspaces_list_members,
    check_workspaces_list_members_pages,
    check_workspaces_list_pages,
    check_workspaces_set_budget,
    check_workspaces_update,
]

if __name__ == "__main__":
    for run_check in CHECKS:
        run_check()
