# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.

from openrouter_funcs.alpha_decisions_create import alpha_decisions_create as alpha_decisions_create
from openrouter_funcs.alpha_decisions_create import (
    alpha_decisions_create_async as alpha_decisions_create_async,
)
from openrouter_funcs.analytics_get_analytics_meta import (
    analytics_get_analytics_meta as analytics_get_analytics_meta,
)
from openrouter_funcs.analytics_get_analytics_meta import (
    analytics_get_analytics_meta_async as analytics_get_analytics_meta_async,
)
from openrouter_funcs.analytics_get_user_activity import (
    analytics_get_user_activity as analytics_get_user_activity,
)
from openrouter_funcs.analytics_get_user_activity import (
    analytics_get_user_activity_async as analytics_get_user_activity_async,
)
from openrouter_funcs.analytics_query_analytics import (
    analytics_query_analytics as analytics_query_analytics,
)
from openrouter_funcs.analytics_query_analytics import (
    analytics_query_analytics_async as analytics_query_analytics_async,
)
from openrouter_funcs.api_keys_create import api_keys_create as api_keys_create
from openrouter_funcs.api_keys_create import api_keys_create_async as api_keys_create_async
from openrouter_funcs.api_keys_delete import api_keys_delete as api_keys_delete
from openrouter_funcs.api_keys_delete import api_keys_delete_async as api_keys_delete_async
from openrouter_funcs.api_keys_get import api_keys_get as api_keys_get
from openrouter_funcs.api_keys_get import api_keys_get_async as api_keys_get_async
from openrouter_funcs.api_keys_get_current_key_metadata import (
    api_keys_get_current_key_metadata as api_keys_get_current_key_metadata,
)
from openrouter_funcs.api_keys_get_current_key_metadata import (
    api_keys_get_current_key_metadata_async as api_keys_get_current_key_metadata_async,
)
from openrouter_funcs.api_keys_list import api_keys_list as api_keys_list
from openrouter_funcs.api_keys_list import api_keys_list_async as api_keys_list_async
from openrouter_funcs.api_keys_update import api_keys_update as api_keys_update
from openrouter_funcs.api_keys_update import api_keys_update_async as api_keys_update_async
from openrouter_funcs.batch_create_batches import batch_create_batches as batch_create_batches
from openrouter_funcs.batch_create_batches import (
    batch_create_batches_async as batch_create_batches_async,
)
from openrouter_funcs.batch_delete import batch_delete as batch_delete
from openrouter_funcs.batch_delete import batch_delete_async as batch_delete_async
from openrouter_funcs.batch_get_batches import batch_get_batches as batch_get_batches
from openrouter_funcs.batch_get_batches import batch_get_batches_async as batch_get_batches_async
from openrouter_funcs.batch_list import batch_list as batch_list
from openrouter_funcs.batch_list import batch_list_async as batch_list_async
from openrouter_funcs.batch_list_pages import batch_list_pages as batch_list_pages
from openrouter_funcs.batch_list_pages import batch_list_pages_async as batch_list_pages_async
from openrouter_funcs.batches import BATCH_ENDED_STATUSES as BATCH_ENDED_STATUSES
from openrouter_funcs.batches import batch_results as batch_results
from openrouter_funcs.batches import batch_results_async as batch_results_async
from openrouter_funcs.batches import submit_batch as submit_batch
from openrouter_funcs.batches import submit_batch_async as submit_batch_async
from openrouter_funcs.batches import wait_batch as wait_batch
from openrouter_funcs.batches import wait_batch_async as wait_batch_async
from openrouter_funcs.benchmarks_get_benchmarks import (
    benchmarks_get_benchmarks as benchmarks_get_benchmarks,
)
from openrouter_funcs.benchmarks_get_benchmarks import (
    benchmarks_get_benchmarks_async as benchmarks_get_benchmarks_async,
)
from openrouter_funcs.beta_responses_send import beta_responses_send as beta_responses_send
from openrouter_funcs.beta_responses_send import (
    beta_responses_send_async as beta_responses_send_async,
)
from openrouter_funcs.byok_create import byok_create as byok_create
from openrouter_funcs.byok_create import byok_create_async as byok_create_async
from openrouter_funcs.byok_delete import byok_delete as byok_delete
from openrouter_funcs.byok_delete import byok_delete_async as byok_delete_async
from openrouter_funcs.byok_get import byok_get as byok_get
from openrouter_funcs.byok_get import byok_get_async as byok_get_async
from openrouter_funcs.byok_list import byok_list as byok_list
from openrouter_funcs.byok_list import byok_list_async as byok_list_async
from openrouter_funcs.byok_list_pages import byok_list_pages as byok_list_pages
from openrouter_funcs.byok_list_pages import byok_list_pages_async as byok_list_pages_async
from openrouter_funcs.byok_update import byok_update as byok_update
from openrouter_funcs.byok_update import byok_update_async as byok_update_async
from openrouter_funcs.call_model import CallModelError as CallModelError
from openrouter_funcs.call_model import Decision as Decision
from openrouter_funcs.call_model import call_model as call_model
from openrouter_funcs.call_model import call_model_async as call_model_async
from openrouter_funcs.call_model import resume_run as resume_run
from openrouter_funcs.call_model import resume_run_async as resume_run_async
from openrouter_funcs.call_model_stream import AsyncModelStream as AsyncModelStream
from openrouter_funcs.call_model_stream import ModelStream as ModelStream
from openrouter_funcs.call_model_stream import ModelStreamEvent as ModelStreamEvent
from openrouter_funcs.call_model_stream import ReasoningDelta as ReasoningDelta
from openrouter_funcs.call_model_stream import RunFinished as RunFinished
from openrouter_funcs.call_model_stream import StepFinished as StepFinished
from openrouter_funcs.call_model_stream import TextDelta as TextDelta
from openrouter_funcs.call_model_stream import ToolCall as ToolCall
from openrouter_funcs.call_model_stream import ToolCallDelta as ToolCallDelta
from openrouter_funcs.call_model_stream import ToolResult as ToolResult
from openrouter_funcs.call_model_stream import call_model_stream as call_model_stream
from openrouter_funcs.call_model_stream import call_model_stream_async as call_model_stream_async
from openrouter_funcs.call_model_stream import text_deltas as text_deltas
from openrouter_funcs.chat_send import chat_send as chat_send
from openrouter_funcs.chat_send import chat_send_async as chat_send_async
from openrouter_funcs.classifications_get_task_classifications import (
    classifications_get_task_classifications as classifications_get_task_classifications,
)
from openrouter_funcs.classifications_get_task_classifications import (
    classifications_get_task_classifications_async as classifications_get_task_classifications_async,
)
from openrouter_funcs.containers_download_container_file_content import (
    containers_download_container_file_content as containers_download_container_file_content,
)
from openrouter_funcs.containers_download_container_file_content import (
    containers_download_container_file_content_async as containers_download_container_file_content_async,
)
from openrouter_funcs.containers_download_container_file_content import (
    containers_download_container_file_content_stream as containers_download_container_file_content_stream,
)
from openrouter_funcs.containers_download_container_file_content import (
    containers_download_container_file_content_stream_async as containers_download_container_file_content_stream_async,
)
from openrouter_funcs.containers_get_container_file import (
    containers_get_container_file as containers_get_container_file,
)
from openrouter_funcs.containers_get_container_file import (
    containers_get_container_file_async as containers_get_container_file_async,
)
from openrouter_funcs.containers_list_container_files import (
    containers_list_container_files as containers_list_container_files,
)
from openrouter_funcs.containers_list_container_files import (
    containers_list_container_files_async as containers_list_container_files_async,
)
from openrouter_funcs.containers_promote_container_file import (
    containers_promote_container_file as containers_promote_container_file,
)
from openrouter_funcs.containers_promote_container_file import (
    containers_promote_container_file_async as containers_promote_container_file_async,
)
from openrouter_funcs.credits_create_coinbase_charge import (
    credits_create_coinbase_charge as credits_create_coinbase_charge,
)
from openrouter_funcs.credits_create_coinbase_charge import (
    credits_create_coinbase_charge_async as credits_create_coinbase_charge_async,
)
from openrouter_funcs.credits_get_credits import credits_get_credits as credits_get_credits
from openrouter_funcs.credits_get_credits import (
    credits_get_credits_async as credits_get_credits_async,
)
from openrouter_funcs.datasets_get_app_rankings import (
    datasets_get_app_rankings as datasets_get_app_rankings,
)
from openrouter_funcs.datasets_get_app_rankings import (
    datasets_get_app_rankings_async as datasets_get_app_rankings_async,
)
from openrouter_funcs.datasets_get_app_rankings_pages import (
    datasets_get_app_rankings_pages as datasets_get_app_rankings_pages,
)
from openrouter_funcs.datasets_get_app_rankings_pages import (
    datasets_get_app_rankings_pages_async as datasets_get_app_rankings_pages_async,
)
from openrouter_funcs.datasets_get_rankings_daily import (
    datasets_get_rankings_daily as datasets_get_rankings_daily,
)
from openrouter_funcs.datasets_get_rankings_daily import (
    datasets_get_rankings_daily_async as datasets_get_rankings_daily_async,
)
from openrouter_funcs.datasets_get_session_cost import (
    datasets_get_session_cost as datasets_get_session_cost,
)
from openrouter_funcs.datasets_get_session_cost import (
    datasets_get_session_cost_async as datasets_get_session_cost_async,
)
from openrouter_funcs.datasets_get_session_cost_pages import (
    datasets_get_session_cost_pages as datasets_get_session_cost_pages,
)
from openrouter_funcs.datasets_get_session_cost_pages import (
    datasets_get_session_cost_pages_async as datasets_get_session_cost_pages_async,
)
from openrouter_funcs.embeddings_generate import embeddings_generate as embeddings_generate
from openrouter_funcs.embeddings_generate import (
    embeddings_generate_async as embeddings_generate_async,
)
from openrouter_funcs.embeddings_list_models import embeddings_list_models as embeddings_list_models
from openrouter_funcs.embeddings_list_models import (
    embeddings_list_models_async as embeddings_list_models_async,
)
from openrouter_funcs.embeddings_list_models_pages import (
    embeddings_list_models_pages as embeddings_list_models_pages,
)
from openrouter_funcs.embeddings_list_models_pages import (
    embeddings_list_models_pages_async as embeddings_list_models_pages_async,
)
from openrouter_funcs.endpoints_list import endpoints_list as endpoints_list
from openrouter_funcs.endpoints_list import endpoints_list_async as endpoints_list_async
from openrouter_funcs.endpoints_list_zdr_endpoints import (
    endpoints_list_zdr_endpoints as endpoints_list_zdr_endpoints,
)
from openrouter_funcs.endpoints_list_zdr_endpoints import (
    endpoints_list_zdr_endpoints_async as endpoints_list_zdr_endpoints_async,
)
from openrouter_funcs.external_users_create import external_users_create as external_users_create
from openrouter_funcs.external_users_create import (
    external_users_create_async as external_users_create_async,
)
from openrouter_funcs.external_users_delete import external_users_delete as external_users_delete
from openrouter_funcs.external_users_delete import (
    external_users_delete_async as external_users_delete_async,
)
from openrouter_funcs.external_users_get import external_users_get as external_users_get
from openrouter_funcs.external_users_get import external_users_get_async as external_users_get_async
from openrouter_funcs.external_users_list import external_users_list as external_users_list
from openrouter_funcs.external_users_list import (
    external_users_list_async as external_users_list_async,
)
from openrouter_funcs.external_users_list_pages import (
    external_users_list_pages as external_users_list_pages,
)
from openrouter_funcs.external_users_list_pages import (
    external_users_list_pages_async as external_users_list_pages_async,
)
from openrouter_funcs.external_users_update import external_users_update as external_users_update
from openrouter_funcs.external_users_update import (
    external_users_update_async as external_users_update_async,
)
from openrouter_funcs.files_delete import files_delete as files_delete
from openrouter_funcs.files_delete import files_delete_async as files_delete_async
from openrouter_funcs.files_download import files_download as files_download
from openrouter_funcs.files_download import files_download_async as files_download_async
from openrouter_funcs.files_download import files_download_stream as files_download_stream
from openrouter_funcs.files_download import (
    files_download_stream_async as files_download_stream_async,
)
from openrouter_funcs.files_list import files_list as files_list
from openrouter_funcs.files_list import files_list_async as files_list_async
from openrouter_funcs.files_list_pages import files_list_pages as files_list_pages
from openrouter_funcs.files_list_pages import files_list_pages_async as files_list_pages_async
from openrouter_funcs.files_retrieve import files_retrieve as files_retrieve
from openrouter_funcs.files_retrieve import files_retrieve_async as files_retrieve_async
from openrouter_funcs.files_upload import files_upload as files_upload
from openrouter_funcs.files_upload import files_upload_async as files_upload_async
from openrouter_funcs.generations_get_generation import (
    generations_get_generation as generations_get_generation,
)
from openrouter_funcs.generations_get_generation import (
    generations_get_generation_async as generations_get_generation_async,
)
from openrouter_funcs.generations_list_generation_content import (
    generations_list_generation_content as generations_list_generation_content,
)
from openrouter_funcs.generations_list_generation_content import (
    generations_list_generation_content_async as generations_list_generation_content_async,
)
from openrouter_funcs.generations_submit_feedback import (
    generations_submit_feedback as generations_submit_feedback,
)
from openrouter_funcs.generations_submit_feedback import (
    generations_submit_feedback_async as generations_submit_feedback_async,
)
from openrouter_funcs.guardrails_bulk_assign_keys import (
    guardrails_bulk_assign_keys as guardrails_bulk_assign_keys,
)
from openrouter_funcs.guardrails_bulk_assign_keys import (
    guardrails_bulk_assign_keys_async as guardrails_bulk_assign_keys_async,
)
from openrouter_funcs.guardrails_bulk_assign_members import (
    guardrails_bulk_assign_members as guardrails_bulk_assign_members,
)
from openrouter_funcs.guardrails_bulk_assign_members import (
    guardrails_bulk_assign_members_async as guardrails_bulk_assign_members_async,
)
from openrouter_funcs.guardrails_bulk_unassign_keys import (
    guardrails_bulk_unassign_keys as guardrails_bulk_unassign_keys,
)
from openrouter_funcs.guardrails_bulk_unassign_keys import (
    guardrails_bulk_unassign_keys_async as guardrails_bulk_unassign_keys_async,
)
from openrouter_funcs.guardrails_bulk_unassign_members import (
    guardrails_bulk_unassign_members as guardrails_bulk_unassign_members,
)
from openrouter_funcs.guardrails_bulk_unassign_members import (
    guardrails_bulk_unassign_members_async as guardrails_bulk_unassign_members_async,
)
from openrouter_funcs.guardrails_create import guardrails_create as guardrails_create
from openrouter_funcs.guardrails_create import guardrails_create_async as guardrails_create_async
from openrouter_funcs.guardrails_delete import guardrails_delete as guardrails_delete
from openrouter_funcs.guardrails_delete import guardrails_delete_async as guardrails_delete_async
from openrouter_funcs.guardrails_get import guardrails_get as guardrails_get
from openrouter_funcs.guardrails_get import guardrails_get_async as guardrails_get_async
from openrouter_funcs.guardrails_list import guardrails_list as guardrails_list
from openrouter_funcs.guardrails_list import guardrails_list_async as guardrails_list_async
from openrouter_funcs.guardrails_list_guardrail_key_assignments import (
    guardrails_list_guardrail_key_assignments as guardrails_list_guardrail_key_assignments,
)
from openrouter_funcs.guardrails_list_guardrail_key_assignments import (
    guardrails_list_guardrail_key_assignments_async as guardrails_list_guardrail_key_assignments_async,
)
from openrouter_funcs.guardrails_list_guardrail_key_assignments_pages import (
    guardrails_list_guardrail_key_assignments_pages as guardrails_list_guardrail_key_assignments_pages,
)
from openrouter_funcs.guardrails_list_guardrail_key_assignments_pages import (
    guardrails_list_guardrail_key_assignments_pages_async as guardrails_list_guardrail_key_assignments_pages_async,
)
from openrouter_funcs.guardrails_list_guardrail_member_assignments import (
    guardrails_list_guardrail_member_assignments as guardrails_list_guardrail_member_assignments,
)
from openrouter_funcs.guardrails_list_guardrail_member_assignments import (
    guardrails_list_guardrail_member_assignments_async as guardrails_list_guardrail_member_assignments_async,
)
from openrouter_funcs.guardrails_list_guardrail_member_assignments_pages import (
    guardrails_list_guardrail_member_assignments_pages as guardrails_list_guardrail_member_assignments_pages,
)
from openrouter_funcs.guardrails_list_guardrail_member_assignments_pages import (
    guardrails_list_guardrail_member_assignments_pages_async as guardrails_list_guardrail_member_assignments_pages_async,
)
from openrouter_funcs.guardrails_list_key_assignments import (
    guardrails_list_key_assignments as guardrails_list_key_assignments,
)
from openrouter_funcs.guardrails_list_key_assignments import (
    guardrails_list_key_assignments_async as guardrails_list_key_assignments_async,
)
from openrouter_funcs.guardrails_list_key_assignments_pages import (
    guardrails_list_key_assignments_pages as guardrails_list_key_assignments_pages,
)
from openrouter_funcs.guardrails_list_key_assignments_pages import (
    guardrails_list_key_assignments_pages_async as guardrails_list_key_assignments_pages_async,
)
from openrouter_funcs.guardrails_list_member_assignments import (
    guardrails_list_member_assignments as guardrails_list_member_assignments,
)
from openrouter_funcs.guardrails_list_member_assignments import (
    guardrails_list_member_assignments_async as guardrails_list_member_assignments_async,
)
from openrouter_funcs.guardrails_list_member_assignments_pages import (
    guardrails_list_member_assignments_pages as guardrails_list_member_assignments_pages,
)
from openrouter_funcs.guardrails_list_member_assignments_pages import (
    guardrails_list_member_assignments_pages_async as guardrails_list_member_assignments_pages_async,
)
from openrouter_funcs.guardrails_list_pages import guardrails_list_pages as guardrails_list_pages
from openrouter_funcs.guardrails_list_pages import (
    guardrails_list_pages_async as guardrails_list_pages_async,
)
from openrouter_funcs.guardrails_update import guardrails_update as guardrails_update
from openrouter_funcs.guardrails_update import guardrails_update_async as guardrails_update_async
from openrouter_funcs.images_generate import images_generate as images_generate
from openrouter_funcs.images_generate import images_generate_async as images_generate_async
from openrouter_funcs.images_list_model_endpoints import (
    images_list_model_endpoints as images_list_model_endpoints,
)
from openrouter_funcs.images_list_model_endpoints import (
    images_list_model_endpoints_async as images_list_model_endpoints_async,
)
from openrouter_funcs.images_list_models import images_list_models as images_list_models
from openrouter_funcs.images_list_models import images_list_models_async as images_list_models_async
from openrouter_funcs.json_schema import json_schema_for as json_schema_for
from openrouter_funcs.messages_create import messages_create as messages_create
from openrouter_funcs.messages_create import messages_create_async as messages_create_async
from openrouter_funcs.model_run import ModelRun as ModelRun
from openrouter_funcs.model_run import PendingToolCall as PendingToolCall
from openrouter_funcs.model_run import RunUsage as RunUsage
from openrouter_funcs.model_run import Step as Step
from openrouter_funcs.models_count import models_count as models_count
from openrouter_funcs.models_count import models_count_async as models_count_async
from openrouter_funcs.models_get import models_get as models_get
from openrouter_funcs.models_get import models_get_async as models_get_async
from openrouter_funcs.models_list import models_list as models_list
from openrouter_funcs.models_list import models_list_async as models_list_async
from openrouter_funcs.models_list_for_user import models_list_for_user as models_list_for_user
from openrouter_funcs.models_list_for_user import (
    models_list_for_user_async as models_list_for_user_async,
)
from openrouter_funcs.models_list_for_user_pages import (
    models_list_for_user_pages as models_list_for_user_pages,
)
from openrouter_funcs.models_list_for_user_pages import (
    models_list_for_user_pages_async as models_list_for_user_pages_async,
)
from openrouter_funcs.models_list_pages import models_list_pages as models_list_pages
from openrouter_funcs.models_list_pages import models_list_pages_async as models_list_pages_async
from openrouter_funcs.oauth_create_auth_code import oauth_create_auth_code as oauth_create_auth_code
from openrouter_funcs.oauth_create_auth_code import (
    oauth_create_auth_code_async as oauth_create_auth_code_async,
)
from openrouter_funcs.oauth_create_authorization_url import (
    oauth_create_authorization_url as oauth_create_authorization_url,
)
from openrouter_funcs.oauth_create_oauth_token import (
    oauth_create_oauth_token as oauth_create_oauth_token,
)
from openrouter_funcs.oauth_create_oauth_token import (
    oauth_create_oauth_token_async as oauth_create_oauth_token_async,
)
from openrouter_funcs.oauth_create_sha256_code_challenge import (
    oauth_create_sha256_code_challenge as oauth_create_sha256_code_challenge,
)
from openrouter_funcs.oauth_exchange_auth_code_for_api_key import (
    oauth_exchange_auth_code_for_api_key as oauth_exchange_auth_code_for_api_key,
)
from openrouter_funcs.oauth_exchange_auth_code_for_api_key import (
    oauth_exchange_auth_code_for_api_key_async as oauth_exchange_auth_code_for_api_key_async,
)
from openrouter_funcs.oauth_list_oauth_jwks import oauth_list_oauth_jwks as oauth_list_oauth_jwks
from openrouter_funcs.oauth_list_oauth_jwks import (
    oauth_list_oauth_jwks_async as oauth_list_oauth_jwks_async,
)
from openrouter_funcs.observability_create import observability_create as observability_create
from openrouter_funcs.observability_create import (
    observability_create_async as observability_create_async,
)
from openrouter_funcs.observability_delete import observability_delete as observability_delete
from openrouter_funcs.observability_delete import (
    observability_delete_async as observability_delete_async,
)
from openrouter_funcs.observability_get import observability_get as observability_get
from openrouter_funcs.observability_get import observability_get_async as observability_get_async
from openrouter_funcs.observability_list import observability_list as observability_list
from openrouter_funcs.observability_list import observability_list_async as observability_list_async
from openrouter_funcs.observability_list_pages import (
    observability_list_pages as observability_list_pages,
)
from openrouter_funcs.observability_list_pages import (
    observability_list_pages_async as observability_list_pages_async,
)
from openrouter_funcs.observability_update import observability_update as observability_update
from openrouter_funcs.observability_update import (
    observability_update_async as observability_update_async,
)
from openrouter_funcs.organization_get_settings import (
    organization_get_settings as organization_get_settings,
)
from openrouter_funcs.organization_get_settings import (
    organization_get_settings_async as organization_get_settings_async,
)
from openrouter_funcs.organization_list_members import (
    organization_list_members as organization_list_members,
)
from openrouter_funcs.organization_list_members import (
    organization_list_members_async as organization_list_members_async,
)
from openrouter_funcs.organization_list_members_pages import (
    organization_list_members_pages as organization_list_members_pages,
)
from openrouter_funcs.organization_list_members_pages import (
    organization_list_members_pages_async as organization_list_members_pages_async,
)
from openrouter_funcs.organization_update_settings import (
    organization_update_settings as organization_update_settings,
)
from openrouter_funcs.organization_update_settings import (
    organization_update_settings_async as organization_update_settings_async,
)
from openrouter_funcs.presets_create_presets_chat_completions import (
    presets_create_presets_chat_completions as presets_create_presets_chat_completions,
)
from openrouter_funcs.presets_create_presets_chat_completions import (
    presets_create_presets_chat_completions_async as presets_create_presets_chat_completions_async,
)
from openrouter_funcs.presets_create_presets_messages import (
    presets_create_presets_messages as presets_create_presets_messages,
)
from openrouter_funcs.presets_create_presets_messages import (
    presets_create_presets_messages_async as presets_create_presets_messages_async,
)
from openrouter_funcs.presets_create_presets_responses import (
    presets_create_presets_responses as presets_create_presets_responses,
)
from openrouter_funcs.presets_create_presets_responses import (
    presets_create_presets_responses_async as presets_create_presets_responses_async,
)
from openrouter_funcs.presets_get import presets_get as presets_get
from openrouter_funcs.presets_get import presets_get_async as presets_get_async
from openrouter_funcs.presets_get_version import presets_get_version as presets_get_version
from openrouter_funcs.presets_get_version import (
    presets_get_version_async as presets_get_version_async,
)
from openrouter_funcs.presets_list import presets_list as presets_list
from openrouter_funcs.presets_list import presets_list_async as presets_list_async
from openrouter_funcs.presets_list_pages import presets_list_pages as presets_list_pages
from openrouter_funcs.presets_list_pages import presets_list_pages_async as presets_list_pages_async
from openrouter_funcs.presets_list_versions import presets_list_versions as presets_list_versions
from openrouter_funcs.presets_list_versions import (
    presets_list_versions_async as presets_list_versions_async,
)
from openrouter_funcs.presets_list_versions_pages import (
    presets_list_versions_pages as presets_list_versions_pages,
)
from openrouter_funcs.presets_list_versions_pages import (
    presets_list_versions_pages_async as presets_list_versions_pages_async,
)
from openrouter_funcs.private_endpoints_activate import (
    private_endpoints_activate as private_endpoints_activate,
)
from openrouter_funcs.private_endpoints_activate import (
    private_endpoints_activate_async as private_endpoints_activate_async,
)
from openrouter_funcs.private_endpoints_create import (
    private_endpoints_create as private_endpoints_create,
)
from openrouter_funcs.private_endpoints_create import (
    private_endpoints_create_async as private_endpoints_create_async,
)
from openrouter_funcs.private_endpoints_delete import (
    private_endpoints_delete as private_endpoints_delete,
)
from openrouter_funcs.private_endpoints_delete import (
    private_endpoints_delete_async as private_endpoints_delete_async,
)
from openrouter_funcs.private_endpoints_disable import (
    private_endpoints_disable as private_endpoints_disable,
)
from openrouter_funcs.private_endpoints_disable import (
    private_endpoints_disable_async as private_endpoints_disable_async,
)
from openrouter_funcs.private_endpoints_enable import (
    private_endpoints_enable as private_endpoints_enable,
)
from openrouter_funcs.private_endpoints_enable import (
    private_endpoints_enable_async as private_endpoints_enable_async,
)
from openrouter_funcs.private_endpoints_get import private_endpoints_get as private_endpoints_get
from openrouter_funcs.private_endpoints_get import (
    private_endpoints_get_async as private_endpoints_get_async,
)
from openrouter_funcs.private_endpoints_list import private_endpoints_list as private_endpoints_list
from openrouter_funcs.private_endpoints_list import (
    private_endpoints_list_async as private_endpoints_list_async,
)
from openrouter_funcs.private_endpoints_update import (
    private_endpoints_update as private_endpoints_update,
)
from openrouter_funcs.private_endpoints_update import (
    private_endpoints_update_async as private_endpoints_update_async,
)
from openrouter_funcs.private_endpoints_update_pricing import (
    private_endpoints_update_pricing as private_endpoints_update_pricing,
)
from openrouter_funcs.private_endpoints_update_pricing import (
    private_endpoints_update_pricing_async as private_endpoints_update_pricing_async,
)
from openrouter_funcs.private_endpoints_validate import (
    private_endpoints_validate as private_endpoints_validate,
)
from openrouter_funcs.private_endpoints_validate import (
    private_endpoints_validate_async as private_endpoints_validate_async,
)
from openrouter_funcs.providers_list import providers_list as providers_list
from openrouter_funcs.providers_list import providers_list_async as providers_list_async
from openrouter_funcs.rerank_rerank import rerank_rerank as rerank_rerank
from openrouter_funcs.rerank_rerank import rerank_rerank_async as rerank_rerank_async
from openrouter_funcs.responses_send import responses_send as responses_send
from openrouter_funcs.responses_send import responses_send_async as responses_send_async
from openrouter_funcs.run_many import Job as Job
from openrouter_funcs.run_many import Progress as Progress
from openrouter_funcs.run_many import request_id as request_id
from openrouter_funcs.run_many import run_many as run_many
from openrouter_funcs.run_many import run_many_async as run_many_async
from openrouter_funcs.run_many_dask import CoreSettings as CoreSettings
from openrouter_funcs.run_many_dask import merged_results as merged_results
from openrouter_funcs.run_many_dask import run_many_dask as run_many_dask
from openrouter_funcs.scim_create import scim_create as scim_create
from openrouter_funcs.scim_create import scim_create_async as scim_create_async
from openrouter_funcs.scim_create_sync_job import scim_create_sync_job as scim_create_sync_job
from openrouter_funcs.scim_create_sync_job import (
    scim_create_sync_job_async as scim_create_sync_job_async,
)
from openrouter_funcs.scim_delete import scim_delete as scim_delete
from openrouter_funcs.scim_delete import scim_delete_async as scim_delete_async
from openrouter_funcs.scim_get_sync_job import scim_get_sync_job as scim_get_sync_job
from openrouter_funcs.scim_get_sync_job import scim_get_sync_job_async as scim_get_sync_job_async
from openrouter_funcs.scim_list_groups import scim_list_groups as scim_list_groups
from openrouter_funcs.scim_list_groups import scim_list_groups_async as scim_list_groups_async
from openrouter_funcs.scim_list_groups_pages import scim_list_groups_pages as scim_list_groups_pages
from openrouter_funcs.scim_list_groups_pages import (
    scim_list_groups_pages_async as scim_list_groups_pages_async,
)
from openrouter_funcs.scim_list_mappings import scim_list_mappings as scim_list_mappings
from openrouter_funcs.scim_list_mappings import scim_list_mappings_async as scim_list_mappings_async
from openrouter_funcs.scim_list_mappings_pages import (
    scim_list_mappings_pages as scim_list_mappings_pages,
)
from openrouter_funcs.scim_list_mappings_pages import (
    scim_list_mappings_pages_async as scim_list_mappings_pages_async,
)
from openrouter_funcs.scim_read import scim_read as scim_read
from openrouter_funcs.scim_read import scim_read_async as scim_read_async
from openrouter_funcs.scim_update import scim_update as scim_update
from openrouter_funcs.scim_update import scim_update_async as scim_update_async
from openrouter_funcs.stop_conditions import DEFAULT_STOP as DEFAULT_STOP
from openrouter_funcs.stop_conditions import StopCondition as StopCondition
from openrouter_funcs.stop_conditions import StopWhen as StopWhen
from openrouter_funcs.stop_conditions import has_tool_call as has_tool_call
from openrouter_funcs.stop_conditions import max_cost as max_cost
from openrouter_funcs.stop_conditions import max_tokens as max_tokens
from openrouter_funcs.stop_conditions import step_count_is as step_count_is
from openrouter_funcs.structured_output import ChatParseError as ChatParseError
from openrouter_funcs.structured_output import Parsed as Parsed
from openrouter_funcs.structured_output import chat_parse as chat_parse
from openrouter_funcs.structured_output import chat_parse_async as chat_parse_async
from openrouter_funcs.structured_output import output_of as output_of
from openrouter_funcs.structured_output import parse_output as parse_output
from openrouter_funcs.structured_output import response_format_for as response_format_for
from openrouter_funcs.stt_create_transcription import (
    stt_create_transcription as stt_create_transcription,
)
from openrouter_funcs.stt_create_transcription import (
    stt_create_transcription_async as stt_create_transcription_async,
)
from openrouter_funcs.stt_create_transcription_multipart import (
    stt_create_transcription_multipart as stt_create_transcription_multipart,
)
from openrouter_funcs.stt_create_transcription_multipart import (
    stt_create_transcription_multipart_async as stt_create_transcription_multipart_async,
)
from openrouter_funcs.system_one_create import system_one_create as system_one_create
from openrouter_funcs.system_one_create import system_one_create_async as system_one_create_async
from openrouter_funcs.tools import ApprovalRule as ApprovalRule
from openrouter_funcs.tools import Tool as Tool
from openrouter_funcs.tools import ToolContext as ToolContext
from openrouter_funcs.tools import tool as tool
from openrouter_funcs.tools import tool_error_text as tool_error_text
from openrouter_funcs.tools_get_tool import tools_get_tool as tools_get_tool
from openrouter_funcs.tools_get_tool import tools_get_tool_async as tools_get_tool_async
from openrouter_funcs.tools_list_tools import tools_list_tools as tools_list_tools
from openrouter_funcs.tools_list_tools import tools_list_tools_async as tools_list_tools_async
from openrouter_funcs.tts_create_speech import tts_create_speech as tts_create_speech
from openrouter_funcs.tts_create_speech import tts_create_speech_async as tts_create_speech_async
from openrouter_funcs.tts_create_speech import tts_create_speech_stream as tts_create_speech_stream
from openrouter_funcs.tts_create_speech import (
    tts_create_speech_stream_async as tts_create_speech_stream_async,
)
from openrouter_funcs.vault_copy_vault_secrets_to_intern import (
    vault_copy_vault_secrets_to_intern as vault_copy_vault_secrets_to_intern,
)
from openrouter_funcs.vault_copy_vault_secrets_to_intern import (
    vault_copy_vault_secrets_to_intern_async as vault_copy_vault_secrets_to_intern_async,
)
from openrouter_funcs.vault_delete_intern_vault_secret import (
    vault_delete_intern_vault_secret as vault_delete_intern_vault_secret,
)
from openrouter_funcs.vault_delete_intern_vault_secret import (
    vault_delete_intern_vault_secret_async as vault_delete_intern_vault_secret_async,
)
from openrouter_funcs.vault_delete_vault_secret import (
    vault_delete_vault_secret as vault_delete_vault_secret,
)
from openrouter_funcs.vault_delete_vault_secret import (
    vault_delete_vault_secret_async as vault_delete_vault_secret_async,
)
from openrouter_funcs.vault_list_intern_connections import (
    vault_list_intern_connections as vault_list_intern_connections,
)
from openrouter_funcs.vault_list_intern_connections import (
    vault_list_intern_connections_async as vault_list_intern_connections_async,
)
from openrouter_funcs.vault_list_intern_effective_vault_secrets import (
    vault_list_intern_effective_vault_secrets as vault_list_intern_effective_vault_secrets,
)
from openrouter_funcs.vault_list_intern_effective_vault_secrets import (
    vault_list_intern_effective_vault_secrets_async as vault_list_intern_effective_vault_secrets_async,
)
from openrouter_funcs.vault_list_intern_vault_secrets import (
    vault_list_intern_vault_secrets as vault_list_intern_vault_secrets,
)
from openrouter_funcs.vault_list_intern_vault_secrets import (
    vault_list_intern_vault_secrets_async as vault_list_intern_vault_secrets_async,
)
from openrouter_funcs.vault_list_vault_secrets import (
    vault_list_vault_secrets as vault_list_vault_secrets,
)
from openrouter_funcs.vault_list_vault_secrets import (
    vault_list_vault_secrets_async as vault_list_vault_secrets_async,
)
from openrouter_funcs.vault_store_intern_vault_secret import (
    vault_store_intern_vault_secret as vault_store_intern_vault_secret,
)
from openrouter_funcs.vault_store_intern_vault_secret import (
    vault_store_intern_vault_secret_async as vault_store_intern_vault_secret_async,
)
from openrouter_funcs.vault_store_vault_secret import (
    vault_store_vault_secret as vault_store_vault_secret,
)
from openrouter_funcs.vault_store_vault_secret import (
    vault_store_vault_secret_async as vault_store_vault_secret_async,
)
from openrouter_funcs.video_generation_generate import (
    video_generation_generate as video_generation_generate,
)
from openrouter_funcs.video_generation_generate import (
    video_generation_generate_async as video_generation_generate_async,
)
from openrouter_funcs.video_generation_get_generation import (
    video_generation_get_generation as video_generation_get_generation,
)
from openrouter_funcs.video_generation_get_generation import (
    video_generation_get_generation_async as video_generation_get_generation_async,
)
from openrouter_funcs.video_generation_get_video_content import (
    video_generation_get_video_content as video_generation_get_video_content,
)
from openrouter_funcs.video_generation_get_video_content import (
    video_generation_get_video_content_async as video_generation_get_video_content_async,
)
from openrouter_funcs.video_generation_get_video_content import (
    video_generation_get_video_content_stream as video_generation_get_video_content_stream,
)
from openrouter_funcs.video_generation_get_video_content import (
    video_generation_get_video_content_stream_async as video_generation_get_video_content_stream_async,
)
from openrouter_funcs.video_generation_list_videos_models import (
    video_generation_list_videos_models as video_generation_list_videos_models,
)
from openrouter_funcs.video_generation_list_videos_models import (
    video_generation_list_videos_models_async as video_generation_list_videos_models_async,
)
from openrouter_funcs.workspaces_bulk_add_members import (
    workspaces_bulk_add_members as workspaces_bulk_add_members,
)
from openrouter_funcs.workspaces_bulk_add_members import (
    workspaces_bulk_add_members_async as workspaces_bulk_add_members_async,
)
from openrouter_funcs.workspaces_bulk_remove_members import (
    workspaces_bulk_remove_members as workspaces_bulk_remove_members,
)
from openrouter_funcs.workspaces_bulk_remove_members import (
    workspaces_bulk_remove_members_async as workspaces_bulk_remove_members_async,
)
from openrouter_funcs.workspaces_create import workspaces_create as workspaces_create
from openrouter_funcs.workspaces_create import workspaces_create_async as workspaces_create_async
from openrouter_funcs.workspaces_delete import workspaces_delete as workspaces_delete
from openrouter_funcs.workspaces_delete import workspaces_delete_async as workspaces_delete_async
from openrouter_funcs.workspaces_delete_budget import (
    workspaces_delete_budget as workspaces_delete_budget,
)
from openrouter_funcs.workspaces_delete_budget import (
    workspaces_delete_budget_async as workspaces_delete_budget_async,
)
from openrouter_funcs.workspaces_get import workspaces_get as workspaces_get
from openrouter_funcs.workspaces_get import workspaces_get_async as workspaces_get_async
from openrouter_funcs.workspaces_get_budget import workspaces_get_budget as workspaces_get_budget
from openrouter_funcs.workspaces_get_budget import (
    workspaces_get_budget_async as workspaces_get_budget_async,
)
from openrouter_funcs.workspaces_list import workspaces_list as workspaces_list
from openrouter_funcs.workspaces_list import workspaces_list_async as workspaces_list_async
from openrouter_funcs.workspaces_list_budgets import (
    workspaces_list_budgets as workspaces_list_budgets,
)
from openrouter_funcs.workspaces_list_budgets import (
    workspaces_list_budgets_async as workspaces_list_budgets_async,
)
from openrouter_funcs.workspaces_list_members import (
    workspaces_list_members as workspaces_list_members,
)
from openrouter_funcs.workspaces_list_members import (
    workspaces_list_members_async as workspaces_list_members_async,
)
from openrouter_funcs.workspaces_list_members_pages import (
    workspaces_list_members_pages as workspaces_list_members_pages,
)
from openrouter_funcs.workspaces_list_members_pages import (
    workspaces_list_members_pages_async as workspaces_list_members_pages_async,
)
from openrouter_funcs.workspaces_list_pages import workspaces_list_pages as workspaces_list_pages
from openrouter_funcs.workspaces_list_pages import (
    workspaces_list_pages_async as workspaces_list_pages_async,
)
from openrouter_funcs.workspaces_set_budget import workspaces_set_budget as workspaces_set_budget
from openrouter_funcs.workspaces_set_budget import (
    workspaces_set_budget_async as workspaces_set_budget_async,
)
from openrouter_funcs.workspaces_update import workspaces_update as workspaces_update
from openrouter_funcs.workspaces_update import workspaces_update_async as workspaces_update_async

__all__ = [
    "BATCH_ENDED_STATUSES",
    "DEFAULT_STOP",
    "ApprovalRule",
    "AsyncModelStream",
    "CallModelError",
    "ChatParseError",
    "CoreSettings",
    "Decision",
    "Job",
    "ModelRun",
    "ModelStream",
    "ModelStreamEvent",
    "Parsed",
    "PendingToolCall",
    "Progress",
    "ReasoningDelta",
    "RunFinished",
    "RunUsage",
    "Step",
    "StepFinished",
    "StopCondition",
    "StopWhen",
    "TextDelta",
    "Tool",
    "ToolCall",
    "ToolCallDelta",
    "ToolContext",
    "ToolResult",
    "alpha_decisions_create",
    "alpha_decisions_create_async",
    "analytics_get_analytics_meta",
    "analytics_get_analytics_meta_async",
    "analytics_get_user_activity",
    "analytics_get_user_activity_async",
    "analytics_query_analytics",
    "analytics_query_analytics_async",
    "api_keys_create",
    "api_keys_create_async",
    "api_keys_delete",
    "api_keys_delete_async",
    "api_keys_get",
    "api_keys_get_async",
    "api_keys_get_current_key_metadata",
    "api_keys_get_current_key_metadata_async",
    "api_keys_list",
    "api_keys_list_async",
    "api_keys_update",
    "api_keys_update_async",
    "batch_create_batches",
    "batch_create_batches_async",
    "batch_delete",
    "batch_delete_async",
    "batch_get_batches",
    "batch_get_batches_async",
    "batch_list",
    "batch_list_async",
    "batch_list_pages",
    "batch_list_pages_async",
    "batch_results",
    "batch_results_async",
    "benchmarks_get_benchmarks",
    "benchmarks_get_benchmarks_async",
    "beta_responses_send",
    "beta_responses_send_async",
    "byok_create",
    "byok_create_async",
    "byok_delete",
    "byok_delete_async",
    "byok_get",
    "byok_get_async",
    "byok_list",
    "byok_list_async",
    "byok_list_pages",
    "byok_list_pages_async",
    "byok_update",
    "byok_update_async",
    "call_model",
    "call_model_async",
    "call_model_stream",
    "call_model_stream_async",
    "chat_parse",
    "chat_parse_async",
    "chat_send",
    "chat_send_async",
    "classifications_get_task_classifications",
    "classifications_get_task_classifications_async",
    "containers_download_container_file_content",
    "containers_download_container_file_content_async",
    "containers_download_container_file_content_stream",
    "containers_download_container_file_content_stream_async",
    "containers_get_container_file",
    "containers_get_container_file_async",
    "containers_list_container_files",
    "containers_list_container_files_async",
    "containers_promote_container_file",
    "containers_promote_container_file_async",
    "credits_create_coinbase_charge",
    "credits_create_coinbase_charge_async",
    "credits_get_credits",
    "credits_get_credits_async",
    "datasets_get_app_rankings",
    "datasets_get_app_rankings_async",
    "datasets_get_app_rankings_pages",
    "datasets_get_app_rankings_pages_async",
    "datasets_get_rankings_daily",
    "datasets_get_rankings_daily_async",
    "datasets_get_session_cost",
    "datasets_get_session_cost_async",
    "datasets_get_session_cost_pages",
    "datasets_get_session_cost_pages_async",
    "embeddings_generate",
    "embeddings_generate_async",
    "embeddings_list_models",
    "embeddings_list_models_async",
    "embeddings_list_models_pages",
    "embeddings_list_models_pages_async",
    "endpoints_list",
    "endpoints_list_async",
    "endpoints_list_zdr_endpoints",
    "endpoints_list_zdr_endpoints_async",
    "external_users_create",
    "external_users_create_async",
    "external_users_delete",
    "external_users_delete_async",
    "external_users_get",
    "external_users_get_async",
    "external_users_list",
    "external_users_list_async",
    "external_users_list_pages",
    "external_users_list_pages_async",
    "external_users_update",
    "external_users_update_async",
    "files_delete",
    "files_delete_async",
    "files_download",
    "files_download_async",
    "files_download_stream",
    "files_download_stream_async",
    "files_list",
    "files_list_async",
    "files_list_pages",
    "files_list_pages_async",
    "files_retrieve",
    "files_retrieve_async",
    "files_upload",
    "files_upload_async",
    "generations_get_generation",
    "generations_get_generation_async",
    "generations_list_generation_content",
    "generations_list_generation_content_async",
    "generations_submit_feedback",
    "generations_submit_feedback_async",
    "guardrails_bulk_assign_keys",
    "guardrails_bulk_assign_keys_async",
    "guardrails_bulk_assign_members",
    "guardrails_bulk_assign_members_async",
    "guardrails_bulk_unassign_keys",
    "guardrails_bulk_unassign_keys_async",
    "guardrails_bulk_unassign_members",
    "guardrails_bulk_unassign_members_async",
    "guardrails_create",
    "guardrails_create_async",
    "guardrails_delete",
    "guardrails_delete_async",
    "guardrails_get",
    "guardrails_get_async",
    "guardrails_list",
    "guardrails_list_async",
    "guardrails_list_guardrail_key_assignments",
    "guardrails_list_guardrail_key_assignments_async",
    "guardrails_list_guardrail_key_assignments_pages",
    "guardrails_list_guardrail_key_assignments_pages_async",
    "guardrails_list_guardrail_member_assignments",
    "guardrails_list_guardrail_member_assignments_async",
    "guardrails_list_guardrail_member_assignments_pages",
    "guardrails_list_guardrail_member_assignments_pages_async",
    "guardrails_list_key_assignments",
    "guardrails_list_key_assignments_async",
    "guardrails_list_key_assignments_pages",
    "guardrails_list_key_assignments_pages_async",
    "guardrails_list_member_assignments",
    "guardrails_list_member_assignments_async",
    "guardrails_list_member_assignments_pages",
    "guardrails_list_member_assignments_pages_async",
    "guardrails_list_pages",
    "guardrails_list_pages_async",
    "guardrails_update",
    "guardrails_update_async",
    "has_tool_call",
    "images_generate",
    "images_generate_async",
    "images_list_model_endpoints",
    "images_list_model_endpoints_async",
    "images_list_models",
    "images_list_models_async",
    "json_schema_for",
    "max_cost",
    "max_tokens",
    "merged_results",
    "messages_create",
    "messages_create_async",
    "models_count",
    "models_count_async",
    "models_get",
    "models_get_async",
    "models_list",
    "models_list_async",
    "models_list_for_user",
    "models_list_for_user_async",
    "models_list_for_user_pages",
    "models_list_for_user_pages_async",
    "models_list_pages",
    "models_list_pages_async",
    "oauth_create_auth_code",
    "oauth_create_auth_code_async",
    "oauth_create_authorization_url",
    "oauth_create_oauth_token",
    "oauth_create_oauth_token_async",
    "oauth_create_sha256_code_challenge",
    "oauth_exchange_auth_code_for_api_key",
    "oauth_exchange_auth_code_for_api_key_async",
    "oauth_list_oauth_jwks",
    "oauth_list_oauth_jwks_async",
    "observability_create",
    "observability_create_async",
    "observability_delete",
    "observability_delete_async",
    "observability_get",
    "observability_get_async",
    "observability_list",
    "observability_list_async",
    "observability_list_pages",
    "observability_list_pages_async",
    "observability_update",
    "observability_update_async",
    "organization_get_settings",
    "organization_get_settings_async",
    "organization_list_members",
    "organization_list_members_async",
    "organization_list_members_pages",
    "organization_list_members_pages_async",
    "organization_update_settings",
    "organization_update_settings_async",
    "output_of",
    "parse_output",
    "presets_create_presets_chat_completions",
    "presets_create_presets_chat_completions_async",
    "presets_create_presets_messages",
    "presets_create_presets_messages_async",
    "presets_create_presets_responses",
    "presets_create_presets_responses_async",
    "presets_get",
    "presets_get_async",
    "presets_get_version",
    "presets_get_version_async",
    "presets_list",
    "presets_list_async",
    "presets_list_pages",
    "presets_list_pages_async",
    "presets_list_versions",
    "presets_list_versions_async",
    "presets_list_versions_pages",
    "presets_list_versions_pages_async",
    "private_endpoints_activate",
    "private_endpoints_activate_async",
    "private_endpoints_create",
    "private_endpoints_create_async",
    "private_endpoints_delete",
    "private_endpoints_delete_async",
    "private_endpoints_disable",
    "private_endpoints_disable_async",
    "private_endpoints_enable",
    "private_endpoints_enable_async",
    "private_endpoints_get",
    "private_endpoints_get_async",
    "private_endpoints_list",
    "private_endpoints_list_async",
    "private_endpoints_update",
    "private_endpoints_update_async",
    "private_endpoints_update_pricing",
    "private_endpoints_update_pricing_async",
    "private_endpoints_validate",
    "private_endpoints_validate_async",
    "providers_list",
    "providers_list_async",
    "request_id",
    "rerank_rerank",
    "rerank_rerank_async",
    "response_format_for",
    "responses_send",
    "responses_send_async",
    "resume_run",
    "resume_run_async",
    "run_many",
    "run_many_async",
    "run_many_dask",
    "scim_create",
    "scim_create_async",
    "scim_create_sync_job",
    "scim_create_sync_job_async",
    "scim_delete",
    "scim_delete_async",
    "scim_get_sync_job",
    "scim_get_sync_job_async",
    "scim_list_groups",
    "scim_list_groups_async",
    "scim_list_groups_pages",
    "scim_list_groups_pages_async",
    "scim_list_mappings",
    "scim_list_mappings_async",
    "scim_list_mappings_pages",
    "scim_list_mappings_pages_async",
    "scim_read",
    "scim_read_async",
    "scim_update",
    "scim_update_async",
    "step_count_is",
    "stt_create_transcription",
    "stt_create_transcription_async",
    "stt_create_transcription_multipart",
    "stt_create_transcription_multipart_async",
    "submit_batch",
    "submit_batch_async",
    "system_one_create",
    "system_one_create_async",
    "text_deltas",
    "tool",
    "tool_error_text",
    "tools_get_tool",
    "tools_get_tool_async",
    "tools_list_tools",
    "tools_list_tools_async",
    "tts_create_speech",
    "tts_create_speech_async",
    "tts_create_speech_stream",
    "tts_create_speech_stream_async",
    "vault_copy_vault_secrets_to_intern",
    "vault_copy_vault_secrets_to_intern_async",
    "vault_delete_intern_vault_secret",
    "vault_delete_intern_vault_secret_async",
    "vault_delete_vault_secret",
    "vault_delete_vault_secret_async",
    "vault_list_intern_connections",
    "vault_list_intern_connections_async",
    "vault_list_intern_effective_vault_secrets",
    "vault_list_intern_effective_vault_secrets_async",
    "vault_list_intern_vault_secrets",
    "vault_list_intern_vault_secrets_async",
    "vault_list_vault_secrets",
    "vault_list_vault_secrets_async",
    "vault_store_intern_vault_secret",
    "vault_store_intern_vault_secret_async",
    "vault_store_vault_secret",
    "vault_store_vault_secret_async",
    "video_generation_generate",
    "video_generation_generate_async",
    "video_generation_get_generation",
    "video_generation_get_generation_async",
    "video_generation_get_video_content",
    "video_generation_get_video_content_async",
    "video_generation_get_video_content_stream",
    "video_generation_get_video_content_stream_async",
    "video_generation_list_videos_models",
    "video_generation_list_videos_models_async",
    "wait_batch",
    "wait_batch_async",
    "workspaces_bulk_add_members",
    "workspaces_bulk_add_members_async",
    "workspaces_bulk_remove_members",
    "workspaces_bulk_remove_members_async",
    "workspaces_create",
    "workspaces_create_async",
    "workspaces_delete",
    "workspaces_delete_async",
    "workspaces_delete_budget",
    "workspaces_delete_budget_async",
    "workspaces_get",
    "workspaces_get_async",
    "workspaces_get_budget",
    "workspaces_get_budget_async",
    "workspaces_list",
    "workspaces_list_async",
    "workspaces_list_budgets",
    "workspaces_list_budgets_async",
    "workspaces_list_members",
    "workspaces_list_members_async",
    "workspaces_list_members_pages",
    "workspaces_list_members_pages_async",
    "workspaces_list_pages",
    "workspaces_list_pages_async",
    "workspaces_set_budget",
    "workspaces_set_budget_async",
    "workspaces_update",
    "workspaces_update_async",
]
